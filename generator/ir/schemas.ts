// Raw JSON Schema (OpenAPI 3.0 and 3.1 dialects) → IR Schema, one small transform per kind.
import { componentName, resolveRef } from './refs.js';
import type {
  AllOfSchema,
  ArraySchema,
  Discriminator,
  ObjectSchema,
  Property,
  Schema,
  SchemaCommon,
  UnionSchema,
} from './types.js';

type Raw = Record<string, any>;

export interface SchemaContext {
  document: Raw;
  /** Refs being expanded inline right now (refs outside components/schemas), to cut cycles. */
  expanding: Set<string>;
}

export function convertSchema(raw: unknown, ctx: SchemaContext, site: string): Schema {
  if (raw === true || raw === undefined || raw === null) return { kind: 'unknown' };
  if (raw === false) return { kind: 'unknown', description: 'never' };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { kind: 'unknown' };
  const node = raw as Raw;
  if (typeof node.$ref === 'string') return convertRef(node, ctx, site);
  return convertInline(node, ctx, site);
}

function convertRef(node: Raw, ctx: SchemaContext, site: string): Schema {
  const ref: string = node.$ref;
  const name = componentName(ref, 'schemas');
  if (name !== undefined) {
    resolveRef(ctx.document, ref, site); // fail early on a dangling ref
    const schema: Schema = { kind: 'ref', name };
    // 3.1 allows siblings next to $ref; keep the documentation ones.
    Object.assign(schema, common(node));
    return schema;
  }
  if (ctx.expanding.has(ref)) return { kind: 'unknown', description: `recursive reference ${ref}` };
  ctx.expanding.add(ref);
  try {
    return convertSchema(resolveRef(ctx.document, ref, site), ctx, ref);
  } finally {
    ctx.expanding.delete(ref);
  }
}

function convertInline(node: Raw, ctx: SchemaContext, site: string): Schema {
  if (Array.isArray(node.allOf)) return withCommon(convertAllOf(node, ctx, site), node);
  const combinator = Array.isArray(node.oneOf) ? 'oneOf' : Array.isArray(node.anyOf) ? 'anyOf' : undefined;
  if (combinator) {
    const union = convertUnion(node, combinator, ctx, site);
    if (hasObjectShape(node)) {
      const parts = [convertObject(node, ctx, site), union];
      return withCommon({ kind: 'allOf', parts } satisfies AllOfSchema, node);
    }
    return withCommon(union, node);
  }
  const types = typeList(node);
  const nonNull = types.filter((t) => t !== 'null');
  const nullable = node.nullable === true || (types.includes('null') && nonNull.length > 0);
  if (nonNull.length > 1) {
    const variants = nonNull.map((type) => convertTyped({ ...node, type }, type, ctx, site));
    return withCommon({ kind: 'union', combinator: 'type', variants, nullable } satisfies UnionSchema, node);
  }
  const type = nonNull[0] ?? (types.includes('null') ? 'null' : undefined);
  const schema = convertTyped(node, type, ctx, site);
  if (nullable) schema.nullable = true;
  return schema;
}

function typeList(node: Raw): string[] {
  if (Array.isArray(node.type)) return node.type.filter((t: unknown): t is string => typeof t === 'string');
  if (typeof node.type === 'string') return [node.type];
  const values: unknown[] | undefined = Array.isArray(node.enum) ? node.enum : 'const' in node ? [node.const] : undefined;
  if (values) {
    const kinds = new Set(values.filter((v) => v !== null).map(jsonType));
    if (kinds.size === 1) return [...kinds];
  }
  if (hasObjectShape(node)) return ['object'];
  if (node.items !== undefined) return ['array'];
  return [];
}

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function hasObjectShape(node: Raw): boolean {
  return (
    (node.properties !== undefined && typeof node.properties === 'object') ||
    node.additionalProperties !== undefined ||
    node.type === 'object'
  );
}

function convertTyped(node: Raw, type: string | undefined, ctx: SchemaContext, site: string): Schema {
  switch (type) {
    case 'object':
      return convertObject(node, ctx, site);
    case 'array':
      return withCommon(
        { kind: 'array', items: convertSchema(node.items, ctx, `${site}/items`) } satisfies ArraySchema,
        node,
      );
    case 'string':
      return withCommon(
        {
          kind: 'string',
          ...optional('format', node.format),
          ...optional('enum', node.enum),
          ...optional('const', node.const),
          ...optional('pattern', node.pattern),
          ...optional('minLength', node.minLength),
          ...optional('maxLength', node.maxLength),
        },
        node,
      );
    case 'integer':
    case 'number':
      return withCommon(
        {
          kind: type,
          ...optional('format', node.format),
          ...optional('enum', node.enum),
          ...optional('const', node.const),
          ...optional('minimum', node.minimum),
          ...optional('maximum', node.maximum),
          ...optional('exclusiveMinimum', exclusiveBound(node.exclusiveMinimum, node.minimum)),
          ...optional('exclusiveMaximum', exclusiveBound(node.exclusiveMaximum, node.maximum)),
        },
        node,
      );
    case 'boolean':
      return withCommon({ kind: 'boolean', ...optional('enum', node.enum), ...optional('const', node.const) }, node);
    case 'null':
      return withCommon({ kind: 'null' }, node);
    default:
      return withCommon({ kind: 'unknown' }, node);
  }
}

function convertObject(node: Raw, ctx: SchemaContext, site: string): ObjectSchema {
  const required: string[] = Array.isArray(node.required)
    ? node.required.filter((r: unknown): r is string => typeof r === 'string')
    : [];
  const requiredSet = new Set(required);
  const properties: Property[] = Object.entries((node.properties ?? {}) as Raw).map(([name, value]) => ({
    name,
    schema: convertSchema(value, ctx, `${site}/properties/${name}`),
    required: requiredSet.has(name),
  }));
  const schema: ObjectSchema = withCommon({ kind: 'object', properties, required }, node);
  if (typeof node.additionalProperties === 'boolean') schema.additionalProperties = node.additionalProperties;
  else if (node.additionalProperties && typeof node.additionalProperties === 'object') {
    schema.additionalProperties = convertSchema(node.additionalProperties, ctx, `${site}/additionalProperties`);
  }
  return schema;
}

function convertUnion(node: Raw, combinator: 'oneOf' | 'anyOf', ctx: SchemaContext, site: string): UnionSchema {
  const variants = (node[combinator] as unknown[]).map((v, i) => convertSchema(v, ctx, `${site}/${combinator}/${i}`));
  const union: UnionSchema = { kind: 'union', combinator, variants };
  const discriminator = convertDiscriminator(node.discriminator);
  if (discriminator) union.discriminator = discriminator;
  if (node.nullable === true) union.nullable = true;
  return union;
}

function convertAllOf(node: Raw, ctx: SchemaContext, site: string): Schema {
  const parts = (node.allOf as unknown[]).map((v, i) => convertSchema(v, ctx, `${site}/allOf/${i}`));
  if (hasObjectShape(node)) parts.push(convertObject(node, ctx, site));
  const schema: AllOfSchema = { kind: 'allOf', parts };
  if (Array.isArray(node.required)) schema.required = node.required.filter((r: unknown) => typeof r === 'string');
  return schema;
}

function convertDiscriminator(raw: unknown): Discriminator | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const d = raw as Raw;
  if (typeof d.propertyName !== 'string') return undefined;
  const mapping = Object.entries((d.mapping ?? {}) as Record<string, unknown>)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .map(([value, target]) => ({ value, target: componentName(target, 'schemas') ?? target }));
  return { propertyName: d.propertyName, mapping };
}

function withCommon<T extends Schema>(schema: T, node: Raw): T {
  return Object.assign(schema, common(node));
}

function common(node: Raw): SchemaCommon {
  const out: SchemaCommon = {};
  if (typeof node.title === 'string') out.title = node.title;
  if (typeof node.description === 'string') out.description = node.description;
  if ('example' in node) {
    out.example = node.example;
    out.hasExample = true;
  } else if (Array.isArray(node.examples) && node.examples.length > 0) {
    out.example = node.examples[0];
    out.hasExample = true;
  }
  if ('default' in node) out.default = node.default;
  if (node.nullable === true) out.nullable = true;
  if (node.deprecated === true) out.deprecated = true;
  if (node.readOnly === true) out.readOnly = true;
  if (node.writeOnly === true) out.writeOnly = true;
  return out;
}

/** 3.0 writes `exclusiveMinimum: true` beside `minimum`; 3.1 writes the bound itself. */
function exclusiveBound(exclusive: unknown, bound: unknown): number | undefined {
  if (typeof exclusive === 'number') return exclusive;
  if (exclusive === true && typeof bound === 'number') return bound;
  return undefined;
}

function optional<K extends string, V>(key: K, value: V): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
