import type { HeadersLike, HeaderValue } from './request-options.js';

/**
 * Merges header layers left to right; later layers win, names compare case-insensitively,
 * and a `null` value deletes whatever an earlier layer set.
 */
export function mergeHeaders(layers: readonly HeadersLike[]): Headers {
  const merged = new Headers();
  for (const layer of layers) {
    for (const [name, value] of headerEntries(layer)) {
      if (value === null) {
        merged.delete(name);
      } else if (value !== undefined) {
        merged.set(name, value);
      }
    }
  }
  return merged;
}

function* headerEntries(layer: HeadersLike): Iterable<[string, string | null | undefined]> {
  if (!layer) return;
  if (layer instanceof Headers) {
    yield* layer.entries();
    return;
  }
  if (Array.isArray(layer)) {
    for (const [name, value] of layer as readonly (readonly [string, string])[]) yield [name, value];
    return;
  }
  for (const [name, value] of Object.entries(layer as Record<string, HeaderValue>)) {
    yield [name, headerValueToString(value)];
  }
}

function headerValueToString(value: HeaderValue): string | null | undefined {
  if (value === null || value === undefined) return value;
  if (Array.isArray(value)) return value.map(String).join(', ');
  return String(value);
}

/** Reads a header from a Fetch `Headers`, a Node `IncomingHttpHeaders` or a plain record, ignoring case. */
export function readHeader(
  headers: Headers | Record<string, string | readonly string[] | undefined>,
  name: string,
): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== wanted || value === undefined) continue;
    return typeof value === 'string' ? value : value[0];
  }
  return undefined;
}
