// targets.openapiTypes: openapi-typescript's types of the demo spec, written through the config and the
// generate pipeline; an openapi-fetch client typed with them accepts a right call and rejects wrong ones.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../generator/config.js';
import { prepare, type TargetOutput } from '../generator/generate.js';
import { createReporter } from '../generator/progress.js';
import { removeTempDirs, STRICT_OPTIONS, tempDir, typeCheck, writeFiles } from './client-helpers.js';
import { repoRoot } from './support/shared.js';

const OPTIONS: ts.CompilerOptions = {
  ...STRICT_OPTIONS,
  paths: { 'openapi-fetch': [path.join(repoRoot, 'node_modules/openapi-fetch/dist/index.d.mts')] },
};

const RIGHT = `
import createClient from 'openapi-fetch';
import type { paths, components } from './types/openapi.js';
const client = createClient<paths>({ baseUrl: 'https://api.example.com' });
export async function rename(id: string): Promise<components['schemas']['Project'] | undefined> {
  const { data } = await client.PATCH('/projects/{project_id}', { params: { path: { project_id: id } }, body: { name: 'New name' } });
  return data;
}
`;

const WRONG_CALLS = {
  'a path parameter misnamed': `client.GET('/projects/{project_id}', { params: { path: { projectId: 'p' } } });`,
  'a path that does not exist': `client.GET('/project/{project_id}', { params: { path: { project_id: 'p' } } });`,
  'a body field of the wrong type': `client.PATCH('/projects/{project_id}', { params: { path: { project_id: 'p' } }, body: { name: 1 } });`,
};

describe('targets.openapiTypes on the demo spec', () => {
  let root: string;
  let outputs: TargetOutput[];

  beforeAll(async () => {
    root = tempDir('openapi-types');
    const config = parseConfig(
      { spec: path.join(repoRoot, 'specs/demo/openapi.yml'), client: { name: 'Orbit' }, targets: { openapiTypes: { out: './types' } } },
      path.join(root, 'sdkgen.config.yml'),
    );
    outputs = await prepare(config, createReporter({ write: () => true, isTTY: false }, { quiet: true }));
    for (const output of outputs) writeFiles(output.dir, output.files);
  }, 120_000);

  afterAll(removeTempDirs);

  it('writes only openapi-typescript types, into the configured folder', () => {
    expect(outputs.map((o) => [o.name, path.relative(root, o.dir), [...o.files.keys()]])).toEqual([['openapiTypes', 'types', ['openapi.d.ts']]]);
    const text = outputs[0]!.files.get('openapi.d.ts')!;
    expect(text).toMatch(/^export interface paths \{/m);
    expect(text).toMatch(/^export interface components \{/m);
  });

  it('types an openapi-fetch client: a right call type-checks, each wrong one fails', () => {
    const files = { right: RIGHT, ...Object.fromEntries(Object.entries(WRONG_CALLS).map(([what, call], i) => [`wrong-${i}`, `${RIGHT}\n${call}\n`])) };
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, `${name}.ts`), text);
    const diagnostics = typeCheck(Object.keys(files).map((name) => path.join(root, `${name}.ts`)), OPTIONS, root);
    const failing = new Set(diagnostics.map((d) => d.split('.ts:')[0]));
    expect(diagnostics.filter((d) => d.startsWith('right.ts') || !d.includes('.ts:'))).toEqual([]);
    expect([...failing].sort()).toEqual(Object.keys(WRONG_CALLS).map((_, i) => `wrong-${i}`));
  });
});

describe('targets.openapiTypes in the config', () => {
  const parse = (openapiTypes: unknown) => () =>
    parseConfig({ spec: './openapi.yml', targets: { typescript: { out: './ts' }, openapiTypes } }, path.join(repoRoot, 'sdkgen.config.yml'));

  it('needs an out folder of its own and a .d.ts file name', () => {
    expect(parse({})).toThrow(/targets\.openapiTypes\.out: missing/);
    expect(parse({ out: './ts/types' })).toThrow(/targets\.openapiTypes\.out: must not be .* \(targets\.typescript\.out\)/);
    expect(parse({ out: './types', fileName: 'types/api.ts' })).toThrow(/targets\.openapiTypes\.fileName: "types\/api\.ts" must be a file name ending in \.d\.ts/);
    expect(parse({ out: './types', outDir: 'x' })).toThrow(/targets\.openapiTypes\.outDir: unknown key/);
    expect(parse({ out: './types' })().targets.openapiTypes).toEqual({ out: path.join(repoRoot, 'types'), fileName: 'openapi.d.ts' });
  });
});

describe('targets.openapiTypes on a spec that repeats an operationId', () => {
  it('gives the repeat a suffix and says so (openapi-typescript refuses repeats)', async () => {
    const { generateOpenapiTypes } = await import('../generator/openapi-types/index.js');
    const spec = path.join(tempDir('openapi-types-dup'), 'openapi.json');
    const list = { operationId: 'ListThings', responses: { '200': { description: 'ok' } } };
    writeFileSync(spec, JSON.stringify({ openapi: '3.0.3', info: { title: 'T', version: '1' }, paths: { '/a': { get: list }, '/b': { get: list } } }));
    const { files, warnings } = await generateOpenapiTypes(spec, { out: '.', fileName: 'openapi.d.ts' });
    expect(warnings).toEqual(['openapiTypes: operationId "ListThings" repeats at get /b; its types are operations["ListThings_2"]']);
    expect(files.get('openapi.d.ts')).toMatch(/get: operations\["ListThings_2"\];/);
  }, 60_000);
});
