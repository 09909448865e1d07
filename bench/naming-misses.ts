// The operations whose inferred name differs from the Stainless api.md name, per API of ../shared/naming (and
// Telnyx): `official ≠ inferred  endpoint  (operationId)`, for grouping the misses into causes.
// Usage: npx tsx bench/naming-misses.ts [api…]   (apis: knock llama-stack honcho spotify hetzner telnyx; all: every one)
import path from 'node:path';
import { loadOperations, namingScore } from '../test/support/naming-score.js';

const shared = path.resolve(import.meta.dirname, '../../shared');
const APIS: Record<string, [spec: string, apiMd: string]> = {
  knock: ['naming/knock/openapi.yml', 'naming/knock/api.md'],
  'llama-stack': ['naming/llama-stack/openapi.yml', 'naming/llama-stack/api.md'],
  honcho: ['naming/honcho/openapi.json', 'naming/honcho/api.md'],
  spotify: ['naming/spotify/openapi.yml', 'naming/spotify/api.md'],
  hetzner: ['naming/hetzner/openapi.json', 'naming/hetzner/api.md'],
  telnyx: ['specs/telnyx/openapi-2026-02-06.yml', 'reference/stainless/telnyx-node.api.md'],
};

const wanted = process.argv.slice(2);
const ratios: number[] = [];
for (const [api, [spec, apiMd]] of Object.entries(APIS)) {
  if (wanted.length && !wanted.includes('all') ? !wanted.includes(api) : api === 'telnyx' && !wanted.includes('all')) continue;
  const operations = loadOperations(path.join(shared, spec));
  const idOf = new Map(operations.map((op) => [op.key, op.operationId ?? '']));
  const score = namingScore(operations, path.join(shared, apiMd));
  console.log(`## ${api}: ${score.same}/${score.total}`);
  if (api !== 'telnyx') ratios.push(score.same / score.total);
  for (const miss of score.misses) {
    const [key, names] = miss.split(/: (?=[^:]*$)/);
    console.log(`${names.padEnd(70)} ${key}  (${idOf.get(key)})`);
  }
}
if (ratios.length === 5) console.log(`## mean of the five: ${(ratios.reduce((a, b) => a + b, 0) / 5).toFixed(3)}`);
