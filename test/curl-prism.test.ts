// The curl examples of the v3 docs, run as printed (bash, the real curl binary) against a Prism mock of their
// spec: each must answer 2xx. Prism checks every request against the spec (path, query, headers, security, body
// schemas), so a missing required field, an invalid value or a literal placeholder fails. Local runs call the
// operations of a few products; SDKGEN_E2E_PRODUCTS=all (set by .ci/run) calls all 781 of the 31 products.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPrism, type PrismServer } from './support/prism.js';
import { hasShared, shared, sharedSkipReason } from './support/shared.js';
import { telnyxV3SkillFiles } from './support/telnyx-v3.js';
import { findTool } from './support/tools.js';

const DEFAULT_PRODUCTS = ['fax', 'storage', 'messaging-profiles', 'verify'];
const ALL = process.env.SDKGEN_E2E_PRODUCTS === 'all';
/** The share of examples that must answer 2xx (the issue's bar); the failures are listed with Prism's reasons. */
const REQUIRED_SHARE = 0.99;

/** Operations whose correct example Prism 5.14.2 refuses, and why (printed beside the failure). */
const PRISM_DEFECTS: Record<string, string> = {
  'GET /messaging_tollfree/verification/requests/{id}/status_history':
    'Prism defect: a required query parameter named with brackets (page[number]) is looked up under its encoded name (page%5bnumber%5d) among the decoded request keys, so no request satisfies it (optional bracketed names work)',
};

interface CurlExample {
  product: string;
  /** "POST /faxes" as the document prints it. */
  operation: string;
  command: string;
}

/** Every curl block of a v3 curl document, with the operation line of its section. */
function curlExamples(product: string, text: string): CurlExample[] {
  const out: CurlExample[] = [];
  for (const section of text.split(/^(?=## )/m)) {
    const operation = /^`((?:GET|POST|PUT|PATCH|DELETE) \S+)`/m.exec(section)?.[1];
    const code = /^```bash\n([\s\S]*?)^```$/m.exec(section)?.[1];
    if (operation && code) out.push({ product, operation, command: code });
  }
  return out;
}

interface Outcome {
  example: CurlExample;
  status: number;
  detail: string;
}

/** Runs the command as printed, with curl wrapped to report the status and Prism's validation findings. */
function run(example: CurlExample, base: string, file: string): Promise<Outcome> {
  // The mock serves the spec's paths at its root; the placeholder file of uploads is a real (small PDF) file here.
  const command = example.command
    .replaceAll('https://api.telnyx.com/v2', base)
    .replaceAll('https://api.telnyx.com', base)
    .replaceAll('=@/path/to/file"', `=@${file}"`);
  const wrapper = ['curl() { command curl -sS -D "$HEADERS" -o "$BODY" -w "%{http_code}" "$@"; }', command].join('\n');
  return new Promise((resolve) => {
    const dir = `/tmp/sdkgen-curl-${process.pid}-${Math.random().toString(36).slice(2)}`;
    execFile(
      'bash',
      ['-c', `mkdir -p ${dir}; HEADERS=${dir}/h BODY=${dir}/b; ${wrapper}; echo; grep -i '^sl-violations:' ${dir}/h | head -c 600; head -c 600 ${dir}/b; rm -rf ${dir}`],
      { env: { ...process.env, TELNYX_API_KEY: 'test-key' }, timeout: 30_000 },
      (error, stdout) => {
        const [first, ...rest] = stdout.split('\n');
        const status = Number(first?.trim().slice(-3)) || 0;
        resolve({ example, status, detail: error && !status ? String(error.message) : rest.join(' ').slice(0, 600) });
      },
    );
  });
}

async function inBatches<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  return results;
}

const curl = findTool('curl', ['--version'], 'curl');

describe.skipIf(!hasShared || !curl.available)(`v3 curl examples against Prism${sharedSkipReason}${curl.skipReason}`, () => {
  let prism: PrismServer | undefined;
  const examples: CurlExample[] = [];
  const upload = path.join(mkdtempSync(path.join(tmpdir(), 'sdkgen-curl-')), 'file.pdf');

  beforeAll(async () => {
    const [server, files] = await Promise.all([startPrism(shared('specs/telnyx/openapi-2026-03-20.yml')), telnyxV3SkillFiles()]);
    prism = server;
    writeFileSync(upload, '%PDF-1.4\n%%EOF\n');
    for (const [path, text] of files) {
      const product = /^skills\/telnyx-(.+)-curl\/SKILL\.md$/.exec(path)?.[1];
      if (product && (ALL || DEFAULT_PRODUCTS.includes(product))) examples.push(...curlExamples(product, text));
    }
  }, 180_000);

  afterAll(async () => {
    await prism?.stop();
    rmSync(path.dirname(upload), { recursive: true, force: true });
  });

  it(`${ALL ? 'all 781' : `the ${DEFAULT_PRODUCTS.join(', ')}`} curl examples answer 2xx (at least ${REQUIRED_SHARE * 100} %)`, async () => {
    if (ALL) expect(examples).toHaveLength(781);
    else expect(examples.length).toBeGreaterThan(20);
    const outcomes = await inBatches(examples, 6, (e) => run(e, prism!.url, upload));
    const failures = outcomes.filter((o) => o.status < 200 || o.status > 299);
    const report = failures
      .map((f) => `${f.example.product}: ${f.example.operation} → ${f.status} ${PRISM_DEFECTS[f.example.operation] ?? f.detail}`)
      .join('\n');
    console.log(`curl examples: ${outcomes.length - failures.length} of ${outcomes.length} answer 2xx${report ? `\n${report}` : ''}`);
    expect(outcomes.length - failures.length, report).toBeGreaterThanOrEqual(Math.ceil(outcomes.length * REQUIRED_SHARE));
  }, 900_000);
});
