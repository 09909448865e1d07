// The demo client on every runtime: esbuild bundles it for browsers and for neutral (edge) platforms with no Node
// built-in, and one end-to-end script (test/fixtures/runtimes/demo-e2e.ts) runs under Node, Bun and Deno against a
// mock server on the loopback interface.
import { execFile } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from './client-helpers.js';
import { repoRoot } from './support/shared.js';
import { testTool } from './support/tools.js';

const entry = path.join(repoRoot, 'output/demo/typescript/src/index.ts');
const script = path.join(repoRoot, 'test/fixtures/runtimes/demo-e2e.ts');

describe('bundles of the demo client', () => {
  it.each(['browser', 'neutral'] as const)('bundles for the %s platform without any Node built-in', async (platform) => {
    const result = await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: 'esm',
      platform,
      metafile: true,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((input) => input.startsWith('node:') || !input.includes('output/demo/typescript/src/'))).toEqual([]);
    expect(inputs.some((input) => input.endsWith('core/webhooks.ts'))).toBe(true);
    const code = result.outputFiles[0]!.text;
    expect(code).not.toMatch(/\bBuffer\b|require\(|from ["']node:/);
  });

  it('fails to bundle the ./node entry for a browser (so the rule above can fail)', async () => {
    await expect(
      esbuild.build({ entryPoints: [path.join(repoRoot, 'output/demo/typescript/src/core/node.ts')], bundle: true, write: false, platform: 'browser', logLevel: 'silent' }),
    ).rejects.toThrow(/node:fs/);
  });
});

interface Received {
  method: string;
  url: string;
  authorization: string | undefined;
  contentType: string | undefined;
  body: string;
}

let server: Server;
let baseURL: string;
const received: Received[] = [];

async function readBody(req: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text;
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const body = await readBody(req);
    const url = new URL(req.url!, 'http://localhost');
    received.push({ method: req.method!, url: url.pathname + url.search, authorization: req.headers.authorization, contentType: req.headers['content-type'], body });
    const json = (status: number, value: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    if (req.headers.authorization !== 'Bearer e2e-key') return json(401, { message: 'no key' });
    if (req.method === 'POST' && url.pathname === '/projects') return json(201, { id: 'p1', ...JSON.parse(body) });
    if (req.method === 'GET' && url.pathname === '/projects') {
      const page = Number(url.searchParams.get('page[number]') ?? '1');
      const data = page === 1 ? [{ name: 'a' }, { name: 'b' }] : [{ name: 'c' }];
      return json(200, { data, meta: { page_number: page, page_size: 2, total_pages: 2, total_results: 3 } });
    }
    if (url.pathname === '/projects/missing') return json(404, { message: 'not found' });
    if (req.method === 'POST' && url.pathname === '/tasks/t1/attachments') {
      return json(201, { id: 'att', multipart: req.headers['content-type']?.startsWith('multipart/form-data'), hello: body.includes('hello from a runtime'), blob: body.includes('a blob') });
    }
    return json(404, { message: `no route ${req.method} ${url.pathname}` });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  removeTempDirs();
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});

/** The e2e script bundled for `platform`, with the server's URL and a signed webhook baked in. */
async function bundleScript(platform: 'node' | 'neutral'): Promise<string> {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const payload = JSON.stringify({ type: 'task.completed', data: { id: 't1' } });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const config = {
    baseURL,
    publicKey: Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('base64'),
    payload,
    timestamp,
    signature: sign(null, Buffer.from(`${timestamp}|${payload}`), privateKey).toString('base64'),
  };
  const out = path.join(tempDir('runtime-e2e'), `e2e-${platform}.mjs`);
  await esbuild.build({
    entryPoints: [script],
    bundle: true,
    format: 'esm',
    platform,
    target: 'es2022',
    outfile: out,
    define: { __E2E__: JSON.stringify(config) },
    logLevel: 'silent',
  });
  return out;
}

const bun = testTool('bun');
const deno = testTool('deno');
const runtimes: { name: string; available: boolean; skip: string; command: (file: string) => [string, string[]] }[] = [
  { name: 'Node', available: true, skip: '', command: (file) => [process.execPath, [file]] },
  { name: 'Bun', available: bun.available, skip: bun.skipReason, command: (file) => [bun.path, ['run', file]] },
  // Deno gets the network of the loopback server only.
  { name: 'Deno', available: deno.available, skip: deno.skipReason, command: (file) => [deno.path, ['run', '--no-prompt', `--allow-net=${new URL(baseURL).host}`, file]] },
];

describe.each(runtimes)('the demo client end to end on $name', ({ name, available, skip, command }) => {
  it.skipIf(!available)(`makes requests, walks pages, uploads, maps errors and verifies webhooks${skip}`, async () => {
    const file = await bundleScript(name === 'Node' ? 'node' : 'neutral');
    const before = received.length;
    const [cmd, args] = command(file);
    const { stdout } = await promisify(execFile)(cmd, args, { timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
    const results = JSON.parse(stdout.trim().split('\n').pop()!);
    expect(results).toEqual({
      created: { id: 'p1', name: 'Alpha' },
      names: ['a', 'b', 'c'],
      notFound: 404,
      upload: { id: 'att', multipart: true, hello: true, blob: false },
      blobUpload: { id: 'att', multipart: true, hello: false, blob: true },
      event: { type: 'task.completed', data: { id: 't1' } },
      tampered: 'WebhookVerificationError',
    });
    const requests = received.slice(before);
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST /projects',
      'GET /projects?page%5Bsize%5D=2',
      'GET /projects?page%5Bsize%5D=2&page%5Bnumber%5D=2',
      'GET /projects/missing',
      'POST /tasks/t1/attachments',
      'POST /tasks/t1/attachments',
    ]);
    expect(requests.every((r) => r.authorization === 'Bearer e2e-key')).toBe(true);
  }, 90_000);
});
