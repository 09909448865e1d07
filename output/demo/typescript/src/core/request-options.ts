export type HTTPMethod = 'get' | 'post' | 'put' | 'patch' | 'delete' | 'head' | 'options';

export type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export type PromiseOrValue<T> = T | Promise<T>;

/** A header value of `null` removes a header set by an earlier layer (client defaults, auth, …). */
export type HeaderValue =
  string | number | boolean | null | undefined | readonly (string | number | boolean)[];

export type HeadersLike =
  Headers | readonly (readonly [string, string])[] | Record<string, HeaderValue> | null | undefined;

/** Options a caller may pass as the last argument of any SDK method. */
export interface RequestOptions {
  /** Query parameters, merged over the client's `defaultQuery`. */
  query?: object | null | undefined;
  body?: unknown;
  /** Extra headers; `null` removes a header. */
  headers?: HeadersLike;
  /** Milliseconds to wait for response headers before aborting one attempt. */
  timeout?: number | undefined;
  /** Retries after the first attempt; overrides the client's `maxRetries`. */
  maxRetries?: number | undefined;
  /** Aborts the request (and any pending retry) when signalled. */
  signal?: AbortSignal | null | undefined;
  /** Sent in the client's idempotency header for non-GET requests when the client has one. */
  idempotencyKey?: string | undefined;
  /** Extra `RequestInit` fields handed to `fetch` as they are. */
  fetchOptions?: RequestInit | undefined;
}

/** What a generated resource method hands to the client: a request options object plus routing and encoding. */
export interface FinalRequestOptions extends RequestOptions {
  method: HTTPMethod;
  path: string;
  /** Encode `body` as multipart/form-data (files become parts, nested objects `a[b]`, arrays `a[]`). */
  multipart?: boolean | undefined;
  /** Resolve with the raw `Response` instead of parsing the body (file downloads). */
  binaryResponse?: boolean | undefined;
  /** Ask for Server-Sent Events (`Accept: text/event-stream`); a text/event-stream response becomes a Stream. */
  stream?: boolean | undefined;
  /** The operation's own security when it differs from the API's: alternatives of scheme names, `[]` for none. */
  security?: readonly (readonly string[])[] | undefined;
}
