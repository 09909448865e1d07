// Response Objects: the schema goes under content, one entry per media type the operation produces.

import { extensionsOf, isObject, type JsonObject } from './context.js';
import { convertRef } from './refs.js';
import { convertSchema, mapValues } from './schemas.js';
import { valueSchema } from './parameters.js';

export function convertResponse(response: unknown, produces: readonly string[]): unknown {
  if (!isObject(response)) return response;
  if (typeof response.$ref === 'string') return { $ref: convertRef(response.$ref) };
  const out: JsonObject = { description: typeof response.description === 'string' ? response.description : '' };
  if (isObject(response.headers)) out.headers = mapValues(response.headers, (header) => convertHeader(header));
  const examples = isObject(response.examples) ? response.examples : {};
  if (response.schema !== undefined) {
    const schema = convertSchema(response.schema);
    const content: JsonObject = {};
    for (const type of produces) content[type] = examples[type] === undefined ? { schema } : { schema, example: examples[type] };
    out.content = content;
  }
  return { ...out, ...extensionsOf(response) };
}

function convertHeader(header: unknown): unknown {
  if (!isObject(header)) return header;
  const out: JsonObject = { schema: valueSchema(header) };
  if (typeof header.description === 'string') out.description = header.description;
  return out;
}
