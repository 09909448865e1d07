// Schema Objects: 2.0's are a subset of 3.0's, except file types, x-nullable, the discriminator (a property
// name in 2.0, an object in 3.0) and the ref targets.

import { isObject, type JsonObject } from './context.js';
import { convertRef } from './refs.js';

/** Keys whose values are data, copied as they are. */
const LITERAL_KEYS = new Set(['example', 'default', 'enum', 'x-example']);
/** Keys whose values map names to schemas. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions']);

export function convertSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(convertSchema);
  if (!isObject(schema)) return schema;
  const out: JsonObject = {};
  for (const key of Object.keys(schema)) {
    const value = schema[key];
    if (key === '$ref' && typeof value === 'string') out.$ref = convertRef(value);
    else if (LITERAL_KEYS.has(key) || key.startsWith('x-')) out[key] = value;
    else if (SCHEMA_MAPS.has(key) && isObject(value)) out[key] = mapValues(value, convertSchema);
    else if (key === 'discriminator' && typeof value === 'string') out.discriminator = { propertyName: value };
    else if (key === 'type' && value === 'file') Object.assign(out, { type: 'string', format: 'binary' });
    else out[key] = convertSchema(value);
  }
  if (schema['x-nullable'] === true) out.nullable = true;
  return out;
}

export function mapValues(object: JsonObject, convert: (value: unknown, key: string) => unknown): JsonObject {
  const out: JsonObject = {};
  for (const key of Object.keys(object)) out[key] = convert(object[key], key);
  return out;
}
