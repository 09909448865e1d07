// Swagger 2.0 documents are converted to OpenAPI 3.0 by the loader; errors name the 2.0 place.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSpec, SpecError } from '../generator/load/index.js';
import { hasShared, shared, sharedSkipReason } from './support/shared.js';

const fixture = (name: string) => join(resolve(dirname(fileURLToPath(import.meta.url)), 'fixtures/load/swagger2'), name);

async function loadError(file: string): Promise<SpecError> {
  const error = await loadSpec(file).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(SpecError);
  return error as SpecError;
}

describe('Swagger 2.0 → OpenAPI 3.0', () => {
  it('turns host, basePath and schemes into servers and keeps x- extensions everywhere', async () => {
    const { document, version } = await loadSpec(fixture('features.yml'));
    expect(version).toBe('3.0.3');
    expect(document.openapi).toBe('3.0.3');
    expect(document.servers).toEqual([{ url: 'https://api.example.com/v1' }, { url: 'http://api.example.com/v1' }]);
    expect(document['x-api-owner']).toBe('platform');
    expect(document.components.schemas.Note['x-internal']).toBe(false);
    expect(document.components.parameters.limit['x-page-size']).toBe(true);
    expect(document.paths['/notes'].post['x-stability']).toBe('beta');
  });

  it('moves definitions to components.schemas and rewrites refs; discriminator and x-nullable take their 3.0 form', async () => {
    const { document } = await loadSpec(fixture('features.yml'));
    const note = document.components.schemas.Note;
    expect(note.discriminator).toEqual({ propertyName: 'kind' });
    expect(note.properties.text.nullable).toBe(true);
    const ok = document.paths['/notes'].get.responses['200'];
    expect(ok.content['application/json'].schema).toEqual({ type: 'array', items: { $ref: '#/components/schemas/Note' } });
    expect(ok.headers['X-Total']).toEqual({ schema: { type: 'integer' } });
  });

  it('keeps query parameters (collectionFormat as style), makes a referenced body parameter the request body', async () => {
    const { document } = await loadSpec(fixture('features.yml'));
    const list = document.paths['/notes'].get;
    expect(list.parameters[0]).toEqual({ $ref: '#/components/parameters/limit' });
    expect(list.parameters[1]).toMatchObject({ name: 'tags', in: 'query', style: 'form', explode: true, schema: { type: 'array', items: { type: 'string' } } });
    expect(document.components.parameters.note).toBeUndefined();
    const create = document.paths['/notes'].post;
    expect(create.parameters).toBeUndefined();
    expect(create.requestBody.content).toEqual({ 'application/json': { schema: { $ref: '#/components/schemas/Note' } } });
  });

  it('makes formData parameters one form body of the media types the operation consumes; produces names the response type', async () => {
    const { document } = await loadSpec(fixture('features.yml'));
    const attach = document.paths['/notes/{id}/attachment'];
    expect(attach.parameters).toEqual([{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }]);
    expect(attach.put.requestBody).toEqual({
      required: true,
      content: {
        'multipart/form-data': {
          schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' }, caption: { type: 'string' } }, required: ['file'] },
        },
      },
    });
    expect(Object.keys(attach.put.responses['200'].content)).toEqual(['application/xml']);
  });

  it('converts securityDefinitions to securitySchemes', async () => {
    const { document } = await loadSpec(fixture('features.yml'));
    expect(document.components.securitySchemes).toEqual({
      key: { type: 'apiKey', name: 'X-Key', in: 'header' },
      basicAuth: { type: 'http', scheme: 'basic' },
      oauth: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'https://api.example.com/token', scopes: { read: 'Read' } } } },
    });
    expect(document.security).toEqual([{ key: [] }]);
  });

  it('names the 2.0 place of a body parameter without a schema (file, line, pointer)', async () => {
    const error = await loadError(fixture('body-without-schema.yml'));
    expect(error.message).toMatch(/body-without-schema\.yml:7:\d+: body parameter "note" has no "schema" \(at #\/paths\/~1notes\/post\/parameters\/0\)/);
    expect(error.hint).toMatch(/schema/);
  });

  it('names the 2.0 place of a parameter in an unknown place', async () => {
    const error = await loadError(fixture('unknown-place.yml'));
    expect(error.pointer).toBe('/paths/~1notes/get/parameters/0/in');
    expect(error.line).toBe(8);
    expect(error.problem).toMatch(/"in" is "cookie", not one of query, header, path, formData, body/);
  });
});

describe('Swagger 2.0 errors in another file', () => {
  it('names the file the object is written in, with its pointer and line there', async () => {
    const error = await loadError(fixture('separate/swagger.yml'));
    expect(error.file).toBe(fixture('separate/parameters.yml'));
    expect(error.pointer).toBe('/page/in');
    expect(error.line).toBe(3);
    expect(error.problem).toMatch(/parameter "page": "in" is "cookie"/);
  });
});

describe.skipIf(!hasShared)(`Swagger 2.0 across files${sharedSkipReason}`, () => {
  it('bundles petstore-separate (schemas and parameters in other files) before converting it', async () => {
    const { document } = await loadSpec(shared('corpus/oai-examples/examples/v2.0/yaml/petstore-separate/spec/swagger.yaml'));
    expect(Object.keys(document.components.schemas).sort()).toEqual(['Error', 'NewPet', 'Pet']);
    expect(document.components.schemas.NewPet.allOf[0]).toEqual({ $ref: '#/components/schemas/Pet' });
    const find = document.paths['/pets'].get;
    expect(find.parameters.map((p: { $ref: string }) => p.$ref)).toEqual(['#/components/parameters/tagsParam', '#/components/parameters/limitsParam']);
    expect(document.components.parameters.tagsParam).toMatchObject({ in: 'query', style: 'form', explode: false, schema: { type: 'array' } });
    expect(document.paths['/pets'].post.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/NewPet' });
    expect(document.servers).toEqual([{ url: 'http://petstore.swagger.io/api' }]);
  });
});
