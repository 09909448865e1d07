// Example values as Ruby literals: double-quoted strings, symbols for enum members, hashes with label keys.
import type { ExampleValue } from '../../../examples/values.js';
import { resolveShape, type SchemaLookup } from '../../../ir/pagination.js';
import type { Schema } from '../../../ir/types.js';
import { quotedString, unicodeEscape } from '../common.js';
import { bracketed, type Doc } from './layout.js';

export interface LiteralContext {
  lookup: SchemaLookup;
  /** The Ruby spelling of a declared request property (the SDK renames wire names to snake_case). */
  param(name: string): string;
}

const PLAIN_SYMBOL = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function rubyValue(value: ExampleValue, schema: Schema | undefined, ctx: LiteralContext): Doc {
  switch (value.kind) {
    case 'string':
      // A file field takes a Pathname (or an IO); the example points at a file on disk.
      if (value.format === 'binary') return 'Pathname("path/to/file")';
      return value.enum ? rubySymbol(value.value) : rubyString(value.value);
    case 'datetime':
    case 'date':
      // The SDK coerces ISO 8601 strings into Time/Date, and its examples pass them as strings.
      return rubyString(value.value);
    case 'integer':
    case 'number':
      return rubyNumber(value.value);
    case 'boolean':
      return String(value.value);
    case 'null':
      return 'nil';
    case 'array': {
      const items = itemSchema(schema, ctx.lookup);
      return bracketed('[', value.items.map((item) => rubyValue(item, items, ctx)), ']');
    }
    case 'object': {
      const declared = declaredProperties(schema, ctx.lookup);
      return bracketed(
        '{',
        value.fields.map((f) => [hashKey(declared.has(f.name) ? ctx.param(f.name) : f.name), ' ', rubyValue(f.value, f.schema, ctx)]),
        '}',
      );
    }
    case 'json':
      return jsonValue(value.value);
  }
}

/** A keyword argument or hash key: `name:`, or `"content-type":` where the name is not a plain label. */
export function hashKey(name: string): string {
  return PLAIN_SYMBOL.test(name) ? `${name}:` : `${rubyString(name)}:`;
}

export function rubySymbol(text: string): string {
  return PLAIN_SYMBOL.test(text) ? `:${text}` : `:${rubyString(text)}`;
}

/** A double-quoted string: "#{", "#$" and "#@" would interpolate, and a lone surrogate cannot be UTF-8 source. */
export function rubyString(text: string): string {
  return quotedString(text, { quote: '"', control: unicodeEscape, loneSurrogate: '\\uFFFD', special: interpolationMarker });
}

function interpolationMarker(char: string, next: string | undefined): string | undefined {
  return char === '#' && next !== undefined && '{$@'.includes(next) ? '\\#' : undefined;
}

export function rubyNumber(value: number): string {
  // JSON has no NaN or Infinity; JavaScript's own spelling (1.5, 1e+21, 5e-7) is valid Ruby.
  return Number.isFinite(value) ? String(value) : '0';
}

function jsonValue(value: unknown): Doc {
  if (value === null || value === undefined) return 'nil';
  if (typeof value === 'string') return rubyString(value);
  if (typeof value === 'number') return rubyNumber(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return bracketed('[', value.map(jsonValue), ']');
  return bracketed(
    '{',
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [hashKey(k), ' ', jsonValue(v)]),
    '}',
  );
}

function itemSchema(schema: Schema | undefined, lookup: SchemaLookup): Schema | undefined {
  const shape = resolveShape(schema, lookup);
  return shape?.kind === 'array' ? shape.items : undefined;
}

/** The property names an object value may be checked against: of the object itself or of any union variant. */
function declaredProperties(schema: Schema | undefined, lookup: SchemaLookup, depth = 0): Set<string> {
  const names = new Set<string>();
  const shape = resolveShape(schema, lookup);
  if (!shape || depth > 8) return names;
  if (shape.kind === 'object') for (const p of shape.properties) names.add(p.name);
  if (shape.kind === 'union') {
    for (const variant of shape.variants) for (const name of declaredProperties(variant, lookup, depth + 1)) names.add(name);
  }
  return names;
}
