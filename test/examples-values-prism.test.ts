// The value rules proven by a validator that is not ours: every operation of test/fixtures/examples/values.yml
// (empty examples, formats, patterns, lengths, required form bodies) is called with its example values, as plain
// HTTP, against a Prism mock of that spec, which checks each request against the schemas (JSON Schema formats and
// patterns included). Controls show that Prism refuses what the values used to be.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMethodExample, type MethodExample } from '../generator/examples/method.js';
import { exampleJson } from '../generator/examples/values.js';
import { buildIR } from '../generator/ir/builder.js';
import type { IR, Operation, Schema } from '../generator/ir/types.js';
import { loadSpec } from '../generator/load/index.js';
import { startPrism, type PrismServer } from './support/prism.js';
import { repoRoot } from './support/shared.js';

const SPEC = path.join(repoRoot, 'test/fixtures/examples/values.yml');

interface Sent {
  status: number;
  /** Prism's findings: the sl-violations header, else the validation list of its own 422 problem. */
  violations: string[];
}

/** One request as an SDK would send the example call; the path, query and form values are strings here. */
async function send(base: string, operation: Operation, example: MethodExample): Promise<Sent> {
  let url = operation.path;
  for (const p of example.pathParams) url = url.replace(`{${p.name}}`, encodeURIComponent(String(exampleJson(p.value))));
  const query = new URLSearchParams(example.query.map((q) => [q.name, String(exampleJson(q.value))]));
  const init: RequestInit = { method: operation.method.toUpperCase(), headers: { Accept: 'application/json' } };
  if (operation.requestBody) {
    const fields = Object.fromEntries(example.body.map((f) => [f.name, exampleJson(f.value)]));
    if (/form-urlencoded/.test(example.bodyContentType ?? '')) {
      init.body = new URLSearchParams(Object.entries(fields).map(([k, v]) => [k, String(v)]));
    } else {
      init.body = JSON.stringify(fields);
      init.headers = { ...init.headers, 'Content-Type': 'application/json' };
    }
  }
  const response = await fetch(`${base}${url}${query.size ? `?${query}` : ''}`, init);
  const text = await response.text();
  type Violation = { location?: string[]; message: string };
  const header = response.headers.get('sl-violations');
  let list: Violation[] = header ? (JSON.parse(header) as Violation[]) : [];
  if (!header && response.status === 422) list = ((JSON.parse(text) as { validation?: Violation[] }).validation ?? []).map((v) => ({ ...v, location: v.location ?? ['request'] }));
  return { status: response.status, violations: list.map((v) => `${(v.location ?? []).join('.')}: ${v.message}`) };
}

describe('example values against Prism (test/fixtures/examples/values.yml)', () => {
  let prism: PrismServer | undefined;
  let ir: IR;
  const lookup = (name: string): Schema | undefined => ir.schemas.find((s) => s.name === name)?.schema;
  const op = (key: string) => ir.operations.find((o) => o.key === key)!;

  beforeAll(async () => {
    const [server, spec] = await Promise.all([startPrism(SPEC), loadSpec(SPEC)]);
    prism = server;
    ir = buildIR(spec.document);
  });

  afterAll(async () => {
    await prism?.stop();
  });

  it('covers every operation of the fixture', () => {
    expect(ir.operations.map((o) => o.key).sort()).toEqual(
      ['get /authorize', 'get /buckets/{bucketName}/objects/{objectName}', 'post /campaigns/{campaignId}/accept', 'post /notes', 'post /profiles', 'post /queues'],
    );
  });

  it.each(['get /buckets/{bucketName}/objects/{objectName}', 'post /campaigns/{campaignId}/accept', 'get /authorize', 'post /profiles', 'post /queues', 'post /notes'])(
    '%s: the example call passes Prism’s validation',
    async (key) => {
      const operation = op(key);
      const example = buildMethodExample(operation, lookup);
      const sent = await send(prism!.url, operation, example);
      const request = sent.violations.filter((v) => v.startsWith('request'));
      expect(request, JSON.stringify(example, null, 1)).toEqual([]);
      expect(sent.status).toBe(200);
    },
  );

  it('controls: Prism refuses the values the rules replace', async () => {
    const base = prism!.url;
    const campaign = await fetch(`${base}/campaigns/campaignId/accept`, { method: 'POST' });
    expect(campaign.status).toBe(422);
    const authorize = op('get /authorize');
    const byName = buildMethodExample(authorize, lookup);
    byName.query = byName.query.map((q) => (q.name === 'redirect_uri' ? { ...q, value: { kind: 'string', value: 'redirect_uri', enum: false } } : q));
    const sent = await send(base, authorize, byName);
    expect(sent.status).toBe(422);
    expect(sent.violations.join('\n')).toContain('redirect_uri');
    const emptyForm = await fetch(`${base}/queues`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: '' });
    expect(emptyForm.status).toBe(422);
  });
});
