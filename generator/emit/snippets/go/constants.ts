// Unions a Stainless Go SDK discriminates without a declared discriminator: when every object variant fixes the
// same property to a one-value enum of its own, that property tells them apart. Each variant is named after its
// value (`OfIos`, `…RequestIos`), and the property is a `constant.Ios` field the variant marshals from its zero
// value: examples leave it out, as the SDK's own do (telnyx-go 4.22.0, mobile push credentials).
// (Declared discriminators are named by their mapping; their one-value properties stay enum types there.)
import { resolveShape, type SchemaLookup } from '../../../ir/pagination.js';
import type { Schema } from '../../../ir/types.js';

/** The one value a schema allows (a one-value string enum or a string const), if that is what it is. */
export function constantValue(schema: Schema | undefined, lookup: SchemaLookup): string | undefined {
  const shape = resolveShape(schema, lookup);
  if (shape?.kind !== 'string') return undefined;
  if (shape.const !== undefined) return shape.const;
  const values = shape.enum?.filter((v) => v !== null);
  return values?.length === 1 ? values[0]! : undefined;
}

/** A discriminator the spec does not declare: the property each object variant fixes to a value of its own. */
export interface ImpliedDiscriminator {
  property: string;
  /** The value of each variant, in the union's order (nulls left out). */
  values: string[];
  variants: Schema[];
}

/** The union's implied discriminator: the first property every object variant has with one value, all different. */
export function impliedDiscriminator(union: Extract<Schema, { kind: 'union' }>, lookup: SchemaLookup): ImpliedDiscriminator | undefined {
  if (union.discriminator) return undefined;
  const variants: Schema[] = union.variants.filter((v) => v.kind !== 'null');
  const shapes = variants.map((v) => resolveShape(v, lookup));
  if (variants.length < 2 || !shapes.every((s) => s?.kind === 'object')) return undefined;
  const objects = shapes as Extract<Schema, { kind: 'object' }>[];
  for (const property of objects[0]!.properties) {
    const values = objects.map((o) => {
      const found = o.properties.find((p) => p.name === property.name);
      return found ? constantValue(found.schema, lookup) : undefined;
    });
    if (values.every((v) => v !== undefined) && new Set(values).size === values.length) {
      return { property: property.name, values: values as string[], variants };
    }
  }
  return undefined;
}
