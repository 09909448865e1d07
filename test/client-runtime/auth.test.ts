// Every security scheme the runtime applies, with an injected fetch: what each request carries.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuthConfig } from '../../templates/typescript/core/auth.js';
import { OAuthTokens } from '../../templates/typescript/core/auth.js';
import { BaseClient, type ClientOptions } from '../../templates/typescript/core/client.js';
import { AuthenticationError, SDKError } from '../../templates/typescript/core/errors.js';
import { json, mockFetch, TEST_IDENTITY } from './helpers.js';

const AUTH: AuthConfig = {
  schemes: [
    { kind: 'bearer', name: 'bearerAuth', credential: 'apiKey' },
    { kind: 'basic', name: 'basicAuth', username: 'username', password: 'password' },
    { kind: 'apiKey', name: 'queryKey', in: 'query', parameter: 'api_key', credential: 'queryKey' },
    { kind: 'apiKey', name: 'session', in: 'cookie', parameter: 'sid', credential: 'session' },
    { kind: 'apiKey', name: 'tenant', in: 'header', parameter: 'X-Tenant', credential: 'tenant' },
    { kind: 'oauth2', name: 'oauth', tokenUrl: '/oauth/token', clientId: 'clientId', clientSecret: 'clientSecret', scopes: ['read', 'write'] },
  ],
  credentials: [
    { option: 'apiKey', env: 'ACME_AUTH_API_KEY' },
    { option: 'username', env: 'ACME_AUTH_USERNAME' },
    { option: 'password', env: 'ACME_AUTH_PASSWORD' },
    { option: 'queryKey', env: 'ACME_AUTH_QUERY_KEY' },
    { option: 'session', env: 'ACME_AUTH_SESSION' },
    { option: 'tenant', env: 'ACME_AUTH_TENANT' },
    { option: 'clientId', env: 'ACME_AUTH_CLIENT_ID' },
    { option: 'clientSecret', env: 'ACME_AUTH_CLIENT_SECRET' },
  ],
  security: [['bearerAuth'], ['basicAuth'], ['oauth']],
};

type Options = ClientOptions & Record<string, string | undefined | unknown>;

class MultiAuth extends BaseClient {
  constructor(options: Options = {}) {
    super({ ...TEST_IDENTITY, apiKeyEnvVar: 'ACME_AUTH_API_KEY', auth: AUTH }, options);
  }
}

const basic = (user: string, password: string) => `Basic ${btoa(`${user}:${password}`)}`;

afterEach(() => vi.unstubAllEnvs());

describe('security schemes', () => {
  it('uses the first alternative the user configured: bearer, else basic', async () => {
    const fetch = mockFetch(() => json({}));
    await new MultiAuth({ fetch, apiKey: 'tok' }).get('/x');
    await new MultiAuth({ fetch, username: 'AC1', password: 'secret' }).get('/x');
    expect(fetch.requests.map((r) => r.headers.get('authorization'))).toEqual(['Bearer tok', basic('AC1', 'secret')]);
  });

  it('reads basic credentials from their environment variables', async () => {
    vi.stubEnv('ACME_AUTH_USERNAME', 'env-user');
    vi.stubEnv('ACME_AUTH_PASSWORD', 'env-pass');
    const fetch = mockFetch(() => json({}));
    await new MultiAuth({ fetch }).get('/x');
    expect(fetch.requests[0]!.headers.get('authorization')).toBe(basic('env-user', 'env-pass'));
  });

  it('sends API keys in a query parameter, a cookie and a header, together when an alternative lists them', async () => {
    const fetch = mockFetch(() => json({}));
    const client = new MultiAuth({ fetch, apiKey: 'tok', queryKey: 'q 1', session: 's;1', tenant: 't1' });
    await client.get('/x', { query: { a: 1 }, security: [['queryKey', 'session', 'tenant']] });
    const request = fetch.requests[0]!;
    expect(new URL(request.url).searchParams.get('api_key')).toBe('q 1');
    expect(new URL(request.url).searchParams.get('a')).toBe('1');
    expect(request.headers.get('cookie')).toBe('sid=s%3B1');
    expect(request.headers.get('x-tenant')).toBe('t1');
    expect(request.headers.has('authorization')).toBe(false);
  });

  it('sends nothing for an operation with `security: []`, and an optional alternative needs no credentials', async () => {
    const fetch = mockFetch(() => json({}));
    const client = new MultiAuth({ fetch, apiKey: 'tok' });
    await client.get('/public', { security: [] });
    await client.get('/optional', { security: [['queryKey'], []] });
    expect(fetch.requests.map((r) => r.headers.has('authorization'))).toEqual([false, false]);
  });

  it('says which options are missing, at construction and for an operation of another scheme', async () => {
    expect(() => new MultiAuth({})).toThrow(
      /Missing credentials: pass apiKey \(or ACME_AUTH_API_KEY\), or username \(or ACME_AUTH_USERNAME\) and password/,
    );
    const client = new MultiAuth({ apiKey: 'tok', fetch: mockFetch(() => json({})) });
    await expect(client.get('/x', { security: [['tenant']] })).rejects.toThrow(/pass tenant \(or ACME_AUTH_TENANT\)/);
    await expect(client.get('/x', { security: [['tenant']] })).rejects.toThrow(SDKError);
  });
});

describe('OAuth2 client credentials', () => {
  function tokenServer(expiresIn: number | undefined = 3600) {
    let issued = 0;
    return mockFetch(async (request) => {
      if (new URL(request.url).pathname.endsWith('/oauth/token')) {
        issued++;
        return json({ access_token: `token-${issued}`, token_type: 'bearer', ...(expiresIn !== undefined && { expires_in: expiresIn }) });
      }
      const auth = request.headers.get('authorization');
      return auth === `Bearer token-${issued}` ? json({ ok: true }) : json({ error: 'expired' }, 401);
    });
  }
  const tokenRequests = (fetch: ReturnType<typeof mockFetch>) => fetch.requests.filter((r) => r.url.endsWith('/oauth/token'));

  it('requests a token with the client credentials and scopes, and sends it as a bearer token', async () => {
    const fetch = tokenServer();
    await new MultiAuth({ fetch, clientId: 'id:1', clientSecret: 'sec' }).get('/x');
    const [token, call] = fetch.requests;
    expect(token!.url).toBe('https://api.acme.test/v2/oauth/token');
    expect(token!.method).toBe('POST');
    expect(token!.headers.get('authorization')).toBe(basic('id%3A1', 'sec'));
    expect(Object.fromEntries(new URLSearchParams(await token!.text()))).toEqual({ grant_type: 'client_credentials', scope: 'read write' });
    expect(call!.headers.get('authorization')).toBe('Bearer token-1');
  });

  it('shares one token fetch between concurrent requests and caches the token', async () => {
    const fetch = tokenServer();
    const client = new MultiAuth({ fetch, clientId: 'id', clientSecret: 'sec' });
    await Promise.all([client.get('/a'), client.get('/b'), client.get('/c')]);
    await client.get('/d');
    expect(tokenRequests(fetch)).toHaveLength(1);
    expect(fetch.requests).toHaveLength(5);
  });

  it('refreshes the token once and retries when the API answers 401, then gives up', async () => {
    let issued = 0;
    let rejectAll = false;
    const fetch = mockFetch((request) => {
      if (request.url.endsWith('/oauth/token')) return json({ access_token: `token-${++issued}`, expires_in: 3600 });
      return rejectAll || request.headers.get('authorization') === 'Bearer token-1' ? json({ error: 'revoked' }, 401) : json({ ok: true });
    });
    const client = new MultiAuth({ fetch, clientId: 'id', clientSecret: 'sec', maxRetries: 0 });
    await expect(client.get('/x')).resolves.toEqual({ ok: true });
    expect(tokenRequests(fetch)).toHaveLength(2);
    rejectAll = true;
    await expect(client.get('/y')).rejects.toThrow(AuthenticationError);
    expect(tokenRequests(fetch)).toHaveLength(3);
  });

  it('fetches a new token shortly before the old one expires', async () => {
    let now = 1_000_000;
    let issued = 0;
    const fetch = mockFetch(() => json({ access_token: `t${++issued}`, expires_in: 100 }));
    const tokens = new OAuthTokens('https://auth.test/token', 'id', 'sec', undefined, fetch, () => now);
    expect(await tokens.token()).toBe('t1');
    now += 60_000;
    expect(await tokens.token()).toBe('t1');
    now += 15_000; // 75 s of 100: inside the 30 s margin
    expect(await tokens.token()).toBe('t2');
  });

  it('reports a refused token request as an API error', async () => {
    const fetch = mockFetch(() => json({ error: 'invalid_client' }, 401));
    const client = new MultiAuth({ fetch, clientId: 'id', clientSecret: 'wrong' });
    await expect(client.get('/x')).rejects.toThrow(AuthenticationError);
  });
});
