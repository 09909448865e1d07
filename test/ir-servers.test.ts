// Path- and operation-level `servers` replace the document's for that operation: the IR keeps them and the HTTP
// request model (every raw-HTTP example, curl included) calls them.
import { describe, expect, it } from 'vitest';
import { buildMethodExample } from '../generator/examples/method.js';
import { buildHttpRequest } from '../generator/examples/http-request.js';
import { buildIR } from '../generator/ir/builder.js';

const document = {
  openapi: '3.1.0',
  info: { title: 'Servers', version: '1' },
  servers: [{ url: 'https://api.example.com/v2' }],
  paths: {
    '/items': { get: { responses: { '200': { description: 'ok' } } } },
    '/.well-known/config': {
      servers: [{ url: 'https://{host}', variables: { host: { default: 'example.com' } } }],
      get: { responses: { '200': { description: 'ok' } } },
      post: { servers: [{ url: 'https://upload.example.com' }], responses: { '200': { description: 'ok' } } },
    },
  },
};

describe('operation servers', () => {
  const ir = buildIR(document);
  const op = (key: string) => ir.operations.find((o) => o.key === key)!;
  const url = (key: string) => buildHttpRequest(ir, op(key), buildMethodExample(op(key), () => undefined), { apiKeyEnv: 'KEY' }).url;

  it('keeps the path item’s servers, and the operation’s own over them', () => {
    expect(op('get /items').servers).toBeUndefined();
    expect(op('get /.well-known/config').servers).toEqual([{ url: 'https://example.com' }]);
    expect(op('post /.well-known/config').servers).toEqual([{ url: 'https://upload.example.com' }]);
  });

  it('sends each request to its operation’s server, else the document’s', () => {
    expect(url('get /items')).toBe('https://api.example.com/v2/items');
    expect(url('get /.well-known/config')).toBe('https://example.com/.well-known/config');
    expect(url('post /.well-known/config')).toBe('https://upload.example.com/.well-known/config');
  });
});
