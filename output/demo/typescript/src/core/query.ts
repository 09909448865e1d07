/**
 * How arrays are written in a query string:
 * - `comma`:    `ids=1,2` (what Stainless-generated SDKs such as telnyx use)
 * - `repeat`:   `ids=1&ids=2`
 * - `brackets`: `ids[]=1&ids[]=2`
 * - `indices`:  `ids[0]=1&ids[1]=2`
 * Nested objects always use brackets: `filter[status][eq]=active`.
 */
export type ArrayFormat = 'comma' | 'repeat' | 'brackets' | 'indices';

/**
 * Serialises query parameters: `undefined` is skipped, `null` becomes an empty value, dates become ISO 8601,
 * booleans `true`/`false`, and keys and values are percent-encoded (RFC 3986).
 */
export function stringifyQuery(query: object, arrayFormat: ArrayFormat = 'comma'): string {
  const pairs: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    appendValue(pairs, key, value, arrayFormat);
  }
  return pairs.join('&');
}

function appendValue(pairs: string[], key: string, value: unknown, arrayFormat: ArrayFormat): void {
  if (value === undefined) return;
  if (value === null) {
    pairs.push(`${encodeQueryComponent(key)}=`);
  } else if (Array.isArray(value)) {
    appendArray(pairs, key, value, arrayFormat);
  } else if (isNestable(value)) {
    for (const [child, childValue] of Object.entries(value)) {
      appendValue(pairs, `${key}[${child}]`, childValue, arrayFormat);
    }
  } else {
    pairs.push(`${encodeQueryComponent(key)}=${encodeQueryComponent(scalarToString(value))}`);
  }
}

function appendArray(pairs: string[], key: string, items: unknown[], arrayFormat: ArrayFormat): void {
  const present = items.filter((item) => item !== undefined);
  if (present.length === 0) return;
  // A comma list cannot carry objects, so those fall back to indexed keys.
  const format = arrayFormat === 'comma' && present.some(isNestable) ? 'indices' : arrayFormat;
  switch (format) {
    case 'comma':
      pairs.push(
        `${encodeQueryComponent(key)}=${encodeQueryComponent(present.map((item) => (item === null ? '' : scalarToString(item))).join(','))}`,
      );
      return;
    case 'repeat':
      for (const item of present) appendValue(pairs, key, item, arrayFormat);
      return;
    case 'brackets':
      for (const item of present) appendValue(pairs, `${key}[]`, item, arrayFormat);
      return;
    case 'indices':
      present.forEach((item, index) => appendValue(pairs, `${key}[${index}]`, item, arrayFormat));
      return;
  }
}

function isNestable(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !(value instanceof Date) && !Array.isArray(value);
}

function scalarToString(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** `encodeURIComponent` leaves `!'()*` alone; RFC 3986 reserves them. */
export function encodeQueryComponent(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
