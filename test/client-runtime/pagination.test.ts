import { describe, expect, it } from 'vitest';
import {
  ArrayPage,
  CursorPage,
  PageNumberPage,
  type CursorConfig,
  type PageNumberConfig,
  type TopLevelArrayConfig,
} from '../../templates/typescript/core/pagination.js';
import { SDKError } from '../../templates/typescript/core/errors.js';
import { json, mockFetch, TestClient } from './helpers.js';

interface Thing {
  id: number;
}

/** Shaped like Telnyx's `{ data, meta: { page_number, page_size, total_pages, total_results } }`. */
class FlatPage<Item> extends PageNumberPage<Item> {
  static override config: PageNumberConfig = {
    itemsField: 'data',
    pageParam: 'page[number]',
    sizeParam: 'page[size]',
    totalPagesPath: ['meta', 'total_pages'],
  };
  declare data: Item[];
  declare meta: { page_number: number; total_pages: number };
}

const ITEMS: Thing[] = [1, 2, 3, 4, 5].map((id) => ({ id }));

/** Serves ITEMS two at a time (pages 1..3) by `page[number]`/`page[size]`. */
function pageNumberServer() {
  return mockFetch((request) => {
    const params = new URL(request.url).searchParams;
    const number = Number(params.get('page[number]') ?? 1);
    const size = Number(params.get('page[size]') ?? 2);
    const data = ITEMS.slice((number - 1) * size, number * size);
    const total_pages = Math.ceil(ITEMS.length / size);
    return json({
      data,
      meta: { page_number: number, page_size: size, total_pages, total_results: ITEMS.length },
    });
  });
}

describe('page-number pagination', () => {
  it('iterates every item of every page with for await on the unawaited call', async () => {
    const fetch = pageNumberServer();
    const client = new TestClient({ fetch });

    const seen: number[] = [];
    for await (const thing of client.getAPIList('/things', FlatPage<Thing>, {
      query: { 'page[size]': 2, filter: { kind: 'x' } },
    })) {
      seen.push(thing.id);
    }

    expect(seen).toEqual([1, 2, 3, 4, 5]);
    const queries = fetch.requests.map((r) => Object.fromEntries(new URL(r.url).searchParams));
    expect(queries).toEqual([
      { 'page[size]': '2', 'filter[kind]': 'x' },
      { 'page[size]': '2', 'filter[kind]': 'x', 'page[number]': '2' },
      { 'page[size]': '2', 'filter[kind]': 'x', 'page[number]': '3' },
    ]);
  });

  it('awaits to the first page and walks to the last by hand', async () => {
    const client = new TestClient({ fetch: pageNumberServer() });

    const first = await client.getAPIList('/things', FlatPage<Thing>);
    expect(first.data).toEqual([{ id: 1 }, { id: 2 }]);
    expect(first.meta.total_pages).toBe(3);
    expect(first.hasNextPage()).toBe(true);

    const second = await first.getNextPage();
    expect(second).toBeInstanceOf(FlatPage);
    const last = await second.getNextPage();
    expect(last.getPaginatedItems()).toEqual([{ id: 5 }]);
    expect(last.hasNextPage()).toBe(false);
    await expect(last.getNextPage()).rejects.toBeInstanceOf(SDKError);
  });

  it('yields each page once from iterPages', async () => {
    const client = new TestClient({ fetch: pageNumberServer() });
    const first = await client.getAPIList('/things', FlatPage<Thing>);
    const sizes: number[] = [];
    for await (const page of first.iterPages()) sizes.push(page.getPaginatedItems().length);
    expect(sizes).toEqual([2, 2, 1]);
  });

  it('sets the page inside a nested page object instead of sending it twice', async () => {
    const fetch = pageNumberServer();
    const client = new TestClient({ fetch });
    const first = await client.getAPIList('/things', FlatPage<Thing>, { query: { page: { size: 2 } } });
    await first.getNextPage();
    expect(decodeURIComponent(new URL(fetch.requests[1]!.url).search)).toBe('?page[size]=2&page[number]=2');
  });

  it('without a total-pages field, stops at the first short page', async () => {
    class NoTotals<Item> extends PageNumberPage<Item> {
      static override config: PageNumberConfig = {
        itemsField: 'data',
        pageParam: 'page[number]',
        sizeParam: 'page[size]',
      };
    }
    const fetch = pageNumberServer();
    const client = new TestClient({ fetch });
    const all: Thing[] = [];
    for await (const thing of client.getAPIList('/things', NoTotals<Thing>, { query: { 'page[size]': 2 } }))
      all.push(thing);
    expect(all).toHaveLength(5);
    expect(fetch.requests).toHaveLength(3);
  });

  it('stops on an empty page even if the totals promise more', async () => {
    const fetch = mockFetch(() => json({ data: [], meta: { page_number: 1, total_pages: 9 } }));
    const client = new TestClient({ fetch });
    const page = await client.getAPIList('/things', FlatPage<Thing>);
    expect(page.hasNextPage()).toBe(false);
  });
});

describe('cursor pagination', () => {
  class RecordsPage<Item> extends CursorPage<Item> {
    static override config: CursorConfig = {
      itemsField: 'records',
      cursorParam: 'page[after]',
      nextCursorPath: ['meta', 'cursors', 'after'],
    };
  }

  const cursors: Record<string, { records: Thing[]; next: string | null }> = {
    '': { records: [{ id: 1 }, { id: 2 }], next: 'c2' },
    c2: { records: [{ id: 3 }, { id: 4 }], next: 'c3' },
    c3: { records: [{ id: 5 }], next: null },
  };

  it('follows the next cursor to the last page', async () => {
    const fetch = mockFetch((request) => {
      const page = cursors[new URL(request.url).searchParams.get('page[after]') ?? '']!;
      return json({ records: page.records, meta: { cursors: { after: page.next } } });
    });
    const client = new TestClient({ fetch });

    const ids: number[] = [];
    for await (const thing of client.getAPIList('/records', RecordsPage<Thing>, { query: { limit: 2 } }))
      ids.push(thing.id);

    expect(ids).toEqual([1, 2, 3, 4, 5]);
    expect(fetch.requests.map((r) => new URL(r.url).searchParams.get('page[after]'))).toEqual([
      null,
      'c2',
      'c3',
    ]);
    expect(fetch.requests.every((r) => new URL(r.url).searchParams.get('limit') === '2')).toBe(true);
  });

  it('stops when the server hands back the cursor it was given', async () => {
    const fetch = mockFetch(() => json({ records: [{ id: 1 }], meta: { cursors: { after: 'same' } } }));
    const client = new TestClient({ fetch });
    const ids: number[] = [];
    for await (const thing of client.getAPIList('/records', RecordsPage<Thing>)) ids.push(thing.id);
    expect(ids).toEqual([1, 1]);
    expect(fetch.requests).toHaveLength(2);
  });
});

describe('top-level array', () => {
  it('is a single page', async () => {
    const fetch = mockFetch(() => json([{ id: 1 }, { id: 2 }]));
    const client = new TestClient({ fetch });
    const ids: number[] = [];
    for await (const thing of client.getAPIList('/list', ArrayPage<Thing>)) ids.push(thing.id);
    expect(ids).toEqual([1, 2]);
    expect(fetch.requests).toHaveLength(1);
    expect((await client.getAPIList('/list', ArrayPage<Thing>)).items).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it('can walk numbered pages until one is empty', async () => {
    class NumberedArray<Item> extends ArrayPage<Item> {
      static override config: TopLevelArrayConfig = { pageParam: 'page' };
    }
    const fetch = mockFetch((request) => {
      const page = Number(new URL(request.url).searchParams.get('page') ?? 1);
      return json(page <= 3 ? [{ id: page }] : []);
    });
    const ids: number[] = [];
    for await (const thing of new TestClient({ fetch }).getAPIList('/list', NumberedArray<Thing>))
      ids.push(thing.id);
    expect(ids).toEqual([1, 2, 3]);
    expect(fetch.requests).toHaveLength(4);
  });
});

describe('list requests', () => {
  it('can list with POST and keep the body for every page', async () => {
    const fetch = mockFetch(async (request) => {
      const number = Number(new URL(request.url).searchParams.get('page[number]') ?? 1);
      return json({ data: [{ id: number }], meta: { page_number: number, total_pages: 2 } });
    });
    const client = new TestClient({ fetch });
    const ids: number[] = [];
    const pages = client.requestAPIList(FlatPage<Thing>, {
      method: 'post',
      path: '/search',
      body: { q: 'x' },
    });
    for await (const thing of pages) ids.push(thing.id);
    expect(ids).toEqual([1, 2]);
    expect(fetch.requests.map((r) => r.method)).toEqual(['POST', 'POST']);
    expect(await Promise.all(fetch.requests.map((r) => r.json()))).toEqual([{ q: 'x' }, { q: 'x' }]);
  });

  it('exposes the raw response of the first page', async () => {
    const fetch = pageNumberServer();
    const response = await new TestClient({ fetch }).getAPIList('/things', FlatPage<Thing>).asResponse();
    expect(response.status).toBe(200);
    expect(fetch.requests).toHaveLength(1);
  });
});
