import { mergeHeaders } from './headers.js';
import type { FinalRequestOptions, HeadersLike } from './request-options.js';
import { containsUpload, createForm } from './uploads.js';

// Not `BodyInit`: that name only exists when the DOM lib is loaded.
export type RequestBody = NonNullable<RequestInit['body']>;

/**
 * Turns `options.body` into what `fetch` sends: multipart forms for uploads, bytes/streams/forms as they are,
 * strings verbatim when the caller set a content type, JSON for everything else.
 */
export async function encodeBody(
  options: FinalRequestOptions,
): Promise<{ body: RequestBody | undefined; contentType?: string }> {
  const { body } = options;
  if (body === undefined || body === null) return { body: undefined };
  if (options.multipart || (isPlainObject(body) && containsUpload(body)))
    return { body: await createForm(body) };
  if (isRawBody(body)) return { body: body as RequestBody };
  if (typeof body === 'string' && hasContentType(options.headers)) return { body };
  return { body: JSON.stringify(body), contentType: 'application/json' };
}

function isRawBody(body: unknown): boolean {
  return (
    body instanceof FormData ||
    body instanceof URLSearchParams ||
    body instanceof Blob ||
    body instanceof ArrayBuffer ||
    ArrayBuffer.isView(body) ||
    isStream(body)
  );
}

export function isStream(body: unknown): body is ReadableStream {
  return typeof ReadableStream !== 'undefined' && body instanceof ReadableStream;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function hasContentType(headers: HeadersLike): boolean {
  return mergeHeaders([headers]).has('content-type');
}
