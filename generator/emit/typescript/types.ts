// IR schemas → TypeScript type expressions, as formatted text (two-space indentation relative to the caller).
import type { SchemaLookup } from '../../ir/pagination.js';
import type { ObjectSchema, Property, Schema } from '../../ir/types.js';
import { singularName } from '../../naming/words.js';
import { docText } from './jsdoc.js';
import { propertyKey, quote } from './names.js';

export interface TypeContext {
  lookup: SchemaLookup;
  /** How the file being written refers to a named schema: `Assistant` or `AssistantsAPI.Assistant`. */
  refName(schemaName: string): string;
  /** Binary strings are files to upload (multipart bodies), else plain strings. */
  uploads: boolean;
  /** Request types leave out readOnly properties. */
  request: boolean;
  /**
   * Where an inline object a property holds (directly, or as the items of an array) is declared as an
   * interface of its own (`TestCreateParams.Rubric`, as the official SDKs name them); without it, written inline.
   */
  nested?: NestedTypes;
}

export interface NestedTypes {
  /** Declares `schema` under a type name made from `raw` (a property or a title); returns the qualified name. */
  declare(schema: ObjectSchema, raw: string): string;
}

/** The property (and whether it is an array's items) a schema is the type of, which names a nested type. */
interface Slot {
  property: string;
  item: boolean;
}

/** The name a nested type takes: its property's, the singular for array items (activation_ranges → ActivationRange). */
function slotName(slot: Slot): string {
  return slot.item ? singularName(slot.property) : slot.property;
}

/** Precedence of a rendered type: unions bind loosest, so they need parentheses inside intersections. */
const enum Prec {
  Union = 0,
  Intersection = 1,
  Primary = 2,
}

interface Rendered {
  text: string;
  prec: Prec;
}

const INDENT = '  ';

export function typeExpr(schema: Schema, ctx: TypeContext, indent = ''): string {
  return render(schema, ctx, indent).text;
}

function render(schema: Schema, ctx: TypeContext, indent: string, slot?: Slot): Rendered {
  const base = renderBase(schema, ctx, indent, slot);
  if (!schema.nullable || base.text === 'null' || base.text === 'unknown' || / \| null$/.test(base.text)) return base;
  return { text: `${base.text} | null`, prec: Prec.Union };
}

function renderBase(schema: Schema, ctx: TypeContext, indent: string, slot?: Slot): Rendered {
  switch (schema.kind) {
    case 'ref':
      return primary(ctx.refName(schema.name));
    case 'string':
      if (schema.const !== undefined) return primary(quote(schema.const));
      if (schema.enum?.length) return literals(schema.enum.map((v) => (v === null ? 'null' : quote(v))));
      if (schema.format === 'binary' && ctx.uploads) return primary('Uploadable');
      return primary('string');
    case 'integer':
    case 'number':
      if (schema.const !== undefined && Number.isFinite(schema.const)) return primary(numberLiteral(schema.const));
      if (schema.enum?.length && schema.enum.every((v) => v === null || Number.isFinite(v))) {
        return literals(schema.enum.map((v) => (v === null ? 'null' : numberLiteral(v))));
      }
      return primary('number');
    case 'boolean':
      if (schema.const !== undefined) return primary(String(schema.const));
      if (schema.enum?.length) return literals(schema.enum.map((v) => String(v)));
      return primary('boolean');
    case 'null':
      return primary('null');
    case 'array':
      return primary(`Array<${render(schema.items, ctx, indent, slot && !slot.item ? { ...slot, item: true } : undefined).text}>`);
    case 'object':
      if (ctx.nested && slot && hasMembers(schema, ctx)) {
        return primary(ctx.nested.declare(schema, slotName(slot)));
      }
      // Objects inside an inline one (or inside a union) stay inline too: a nested type is named after a property.
      return primary(objectLiteral(schema, ctx.nested ? { ...ctx, nested: undefined } : ctx, indent));
    case 'union': {
      // `anyOf: [X, null]` is X for naming: the one variant that is not null keeps the slot.
      const nonNull = slot ? schema.variants.filter((v) => v.kind !== 'null') : [];
      const named = nonNull.length === 1 ? nonNull[0] : undefined;
      const rendered = schema.variants.map((v) => {
        if (v === named) return render(v, ctx, indent, slot);
        // Other variants that are objects with a title are declared under it (`Filter.DateRangeFilter`).
        if (slot && ctx.nested && v.kind === 'object' && v.title && hasMembers(v, ctx)) return renderNullable(v, ctx.nested.declare(v, v.title));
        return render(v, ctx, indent);
      });
      const variants = unique(rendered.map((r) => r.text));
      if (variants.length === 0) return primary('unknown');
      if (variants.includes('unknown')) return primary('unknown');
      return variants.length === 1 ? rendered[0]! : { text: variants.join(' | '), prec: Prec.Union };
    }
    case 'allOf': {
      const parts = schema.parts.map((p) => render(p, ctx, indent)).filter((p) => p.text !== 'unknown');
      const texts = unique(parts.map((p) => (p.prec < Prec.Intersection ? `(${p.text})` : p.text)));
      if (texts.length === 0) return primary('unknown');
      if (texts.length === 1) return parts.find((p) => (p.prec < Prec.Intersection ? `(${p.text})` : p.text) === texts[0])!;
      return { text: texts.join(' & '), prec: Prec.Intersection };
    }
    case 'unknown':
      return primary('unknown');
  }
}

/** Whether an object has a property to declare (a request leaves out the read-only ones). */
function hasMembers(schema: ObjectSchema, ctx: TypeContext): boolean {
  return schema.properties.some((p) => !(ctx.request && p.schema.readOnly));
}

function renderNullable(schema: Schema, text: string): Rendered {
  return schema.nullable ? { text: `${text} | null`, prec: Prec.Union } : primary(text);
}

/** The members of a top-level union (a oneOf, an enum), for one-per-line layout; undefined for other types. */
export function unionParts(schema: Schema, ctx: TypeContext): string[] | undefined {
  const base = renderBase(schema, ctx, '');
  if (base.prec !== Prec.Union) return undefined;
  let parts: string[];
  if (schema.kind === 'union') parts = unique(schema.variants.map((v) => render(v, ctx, '').text));
  else if ((schema.kind === 'string' || schema.kind === 'integer' || schema.kind === 'number' || schema.kind === 'boolean') && schema.enum) {
    parts = base.text.split(' | ');
  } else return undefined;
  if (schema.nullable && !parts.includes('null')) parts.push('null');
  return parts.some((p) => p.includes('\n')) ? undefined : parts;
}

/** `{ a: string; b?: number }` over several lines, with each property's description. */
export function objectLiteral(schema: ObjectSchema, ctx: TypeContext, indent: string): string {
  const members = objectMembers(schema.properties, schema.additionalProperties, ctx, indent + INDENT);
  if (members === '') return indexOnly(schema.additionalProperties, ctx, indent);
  return `{\n${members}${indent}}`;
}

/** The members of an object type, one per line, each ending in a newline ('' when there are none). */
export function objectMembers(
  properties: readonly Property[],
  additional: ObjectSchema['additionalProperties'],
  ctx: TypeContext,
  indent: string,
): string {
  let out = '';
  const seen = new Set<string>();
  for (const prop of properties) {
    if (seen.has(prop.name) || (ctx.request && prop.schema.readOnly)) continue;
    seen.add(prop.name);
    out += propertyText(prop, ctx, indent);
  }
  if (out !== '' && additional !== undefined && additional !== false) out += `${indent}[key: string]: unknown;\n`;
  return out;
}

/** One member line with its doc comment: the schema's description, or the one given (which may be none). */
export function propertyText(prop: Property, ctx: TypeContext, indent: string, own?: { description: string | undefined }): string {
  const doc = docText({ description: own ? own.description : prop.schema.description, deprecated: prop.schema.deprecated }, indent);
  const optional = prop.required ? '' : '?';
  return `${doc}${indent}${propertyKey(prop.name)}${optional}: ${render(prop.schema, ctx, indent, { property: prop.name, item: false }).text};\n`;
}

function indexOnly(additional: ObjectSchema['additionalProperties'], ctx: TypeContext, indent: string): string {
  if (additional === false) return '{ [key: string]: never }';
  if (additional === undefined || additional === true) return '{ [key: string]: unknown }';
  return `{ [key: string]: ${render(additional, ctx, indent).text} }`;
}

function primary(text: string): Rendered {
  return { text, prec: Prec.Primary };
}

function literals(values: string[]): Rendered {
  const texts = unique(values);
  return texts.length === 1 ? primary(texts[0]) : { text: texts.join(' | '), prec: Prec.Union };
}

function numberLiteral(value: number): string {
  return String(value);
}

function unique(texts: string[]): string[] {
  return [...new Set(texts)];
}

/** Whether a named schema is best declared as an interface (an object with properties and nothing else). */
export function isInterfaceShape(schema: Schema): schema is ObjectSchema {
  return schema.kind === 'object' && !schema.nullable && schema.properties.length > 0;
}

/**
 * An object built from `schema` by following refs and merging allOf parts, when every part is an object;
 * undefined for unions, arrays, scalars (and allOf parts that are not objects).
 */
export function flattenObject(schema: Schema | undefined, lookup: SchemaLookup, depth = 0): ObjectSchema | undefined {
  if (!schema || depth > 20) return undefined;
  if (schema.kind === 'ref') return flattenObject(lookup(schema.name), lookup, depth + 1);
  if (schema.kind === 'object') return schema;
  if (schema.kind !== 'allOf') return undefined;
  const parts = schema.parts.map((p) => flattenObject(p, lookup, depth + 1));
  if (parts.length === 0 || parts.some((p) => p === undefined)) return undefined;
  const objects = parts as ObjectSchema[];
  const required = [...new Set([...objects.flatMap((o) => o.required), ...(schema.required ?? [])])];
  const properties: Property[] = [];
  const seen = new Set<string>();
  for (const object of objects) {
    for (const prop of object.properties) {
      if (seen.has(prop.name)) continue;
      seen.add(prop.name);
      properties.push({ ...prop, required: prop.required || required.includes(prop.name) });
    }
  }
  const additional = objects.find((o) => o.additionalProperties !== undefined && o.additionalProperties !== false)?.additionalProperties;
  const merged: ObjectSchema = { kind: 'object', properties, required };
  if (additional !== undefined) merged.additionalProperties = additional;
  return merged;
}

/** Whether a value of `schema` is always a JSON object (so that params can spread it as the body). */
export function isObjectLike(schema: Schema | undefined, lookup: SchemaLookup, depth = 0): boolean {
  if (!schema || depth > 20) return false;
  switch (schema.kind) {
    case 'ref':
      return isObjectLike(lookup(schema.name), lookup, depth + 1);
    case 'object':
      return true;
    case 'allOf':
      return schema.parts.length > 0 && schema.parts.some((p) => isObjectLike(p, lookup, depth + 1));
    case 'union':
      return schema.variants.length > 0 && schema.variants.every((v) => isObjectLike(v, lookup, depth + 1));
    default:
      return false;
  }
}

/** Whether every value of `schema` must carry at least one property (so `{}` is not one). */
export function hasRequiredField(schema: Schema | undefined, lookup: SchemaLookup, request: boolean, depth = 0): boolean {
  if (!schema || depth > 20) return false;
  switch (schema.kind) {
    case 'ref':
      return hasRequiredField(lookup(schema.name), lookup, request, depth + 1);
    case 'object':
      return schema.properties.some((p) => p.required && !(request && p.schema.readOnly));
    case 'allOf': {
      if (schema.parts.some((p) => hasRequiredField(p, lookup, request, depth + 1))) return true;
      const flat = flattenObject(schema, lookup);
      return !!flat && flat.properties.some((p) => p.required && !(request && p.schema.readOnly));
    }
    case 'union':
      return schema.variants.length > 0 && schema.variants.every((v) => hasRequiredField(v, lookup, request, depth + 1));
    default:
      return false;
  }
}

/** Named schemas a schema mentions directly (not through other named schemas), in document order. */
export function directRefs(schema: Schema | undefined, out: string[] = []): string[] {
  if (!schema) return out;
  switch (schema.kind) {
    case 'ref':
      out.push(schema.name);
      break;
    case 'array':
      directRefs(schema.items, out);
      break;
    case 'object':
      for (const p of schema.properties) directRefs(p.schema, out);
      if (typeof schema.additionalProperties === 'object') directRefs(schema.additionalProperties, out);
      break;
    case 'union':
      for (const v of schema.variants) directRefs(v, out);
      break;
    case 'allOf':
      for (const p of schema.parts) directRefs(p, out);
      break;
    default:
      break;
  }
  return out;
}
