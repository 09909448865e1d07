import { readFileSync } from 'node:fs';
import * as yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { buildIR } from '../generator/ir/builder.js';
import { hasShared, shared, sharedSkipReason } from './support/shared.js';

const ok = { responses: { '200': { description: 'ok' } } };

describe('IR security', () => {
  const ir = buildIR({
    openapi: '3.0.3',
    info: { title: 'T', version: '1' },
    security: [{ token: [] }, { user: [] }],
    paths: {
      '/a': { get: ok },
      '/public': { get: { ...ok, security: [] } },
      '/both': { post: { ...ok, security: [{ key: [], session: [] }, { oauth: ['read', 'write'] }] } },
      '/optional': { get: { ...ok, security: [{}, { token: [] }] } },
    },
    components: {
      securitySchemes: {
        token: { type: 'http', scheme: 'Bearer', bearerFormat: 'JWT', description: 'A token.' },
        user: { type: 'http', scheme: 'basic' },
        key: { type: 'apiKey', in: 'query', name: 'api_key' },
        session: { $ref: '#/components/securitySchemes/cookie' },
        cookie: { type: 'apiKey', in: 'cookie', name: 'sid' },
        oauth: {
          type: 'oauth2',
          flows: {
            clientCredentials: { tokenUrl: 'https://auth.example.com/token', scopes: { read: 'r', write: 'w' } },
            authorizationCode: { authorizationUrl: 'https://auth.example.com/authorize', tokenUrl: '/token', scopes: {} },
          },
        },
        digest: { type: 'http', scheme: 'digest' },
        oidc: { type: 'openIdConnect', openIdConnectUrl: 'https://auth.example.com/.well-known' },
      },
    },
  });

  it('reads every kind of scheme, following $refs', () => {
    expect(ir.auth).toEqual([
      { kind: 'bearer', name: 'token', format: 'JWT', description: 'A token.' },
      { kind: 'basic', name: 'user' },
      { kind: 'apiKey', name: 'key', in: 'query', parameterName: 'api_key' },
      { kind: 'apiKey', name: 'session', in: 'cookie', parameterName: 'sid' },
      { kind: 'apiKey', name: 'cookie', in: 'cookie', parameterName: 'sid' },
      {
        kind: 'oauth2',
        name: 'oauth',
        flows: {
          clientCredentials: { tokenUrl: 'https://auth.example.com/token', scopes: ['read', 'write'] },
          authorizationCode: { authorizationUrl: 'https://auth.example.com/authorize', tokenUrl: '/token', scopes: [] },
        },
      },
      { kind: 'other', name: 'digest', type: 'http:digest' },
      { kind: 'other', name: 'oidc', type: 'openIdConnect' },
    ]);
  });

  it('keeps the alternatives: global, none, schemes used together, optional auth', () => {
    const byPath = Object.fromEntries(ir.operations.map((op) => [op.path, op]));
    expect(ir.security).toEqual([[{ scheme: 'token', scopes: [] }], [{ scheme: 'user', scopes: [] }]]);
    expect(byPath['/a']!.securityRequirements).toEqual(ir.security);
    expect(byPath['/a']!.security).toEqual(['token', 'user']);
    expect(byPath['/public']!.securityRequirements).toEqual([]);
    expect(byPath['/public']!.security).toEqual([]);
    expect(byPath['/both']!.securityRequirements).toEqual([
      [{ scheme: 'key', scopes: [] }, { scheme: 'session', scopes: [] }],
      [{ scheme: 'oauth', scopes: ['read', 'write'] }],
    ]);
    expect(byPath['/optional']!.securityRequirements).toEqual([[], [{ scheme: 'token', scopes: [] }]]);
  });
});

describe.skipIf(!hasShared)(`IR security of the 07-16 Telnyx spec${sharedSkipReason}`, () => {
  it('has the OAuth2 client-credentials flow and operations without auth', () => {
    const document = yaml.load(readFileSync(shared('specs/telnyx/openapi-2026-07-16.yml'), 'utf8')) as Record<string, any>;
    const ir = buildIR(document);
    const oauth = ir.auth.find((s) => s.kind === 'oauth2');
    expect(oauth).toMatchObject({ name: 'oauthClientAuth', flows: { clientCredentials: { tokenUrl: 'https://api.telnyx.com/v2/oauth/token' } } });
    expect(ir.operations.filter((op) => op.securityRequirements?.length === 0).length).toBeGreaterThan(0);
    expect(ir.operations.filter((op) => op.security.includes('oauthClientAuth')).length).toBeGreaterThan(0);
  });
});
