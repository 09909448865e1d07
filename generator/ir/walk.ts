// Walks over the IR: the child schemas of a schema, the references to named schemas, the methods of the
// resource tree. Refs are not followed: callers that need the named schema look it up themselves.
import type { IR, Method, Resource, Schema } from './types.js';

/** Calls `visit` on each schema directly inside `schema`: properties, additional properties, items, variants, allOf parts. */
export function forEachChildSchema(schema: Schema, visit: (child: Schema) => void): void {
  switch (schema.kind) {
    case 'object':
      for (const p of schema.properties) visit(p.schema);
      if (typeof schema.additionalProperties === 'object') visit(schema.additionalProperties);
      break;
    case 'array':
      visit(schema.items);
      break;
    case 'union':
      for (const v of schema.variants) visit(v);
      break;
    case 'allOf':
      for (const p of schema.parts) visit(p);
      break;
    default:
      break;
  }
}

/**
 * How often each named schema is referenced, anywhere: inside the named schemas and in the parameters, request
 * bodies and responses of every operation. A schema referenced twice or more is one the spec shares.
 */
export function countSchemaRefs(ir: IR): Map<string, number> {
  const counts = new Map<string, number>();
  const visit = (schema: Schema | undefined): void => {
    if (!schema) return;
    if (schema.kind === 'ref') counts.set(schema.name, (counts.get(schema.name) ?? 0) + 1);
    forEachChildSchema(schema, visit);
  };
  for (const named of ir.schemas) visit(named.schema);
  for (const op of ir.operations) {
    for (const p of op.parameters) visit(p.schema);
    visit(op.requestBody?.schema);
    for (const r of op.responses) visit(r.schema);
  }
  return counts;
}

export interface PlacedMethod {
  method: Method;
  /** The path of the resource that has the method, e.g. ["ai", "assistants"]. */
  resourcePath: string[];
}

/**
 * Every method of the resource tree in tree order: a resource's own methods, then its subresources'. Aliases
 * (Method.aliasOf) are left out: each operation appears once.
 */
export function resourceMethods(resources: readonly Resource[]): PlacedMethod[] {
  const out: PlacedMethod[] = [];
  const walk = (list: readonly Resource[]): void => {
    for (const resource of list) {
      for (const method of resource.methods) if (method.aliasOf === undefined) out.push({ method, resourcePath: resource.path });
      walk(resource.subresources);
    }
  };
  walk(resources);
  return out;
}
