// Text rules of the agent profile's tables: type hints, cut descriptions, "Use when" by method and shape.
import type { SchemaLookup } from '../../../ir/pagination.js';
import type { Operation, Schema } from '../../../ir/types.js';
import { resolveForType, typeString } from '../facts/index.js';

const PHONE_NAMES = new Set(['to', 'from', 'phone_number', 'phone_numbers']);
const MAX_ENUM_VALUES = 5;

/**
 * A parameter's type with the hint an agent needs to fill it: `string (E.164)` for phone fields, `string (UUID)`
 * for `*_id`, `string (URL)`, `string (date-time)`, `enum (a, b, c, d, e, ...)` past five values.
 */
export function paramType(name: string, schema: Schema | undefined, lookup: SchemaLookup): string {
  const s = resolveForType(schema, lookup);
  if (s?.kind === 'string') {
    const values = s.enum?.filter((v) => v !== null);
    if (values && values.length > 0) {
      const shown = values.slice(0, MAX_ENUM_VALUES).join(', ');
      return `enum (${shown}${values.length > MAX_ENUM_VALUES ? ', ...' : ''})`;
    }
    if (PHONE_NAMES.has(name)) return 'string (E.164)';
    if (s.format === 'uuid' || /(^|_)id$/.test(name)) return 'string (UUID)';
    if (s.format === 'uri' || s.format === 'url' || /(^|_)url$/.test(name)) return 'string (URL)';
    if (s.format === 'date-time') return 'string (date-time)';
    return 'string';
  }
  if (s && (s.kind === 'integer' || s.kind === 'number' || s.kind === 'boolean')) {
    const values = s.enum?.filter((v) => v !== null);
    if (values && values.length > 0 && s.kind !== 'boolean') return `enum (${values.slice(0, MAX_ENUM_VALUES).join(', ')}${values.length > MAX_ENUM_VALUES ? ', ...' : ''})`;
    return s.kind;
  }
  if (s?.kind === 'array') {
    // An item that is a $ref is an `object` here whatever it resolves to (as the profile's tables have it).
    const items = s.items.kind === 'ref' ? undefined : resolveForType(s.items, lookup);
    const scalar = items && (items.kind === 'string' || items.kind === 'integer' || items.kind === 'number' || items.kind === 'boolean');
    return `array[${scalar ? items.kind : 'object'}]`;
  }
  return typeString(schema, lookup).replace(/ \| null$/, '');
}

/** The first sentence (cut after the first "." followed by white space). */
export function firstSentence(description: string | undefined): string {
  const text = (description ?? '').trim();
  const stop = /\.\s/.exec(text);
  return stop ? text.slice(0, stop.index + 1) : text;
}

/** The first sentence, past `max` characters cut to `max` + "..." (the parameter-table rule). */
export function cutFirstSentence(description: string | undefined, max = 60): string {
  return cut(firstSentence(description), max);
}

/** The text cut to `keep` characters + "..." when longer than `max` (default: `keep`). */
export function cut(text: string, keep: number, max = keep): string {
  return text.length > max ? `${text.slice(0, keep)}...` : text;
}

export type UseWhenKind = 'inspect' | 'fetch' | 'create' | 'action' | 'modify' | 'remove';

/** Which "Use when" line an operation gets by its method and shape (the texts are the locale's). */
export function useWhenKind(operation: Operation, methodName: string): UseWhenKind {
  const hasPathParams = operation.parameters.some((p) => p.in === 'path');
  switch (operation.method) {
    case 'get':
      return hasPathParams ? 'fetch' : 'inspect';
    case 'put':
    case 'patch':
      return 'modify';
    case 'delete':
      return 'remove';
    default:
      return methodName === 'create' ? 'create' : 'action';
  }
}

/** A response or payload field's type: the shared type string, with `| null` on nullable objects too. */
export function fieldType(schema: Schema | undefined, lookup: SchemaLookup): string {
  const type = typeString(schema, lookup);
  const s = resolveForType(schema, lookup);
  return s?.kind === 'object' && s.nullable && type === 'object' ? 'object | null' : type;
}

/** A table cell: a literal "|" escaped. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}
