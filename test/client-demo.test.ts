// The Orbit demo client: it type-checks under --strict with the code of its README, and the package it ships
// builds with its own tsconfigs to ESM and CommonJS, both of which make requests.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Project } from '../generator/pipeline.js';
import {
  DEMO_CONFIG,
  fakeFetch,
  generateInto,
  type GeneratedClient,
  importClient,
  projectFromConfig,
  readmeModules,
  removeTempDirs,
  resolvingPackage,
  typeCheck,
} from './client-helpers.js';
import { repoRoot } from './support/shared.js';

let project: Project;
let client: GeneratedClient;

beforeAll(async () => {
  project = await projectFromConfig(DEMO_CONFIG);
  client = generateInto(project, 'demo');
});

afterAll(removeTempDirs);

describe('the demo client', () => {
  it('type-checks under --strict together with every code block of its README', () => {
    const { name, packageName } = project.config.client;
    const readme = client.files.get('README.md')!;
    const blocks = readmeModules(readme, name, packageName, path.join(client.root, 'readme'));
    expect(blocks.length).toBeGreaterThanOrEqual(8);
    const errors = typeCheck([...client.sources, ...blocks], resolvingPackage(client, packageName, client.root), client.root);
    expect(errors).toEqual([]);
  });

  it('has a README that covers the topics users look for', () => {
    const headings = [...client.files.get('README.md')!.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    for (const topic of ['Installation', 'Usage', 'Handling errors', 'Pagination', 'Retries', 'Timeouts', 'File uploads', 'Webhooks', 'Accessing raw responses']) {
      expect(headings).toContain(topic);
    }
  });

  it('builds to ESM and CommonJS with its own tsconfigs, and both builds work', async () => {
    const { root } = client;
    const types = path.join(repoRoot, 'node_modules/@types');
    for (const config of ['tsconfig.json', 'tsconfig.cjs.json']) {
      const file = path.join(root, config);
      const parsed = ts.getParsedCommandLineOfConfigFile(file, { typeRoots: [types] }, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
      const program = ts.createProgram(parsed.fileNames, parsed.options);
      const emitted = program.emit();
      const errors = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics].map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      expect(errors, config).toEqual([]);
    }
    // What the package's build:cjs script does after tsc.
    const script = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts['build:cjs'] as string;
    const marker = /node -e "(.*)"$/.exec(script)![1].replace(/\\"/g, '"');
    execFileSync(process.execPath, ['-e', marker], { cwd: root });
    expect(JSON.parse(readFileSync(path.join(root, 'dist/cjs/package.json'), 'utf8'))).toEqual({ type: 'commonjs' });
    expect(readFileSync(path.join(root, 'dist/esm/index.d.ts'), 'utf8')).toContain('export');

    const esm = await import(pathToFileURL(path.join(root, 'dist/esm/index.js')).href);
    const cjs = createRequire(path.join(root, 'package.json'))('./dist/cjs/index.js');
    for (const [format, module] of [['esm', esm], ['cjs', cjs]] as const) {
      const Orbit = module.default;
      const { fetch, requests } = fakeFetch(() => ({ data: [{ id: 'p1' }], meta: { total_pages: 1, page_number: 1 } }));
      const orbit = new Orbit({ apiKey: 'key', fetch });
      const ids: string[] = [];
      for await (const item of orbit.projects.list()) ids.push(item.id);
      expect(ids, format).toEqual(['p1']);
      expect(requests[0].url.href, format).toBe('https://api.orbit.example/v1/projects');
      expect(Orbit.NotFoundError, format).toBe(module.NotFoundError);
    }
  });

  it('verifies webhooks with the configured headers', async () => {
    const { generateKeyPairSync, sign } = await import('node:crypto');
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const raw = publicKey.export({ format: 'jwk' }).x!;
    const key = Buffer.from(raw, 'base64url').toString('base64');
    const Orbit = (await importClient(client)).default;
    const orbit = new Orbit({ apiKey: 'key', publicKey: key });
    const payload = JSON.stringify({ type: 'task.completed', data: { id: 't1' } });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = sign(null, Buffer.from(`${timestamp}|${payload}`), privateKey).toString('base64');
    const { signatureHeader, timestampHeader } = project.config.client.webhooks!;
    const event = await orbit.webhooks.unwrap(payload, { headers: { [signatureHeader]: signature, [timestampHeader]: timestamp } });
    expect(event).toEqual(JSON.parse(payload));
    await expect(orbit.webhooks.unwrap(`${payload} `, { headers: { [signatureHeader]: signature, [timestampHeader]: timestamp } })).rejects.toThrow(
      /signature does not match/,
    );
  });
});
