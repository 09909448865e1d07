// Webhook payload fields of the agent profile: the JSON body flattened to dotted paths down to three segments.
import type { SchemaLookup } from '../../../ir/pagination.js';
import type { ObjectSchema, Operation, Schema, Webhook } from '../../../ir/types.js';
import { firstSentence, type PayloadField, type TypedField } from '../facts/index.js';
import { describe } from './tasks.js';
import { fieldType } from './text.js';

/**
 * Unlike v3's rows, a nullable or alternative object (`cost: object | null`, a `oneOf`/`anyOf`) is a row of its own
 * rather than a branch: only plain, non-null objects (or $refs to them) are descended into, and dropped past the depth.
 */
export function payloadFields(webhook: Webhook, lookup: SchemaLookup, maxDepth = 3): PayloadField[] {
  const rows: PayloadField[] = [];
  const visit = (schema: Schema, prefix: string[]) => {
    const shape = plainObject(schema, lookup);
    if (!shape) return;
    for (const prop of shape.properties) {
      const path = [...prefix, prop.name];
      const child = plainObject(prop.schema, lookup);
      if (child && child.properties.length > 0 && !child.nullable) {
        if (path.length < maxDepth) visit(prop.schema, path);
        continue;
      }
      rows.push({ path: path.join('.'), type: fieldType(prop.schema, lookup), description: firstSentence(describe(prop.schema, lookup)) });
    }
  };
  if (webhook.schema) visit(webhook.schema, []);
  return rows;
}

/** An object schema, through $refs and allOf merges, but not through oneOf/anyOf. */
export function plainObject(schema: Schema | undefined, lookup: SchemaLookup, depth = 0): ObjectSchema | undefined {
  if (!schema || depth > 20) return undefined;
  if (schema.kind === 'ref') return plainObject(lookup(schema.name), lookup, depth + 1);
  if (schema.kind === 'allOf') {
    const parts = schema.parts.map((p) => plainObject(p, lookup, depth + 1)).filter((p): p is ObjectSchema => !!p);
    if (parts.length === 0) return undefined;
    return { kind: 'object', properties: parts.flatMap((p) => p.properties), required: parts.flatMap((p) => p.required) };
  }
  return schema.kind === 'object' ? schema : undefined;
}

/**
 * The fields of the first JSON success response, sorted by name; `data` is unwrapped (an array to its items) when
 * the response has at most three properties and `data` is a plain object with properties (a oneOf stays `object`).
 */
export function responseFields(operation: Operation, lookup: SchemaLookup): TypedField[] {
  const response = ['200', '201', '202']
    .map((status) => operation.responses.find((r) => r.status === status))
    .find((r) => r?.schema && /json/.test(r.contentType ?? ''));
  let shape = plainObject(response?.schema, lookup);
  if (!shape) return [];
  const data = shape.properties.find((p) => p.name === 'data');
  if (data && shape.properties.length <= 3) {
    let inner: Schema | undefined = data.schema;
    while (inner?.kind === 'ref') inner = lookup(inner.name);
    if (inner?.kind === 'array') inner = inner.items;
    const unwrapped = plainObject(inner, lookup);
    if (unwrapped && unwrapped.properties.length > 0) shape = unwrapped;
  }
  return shape.properties
    .map((p) => ({ name: p.name, type: fieldType(p.schema, lookup) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
