// The neutral HTTP request every raw-HTTP snippet renders: URL, query and path encoding, auth, bodies.
import { describe, expect, it } from 'vitest';
import { buildHttpRequest, UNKNOWN_BASE_URL } from '../generator/examples/http-request.js';
import { buildMethodExample } from '../generator/examples/method.js';
import { buildIR } from '../generator/ir/builder.js';
import type { IR } from '../generator/ir/types.js';

function requestOf(document: Record<string, unknown>, key: string, baseUrl?: string) {
  const ir: IR = buildIR({ openapi: '3.1.0', info: { title: 'T', version: '1' }, ...document });
  const lookup = (name: string) => ir.schemas.find((s) => s.name === name)?.schema;
  const operation = ir.operations.find((o) => o.key === key)!;
  return buildHttpRequest(ir, operation, buildMethodExample(operation, lookup), { apiKeyEnv: 'T_API_KEY', ...(baseUrl ? { baseUrl } : {}) });
}

describe('buildHttpRequest', () => {
  it('fills and encodes path parameters, encodes query pairs by style and explode, and takes the first server', () => {
    const request = requestOf(
      {
        servers: [{ url: 'https://api.t.example/v2/' }],
        paths: {
          '/rooms/{room id}/items/{ids}': {
            get: {
              parameters: [
                { name: 'room id', in: 'path', required: true, schema: { type: 'string', example: 'a b/c' } },
                { name: 'ids', in: 'path', required: true, schema: { type: 'array', items: { type: 'integer' }, example: [1, 2] } },
                { name: 'tag', in: 'query', required: true, schema: { type: 'array', items: { type: 'string' }, example: ['x', 'y z'] } },
                { name: 'csv', in: 'query', required: true, explode: false, schema: { type: 'array', items: { type: 'string' }, example: ['p', 'q'] } },
                { name: 'filter', in: 'query', required: true, style: 'deepObject', schema: { type: 'object', example: { status: 'on' } } },
                { name: 'optional', in: 'query', schema: { type: 'string' } },
              ],
            },
          },
        },
      },
      'get /rooms/{room id}/items/{ids}',
    );
    expect(request.method).toBe('GET');
    expect(request.baseUrl).toBe('https://api.t.example/v2');
    expect(request.path).toBe('/rooms/a%20b%2Fc/items/1,2');
    expect(request.query).toEqual([
      { name: 'tag', value: 'x' },
      { name: 'tag', value: 'y z' },
      { name: 'csv', value: 'p,q' },
      { name: 'filter[status]', value: 'on' },
    ]);
    expect(request.queryString).toBe('tag=x&tag=y%20z&csv=p%2Cq&filter%5Bstatus%5D=on');
    expect(request.url).toBe(`https://api.t.example/v2${request.path}?${request.queryString}`);
    expect(request.auth).toBeUndefined();
    expect(request.body).toEqual({ kind: 'none' });
  });

  it('sends the auth of the operation’s security scheme: bearer, API key header or query, basic', () => {
    const spec = (scheme: Record<string, unknown>) => ({
      security: [{ s: [] }],
      components: { securitySchemes: { s: scheme } },
      paths: { '/x': { get: {} } },
    });
    expect(requestOf(spec({ type: 'http', scheme: 'bearer' }), 'get /x').auth).toEqual({ kind: 'header', header: 'Authorization', prefix: 'Bearer ', env: 'T_API_KEY', scheme: 's' });
    expect(requestOf(spec({ type: 'apiKey', in: 'header', name: 'X-Key' }), 'get /x').auth).toMatchObject({ kind: 'header', header: 'X-Key', prefix: '' });
    expect(requestOf(spec({ type: 'apiKey', in: 'query', name: 'key' }), 'get /x').auth).toMatchObject({ kind: 'query', name: 'key' });
    expect(requestOf(spec({ type: 'http', scheme: 'basic' }), 'get /x').auth).toMatchObject({ kind: 'basic' });
    expect(requestOf(spec({ type: 'oauth2', flows: {} }), 'get /x').auth).toMatchObject({ kind: 'header', prefix: 'Bearer ' });
  });

  it('builds JSON, form and multipart bodies; a relative server gets the placeholder host', () => {
    const body = (contentType: string, schema: Record<string, unknown>) => ({
      servers: [{ url: '/api/v3' }],
      paths: { '/up': { post: { requestBody: { required: true, content: { [contentType]: { schema } } } } } },
    });
    const object = { type: 'object', required: ['name', 'tags'], properties: { name: { type: 'string', example: 'n' }, tags: { type: 'array', items: { type: 'string' }, example: ['a', 'b'] } } };
    const json = requestOf(body('application/json', object), 'post /up');
    expect(json.baseUrl).toBe(`${UNKNOWN_BASE_URL}/api/v3`);
    expect(json.body).toEqual({ kind: 'json', contentType: 'application/json', value: { name: 'n', tags: ['a', 'b'] } });
    expect(requestOf(body('application/x-www-form-urlencoded', object), 'post /up').body).toEqual({
      kind: 'form',
      contentType: 'application/x-www-form-urlencoded',
      fields: [{ name: 'name', value: 'n' }, { name: 'tags', value: 'a' }, { name: 'tags', value: 'b' }],
    });
    const multipart = { type: 'object', required: ['file', 'purpose'], properties: { file: { type: 'string', format: 'binary' }, purpose: { type: 'string', example: 'p' } } };
    expect(requestOf(body('multipart/form-data', multipart), 'post /up').body).toEqual({
      kind: 'multipart',
      contentType: 'multipart/form-data',
      fields: [{ name: 'purpose', value: 'p' }],
      files: [{ name: 'file', path: 'path/to/file' }],
    });
  });

  it('leaves out an optional body the example does not fill, and sends {} for a required JSON object without required fields', () => {
    const spec = (required: boolean) => ({ paths: { '/x': { post: { requestBody: { required, content: { 'application/json': { schema: { type: 'object', properties: { a: { type: 'string' } } } } } } } } } });
    expect(requestOf(spec(false), 'post /x').body).toEqual({ kind: 'none' });
    expect(requestOf(spec(true), 'post /x').body).toEqual({ kind: 'json', contentType: 'application/json', value: {} });
  });
});

describe('httpAuth alternatives', () => {
  it('sends nothing for security: [] and prefers the alternative needing one scheme', () => {
    const components = { securitySchemes: { a: { type: 'apiKey', in: 'header', name: 'X-A' }, b: { type: 'http', scheme: 'bearer' } } };
    const none = requestOf({ security: [{ b: [] }], components, paths: { '/x': { get: { security: [] } } } }, 'get /x');
    expect(none.auth).toBeUndefined();
    const single = requestOf({ security: [{ a: [], b: [] }, { b: [] }], components, paths: { '/x': { get: {} } } }, 'get /x');
    expect(single.auth).toMatchObject({ kind: 'header', header: 'Authorization' });
  });
});

describe('the Accept header', () => {
  it('a declared Accept header parameter, even optional, is sent with its first allowed value', () => {
    const request = requestOf(
      { paths: { '/x': { get: { parameters: [{ name: 'Accept', in: 'header', schema: { type: 'string', enum: ['application/json', 'application/yaml'] } }] } } } },
      'get /x',
    );
    expect(request.headers).toEqual([{ name: 'Accept', value: 'application/json' }]);
  });
});
