// The curl examples of the agent profile, run as printed (bash, the real curl binary) against a Prism mock of the
// 03-24 spec: the curated Telnyx messaging documents, and the generated documents of the spec's products without
// curation. Local runs call a few products; SDKGEN_E2E_PRODUCTS=all (set by .ci/run) every product of the spec.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, listFiles, runCli, tempDir } from './support/cli.js';
import { startPrism, type PrismServer } from './support/prism.js';
import { hasShared, repoRoot, shared, sharedSkipReason } from './support/shared.js';
import { findTool } from './support/tools.js';

const ALL = process.env.SDKGEN_E2E_PRODUCTS === 'all';
const DEFAULT_PRODUCTS = ['messages', 'programmable-fax-commands', 'phone-number-orders', 'verify', 'call-commands', 'sim-cards'];
/** Generated examples must answer 2xx at least this often; the failures are listed with Prism's reasons. */
const REQUIRED_SHARE = 0.99;

interface CurlExample {
  file: string;
  operation: string;
  command: string;
}

/**
 * Every curl command of a curl SKILL.md: each task's (### section with an endpoint line) and the others (Error
 * Handling), the operation taken from the command's method and URL where the section names none. Blocks without a
 * curl command (the Webhook Verification notes) are no examples.
 */
function curlExamples(file: string, text: string): CurlExample[] {
  const out: CurlExample[] = [];
  for (const section of text.split(/^(?=##+ )/m)) {
    const endpoint = /^`((?:GET|POST|PUT|PATCH|DELETE) \S+)`$/m.exec(section)?.[1];
    for (const [, command] of section.matchAll(/^```bash\n([\s\S]*?)^```$/gm)) {
      if (!/^curl\b/m.test(command!)) continue;
      const method = /-X (GET|POST|PUT|PATCH|DELETE)\b/.exec(command!)?.[1] ?? 'GET';
      const url = /"https?:\/\/[^/"]+(?:\/v2)?(\/[^"?]*)/.exec(command!)?.[1];
      out.push({ file, operation: endpoint ?? `${method} ${url ?? '?'} (${/^##+ (.*)$/m.exec(section)?.[1] ?? 'preamble'})`, command: command! });
    }
  }
  return out;
}

/** Runs the command with curl wrapped to print the status and Prism's validation findings. */
function run(example: CurlExample, base: string): Promise<{ example: CurlExample; status: number; detail: string }> {
  // The mock serves the spec's paths at its root; the placeholder file of uploads is a real (small PDF) file here.
  const command = example.command
    .replaceAll('https://api.telnyx.com/v2', base)
    .replaceAll('https://api.telnyx.com', base)
    .replaceAll('=@/path/to/file"', `=@${upload}"`);
  const wrapper = ['curl() { command curl -sS -D "$H" -o "$B" -w "%{http_code}" "$@"; }', command].join('\n');
  const dir = `/tmp/sdkgen-agent-curl-${process.pid}-${Math.random().toString(36).slice(2)}`;
  return new Promise((resolve) => {
    execFile(
      'bash',
      ['-c', `mkdir -p ${dir}; H=${dir}/h B=${dir}/b; ${wrapper}; echo; grep -i '^sl-violations:' ${dir}/h | head -c 400; rm -rf ${dir}`],
      { env: { ...process.env, TELNYX_API_KEY: 'test-key' }, timeout: 30_000 },
      (error, stdout) => {
        const [first, ...rest] = stdout.split('\n');
        const status = Number(first?.trim().slice(-3)) || 0;
        resolve({ example, status, detail: error && !status ? String(error.message) : rest.join(' ').slice(0, 400) });
      },
    );
  });
}

/** The agent config for curl alone into `out`, curated (as committed) or not (curation removed). */
async function generate(label: string, curated: boolean): Promise<string> {
  const dir = tempDir(label);
  const out = path.join(dir, 'out');
  let text = readFileSync(path.join(repoRoot, 'specs/telnyx/agent.config.yml'), 'utf8')
    .replaceAll('../../../shared/', `${shared()}/`)
    .replace(/out: \.\.\/\.\.\/output\/telnyx\/skills\/agent/, `out: ${out}`)
    .replace(/languages: \[[^\]]*\]/, 'languages: [curl]')
    .replace(/\n {4}publish: .*/, '');
  if (!curated) text = text.replace(/\n {4}curation: .*/, '');
  writeFileSync(path.join(dir, 'agent.config.yml'), text);
  const result = await runCli(['generate', '--quiet', '--config', path.join(dir, 'agent.config.yml')]);
  expect(result.code, result.stderr).toBe(0);
  return out;
}

const curl = findTool('curl', ['--version'], 'curl');
const upload = path.join(mkdtempSync(path.join(tmpdir(), 'sdkgen-agent-curl-')), 'file.pdf');
writeFileSync(upload, '%PDF-1.4\n%%EOF\n');

afterAll(() => {
  cleanTempDirs();
  rmSync(path.dirname(upload), { recursive: true, force: true });
});

describe.skipIf(!hasShared || !curl.available)(`agent profile: curl examples against Prism${sharedSkipReason}${curl.skipReason}`, () => {
  let prism: PrismServer | undefined;
  let curated: CurlExample[] = [];
  let generated: CurlExample[] = [];

  beforeAll(async () => {
    const [server, curatedOut, generatedOut] = await Promise.all([
      startPrism(shared('specs/telnyx/openapi-2026-03-24.yml')),
      generate('agent-curl-curated', true),
      generate('agent-curl-generated', false),
    ]);
    prism = server;
    const read = (out: string, only?: string[]) =>
      listFiles(out)
        .filter((f) => /^skills\/telnyx-.+-curl\/SKILL\.md$/.test(f))
        .filter((f) => !only || only.includes(/^skills\/telnyx-(.+)-curl\//.exec(f)![1]!))
        .flatMap((f) => curlExamples(f, readFileSync(path.join(out, f), 'utf8')));
    curated = read(curatedOut);
    generated = read(generatedOut, ALL ? undefined : DEFAULT_PRODUCTS);
  }, 300_000);

  afterAll(async () => {
    await prism?.stop();
  });

  it('the curated messaging examples (the 8 tasks and Error Handling) answer 2xx', async () => {
    expect(curated.map((e) => e.operation)).toEqual([
      'POST /messages (Error Handling)',
      'POST /messages',
      'POST /messages/alphanumeric_sender_id',
      'POST /messages/group_mms',
      'POST /messages/long_code',
      'POST /messages/number_pool',
      'POST /messages/short_code',
      'POST /messages/schedule',
      'POST /messages/whatsapp',
    ]);
    const outcomes = await Promise.all(curated.map((e) => run(e, prism!.url)));
    const failures = outcomes.filter((o) => o.status < 200 || o.status > 299);
    const report = failures.map((f) => `${f.example.operation} → ${f.status} ${f.detail}`).join('\n');
    console.log(`agent curated curl: ${outcomes.length - failures.length} of ${outcomes.length} answer 2xx${report ? `\n${report}` : ''}`);
    expect(failures, report).toEqual([]);
  }, 120_000);

  it(`the generated examples (${ALL ? 'every product' : DEFAULT_PRODUCTS.join(', ')}) answer 2xx (at least ${REQUIRED_SHARE * 100} %)`, async () => {
    expect(generated.length).toBeGreaterThan(5);
    const outcomes: Awaited<ReturnType<typeof run>>[] = [];
    for (let i = 0; i < generated.length; i += 6) outcomes.push(...(await Promise.all(generated.slice(i, i + 6).map((e) => run(e, prism!.url)))));
    const failures = outcomes.filter((o) => o.status < 200 || o.status > 299);
    const report = failures.map((f) => `${f.example.file}: ${f.example.operation} → ${f.status} ${f.detail}`).join('\n');
    console.log(`agent generated curl: ${outcomes.length - failures.length} of ${outcomes.length} answer 2xx${report ? `\n${report}` : ''}`);
    expect(outcomes.length - failures.length, report).toBeGreaterThanOrEqual(Math.ceil(outcomes.length * REQUIRED_SHARE));
  }, 900_000);
});
