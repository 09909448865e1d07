// Example values synthesised from IR schemas: language-neutral, rendered by each snippet target.
import { resolveShape, type SchemaLookup } from '../ir/pagination.js';
import type { Schema } from '../ir/types.js';
import { matchesPattern, stringMatching } from './pattern.js';

export type ExampleValue =
  | { kind: 'string'; value: string; enum: boolean; format?: string }
  /** An ISO 8601 date-time exactly as the example wrote it (each language renders its own idiom). */
  | { kind: 'datetime'; value: string }
  | { kind: 'date'; value: string }
  | { kind: 'integer' | 'number'; value: number; enum: boolean }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' }
  | { kind: 'array'; items: ExampleValue[] }
  | { kind: 'object'; fields: ExampleField[]; schemaName?: string }
  /** Free-form JSON (an example given for an untyped schema). */
  | { kind: 'json'; value: unknown };

export interface ExampleField {
  name: string;
  value: ExampleValue;
  /** The schema the value was made from: targets need it for type names (enums, nested params classes). */
  schema: Schema;
  required: boolean;
}

export const DEFAULT_DATETIME = '2019-12-27T18:11:19.117Z';
export const DEFAULT_DATE = '2019-12-27';
/** Format-specific stand-ins where the parameter name would not be a valid value. */
export const FORMAT_DEFAULTS: Record<string, string> = {
  uuid: '182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e',
  uri: 'https://example.com',
  url: 'https://example.com',
  'uri-reference': 'https://example.com',
  iri: 'https://example.com',
  'iri-reference': 'https://example.com',
  email: 'user@example.com',
  'idn-email': 'user@example.com',
  hostname: 'example.com',
  'idn-hostname': 'example.com',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
};

/**
 * How a string without example, enum or format is made up: `echo` repeats the name (`call_control_id`), the v1/v2
 * docs' way; `placeholder` gives a realistic stand-in for the names that have one (`*_id` → a UUID, `name` →
 * "my-resource"…), the v3 docs' way, and the name otherwise.
 */
export type NameValueStyle = 'echo' | 'placeholder';

export const PLACEHOLDER_UUID = '550e8400-e29b-41d4-a716-446655440000';

/** The stand-in of a snake_case name, when the name says what it holds. */
export function placeholderFor(name: string): string | undefined {
  const n = name.toLowerCase();
  if (n === 'id' || n.endsWith('_id')) return PLACEHOLDER_UUID;
  if (n === 'name' || n.endsWith('_name')) return 'my-resource';
  if (n === 'email' || n.endsWith('_email')) return 'user@example.com';
  if (n === 'url' || n.endsWith('_url')) return 'https://example.com';
  if (n === 'to' || n === 'from' || n === 'phone_number' || n.endsWith('_phone_number')) return '+13125550001';
  return undefined;
}

export class ExampleSynthesizer {
  constructor(
    private readonly lookup: SchemaLookup,
    private readonly nameStyle: NameValueStyle = 'echo',
  ) {}

  /**
   * A value for `schema`; `name` is the property or parameter name, the fallback for strings. The schema's own
   * example wins, unless it is an empty string: that is no example (an empty path segment, a blank field).
   */
  value(schema: Schema, name: string, depth = 0): ExampleValue {
    if (schema.hasExample && schema.example !== '') return this.fromJson(schema.example, schema, name, depth);
    return this.synthesize(schema, name, depth);
  }

  /** A value made from the schema's type and constraints alone (its own example aside). */
  private synthesize(schema: Schema, name: string, depth: number): ExampleValue {
    if (schema.kind === 'ref') {
      const target = this.lookup(schema.name);
      if (!target || depth > 8) return { kind: 'string', value: name, enum: false };
      const value = this.value(target, name, depth + 1);
      return value.kind === 'object' ? { ...value, schemaName: schema.name } : value;
    }
    switch (schema.kind) {
      case 'string':
        return this.string(schema, name);
      case 'integer':
      case 'number': {
        if (schema.enum && schema.enum.some((v) => v !== null)) {
          return { kind: schema.kind, value: schema.enum.find((v) => v !== null) as number, enum: true };
        }
        if (schema.const !== undefined) return { kind: schema.kind, value: schema.const, enum: true };
        return { kind: schema.kind, value: numberDefault(schema), enum: false };
      }
      case 'boolean':
        return { kind: 'boolean', value: schema.const ?? schema.enum?.find((v) => v !== null) ?? true };
      case 'null':
        return { kind: 'null' };
      case 'array':
        return { kind: 'array', items: [this.value(schema.items, 'string', depth + 1)] };
      case 'allOf': {
        // `allOf: [$ref: AnEnum]` beside a description is that enum (or string…), not an empty object.
        const shape = resolveShape(schema, this.lookup);
        const only = schema.parts.length === 1 ? schema.parts[0] : undefined;
        if (only && shape?.kind !== 'object') return this.value(only, name, depth + 1);
        return this.object(schema, depth);
      }
      case 'object':
        return this.object(schema, depth);
      case 'union': {
        const first = schema.variants.find((v) => v.kind !== 'null') ?? schema.variants[0];
        return first ? this.value(first, name, depth + 1) : { kind: 'string', value: name, enum: false };
      }
      default:
        return { kind: 'string', value: name, enum: false };
    }
  }

  /** The required fields of an object schema (refs and allOf followed), in document order. */
  requiredFields(schema: Schema | undefined, depth = 0): ExampleField[] {
    const shape = resolveShape(schema, this.lookup);
    if (!shape || shape.kind !== 'object' || depth > 8) return [];
    const seen = new Set<string>();
    const fields: ExampleField[] = [];
    const whole = this.objectExample(schema);
    for (const prop of shape.properties) {
      if (!shape.required.includes(prop.name) || seen.has(prop.name) || prop.schema.readOnly) continue;
      seen.add(prop.name);
      // The example of the whole object wins over the property's own (the fax reference: "fax-router", not "call-router").
      const value =
        whole && Object.hasOwn(whole, prop.name)
          ? this.fromJson(whole[prop.name], prop.schema, prop.name, depth + 1)
          : this.value(prop.schema, prop.name, depth + 1);
      fields.push({ name: prop.name, value, schema: prop.schema, required: true });
    }
    return fields;
  }

  /**
   * Optional fields for an object that must not be sent empty: those of the example written for the object as a
   * whole, else its first writable property (refs and allOf followed). Empty for a schema with no properties.
   */
  someFields(schema: Schema | undefined): ExampleField[] {
    const shape = resolveShape(schema, this.lookup);
    if (!schema || !shape || shape.kind !== 'object') return [];
    const whole = this.objectExample(schema);
    if (whole && Object.keys(whole).length) {
      const value = this.fromJson(whole, schema, 'body');
      if (value.kind === 'object' && value.fields.length) return value.fields;
    }
    const first = shape.properties.find((p) => !p.schema.readOnly);
    return first ? [{ name: first.name, value: this.value(first.schema, first.name, 1), schema: first.schema, required: false }] : [];
  }

  /** The `example` written for an object schema as a whole (refs followed), when it is a JSON object. */
  private objectExample(schema: Schema | undefined, depth = 0): Record<string, unknown> | undefined {
    if (!schema || depth > 8) return undefined;
    if (schema.hasExample) {
      const example = schema.example;
      return typeof example === 'object' && example !== null && !Array.isArray(example) ? (example as Record<string, unknown>) : undefined;
    }
    return schema.kind === 'ref' ? this.objectExample(this.lookup(schema.name), depth + 1) : undefined;
  }

  private object(schema: Schema, depth: number): ExampleValue {
    return { kind: 'object', fields: this.requiredFields(schema, depth) };
  }

  private string(schema: Extract<Schema, { kind: 'string' }>, name: string): ExampleValue {
    const choice = schema.const ?? schema.enum?.find((v): v is string => typeof v === 'string');
    if (choice !== undefined) return { kind: 'string', value: choice, enum: true };
    if (schema.format === 'date-time') return { kind: 'datetime', value: DEFAULT_DATETIME };
    if (schema.format === 'date') return { kind: 'date', value: DEFAULT_DATE };
    const standIn = schema.format ? FORMAT_DEFAULTS[schema.format] : undefined;
    if (standIn !== undefined) return { kind: 'string', value: standIn, enum: false, format: schema.format };
    const placeholder = this.nameStyle === 'placeholder' ? placeholderFor(name) : undefined;
    const value = placeholder !== undefined && constrainedName(placeholder, schema) === placeholder ? placeholder : constrainedName(name, schema);
    return schema.format ? { kind: 'string', value, enum: false, format: schema.format } : { kind: 'string', value, enum: false };
  }

  /** An example written in the spec, typed by its schema where the schema says more than JSON does. */
  fromJson(example: unknown, schema: Schema, name: string, depth = 0): ExampleValue {
    const shape = resolveShape(schema, this.lookup) ?? schema;
    const schemaName = schema.kind === 'ref' ? schema.name : undefined;
    if (example === null) return { kind: 'null' };
    if (example === '') return this.synthesize(schema, name, depth);
    if (typeof example === 'string') {
      if (shape.kind === 'string' && shape.format === 'date-time') return { kind: 'datetime', value: example };
      if (shape.kind === 'string' && shape.format === 'date') return { kind: 'date', value: example };
      const isEnum = shape.kind === 'string' && (shape.enum !== undefined || shape.const !== undefined);
      return shape.kind === 'string' && shape.format
        ? { kind: 'string', value: example, enum: isEnum, format: shape.format }
        : { kind: 'string', value: example, enum: isEnum };
    }
    if (typeof example === 'number') {
      const kind = shape.kind === 'integer' || shape.kind === 'number' ? shape.kind : Number.isInteger(example) ? 'integer' : 'number';
      const isEnum = (shape.kind === 'integer' || shape.kind === 'number') && shape.enum !== undefined;
      return { kind, value: example, enum: isEnum };
    }
    if (typeof example === 'boolean') return { kind: 'boolean', value: example };
    if (Array.isArray(example)) {
      const items = shape.kind === 'array' ? shape.items : { kind: 'unknown' as const };
      return { kind: 'array', items: example.map((item) => this.fromJson(item, items, 'string', depth + 1)) };
    }
    if (typeof example === 'object' && shape.kind === 'object') {
      const fields: ExampleField[] = Object.entries(example as Record<string, unknown>).map(([key, value]) => {
        const prop = shape.properties.find((p) => p.name === key);
        const propSchema: Schema =
          prop?.schema ?? (typeof shape.additionalProperties === 'object' ? shape.additionalProperties : { kind: 'unknown' });
        return { name: key, value: this.fromJson(value, propSchema, key, depth + 1), schema: propSchema, required: !!prop?.required };
      });
      return schemaName ? { kind: 'object', fields, schemaName } : { kind: 'object', fields };
    }
    return { kind: 'json', value: example };
  }
}

/**
 * The name as a string value, fitted to the schema's `pattern` and `minLength`/`maxLength`: the name itself when it
 * fits; else the first of its spellings that does ("brand name", "brand-name", "brandname", "BRANDNAME"); else a
 * string made from the pattern; else the name cut or repeated to length. A pattern that cannot be met leaves the name.
 */
export function constrainedName(name: string, schema: { pattern?: string; minLength?: number; maxLength?: number }): string {
  const { pattern, minLength = 0, maxLength = Infinity } = schema;
  const fits = (value: string) => {
    const length = [...value].length;
    return length >= minLength && length <= maxLength && (pattern === undefined || matchesPattern(value, pattern));
  };
  if (fits(name)) return name;
  const compact = name.replace(/[^A-Za-z0-9]/g, '');
  const spellings = [name.replace(/_/g, ' '), name.replace(/_/g, '-'), compact, compact.toUpperCase(), compact.toLowerCase()];
  const spelled = spellings.find((s) => s && fits(s));
  if (spelled !== undefined) return spelled;
  if (pattern !== undefined) return stringMatching(pattern, { minLength, maxLength: Number.isFinite(maxLength) ? maxLength : undefined }) ?? name;
  const chars = [...(name || 'x')];
  if (chars.length > maxLength) return chars.slice(0, maxLength).join('');
  const padded: string[] = [];
  while (padded.length < minLength) padded.push(chars[padded.length % chars.length]!);
  return padded.join('');
}

function numberDefault(schema: Extract<Schema, { kind: 'integer' | 'number' }>): number {
  if (schema.minimum !== undefined) return schema.minimum;
  if (schema.exclusiveMinimum !== undefined) return Math.floor(schema.exclusiveMinimum) + 1;
  if (schema.maximum !== undefined && schema.maximum < 0) return schema.maximum;
  return 0;
}

/** An example value as plain JSON, the way it travels on the wire (date-times as ISO strings). */
export function exampleJson(value: ExampleValue): unknown {
  switch (value.kind) {
    case 'null':
      return null;
    case 'array':
      return value.items.map(exampleJson);
    case 'object':
      return Object.fromEntries(value.fields.map((f) => [f.name, exampleJson(f.value)]));
    default:
      return value.value;
  }
}
