import { SDKError } from './errors.js';

/**
 * Percent-encodes one path parameter. Like `encodeURIComponent`, but the RFC 3986 sub-delimiters
 * `$ & + , ; = : @` stay readable, because they are legal in a path segment and IDs such as
 * phone numbers (`+13125550100`) are sent that way by the official SDKs.
 */
export function encodePathParam(value: string): string {
  return encodeURIComponent(value).replace(/%(24|26|2B|2C|3B|3D|3A|40)/g, (escape) =>
    decodeURIComponent(escape),
  );
}

/**
 * Template tag for request paths: ``path`/ai/assistants/${id}` `` encodes every interpolated value
 * and refuses values that would change the route (null, objects, `.`/`..` segments).
 */
export function path(statics: TemplateStringsArray, ...params: readonly unknown[]): string {
  let result = statics[0] ?? '';
  params.forEach((param, index) => {
    result += encodeSegment(param, statics, index) + (statics[index + 1] ?? '');
  });
  return result;
}

function encodeSegment(param: unknown, statics: TemplateStringsArray, index: number): string {
  if (param === null || param === undefined || (typeof param === 'object' && !(param instanceof Date))) {
    throw new SDKError(
      `Path parameter ${index + 1} in "${statics.join('{}')}" must be a string or number, got ${describe(param)}`,
    );
  }
  const text = param instanceof Date ? param.toISOString() : String(param);
  if (text === '' || text === '.' || text === '..') {
    throw new SDKError(
      `Path parameter ${index + 1} in "${statics.join('{}')}" cannot be ${JSON.stringify(text)}`,
    );
  }
  return encodePathParam(text);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : String(value);
}
