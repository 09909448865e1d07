// The Optional and Returns lists of an operation: body and response fields with their type strings.
import { resolveShape, type SchemaLookup } from '../../../ir/pagination.js';
import type { ObjectSchema, Operation, Property, Schema } from '../../../ir/types.js';
import { typeString } from './type-string.js';

export interface TypedField {
  name: string;
  type: string;
}

/** An object view of a schema: refs followed, a oneOf/anyOf reduced to its first variant, allOf parts merged. */
export function objectShape(schema: Schema | undefined, lookup: SchemaLookup, depth = 0): ObjectSchema | undefined {
  if (!schema || depth > 20) return undefined;
  if (schema.kind === 'ref') return objectShape(lookup(schema.name), lookup, depth + 1);
  if (schema.kind === 'union' && schema.combinator !== 'type') return objectShape(schema.variants[0], lookup, depth + 1);
  if (schema.kind === 'allOf') {
    const parts = schema.parts.map((p) => objectShape(p, lookup, depth + 1)).filter((p): p is ObjectSchema => !!p);
    if (parts.length === 0) return undefined;
    const properties: Property[] = [];
    for (const part of parts) {
      for (const prop of part.properties) {
        const at = properties.findIndex((p) => p.name === prop.name);
        if (at >= 0) properties[at] = prop;
        else properties.push(prop);
      }
    }
    return { kind: 'object', properties, required: [...parts.flatMap((p) => p.required), ...(schema.required ?? [])] };
  }
  return schema.kind === 'object' ? schema : undefined;
}

/** The JSON body schema the Required/Optional lists describe; none for a components/requestBodies $ref. */
function documentedBody(operation: Operation): Schema | undefined {
  const body = operation.requestBody;
  if (!body || body.componentName !== undefined || body.contentType !== 'application/json') return undefined;
  return body.schema;
}

/** `Optional:` the body properties not required, sorted by name (read-only ones included). */
export function optionalParams(operation: Operation, lookup: SchemaLookup): TypedField[] {
  const shape = objectShape(documentedBody(operation), lookup);
  if (!shape) return [];
  const required = new Set(shape.required);
  return sortByName(shape.properties.filter((p) => !required.has(p.name)).map((p) => typed(p, lookup)));
}

/**
 * `Returns:` the fields of the first 200/201/202 JSON response, sorted by name; a `data` property is unwrapped (an
 * array to its items) when the response has at most three properties.
 */
export function returnFields(operation: Operation, lookup: SchemaLookup): TypedField[] {
  const response = ['200', '201', '202']
    .map((status) => operation.responses.find((r) => r.status === status))
    .find((r) => r?.schema && r.contentType !== undefined && isJson(r.contentType));
  let shape = objectShape(response?.schema, lookup);
  if (!shape) return [];
  const data = shape.properties.find((p) => p.name === 'data');
  if (data && shape.properties.length <= 3) {
    let inner: Schema | undefined = data.schema;
    const resolved = resolveShape(inner, lookup);
    if (resolved?.kind === 'array') inner = resolved.items;
    const unwrapped = objectShape(inner, lookup);
    if (!unwrapped) return [];
    shape = unwrapped;
  }
  return sortByName(shape.properties.map((p) => typed(p, lookup)));
}

function isJson(contentType: string): boolean {
  return contentType === 'application/json' || /\+json$/.test(contentType);
}

function typed(p: Property, lookup: SchemaLookup): TypedField {
  return { name: p.name, type: typeString(p.schema, lookup) };
}

function sortByName(fields: TypedField[]): TypedField[] {
  return fields.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
