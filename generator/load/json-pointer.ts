// JSON pointers (RFC 6901) as they appear in $ref fragments (RFC 3986: percent-encoded).

export interface SplitRef {
  /** The part before "#": a file path or URL, "" for a ref into the same document. */
  target: string;
  /** Decoded JSON pointer segments, or undefined when the fragment is not a pointer (a plain-name anchor). */
  segments: string[] | undefined;
  /** The fragment as written, without "#" ("" when there is none). */
  fragment: string;
}

export function splitRef(ref: string): SplitRef {
  const hash = ref.indexOf('#');
  const target = hash < 0 ? ref : ref.slice(0, hash);
  const fragment = hash < 0 ? '' : ref.slice(hash + 1);
  return { target, segments: parseFragment(fragment), fragment };
}

/** "" and "/" style fragments only; percent-decoding comes first, then ~1 and ~0, as RFC 6901 §6 says. */
export function parseFragment(fragment: string): string[] | undefined {
  const pointer = percentDecode(fragment);
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return undefined;
  return pointer.slice(1).split('/').map(unescapeSegment);
}

export function unescapeSegment(segment: string): string {
  if (!segment.includes('~')) return segment;
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function escapeSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Plain JSON pointer ("/a/b~1c"), for messages and for SpecError.pointer. */
export function encodePointer(segments: readonly string[]): string {
  let out = '';
  for (const segment of segments) out += '/' + escapeSegment(segment);
  return out;
}

/** A "#/..." ref to write into a document: like encodePointer, plus "%" escaped so that decoding gives it back. */
export function internalRef(segments: readonly string[]): string {
  return '#' + encodePointer(segments).replace(/%/g, '%25');
}

/** Tolerant: a stray "%" that is not an escape is taken literally. */
export function percentDecode(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
