// JSON-pointer resolution of internal `$ref`s ("#/components/schemas/X") inside one document.

export class RefError extends Error {
  constructor(
    readonly ref: string,
    readonly pointer: string,
    message: string,
  ) {
    super(message);
    this.name = 'RefError';
  }
}

/** Decodes "#/a/b~1c" into ["a", "b/c"] (RFC 6901, plus %-escapes as URIs allow). */
export function pointerSegments(ref: string): string[] {
  if (!ref.startsWith('#')) throw new RefError(ref, ref, `not an internal reference: ${ref}`);
  const body = ref.slice(1);
  if (body === '' || body === '/') return [];
  return body
    .slice(1)
    .split('/')
    .map((segment) => decodeURIComponentSafe(segment).replace(/~1/g, '/').replace(/~0/g, '~'));
}

function decodeURIComponentSafe(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Follows one internal ref; `site` is the pointer of the `$ref` (for the error message). */
export function resolveRef(document: unknown, ref: string, site = ''): unknown {
  let node: unknown = document;
  for (const segment of pointerSegments(ref)) {
    if (node === null || typeof node !== 'object' || !(segment in (node as Record<string, unknown>))) {
      throw new RefError(ref, site, `$ref "${ref}" points to nothing (no "${segment}")`);
    }
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** "#/components/schemas/Foo" → "Foo"; undefined for refs elsewhere. */
export function componentName(ref: string, section: string): string | undefined {
  const prefix = `#/components/${section}/`;
  if (!ref.startsWith(prefix)) return undefined;
  const rest = ref.slice(prefix.length);
  if (rest.includes('/')) return undefined;
  return pointerSegments(`#/${rest}`)[0];
}
