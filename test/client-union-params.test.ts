// TS2700 ("Rest types may only be created from object types"): a params type that is an intersection with a union
// holding a non-object (a body `allOf` of an object and a `oneOf` with a string) is destructured through its object
// part, so the method compiles under --strict and still splits path, query and body.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import * as yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { fakeFetch, generateInto, importClient, projectFromSpec, removeTempDirs, tempDir, typeCheck } from './client-helpers.js';

afterAll(removeTempDirs);

const body = (required: boolean) => ({
  required,
  content: {
    'application/json': {
      schema: {
        allOf: [
          { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
          { oneOf: [{ type: 'object', properties: { color: { type: 'string' } } }, { type: 'string' }] },
        ],
      },
    },
  },
});
const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Paint', version: '1.0.0' },
  servers: [{ url: 'https://paint.test' }],
  paths: {
    '/walls/{wall_id}/coats': {
      post: {
        operationId: 'createCoat',
        parameters: [
          { name: 'wall_id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'dry_run', in: 'query', schema: { type: 'boolean' } },
        ],
        requestBody: body(true),
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
    '/walls/{wall_id}/primers': {
      post: {
        operationId: 'createPrimer',
        parameters: [
          { name: 'wall_id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'dry_run', in: 'query', schema: { type: 'boolean' } },
        ],
        requestBody: body(false),
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  },
};

describe('params whose type is an intersection with a union', () => {
  it('type-check under --strict and split into path, query and body', async () => {
    const dir = tempDir('paint-spec');
    writeFileSync(path.join(dir, 'openapi.yml'), yaml.dump(SPEC));
    const client = generateInto(await projectFromSpec(path.join(dir, 'openapi.yml')), 'paint');
    const source = [...client.files].filter(([file]) => file.startsWith('src/resources/')).map(([, text]) => text).join('\n');
    expect(source).toMatch(/export type CoatCreateParams = \{/);
    expect(source).toContain("as Pick<CoatCreateParams, 'dry_run'> & object;");
    expect(typeCheck(client.sources, undefined, client.root)).toEqual([]);

    const Paint = (await importClient(client)).default;
    const { fetch, requests } = fakeFetch();
    const paint = new Paint({ apiKey: 'k', fetch });
    await paint.walls.coats.create('w1', { dry_run: true, name: 'base', color: 'red' });
    await paint.walls.primers.create('w2');
    expect(requests.map((r) => [r.method, `${r.url.pathname}${r.url.search}`, r.body])).toEqual([
      ['POST', '/walls/w1/coats?dry_run=true', JSON.stringify({ name: 'base', color: 'red' })],
      ['POST', '/walls/w2/primers', '{}'],
    ]);
  });
});
