// Example values as Go expressions typed the way the official (Stainless) Go SDK types its params: plain
// values for required fields, struct literals named after their owner (AIAssistantTestNewParamsRubric) or
// their model (CanaryDeployParam), enum constants (ConversationChannelTypePhoneCall), time.Now() for times.
import type { ExampleField, ExampleValue } from '../../../examples/values.js';
import { resolveShape, type SchemaLookup } from '../../../ir/pagination.js';
import type { Schema } from '../../../ir/types.js';
import type { GoNamer } from '../../../naming/languages/go.js';
import { letterLeading, singularName, snakeCase } from '../../../naming/words.js';
import { sortByName } from '../common.js';
import type { GoModel, GoModels } from './models.js';
import { impliedDiscriminator } from './constants.js';
import { sdkOptionalNames } from './required.js';
import { atom, type GoComposite, type GoElement, type GoExpr, goNumber, goString } from './syntax.js';

/**
 * Where a nested type takes its name from: the params type (`AIAssistantTestNewParams` + Rubric) or a model's
 * request type (`CanaryDeploy` + … + `Param`).
 */
export interface TypeOwner {
  base: string;
  /** Appended to object types named from this owner: "" under params types, "Param" under models. */
  suffix: string;
}

/** A stand-in for file contents, in the form the SDK's own examples use. */
const FILE_CONTENTS = 'io.Reader(bytes.NewBuffer([]byte("some file contents")))';

export class GoValues {
  /** Standard-library packages the rendered values use ("time", "bytes", "io"). */
  readonly imports = new Set<string>();
  /** How many slices the value being rendered is inside: the SDK types enums nested there as plain strings. */
  private arrayDepth = 0;

  constructor(
    private readonly lookup: SchemaLookup,
    private readonly models: GoModels,
    private readonly namer: GoNamer,
    /** The SDK's package name, e.g. "telnyx". */
    private readonly pkg: string,
  ) {}

  /** The exported Go field name of a property; names no Go identifier can start with are spelled out. */
  field(name: string): string {
    const spelled = this.namer.param(name);
    if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(spelled)) return spelled;
    const leading = this.namer.param(letterLeading(snakeCase(name)));
    return /^[A-Za-z_][A-Za-z0-9_]*$/.test(leading) ? leading : 'Field';
  }

  /**
   * Fields of a struct literal, sorted by Go name as the SDK's examples list them. `parent` is the object schema
   * the fields are properties of, when known: it says which fields the SDK types as optional although the
   * merged shape requires them (see required.ts).
   */
  fields(fields: readonly ExampleField[], owner: TypeOwner, parent?: Schema): GoElement[] {
    const optionalInSdk = sdkOptionalNames(parent, this.lookup);
    return sortByName(
      fields.map((f) => {
        const value = this.value(f.value, f.schema, owner, f.name);
        const required = f.required && !optionalInSdk.has(f.name);
        return { key: this.field(f.name), value: required ? value : this.optional(value, f.schema) };
      }),
      (e) => e.key,
    );
  }

  /**
   * An optional primitive field is a `param.Opt[T]` in the SDK, written with the package's
   * constructor of T (`telnyx.String("…")`, `Int`, `Float`, `Bool`, `Time`); enums, objects, slices and unions
   * are their own types and stay as they are.
   */
  private optional(expr: GoExpr, schema: Schema | undefined): GoExpr {
    if (expr.kind !== 'atom' || expr.text === 'nil') return expr;
    const shape = resolveShape(this.unwrap(schema), this.lookup);
    const helper = shape ? OPTIONAL_CONSTRUCTORS[primitiveKind(shape)] : undefined;
    return helper ? atom(`${this.pkg}.${helper}(${expr.text})`) : expr;
  }

  /** `value` of property `property` (typed by `schema`) of a type named from `owner`. */
  value(value: ExampleValue, schema: Schema | undefined, owner: TypeOwner, property: string): GoExpr {
    const target = this.unwrap(schema);
    const shape = resolveShape(target, this.lookup);
    if (shape?.kind === 'union' && value.kind !== 'null' && !isStringUnion(shape, this.lookup)) {
      return this.union(value, shape, this.typeBase(target, owner, property), owner);
    }
    switch (value.kind) {
      case 'string':
        if (value.format === 'binary') {
          this.imports.add('bytes');
          this.imports.add('io');
          return atom(FILE_CONTENTS);
        }
        if (value.enum && shape?.kind === 'string' && !this.plainEnum(target)) {
          return atom(this.qualified(this.namer.enumValue(this.typeBase(target, owner, property).name, value.value)));
        }
        return atom(goString(value.value));
      case 'datetime':
      case 'date':
        this.imports.add('time');
        return atom('time.Now()');
      case 'integer':
      case 'number':
        return atom(goNumber(value.value));
      case 'boolean':
        return atom(String(value.value));
      case 'null':
        return atom('nil');
      case 'array': {
        const items = shape?.kind === 'array' ? shape.items : undefined;
        const itemProperty = singularName(property) || property;
        this.arrayDepth++;
        try {
          const elementType = this.type(items, owner, itemProperty);
          return {
            kind: 'composite',
            type: `[]${elementType}`,
            elements: value.items.map((item) => ({ value: this.value(item, items, owner, itemProperty) })),
            inline: true,
            elementType,
          };
        } finally {
          this.arrayDepth--;
        }
      }
      case 'object':
        if (shape?.kind === 'object' && shape.properties.length > 0) {
          const base = this.typeBase(target, owner, property);
          return this.struct(this.qualified(base.name + base.suffix), this.fields(value.fields, base.nested, target), false);
        }
        return this.map(
          value.fields.map((f) => ({ key: f.name, value: f.value, schema: f.schema })),
          mapValueSchema(shape),
          owner,
          property,
        );
      case 'json':
        return this.json(value.value);
    }
  }

  /** The Go type of values of `schema` (the element type of a slice, the value type of a map). */
  type(schema: Schema | undefined, owner: TypeOwner, property: string): string {
    const target = this.unwrap(schema);
    const shape = resolveShape(target, this.lookup);
    if (!shape) return 'any';
    switch (shape.kind) {
      case 'string':
        if (shape.format === 'date-time' || shape.format === 'date') return 'time.Time';
        if (shape.format === 'binary') return 'io.Reader';
        return (shape.enum || shape.const !== undefined) && !this.plainEnum(target) ? this.qualified(this.typeBase(target, owner, property).name) : 'string';
      case 'integer':
        return 'int64';
      case 'number':
        return 'float64';
      case 'boolean':
        return 'bool';
      case 'array':
        this.arrayDepth++;
        try {
          return `[]${this.type(shape.items, owner, singularName(property) || property)}`;
        } finally {
          this.arrayDepth--;
        }
      case 'object': {
        if (shape.properties.length === 0) return `map[string]${this.type(mapValueSchema(shape), owner, property)}`;
        const base = this.typeBase(target, owner, property);
        return this.qualified(base.name + base.suffix);
      }
      case 'union': {
        if (isStringUnion(shape, this.lookup)) return 'string';
        const base = this.typeBase(target, owner, property);
        return this.qualified(`${base.name}Union${base.suffix}`);
      }
      default:
        return 'any';
    }
  }

  /** An enum the SDK leaves a plain string: one inside a slice that is no model of its own (roles of messages). */
  private plainEnum(schema: Schema | undefined): boolean {
    return this.arrayDepth > 0 && !(schema?.kind === 'ref' && this.models.model(schema.name));
  }

  /** The SDK model a named schema is, if any. */
  model(schemaName: string): GoModel | undefined {
    return this.models.model(schemaName);
  }

  /** A struct literal of `type` (already qualified). */
  struct(type: string, elements: GoElement[], pointer: boolean): GoComposite {
    return pointer ? { kind: 'composite', type, pointer, elements, inline: false } : { kind: 'composite', type, elements, inline: false };
  }

  qualified(name: string): string {
    return `${this.pkg}.${name}`;
  }

  /**
   * The name a nested type takes: a model's own name, else its owner's name and the property's. `suffix` is
   * what object types append ("Param" for models), `nested` the owner of the types nested in it.
   */
  typeBase(schema: Schema | undefined, owner: TypeOwner, property: string): { name: string; suffix: string; nested: TypeOwner } {
    const model = schema?.kind === 'ref' ? this.models.model(schema.name) : undefined;
    if (model) {
      const suffix = model.param.slice(model.name.length);
      return { name: model.name, suffix, nested: { base: model.name, suffix } };
    }
    const name = owner.base + this.field(property);
    return { name, suffix: owner.suffix, nested: { base: name, suffix: owner.suffix } };
  }

  /** `allOf: [$ref]` and a nullable union of one type stand for that one schema. */
  unwrap(schema: Schema | undefined, depth = 0): Schema | undefined {
    if (!schema || depth > 8) return schema;
    if (schema.kind === 'allOf' && schema.parts.length === 1) return this.unwrap(schema.parts[0], depth + 1);
    if (schema.kind === 'union') {
      const real = schema.variants.filter((v) => v.kind !== 'null');
      if (real.length === 1) return this.unwrap(real[0], depth + 1);
    }
    return schema;
  }

  /**
   * A union as the SDK's union param struct: one `Of…` field set, named after the variant the value is of
   * (`OfString: telnyx.String("…")`, `OfStringArray: []string{…}`, `OfFoo: &telnyx.FooParam{…}`).
   */
  private union(
    value: ExampleValue,
    union: Extract<Schema, { kind: 'union' }>,
    base: { name: string; suffix: string; nested: TypeOwner },
    owner: TypeOwner,
  ): GoExpr {
    const variants = union.variants.filter((v) => v.kind !== 'null');
    const variant = variants.find((v) => matchesKind(resolveShape(this.unwrap(v), this.lookup), value)) ?? variants[0];
    const type = this.qualified(`${base.name}Union${base.suffix}`);
    return this.struct(type, [this.variantElement(value, variant, base.nested, owner, union)], false);
  }

  /**
   * The `Of…` element of a union struct holding `value` as `variant`. An object variant of a discriminated
   * union is named by its discriminator value (`OfGcs` for the variant mapped from "gcs"), declared or implied
   * by a one-value property (constants.ts).
   */
  variantElement(value: ExampleValue, variant: Schema | undefined, nested: TypeOwner, owner: TypeOwner, union?: Schema): GoElement {
    const target = this.unwrap(variant);
    const shape = resolveShape(target, this.lookup);
    switch (value.kind) {
      case 'string':
        if (value.enum && shape?.kind === 'string' && target?.kind === 'ref') {
          const name = this.variantName(target, 'String');
          return { key: `Of${name}`, value: this.value(value, target, owner, name) };
        }
        return { key: 'OfString', value: atom(`${this.pkg}.String(${goString(value.value)})`) };
      case 'integer':
        return { key: 'OfInt', value: atom(`${this.pkg}.Int(${goNumber(value.value)})`) };
      case 'number':
        return { key: 'OfFloat', value: atom(`${this.pkg}.Float(${goNumber(value.value)})`) };
      case 'boolean':
        return { key: 'OfBool', value: atom(`${this.pkg}.Bool(${value.value})`) };
      case 'datetime':
      case 'date':
        this.imports.add('time');
        return { key: 'OfTime', value: atom(`${this.pkg}.Time(time.Now())`) };
      case 'array': {
        const items = shape?.kind === 'array' ? shape.items : undefined;
        const element = this.type(items, nested, 'item');
        const name = `${element.replace(/^.*\./, '').replace(/^\[\]/, '')}Array`;
        return { key: `Of${capitalize(name)}`, value: this.value(value, target, nested, 'item') };
      }
      case 'object': {
        const mapped = union?.kind === 'union' && target?.kind === 'ref' ? union.discriminator?.mapping.find((m) => m.target === target.name) : undefined;
        const model = target?.kind === 'ref' ? this.models.model(target.name) : undefined;
        const implied = !mapped && !model && union?.kind === 'union' ? impliedDiscriminator(union, this.lookup) : undefined;
        const tag = implied && variant ? implied.values[implied.variants.indexOf(variant)] : undefined;
        const name = mapped ? this.field(mapped.value) : tag !== undefined ? this.field(tag) : this.variantName(target, 'Object');
        if (shape?.kind !== 'object' || shape.properties.length === 0) {
          return { key: 'OfAnyMap', value: this.value(value, target, nested, name) };
        }
        const base = this.typeBase(target, nested, name);
        const fields = tag === undefined ? value.fields : value.fields.filter((f) => f.name !== implied!.property);
        const struct = this.struct(this.qualified(base.name + base.suffix), this.fields(fields, base.nested, target), true);
        return { key: `Of${name}`, value: struct };
      }
      default:
        return { key: 'OfAny', value: this.value(value, target, nested, 'any') };
    }
  }

  /** A variant's name in `Of…`: its model's name, else its schema's (less `Request`), else a fallback. */
  private variantName(schema: Schema | undefined, fallback: string): string {
    if (schema?.kind !== 'ref') return fallback;
    return this.models.model(schema.name)?.name ?? (this.namer.typeName(schema.name.replace(/Request$/, '')) || fallback);
  }

  private map(
    entries: { key: string; value: ExampleValue; schema: Schema | undefined }[],
    valueSchema: Schema | undefined,
    owner: TypeOwner,
    property: string,
  ): GoExpr {
    const elementType = this.type(valueSchema, owner, property);
    return {
      kind: 'composite',
      type: `map[string]${elementType}`,
      elements: entries.map((e) => ({ key: goString(e.key), value: this.value(e.value, valueSchema ?? e.schema, owner, property) })),
      inline: false,
      elementType,
    };
  }

  /** Free-form JSON as `any` values: maps and slices of `any`. */
  json(value: unknown): GoExpr {
    if (value === null || value === undefined) return atom('nil');
    if (typeof value === 'string') return atom(goString(value));
    if (typeof value === 'number') return atom(goNumber(value));
    if (typeof value === 'boolean') return atom(String(value));
    if (Array.isArray(value)) {
      return { kind: 'composite', type: '[]any', elements: value.map((v) => ({ value: this.json(v) })), inline: true, elementType: 'any' };
    }
    const entries = Object.entries(value as Record<string, unknown>);
    return {
      kind: 'composite',
      type: 'map[string]any',
      elements: entries.map(([k, v]) => ({ key: goString(k), value: this.json(v) })),
      inline: false,
      elementType: 'any',
    };
  }
}

/** The package's constructor of a `param.Opt` of each primitive kind. */
const OPTIONAL_CONSTRUCTORS: Readonly<Record<string, string>> = { string: 'String', time: 'Time', integer: 'Int', number: 'Float', boolean: 'Bool' };

/** The Opt kind of a schema shape; '' for what is no plain primitive (enums, constants, files…). */
function primitiveKind(shape: Schema): string {
  switch (shape.kind) {
    case 'string':
      if (shape.enum || shape.const !== undefined || shape.format === 'binary') return '';
      return shape.format === 'date-time' || shape.format === 'date' ? 'time' : 'string';
    case 'integer':
    case 'number':
      return shape.enum || shape.const !== undefined ? '' : shape.kind;
    case 'boolean':
      return shape.kind;
    default:
      return '';
  }
}

/** A union of string variants only (codes of several formats): the SDK types it as a plain string. */
function isStringUnion(union: Extract<Schema, { kind: 'union' }>, lookup: SchemaLookup): boolean {
  const variants = union.variants.filter((v) => v.kind !== 'null');
  return variants.length > 1 && variants.every((v) => {
    const shape = resolveShape(v, lookup);
    return shape?.kind === 'string' && !shape.enum && shape.const === undefined && !shape.format;
  });
}

function mapValueSchema(shape: Schema | undefined): Schema | undefined {
  return shape?.kind === 'object' && typeof shape.additionalProperties === 'object' ? shape.additionalProperties : undefined;
}

function matchesKind(shape: Schema | undefined, value: ExampleValue): boolean {
  if (!shape) return false;
  switch (value.kind) {
    case 'string':
      return shape.kind === 'string' && shape.format !== 'date-time' && shape.format !== 'date';
    case 'datetime':
    case 'date':
      return shape.kind === 'string';
    case 'integer':
      return shape.kind === 'integer' || shape.kind === 'number';
    case 'number':
      return shape.kind === 'number';
    case 'boolean':
      return shape.kind === 'boolean';
    case 'array':
      return shape.kind === 'array';
    case 'object':
      return shape.kind === 'object';
    default:
      return false;
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
