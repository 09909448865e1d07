import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  SDKError,
  UnprocessableEntityError,
} from '../../templates/typescript/core/errors.js';
import { BaseClient, type ClientOptions } from '../../templates/typescript/core/client.js';
import { hangingFetch, json, mockFetch, sequence, TestClient, TEST_IDENTITY } from './helpers.js';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('requests', () => {
  it('sends bearer auth, a user agent and JSON to the base URL', async () => {
    const fetch = mockFetch(() => json({ id: 'a1' }));
    const client = new TestClient({ apiKey: 'sk-123', fetch });

    const data = await client.post<{ id: string }>('/ai/assistants', { body: { name: 'bot', tags: ['x'] } });

    expect(data).toEqual({ id: 'a1' });
    const [request] = fetch.requests;
    expect(request!.method).toBe('POST');
    expect(request!.url).toBe('https://api.acme.test/v2/ai/assistants');
    expect(request!.headers.get('authorization')).toBe('Bearer sk-123');
    expect(request!.headers.get('user-agent')).toBe('Acme/JS 1.2.3');
    expect(request!.headers.get('accept')).toBe('application/json');
    expect(request!.headers.get('content-type')).toBe('application/json');
    expect(await request!.json()).toEqual({ name: 'bot', tags: ['x'] });
  });

  it('sends no body and no content type on a GET', async () => {
    const fetch = mockFetch(() => json({}));
    await new TestClient({ fetch }).get('/things');
    expect(fetch.requests[0]!.headers.has('content-type')).toBe(false);
    expect(await fetch.requests[0]!.text()).toBe('');
  });

  it('layers default headers, request headers and null removals', async () => {
    const fetch = mockFetch(() => json({}));
    const client = new TestClient({ fetch, defaultHeaders: { 'X-Team': 'core', 'X-Trace': 'on' } });

    await client.get('/things', { headers: { 'x-trace': null, 'X-Extra': '1', Accept: 'text/csv' } });

    const headers = fetch.requests[0]!.headers;
    expect(headers.get('x-team')).toBe('core');
    expect(headers.has('x-trace')).toBe(false);
    expect(headers.get('x-extra')).toBe('1');
    expect(headers.get('accept')).toBe('text/csv');
  });

  it('merges default query parameters under the request query', async () => {
    const fetch = mockFetch(() => json({}));
    const client = new TestClient({ fetch, defaultQuery: { region: 'eu', debug: '1' } });

    await client.get('/things', { query: { region: 'us', debug: undefined, limit: 5 } });

    const url = new URL(fetch.requests[0]!.url);
    expect([...url.searchParams]).toEqual([
      ['region', 'us'],
      ['limit', '5'],
    ]);
  });

  it('joins base URLs with and without trailing slashes', async () => {
    const fetch = mockFetch(() => json({}));
    await new TestClient({ fetch, baseURL: 'http://localhost:4010/api/' }).get('/v1/x');
    await new TestClient({ fetch, baseURL: 'http://localhost:4010/api' }).get('v1/x');
    expect(fetch.requests.map((r) => r.url)).toEqual([
      'http://localhost:4010/api/v1/x',
      'http://localhost:4010/api/v1/x',
    ]);
  });

  it('sends a string body verbatim when the caller sets its content type', async () => {
    const fetch = mockFetch(() => json({}));
    await new TestClient({ fetch }).post('/raw', {
      body: 'a,b\n1,2',
      headers: { 'Content-Type': 'text/csv' },
    });
    expect(await fetch.requests[0]!.text()).toBe('a,b\n1,2');
    expect(fetch.requests[0]!.headers.get('content-type')).toBe('text/csv');
  });
});

describe('configuration', () => {
  it('reads the API key from the environment variable the subclass names', async () => {
    vi.stubEnv('ACME_TEST_API_KEY', 'from-env');
    const fetch = mockFetch(() => json({}));
    const client = new (class extends BaseClient {
      constructor(options: ClientOptions = {}) {
        super(TEST_IDENTITY, options);
      }
    })({ fetch });
    await client.get('/x');
    expect(client.apiKey).toBe('from-env');
    expect(fetch.requests[0]!.headers.get('authorization')).toBe('Bearer from-env');
  });

  it('explains how to provide a missing API key', () => {
    vi.stubEnv('ACME_TEST_API_KEY', '');
    const make = () =>
      new (class extends BaseClient {
        constructor() {
          super(TEST_IDENTITY, {});
        }
      })();
    expect(make).toThrow(SDKError);
    expect(make).toThrow(/ACME_TEST_API_KEY/);
    expect(make).toThrow(/new Acme\(\{ apiKey/);
  });

  it('takes the base URL from the option, then the environment, then the default', () => {
    expect(new TestClient().baseURL).toBe('https://api.acme.test/v2');
    vi.stubEnv('ACME_TEST_BASE_URL', 'https://env.acme.test');
    expect(new TestClient().baseURL).toBe('https://env.acme.test');
    expect(new TestClient({ baseURL: 'https://opt.acme.test' }).baseURL).toBe('https://opt.acme.test');
  });

  it('defaults to a 60 s timeout and 2 retries, and rejects nonsense values', () => {
    const client = new TestClient();
    expect(client.timeout).toBe(60_000);
    expect(client.maxRetries).toBe(2);
    expect(() => new TestClient({ maxRetries: -1 })).toThrow(/maxRetries/);
    expect(() => new TestClient({ timeout: Number.NaN })).toThrow(/timeout/);
  });

  it('withOptions keeps the subclass and the other options', async () => {
    const fetch = mockFetch(() => json({}));
    const client = new TestClient({ fetch, apiKey: 'k1', maxRetries: 5 });
    const copy = client.withOptions({ timeout: 1234 });
    expect(copy).toBeInstanceOf(TestClient);
    expect(copy.timeout).toBe(1234);
    expect(copy.maxRetries).toBe(5);
    await copy.get('/x');
    expect(fetch.requests[0]!.headers.get('authorization')).toBe('Bearer k1');
  });

  it('sends the key in a custom header or query parameter when the API says so', async () => {
    const fetch = mockFetch(() => json({}));
    class HeaderAuth extends BaseClient {
      constructor(options: ClientOptions = {}) {
        super({ ...TEST_IDENTITY, auth: { kind: 'header', name: 'X-API-Key' } }, options);
      }
    }
    class QueryAuth extends BaseClient {
      constructor(options: ClientOptions = {}) {
        super({ ...TEST_IDENTITY, auth: { kind: 'query', name: 'api_key' } }, options);
      }
    }
    await new HeaderAuth({ apiKey: 'h', fetch }).get('/x');
    await new QueryAuth({ apiKey: 'q', fetch }).get('/x', { query: { a: 1 } });
    expect(fetch.requests[0]!.headers.get('x-api-key')).toBe('h');
    expect(fetch.requests[0]!.headers.has('authorization')).toBe(false);
    expect(new URL(fetch.requests[1]!.url).searchParams.get('api_key')).toBe('q');
  });

  it('exposes the error classes and toFile as statics of the client class', () => {
    expect(TestClient.NotFoundError).toBe(NotFoundError);
    expect(TestClient.APIError).toBe(APIError);
    expect(TestClient.APIConnectionTimeoutError).toBe(APIConnectionTimeoutError);
    expect(typeof TestClient.toFile).toBe('function');
  });
});

describe('errors', () => {
  const cases: [number, new (...args: never[]) => APIError][] = [
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
  ];

  it.each(cases)('maps status %i to its error class', async (status, ErrorClass) => {
    const body = { errors: [{ code: '10005', title: 'Resource not found', detail: 'No such assistant' }] };
    const fetch = mockFetch(() => json(body, status, { 'x-request-id': 'req_1' }));
    const error = await new TestClient({ fetch, maxRetries: 0 }).get('/x').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toBeInstanceOf(SDKError);
    const apiError = error as APIError;
    expect(apiError.status).toBe(status);
    expect(apiError.error).toEqual(body);
    expect(apiError.headers?.get('x-request-id')).toBe('req_1');
    expect(apiError.message).toBe(`${status} Resource not found: No such assistant (code 10005)`);
    expect(apiError.name).toBe(ErrorClass.name);
  });

  it('uses the plain APIError for other statuses, and text bodies as the message', async () => {
    const fetch = mockFetch(() => new Response('I am a teapot', { status: 418 }));
    const error = await new TestClient({ fetch }).get('/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIError);
    expect(Object.getPrototypeOf(error)).toBe(APIError.prototype);
    expect((error as APIError).message).toBe('418 I am a teapot');
    expect((error as APIError).error).toBeUndefined();
  });

  it('builds messages from { message } and { error: { message } } bodies', async () => {
    const fetch = mockFetch(
      sequence(
        () => json({ message: 'bad field' }, 400),
        () => json({ error: { message: 'no such key', type: 'invalid_request' } }, 401),
        () => new Response(null, { status: 403 }),
      ),
    );
    const client = new TestClient({ fetch });
    await expect(client.get('/a')).rejects.toThrow('400 bad field');
    await expect(client.get('/b')).rejects.toThrow('401 no such key');
    await expect(client.get('/c')).rejects.toThrow('403 status code (no body)');
  });

  it('wraps network failures in APIConnectionError with the cause', async () => {
    const cause = new TypeError('fetch failed');
    const fetch = mockFetch(() => Promise.reject(cause));
    const error = await new TestClient({ fetch, maxRetries: 0 }).get('/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).not.toBeInstanceOf(APIConnectionTimeoutError);
    expect((error as Error).cause).toBe(cause);
  });
});

describe('timeouts and aborts', () => {
  it('throws APIConnectionTimeoutError when the server does not answer in time', async () => {
    const fetch = hangingFetch();
    const started = Date.now();
    const error = await new TestClient({ fetch, timeout: 30, maxRetries: 0 })
      .get('/slow')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(fetch.requests).toHaveLength(1);
  });

  it('retries timed-out attempts, with a per-request timeout', async () => {
    const fetch = hangingFetch();
    const client = new TestClient({ fetch, timeout: 60_000 });
    await expect(client.get('/slow', { timeout: 20 })).rejects.toBeInstanceOf(APIConnectionTimeoutError);
    expect(fetch.requests).toHaveLength(3);
  });

  it('throws APIUserAbortError, without retrying, when the caller aborts', async () => {
    const fetch = hangingFetch();
    const controller = new AbortController();
    const pending = new TestClient({ fetch }).get('/slow', { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
    expect(fetch.requests).toHaveLength(1);
  });

  it('reports an abort as an abort even when no retries are left', async () => {
    const fetch = hangingFetch();
    const controller = new AbortController();
    const pending = new TestClient({ fetch, maxRetries: 0 }).get('/slow', { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it('does not call fetch at all with an already-aborted signal', async () => {
    const fetch = mockFetch(() => json({}));
    const signal = AbortSignal.abort();
    await expect(new TestClient({ fetch }).get('/x', { signal })).rejects.toBeInstanceOf(APIUserAbortError);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe('logging', () => {
  function recordingLogger() {
    const lines: string[] = [];
    const record = (level: string) => (message: string) => lines.push(`${level} ${message}`);
    return {
      lines,
      logger: { error: record('error'), warn: record('warn'), info: record('info'), debug: record('debug') },
    };
  }

  it('logs retries at info level, and stays quiet at the default warn level', async () => {
    const respond = sequence(
      () => json({}, 500),
      () => json({}),
    );
    const verbose = recordingLogger();
    await new TestClient({ fetch: mockFetch(respond), logger: verbose.logger, logLevel: 'info' }).get('/x');
    expect(verbose.lines).toEqual(['info [Acme] GET https://api.acme.test/v2/x returned 500; retrying']);

    const quiet = recordingLogger();
    await new TestClient({ fetch: mockFetch(respond), logger: quiet.logger }).get('/x');
    expect(quiet.lines).toEqual([]);
  });

  it('takes the level from the environment variable the subclass names', () => {
    vi.stubEnv('ACME_TEST_LOG', 'debug');
    expect(new TestClient({}, { logLevelEnvVar: 'ACME_TEST_LOG' }).logLevel).toBe('debug');
    vi.stubEnv('ACME_TEST_LOG', 'loud');
    expect(new TestClient({}, { logLevelEnvVar: 'ACME_TEST_LOG' }).logLevel).toBe('warn');
  });
});

describe('responses', () => {
  it('asResponse gives the raw response with its body unread', async () => {
    const fetch = mockFetch(() => json({ id: 1 }, 200, { 'x-request-id': 'r9' }));
    const response = await new TestClient({ fetch }).get('/x').asResponse();
    expect(response).toBeInstanceOf(Response);
    expect(response.bodyUsed).toBe(false);
    expect(response.headers.get('x-request-id')).toBe('r9');
    expect(await response.json()).toEqual({ id: 1 });
  });

  it('withResponse gives the parsed data and the response', async () => {
    const fetch = mockFetch(() => json({ id: 2 }, 201));
    const { data, response } = await new TestClient({ fetch })
      .post<{ id: number }>('/x', { body: {} })
      .withResponse();
    expect(data).toEqual({ id: 2 });
    expect(response.status).toBe(201);
  });

  it('sends the request once however the promise is consumed', async () => {
    const fetch = mockFetch(() => json({ id: 3 }));
    const promise = new TestClient({ fetch }).get<{ id: number }>('/x');
    const [a, b] = await Promise.all([promise, promise.withResponse()]);
    expect(a).toEqual({ id: 3 });
    expect(b.data).toEqual({ id: 3 });
    expect(fetch.requests).toHaveLength(1);
  });

  it('parses 204 as null, text as a string, and can hand back binary responses', async () => {
    const fetch = mockFetch(
      sequence(
        () => new Response(null, { status: 204 }),
        () => new Response('plain words', { headers: { 'content-type': 'text/plain' } }),
        () => new Response(new Uint8Array([1, 2, 3]), { headers: { 'content-type': 'application/pdf' } }),
      ),
    );
    const client = new TestClient({ fetch });
    expect(await client.delete('/x')).toBeNull();
    expect(await client.get('/y')).toBe('plain words');
    const file = await client.get<Response>('/z', { binaryResponse: true });
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('accepts request options given as a promise', async () => {
    const fetch = mockFetch(() => json({}));
    await new TestClient({ fetch }).post('/x', Promise.resolve({ body: { a: 1 } }));
    expect(fetch.requests[0]!.method).toBe('POST');
    expect(await fetch.requests[0]!.json()).toEqual({ a: 1 });
  });
});
