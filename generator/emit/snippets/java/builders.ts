// Example values as Java expressions: builders for objects, `addX` calls for list items, enum constants,
// `OffsetDateTime.parse` for date-times. Continuation lines are indented relative to the expression's start.
import type { ExampleField, ExampleValue } from '../../../examples/values.js';
import { resolveShape, type SchemaLookup } from '../../../ir/pagination.js';
import type { Schema } from '../../../ir/types.js';
import type { JavaNamer } from '../../../naming/languages/java.js';
import { singularName } from '../../../naming/words.js';
import { sortByName } from '../common.js';
import { enumConstant, javaDouble, javaLong, javaString } from './literals.js';
import { unionVariantName } from './variants.js';
import type { JavaModels } from './models.js';

export const INDENT = '    ';

export const IMPORT = {
  paths: 'java.nio.file.Paths',
  offsetDateTime: 'java.time.OffsetDateTime',
  localDate: 'java.time.LocalDate',
  list: 'java.util.List',
  map: 'java.util.Map',
} as const;

export interface JavaContext {
  lookup: SchemaLookup;
  namer: JavaNamer;
  models: JavaModels;
  /** `com.telnyx.sdk`: JsonValue lives in its `core` package. */
  basePackage: string;
  /** Fully qualified names the example uses, filled while rendering. */
  imports: Set<string>;
}

/** A property being set on a builder: its schema, the class that owns it, its name. */
interface Slot {
  /** Set on a variant of a union the SDK nests: its one-value properties are the constants telling variants apart. */
  nestedVariant?: boolean;
  schema: Schema;
  /** The class whose builder takes the value, e.g. "TestCreateParams"; nested classes hang off it. */
  owner: string;
  /** The property (or, for list items, the singular of the property) naming a nested class. */
  property: string;
}

/** A builder expression: `X.builder()` with one setter call per line, or on one line when it sets nothing. */
export function builderExpression(className: string, setters: string[]): string {
  if (setters.length === 0) return `${className}.builder().build()`;
  return [`${className}.builder()`, ...setters.map((s) => indentBlock(s)), `${INDENT}.build()`].join('\n');
}

/**
 * The setter calls that put `field` on the builder of `owner`: one `.name(value)`, or one `.addName(item)` per
 * item of a list.
 */
export function fieldSetters(field: ExampleField, owner: string, ctx: JavaContext): string[] {
  const value = field.value;
  const shape = resolveShape(variantFor(value, field.schema, ctx.lookup), ctx.lookup);
  if (value.kind === 'array' && value.items.length > 0 && shape?.kind !== 'union') {
    const itemSchema: Schema = shape?.kind === 'array' ? shape.items : { kind: 'unknown' };
    const adder = ctx.namer.adder(field.name);
    const itemProperty = singularName(field.name);
    return value.items.map((item) => `.${adder}(${expression(item, { schema: itemSchema, owner, property: itemProperty }, ctx)})`);
  }
  return [`.${ctx.namer.param(field.name)}(${expression(value, { schema: field.schema, owner, property: field.name }, ctx)})`];
}

/**
 * Builder setters for fields, sorted by setter name (the order the SDK's examples use). In a variant of a union the
 * SDK nests, a field of one possible value is left out: it tells the variants apart, and the SDK types it as a
 * constant its builder already holds (a `JsonValue`). Elsewhere such a field is an enum class of one constant.
 */
export function sortedSetters(fields: readonly ExampleField[], owner: string, ctx: JavaContext, omitConstants = false): string[] {
  const settable = omitConstants ? fields.filter((f) => !isConstant(f.schema, ctx.lookup)) : fields;
  return sortByName(settable, (f) => ctx.namer.param(f.name)).flatMap((f) => fieldSetters(f, owner, ctx));
}

export function expression(value: ExampleValue, slot: Slot, ctx: JavaContext): string {
  const schema = variantFor(value, slot.schema, ctx.lookup);
  const here: Slot = { ...slot, schema };
  switch (value.kind) {
    case 'string':
      if (value.enum || isStringEnum(here.schema, ctx.lookup)) return enumReference(classFor(here, ctx), value.value);
      if (value.format === 'binary') {
        // A file field takes a Path (or an InputStream); the example points at a file on disk.
        ctx.imports.add(IMPORT.paths);
        return 'Paths.get("path/to/file")';
      }
      return javaString(value.value);
    case 'datetime':
      ctx.imports.add(IMPORT.offsetDateTime);
      return `OffsetDateTime.parse(${javaString(value.value)})`;
    case 'date':
      ctx.imports.add(IMPORT.localDate);
      return `LocalDate.parse(${javaString(value.value)})`;
    case 'integer':
      // An int32 field is a Kotlin Int (`int`), every other integer a Long.
      return isInt32(here.schema, ctx) && Number.isInteger(value.value) ? String(value.value) : javaLong(value.value);
    case 'number':
      return javaDouble(value.value);
    case 'boolean':
      return String(value.value);
    case 'null':
      return 'null';
    case 'array':
      return listOf(value.items.map((item) => expression(item, itemSlot(here, ctx), ctx)), ctx);
    case 'object':
      return objectExpression(value.fields, variantSlot(slot, schema, ctx), ctx);
    case 'json':
      return jsonValue(value.value, ctx);
  }
}

function objectExpression(fields: readonly ExampleField[], slot: Slot, ctx: JavaContext): string {
  const className = classFor(slot, ctx);
  const shape = resolveShape(slot.schema, ctx.lookup);
  const declared = shape?.kind === 'object' ? shape : undefined;
  const known = fields.filter((f) => declared?.properties.some((p) => p.name === f.name));
  const extra = fields.filter((f) => !known.includes(f));
  const setters = sortedSetters(known, className, ctx, slot.nestedVariant === true);
  for (const f of extra) setters.push(`.putAdditionalProperty(${javaString(f.name)}, ${jsonValue(plainJson(f.value), ctx)})`);
  return builderExpression(className, setters);
}

/** The class of a value that needs one: a model of its own, else a class nested in the owner. */
function classFor(slot: Slot, ctx: JavaContext): string {
  const model = slot.schema.kind === 'ref' ? ctx.models.schemaClass(slot.schema.name) : undefined;
  if (model) {
    ctx.imports.add(`${model.packageName}.${model.name}`);
    return model.name;
  }
  return `${slot.owner}.${ctx.namer.typeName(slot.property)}`;
}

/**
 * An object of a union the SDK nests (no model of its own) is a class nested in the union's class, named after
 * its variant: `CreateMobilePushCredentialRequest.Ios` for the variant CreateIosPushCredentialRequest.
 */
function variantSlot(slot: Slot, variant: Schema, ctx: JavaContext): Slot {
  const name = variant === slot.schema ? undefined : unionVariantName(slot.schema, variant, ctx.lookup);
  if (name === undefined || (variant.kind === 'ref' && ctx.models.schemaClass(variant.name))) return { ...slot, schema: variant };
  const union = slot.schema.kind === 'ref' ? ctx.models.schemaClass(slot.schema.name) : undefined;
  if (union) {
    ctx.imports.add(`${union.packageName}.${union.name}`);
    return { schema: variant, owner: union.name, property: name, nestedVariant: true };
  }
  return { schema: variant, owner: `${slot.owner}.${ctx.namer.typeName(slot.property)}`, property: name, nestedVariant: true };
}

function itemSlot(slot: Slot, ctx: JavaContext): Slot {
  const shape = resolveShape(slot.schema, ctx.lookup);
  return { schema: shape?.kind === 'array' ? shape.items : { kind: 'unknown' }, owner: slot.owner, property: singularName(slot.property) };
}

/** For a union, the variant the example value was made from: the first one of the value's kind. */
function variantFor(value: ExampleValue, schema: Schema, lookup: SchemaLookup, depth = 0): Schema {
  if (depth > 8) return schema;
  const resolved = schema.kind === 'ref' ? lookup(schema.name) : schema;
  if (resolved?.kind === 'allOf' && resolved.parts.length === 1) return variantFor(value, resolved.parts[0]!, lookup, depth + 1);
  if (resolved?.kind !== 'union') return schema;
  const fits = resolved.variants.find((v) => kindFits(value, resolveShape(v, lookup)));
  return fits ? variantFor(value, fits, lookup, depth + 1) : schema;
}

function kindFits(value: ExampleValue, shape: Schema | undefined): boolean {
  if (!shape) return false;
  switch (value.kind) {
    case 'string':
    case 'datetime':
    case 'date':
      return shape.kind === 'string';
    case 'integer':
    case 'number':
      return shape.kind === 'integer' || shape.kind === 'number';
    case 'boolean':
      return shape.kind === 'boolean';
    case 'null':
      return shape.kind === 'null';
    case 'array':
      return shape.kind === 'array';
    case 'object':
    case 'json':
      return shape.kind === 'object' || shape.kind === 'allOf';
  }
}

/** `Kind.MP3`, or `Volume.of("100,000")` when the constant's name is not the value's (see enumConstant). */
function enumReference(className: string, value: string): string {
  const constant = enumConstant(value);
  return constant ? `${className}.${constant}` : `${className}.of(${javaString(value)})`;
}

/** A string enum, also behind `allOf: [$ref]` (a described property of an enum type). */
function isStringEnum(schema: Schema, lookup: SchemaLookup): boolean {
  const shape = unwrapSingleAllOf(schema, lookup);
  return shape?.kind === 'string' && shape.enum !== undefined && shape.enum.some((v) => v !== null);
}

/** A property with one possible value: a `const`, or an enum of one value. */
function isConstant(schema: Schema, lookup: SchemaLookup): boolean {
  const shape = unwrapSingleAllOf(schema, lookup);
  if (shape?.kind !== 'string') return false;
  return shape.const !== undefined || (shape.enum !== undefined && shape.enum.filter((v) => v !== null).length === 1);
}

function unwrapSingleAllOf(schema: Schema | undefined, lookup: SchemaLookup, depth = 0): Schema | undefined {
  const shape = resolveShape(schema, lookup);
  if (shape?.kind === 'allOf' && shape.parts.length === 1 && depth < 8) return unwrapSingleAllOf(shape.parts[0], lookup, depth + 1);
  return shape;
}

function listOf(items: string[], ctx: JavaContext): string {
  ctx.imports.add(IMPORT.list);
  return `List.of(${items.join(', ')})`;
}

/** Free-form JSON: `JsonValue.from(...)` over Java collections. */
function jsonValue(value: unknown, ctx: JavaContext): string {
  ctx.imports.add(`${ctx.basePackage}.core.JsonValue`);
  return `JsonValue.from(${jsonLiteral(value, ctx)})`;
}

function jsonLiteral(value: unknown, ctx: JavaContext): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return javaString(value);
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : javaDouble(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return listOf(value.map((v) => jsonLiteral(v, ctx)), ctx);
  if (typeof value === 'object') {
    ctx.imports.add(IMPORT.map);
    const entries = Object.entries(value as Record<string, unknown>);
    // Map.of takes at most ten pairs; Map.ofEntries has no such limit.
    if (entries.length > 10) {
      return `Map.ofEntries(${entries.map(([k, v]) => `Map.entry(${javaString(k)}, ${jsonLiteral(v, ctx)})`).join(', ')})`;
    }
    return `Map.of(${entries.map(([k, v]) => `${javaString(k)}, ${jsonLiteral(v, ctx)}`).join(', ')})`;
  }
  return 'null';
}

/** An example value back to plain JSON (for free-form map entries). */
function plainJson(value: ExampleValue): unknown {
  switch (value.kind) {
    case 'null':
      return null;
    case 'array':
      return value.items.map(plainJson);
    case 'object':
      return Object.fromEntries(value.fields.map((f) => [f.name, plainJson(f.value)]));
    case 'json':
      return value.value;
    default:
      return value.value;
  }
}

/** Indents every line of a block by one level. */
export function indentBlock(text: string, by = INDENT): string {
  return text
    .split('\n')
    .map((line) => (line ? by + line : line))
    .join('\n');
}

function isInt32(schema: Schema | undefined, ctx: JavaContext): boolean {
  const shape = resolveShape(schema, ctx.lookup);
  return shape?.kind === 'integer' && shape.format === 'int32';
}
