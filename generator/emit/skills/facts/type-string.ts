// Type strings of the docs' parameter, return and payload lists: "uuid", "enum: a, b", "array[string]", "string | null".
import type { SchemaLookup } from '../../../ir/pagination.js';
import type { Schema } from '../../../ir/types.js';

/**
 * A `$ref` is followed (a oneOf/anyOf without a type → its first variant); an enum lists all its values (an
 * all-boolean enum is `boolean`); else the format, a type list joined by " | ", `array[item]`, the type or `object`.
 */
export function typeString(schema: Schema | undefined, lookup: SchemaLookup): string {
  const s = resolveForType(schema, lookup);
  if (!s) return 'object';
  switch (s.kind) {
    case 'string':
    case 'integer':
    case 'number':
    case 'boolean': {
      const values = s.enum?.filter((v) => v !== null);
      if (values && values.length > 0) {
        if (values.every((v) => typeof v === 'boolean')) return 'boolean';
        return `enum: ${values.join(', ')}`;
      }
      if ('format' in s && s.format) return s.format;
      return nullable(s.kind, s.nullable);
    }
    case 'array':
      return nullable(`array[${itemType(s.items, lookup)}]`, s.nullable);
    case 'union':
      if (s.combinator === 'type') return s.variants.map((v) => typeString(v, lookup)).join(' | ');
      return 'object';
    case 'null':
      return 'null';
    default:
      return 'object';
  }
}

function nullable(type: string, isNullable: boolean | undefined): string {
  return isNullable ? `${type} | null` : type;
}

/** An array's item: its plain type (`string`, `integer`), `object` for anything structured. */
function itemType(items: Schema, lookup: SchemaLookup): string {
  const s = resolveForType(items, lookup);
  if (!s) return 'object';
  if (s.kind === 'string' || s.kind === 'integer' || s.kind === 'number' || s.kind === 'boolean') return s.kind;
  if (s.kind === 'array') return `array[${itemType(s.items, lookup)}]`;
  return 'object';
}

/** Follows refs, takes the first variant of a oneOf/anyOf, a lone allOf part; stops at anything else. */
export function resolveForType(schema: Schema | undefined, lookup: SchemaLookup, depth = 0): Schema | undefined {
  if (!schema || depth > 20) return schema;
  if (schema.kind === 'ref') {
    const target = lookup(schema.name);
    return resolveForType(target ? { ...target, nullable: target.nullable || schema.nullable } as Schema : undefined, lookup, depth + 1);
  }
  if (schema.kind === 'union' && schema.combinator !== 'type' && schema.variants.length > 0) {
    return resolveForType(schema.variants[0], lookup, depth + 1);
  }
  if (schema.kind === 'allOf' && schema.parts.length === 1) return resolveForType(schema.parts[0], lookup, depth + 1);
  return schema;
}
