import { describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APIUserAbortError,
  InternalServerError,
} from '../../templates/typescript/core/errors.js';
import { backoffDelayMs, serverRequestedDelayMs } from '../../templates/typescript/core/retry.js';
import { json, mockFetch, sequence, SleepingClient, TestClient } from './helpers.js';

const fail =
  (status: number, headers: Record<string, string> = {}) =>
  () =>
    json({ message: 'nope' }, status, headers);
const ok = () => json({ ok: true });

describe('retries', () => {
  it('retries 5xx responses and succeeds, counting attempts in a header', async () => {
    const fetch = mockFetch(sequence(fail(500), fail(502), ok));
    const client = new TestClient({ fetch });

    expect(await client.get('/x')).toEqual({ ok: true });
    expect(fetch.requests.map((r) => r.headers.get('x-stainless-retry-count'))).toEqual(['0', '1', '2']);
    expect(client.sleeps).toHaveLength(2);
  });

  it('gives up after maxRetries and throws the last error', async () => {
    const fetch = mockFetch(sequence(fail(503)));
    const client = new TestClient({ fetch });
    await expect(client.get('/x')).rejects.toBeInstanceOf(InternalServerError);
    expect(fetch.requests).toHaveLength(3);
  });

  it('honours maxRetries from the client and from the request', async () => {
    const fetch = mockFetch(sequence(fail(500)));
    await expect(new TestClient({ fetch, maxRetries: 4 }).get('/x')).rejects.toThrow();
    expect(fetch.requests).toHaveLength(5);
    await expect(new TestClient({ fetch, maxRetries: 4 }).get('/x', { maxRetries: 0 })).rejects.toThrow();
    expect(fetch.requests).toHaveLength(6);
  });

  it.each([408, 409, 429, 500, 504])('retries status %i', async (status) => {
    const fetch = mockFetch(sequence(fail(status), ok));
    expect(await new TestClient({ fetch }).get('/x')).toEqual({ ok: true });
    expect(fetch.requests).toHaveLength(2);
  });

  it.each([400, 401, 403, 404, 422])('does not retry status %i', async (status) => {
    const fetch = mockFetch(sequence(fail(status), ok));
    await expect(new TestClient({ fetch }).get('/x')).rejects.toMatchObject({ status });
    expect(fetch.requests).toHaveLength(1);
  });

  it('obeys x-should-retry either way', async () => {
    const neverFetch = mockFetch(sequence(fail(500, { 'x-should-retry': 'false' }), ok));
    await expect(new TestClient({ fetch: neverFetch }).get('/x')).rejects.toBeInstanceOf(InternalServerError);
    expect(neverFetch.requests).toHaveLength(1);

    const alwaysFetch = mockFetch(sequence(fail(400, { 'x-should-retry': 'true' }), ok));
    expect(await new TestClient({ fetch: alwaysFetch }).get('/x')).toEqual({ ok: true });
    expect(alwaysFetch.requests).toHaveLength(2);
  });

  it('retries connection errors, then reports APIConnectionError', async () => {
    const fetch = mockFetch(() => Promise.reject(new TypeError('fetch failed')));
    await expect(new TestClient({ fetch }).get('/x')).rejects.toBeInstanceOf(APIConnectionError);
    expect(fetch.requests).toHaveLength(3);
  });

  it('backs off exponentially between attempts', async () => {
    const fetch = mockFetch(sequence(fail(500)));
    const client = new TestClient({ fetch, maxRetries: 6 });
    await expect(client.get('/x')).rejects.toThrow();
    const nominal = [500, 1000, 2000, 4000, 8000, 8000];
    expect(client.sleeps).toHaveLength(6);
    client.sleeps.forEach((ms, i) => {
      expect(ms).toBeLessThanOrEqual(nominal[i]!);
      expect(ms).toBeGreaterThanOrEqual(nominal[i]! * 0.75);
    });
  });

  it('waits as long as Retry-After says, in seconds', async () => {
    const fetch = mockFetch(sequence(fail(429, { 'retry-after': '3' }), ok));
    const client = new TestClient({ fetch });
    await client.get('/x');
    expect(client.sleeps).toEqual([3000]);
  });

  it('prefers retry-after-ms over Retry-After', async () => {
    const fetch = mockFetch(sequence(fail(429, { 'retry-after-ms': '150', 'retry-after': '3' }), ok));
    const client = new TestClient({ fetch });
    await client.get('/x');
    expect(client.sleeps).toEqual([150]);
  });

  it('ignores unreasonable Retry-After values in favour of backoff', async () => {
    const fetch = mockFetch(
      sequence(fail(429, { 'retry-after': '3600' }), fail(429, { 'retry-after': 'soon' }), ok),
    );
    const client = new TestClient({ fetch });
    await client.get('/x');
    expect(client.sleeps[0]).toBeLessThanOrEqual(500);
    expect(client.sleeps[1]).toBeLessThanOrEqual(1000);
    expect(client.sleeps[1]).toBeGreaterThanOrEqual(750);
  });

  it('keeps one idempotency key across the retries of a request', async () => {
    const fetch = mockFetch(sequence(fail(500), ok, ok));
    const client = new TestClient({ fetch }, { idempotencyHeader: 'Idempotency-Key' });
    await client.post('/x', { body: {} });
    await client.post('/x', { body: {}, idempotencyKey: 'mine' });
    const keys = fetch.requests.map((r) => r.headers.get('idempotency-key'));
    expect(keys[0]).toMatch(/^sdkgen-retry-[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).toBe('mine');
  });

  it('re-sends the same JSON body on every attempt', async () => {
    const fetch = mockFetch(sequence(fail(500), ok));
    await new TestClient({ fetch }).post('/x', { body: { n: 1 } });
    expect(await Promise.all(fetch.requests.map((r) => r.json()))).toEqual([{ n: 1 }, { n: 1 }]);
  });
});

describe('waiting for real', () => {
  it('sleeps the requested time with the default sleep', async () => {
    const fetch = mockFetch(sequence(fail(429, { 'retry-after-ms': '80' }), ok));
    const started = Date.now();
    await new SleepingClient({ fetch }).get('/x');
    expect(Date.now() - started).toBeGreaterThanOrEqual(70);
  });

  it('stops waiting for a retry as soon as the caller aborts', async () => {
    const fetch = mockFetch(sequence(fail(429, { 'retry-after': '30' }), ok));
    const controller = new AbortController();
    const started = Date.now();
    const pending = new SleepingClient({ fetch }).get('/x', { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(fetch.requests).toHaveLength(1);
  });
});

describe('delay arithmetic', () => {
  it('doubles from 0.5 s up to 8 s, with at most 25 % jitter', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map((i) => backoffDelayMs(i, () => 0))).toEqual([
      500, 1000, 2000, 4000, 8000, 8000, 8000,
    ]);
    expect(backoffDelayMs(0, () => 0.999999)).toBeCloseTo(375, 0);
  });

  it('reads Retry-After as an HTTP date', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    const headers = new Headers({ 'retry-after': new Date(now + 5_000).toUTCString() });
    expect(serverRequestedDelayMs(headers, now)).toBe(5_000);
  });

  it('accepts zero but not negative or huge delays', () => {
    expect(serverRequestedDelayMs(new Headers({ 'retry-after-ms': '0' }))).toBe(0);
    expect(serverRequestedDelayMs(new Headers({ 'retry-after': '-1' }))).toBeUndefined();
    expect(serverRequestedDelayMs(new Headers({ 'retry-after': '61' }))).toBeUndefined();
    expect(serverRequestedDelayMs(new Headers())).toBeUndefined();
  });
});
