// A request body that is a union of objects (`oneOf` of schemas) cannot be spread into a method's parameters:
// a Stainless SDK takes it whole under one parameter, named, when the spec and the config name nothing, after
// the call: `<method>_<resource, singular>_request` (mobile_push_credentials.create →
// create_mobile_push_credential_request; Go's variants then hang off the params type under that name, Java's
// off a class of that name nested in the params class).
import { resolveShape, type SchemaLookup } from '../ir/pagination.js';
import type { Schema } from '../ir/types.js';
import { singularName, snakeCase } from './words.js';

/** True when the body's schema is a union whose variants are all objects. */
export function isObjectUnion(schema: Schema | undefined, lookup: SchemaLookup): boolean {
  const shape = resolveShape(schema, lookup);
  if (shape?.kind !== 'union') return false;
  const variants = shape.variants.filter((v) => resolveShape(v, lookup)?.kind !== 'null');
  return variants.length > 1 && variants.every((v) => resolveShape(v, lookup)?.kind === 'object');
}

/** The snake_case parameter a union body is passed under: `create_mobile_push_credential_request`. */
export function unionBodyParamName(resourcePath: readonly string[], methodName: string): string {
  const resource = resourcePath[resourcePath.length - 1];
  return snakeCase([methodName, ...(resource ? [singularName(resource)] : []), 'request']);
}
