// The payload fields of a webhook: its JSON body flattened to dotted paths, with types and first sentences.
import type { SchemaLookup } from '../../../ir/pagination.js';
import type { Schema, Webhook } from '../../../ir/types.js';
import { objectShape } from './fields.js';
import { firstSentence } from './description.js';
import { typeString } from './type-string.js';

export interface PayloadField {
  /** e.g. "data.payload.fax_id" */
  path: string;
  type: string;
  /** The first sentence of the field's description ("" when none). */
  description: string;
}

/**
 * Leaves down to `maxDepth` segments: an object with properties is descended into (and dropped at the last level),
 * anything else (an object without properties included) is a row. Rows follow the schema's property order.
 */
export function webhookPayloadFields(webhook: Webhook, lookup: SchemaLookup, maxDepth = 3): PayloadField[] {
  const rows: PayloadField[] = [];
  const visit = (schema: Schema, prefix: string[]) => {
    const shape = objectShape(schema, lookup);
    if (!shape) return;
    for (const prop of shape.properties) {
      const path = [...prefix, prop.name];
      const child = objectShape(prop.schema, lookup);
      if (child && child.properties.length > 0) {
        if (path.length < maxDepth) visit(prop.schema, path);
        continue;
      }
      rows.push({ path: path.join('.'), type: typeString(prop.schema, lookup), description: firstSentence(describe(prop.schema, lookup)) });
    }
  };
  if (webhook.schema) visit(webhook.schema, []);
  return rows;
}

function describe(schema: Schema, lookup: SchemaLookup, depth = 0): string {
  if (schema.description !== undefined || depth > 10) return schema.description ?? '';
  if (schema.kind === 'ref') {
    const target = lookup(schema.name);
    return target ? describe(target, lookup, depth + 1) : '';
  }
  return '';
}
