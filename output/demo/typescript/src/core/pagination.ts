import { APIPromise } from './api-promise.js';
import type { BaseClient } from './client.js';
import { SDKError } from './errors.js';
import type { FinalRequestOptions } from './request-options.js';
import { parseResponseBody, type APIResponseProps } from './response.js';

export type PageConstructor<PageClass> = new (
  client: BaseClient,
  response: Response,
  body: unknown,
  options: FinalRequestOptions,
) => PageClass;

export type ItemOf<PageClass> = PageClass extends AbstractPage<infer Item> ? Item : never;

/** A JSON field reached from the response body: `'data'` or a path such as `['meta', 'total_pages']`. */
export type FieldPath = string | readonly string[];

/**
 * One page of a list response. Iterating a page with `for await` walks the items of this page and
 * every page after it. The top-level fields of the body (e.g. `data`, `meta`) are copied onto the page.
 */
export abstract class AbstractPage<Item> implements AsyncIterable<Item> {
  readonly #client: BaseClient;
  protected readonly options: FinalRequestOptions;
  readonly response: Response;
  readonly body: unknown;

  constructor(client: BaseClient, response: Response, body: unknown, options: FinalRequestOptions) {
    this.#client = client;
    this.options = options;
    this.response = response;
    this.body = body;
    if (isRecord(body)) {
      for (const [key, value] of Object.entries(body)) {
        if (!(key in this)) (this as Record<string, unknown>)[key] = value;
      }
    }
  }

  abstract getPaginatedItems(): Item[];

  /** The request that fetches the following page, or null on the last page. */
  abstract nextPageRequestOptions(): FinalRequestOptions | null;

  hasNextPage(): boolean {
    return this.getPaginatedItems().length > 0 && this.nextPageRequestOptions() !== null;
  }

  async getNextPage(): Promise<this> {
    const next = this.nextPageRequestOptions();
    if (!next) {
      throw new SDKError('There is no next page; check `hasNextPage()` before calling `getNextPage()`.');
    }
    const Page = this.constructor as PageConstructor<this>;
    return await this.#client.requestAPIList(Page, next);
  }

  async *iterPages(): AsyncGenerator<this> {
    let page: this = this;
    yield page;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      yield page;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item> {
    for await (const page of this.iterPages()) {
      yield* page.getPaginatedItems();
    }
  }

  /** This page's request with some query parameters replaced. */
  protected withQuery(changes: Record<string, unknown>): FinalRequestOptions {
    let query: Record<string, unknown> = {
      ...(this.options.query as Record<string, unknown> | null | undefined),
    };
    for (const [name, value] of Object.entries(changes)) query = setQueryParam(query, name, value);
    return { ...this.options, query };
  }

  protected queryParam(name: string): unknown {
    return getQueryParam(this.options.query as Record<string, unknown> | null | undefined, name);
  }

  protected itemsAt(field: FieldPath): Item[] {
    const items = valueAt(this.body, field);
    return Array.isArray(items) ? (items as Item[]) : [];
  }
}

/**
 * Resolves to the first page; `for await` on it (no `await` needed) walks every item of every page:
 * `for await (const item of client.things.list()) …`
 */
export class PagePromise<PageClass extends AbstractPage<unknown>, Item = ItemOf<PageClass>>
  extends APIPromise<PageClass>
  implements AsyncIterable<Item>
{
  constructor(
    client: BaseClient,
    responsePromise: Promise<APIResponseProps>,
    Page: PageConstructor<PageClass>,
  ) {
    super(
      responsePromise,
      async (props) => new Page(client, props.response, await parseResponseBody(props), props.options),
    );
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item> {
    const firstPage = await this;
    yield* firstPage as unknown as AsyncIterable<Item>;
  }
}

export interface PageNumberConfig {
  /** Field of the body holding the items, e.g. `data`. */
  itemsField: FieldPath;
  /** Query parameter of the page number, e.g. `page[number]` or `page`. */
  pageParam: string;
  /** Query parameter of the page size, e.g. `page[size]`; lets a short page end the walk. */
  sizeParam?: string | undefined;
  /** Where the body says how many pages there are, e.g. `['meta', 'total_pages']`. */
  totalPagesPath?: FieldPath | undefined;
  /** Where the body says which page this is, e.g. `['meta', 'page_number']`; defaults to the page requested. */
  currentPagePath?: FieldPath | undefined;
}

/**
 * Page-number pagination. Generated code subclasses it with its own config:
 * `class DefaultFlatPagination<Item> extends PageNumberPage<Item> { static override config = {...} }`
 */
export class PageNumberPage<Item> extends AbstractPage<Item> {
  static config: PageNumberConfig = {
    itemsField: 'data',
    pageParam: 'page[number]',
    sizeParam: 'page[size]',
    totalPagesPath: ['meta', 'total_pages'],
    currentPagePath: ['meta', 'page_number'],
  };

  protected get config(): PageNumberConfig {
    return (this.constructor as typeof PageNumberPage).config;
  }

  getPaginatedItems(): Item[] {
    return this.itemsAt(this.config.itemsField);
  }

  /** The number of this page (1-based). */
  currentPage(): number {
    const { currentPagePath, pageParam } = this.config;
    const reported =
      currentPagePath !== undefined ? toNumber(valueAt(this.body, currentPagePath)) : undefined;
    return reported ?? toNumber(this.queryParam(pageParam)) ?? 1;
  }

  nextPageRequestOptions(): FinalRequestOptions | null {
    const { pageParam, sizeParam, totalPagesPath } = this.config;
    const current = this.currentPage();
    const totalPages = totalPagesPath ? toNumber(valueAt(this.body, totalPagesPath)) : undefined;
    if (totalPages !== undefined) {
      if (current >= totalPages) return null;
    } else {
      const size = sizeParam ? toNumber(this.queryParam(sizeParam)) : undefined;
      if (size !== undefined && this.getPaginatedItems().length < size) return null;
    }
    return this.withQuery({ [pageParam]: current + 1 });
  }
}

export interface CursorConfig {
  itemsField: FieldPath;
  /** Query parameter the cursor is sent back in, e.g. `page[after]` or `cursor`. */
  cursorParam: string;
  /** Where the body holds the next cursor, e.g. `['meta', 'cursors', 'after']`; empty or missing ends the walk. */
  nextCursorPath: FieldPath;
}

/** Cursor pagination: the next cursor from the body goes back as a query parameter. */
export class CursorPage<Item> extends AbstractPage<Item> {
  static config: CursorConfig = {
    itemsField: 'data',
    cursorParam: 'cursor',
    nextCursorPath: ['next_cursor'],
  };

  protected get config(): CursorConfig {
    return (this.constructor as typeof CursorPage).config;
  }

  getPaginatedItems(): Item[] {
    return this.itemsAt(this.config.itemsField);
  }

  nextCursor(): string | null {
    const cursor = valueAt(this.body, this.config.nextCursorPath);
    return typeof cursor === 'string' || typeof cursor === 'number' ? String(cursor) || null : null;
  }

  nextPageRequestOptions(): FinalRequestOptions | null {
    const cursor = this.nextCursor();
    // A server that hands back the cursor it was given would otherwise loop forever.
    if (cursor === null || String(this.queryParam(this.config.cursorParam) ?? '') === cursor) return null;
    return this.withQuery({ [this.config.cursorParam]: cursor });
  }
}

export interface TopLevelArrayConfig {
  /** When set, later pages are requested by incrementing this query parameter until one comes back empty. */
  pageParam?: string | undefined;
}

/** The body is the array of items. Without a `pageParam` there is exactly one page. */
export class ArrayPage<Item> extends AbstractPage<Item> {
  static config: TopLevelArrayConfig = {};
  readonly items: Item[];

  constructor(client: BaseClient, response: Response, body: unknown, options: FinalRequestOptions) {
    super(client, response, body, options);
    this.items = Array.isArray(body) ? (body as Item[]) : [];
  }

  getPaginatedItems(): Item[] {
    return this.items;
  }

  nextPageRequestOptions(): FinalRequestOptions | null {
    const { pageParam } = (this.constructor as typeof ArrayPage).config;
    if (!pageParam) return null;
    return this.withQuery({ [pageParam]: (toNumber(this.queryParam(pageParam)) ?? 1) + 1 });
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function valueAt(source: unknown, field: FieldPath): unknown {
  const steps = typeof field === 'string' ? [field] : field;
  let current = source;
  for (const step of steps) {
    if (!isRecord(current)) return undefined;
    current = current[step];
  }
  return current;
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return undefined;
}

/** `page[number]` splits into `['page', 'number']`, so the param can be found whether given flat or nested. */
function bracketSteps(name: string): string[] | undefined {
  const match = /^([^[\]]+)((?:\[[^[\]]+\])+)$/.exec(name);
  if (!match) return undefined;
  return [match[1]!, ...[...match[2]!.matchAll(/\[([^[\]]+)\]/g)].map((m) => m[1]!)];
}

function getQueryParam(query: Record<string, unknown> | null | undefined, name: string): unknown {
  if (!query) return undefined;
  if (name in query) return query[name];
  const steps = bracketSteps(name);
  return steps ? valueAt(query, steps) : undefined;
}

// Writes nested when the caller passed `{ page: { number } }`, flat otherwise, so the param is never sent twice.
function setQueryParam(
  query: Record<string, unknown>,
  name: string,
  value: unknown,
): Record<string, unknown> {
  const steps = bracketSteps(name);
  if (name in query || !steps || !isRecord(query[steps[0]!])) return { ...query, [name]: value };
  const [head, ...rest] = steps;
  return { ...query, [head!]: setNested(query[head!] as Record<string, unknown>, rest, value) };
}

function setNested(
  target: Record<string, unknown>,
  steps: string[],
  value: unknown,
): Record<string, unknown> {
  const [head, ...rest] = steps;
  if (rest.length === 0) return { ...target, [head!]: value };
  const child = isRecord(target[head!]) ? (target[head!] as Record<string, unknown>) : {};
  return { ...target, [head!]: setNested(child, rest, value) };
}
