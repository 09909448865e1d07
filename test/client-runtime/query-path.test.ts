import { describe, expect, it } from 'vitest';
import { stringifyQuery } from '../../templates/typescript/core/query.js';
import { encodePathParam, path } from '../../templates/typescript/core/path.js';
import { SDKError } from '../../templates/typescript/core/errors.js';
import { json, mockFetch, TestClient } from './helpers.js';

describe('stringifyQuery', () => {
  it('writes nested objects with brackets, percent-encoded', () => {
    expect(stringifyQuery({ filter: { status: 'active', date: { gte: '2024-01-01' } } })).toBe(
      'filter%5Bstatus%5D=active&filter%5Bdate%5D%5Bgte%5D=2024-01-01',
    );
  });

  it('joins arrays with commas by default, like the Stainless SDKs', () => {
    expect(stringifyQuery({ ids: ['a', 'b'], filter: { tag: [1, 2] } })).toBe(
      'ids=a%2Cb&filter%5Btag%5D=1%2C2',
    );
  });

  it('supports the other array styles', () => {
    const query = { ids: ['a', 'b'] };
    expect(stringifyQuery(query, 'repeat')).toBe('ids=a&ids=b');
    expect(stringifyQuery(query, 'brackets')).toBe('ids%5B%5D=a&ids%5B%5D=b');
    expect(stringifyQuery(query, 'indices')).toBe('ids%5B0%5D=a&ids%5B1%5D=b');
  });

  it('indexes arrays of objects, which a comma list cannot hold', () => {
    expect(decodeURIComponent(stringifyQuery({ sort: [{ field: 'a' }, { field: 'b' }] }))).toBe(
      'sort[0][field]=a&sort[1][field]=b',
    );
  });

  it('skips undefined and empty arrays, keeps null as an empty value', () => {
    expect(stringifyQuery({ a: undefined, b: [], c: null, d: 0, e: '' })).toBe('c=&d=0&e=');
  });

  it('writes booleans as words and dates as ISO 8601', () => {
    expect(stringifyQuery({ on: true, off: false, at: new Date(Date.UTC(2024, 0, 2, 3, 4, 5)) })).toBe(
      'on=true&off=false&at=2024-01-02T03%3A04%3A05.000Z',
    );
  });

  it('encodes characters that would otherwise change the meaning of the query', () => {
    expect(stringifyQuery({ q: 'a b&c=d+e', 'x y': "it's (a)*" })).toBe(
      'q=a%20b%26c%3Dd%2Be&x%20y=it%27s%20%28a%29%2A',
    );
  });
});

describe('path', () => {
  it('encodes every interpolated parameter', () => {
    expect(path`/files/${'a/b c'}`).toBe('/files/a%2Fb%20c');
    expect(path`/ai/assistants/${'asst_1'}/tests/${42}`).toBe('/ai/assistants/asst_1/tests/42');
    expect(path`/q/${'50%?#'}`).toBe('/q/50%25%3F%23');
  });

  it('keeps path-legal sub-delimiters such as + and : readable', () => {
    expect(encodePathParam('+13125550100')).toBe('+13125550100');
    expect(encodePathParam('urn:x@y')).toBe('urn:x@y');
  });

  it('refuses values that would change the route', () => {
    expect(() => path`/files/${'..'}`).toThrow(SDKError);
    expect(() => path`/files/${''}`).toThrow(/cannot be ""/);
    expect(() => path`/files/${undefined}`).toThrow(/must be a string or number, got undefined/);
    expect(() => path`/files/${{ id: 1 }}`).toThrow(/an object/);
  });

  it('leaves a path without parameters alone', () => {
    expect(path`/messages`).toBe('/messages');
  });
});

describe('URLs the client sends', () => {
  it('puts an encoded path and bracketed query on the wire', async () => {
    const fetch = mockFetch(() => json({}));
    const client = new TestClient({ fetch });

    await client.get(path`/phone_numbers/${'a/b c'}`, {
      query: {
        filter: { phone_number: { contains: '+1312' }, status: ['active', 'pending'] },
        'page[size]': 20,
      },
    });

    const url = new URL(fetch.requests[0]!.url);
    expect(url.pathname).toBe('/v2/phone_numbers/a%2Fb%20c');
    expect([...url.searchParams]).toEqual([
      ['filter[phone_number][contains]', '+1312'],
      ['filter[status]', 'active,pending'],
      ['page[size]', '20'],
    ]);
  });
});
