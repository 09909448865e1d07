// Parameter Objects. A query/header/path parameter keeps its place with its type keys moved into a schema; body
// and formData parameters are not parameters in 3.0: they make the operation's request body (operations.ts).

import { swaggerError, extensionsOf, isObject, pick, type ConversionContext, type JsonObject } from './context.js';
import { convertSchema } from './schemas.js';

export const PARAMETER_PLACES = ['query', 'header', 'path', 'formData', 'body'] as const;

/** The keys of a non-body parameter (and of its items) that describe its value. */
const SCHEMA_KEYS = [
  'type', 'format', 'default', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum', 'maxLength',
  'minLength', 'pattern', 'maxItems', 'minItems', 'uniqueItems', 'enum', 'multipleOf',
];

/** A parameter's value as a 3.0 schema (also used for formData fields and response headers). */
export function valueSchema(parameter: JsonObject): JsonObject {
  const schema = pick(parameter, SCHEMA_KEYS);
  if (schema.type === 'file') Object.assign(schema, { type: 'string', format: 'binary' });
  if (isObject(parameter.items)) schema.items = isObject(parameter.items) && typeof parameter.items.$ref === 'string'
    ? convertSchema(parameter.items)
    : valueSchema(parameter.items);
  if (parameter['x-nullable'] === true) schema.nullable = true;
  for (const key of Object.keys(parameter)) if (key.startsWith('x-') && key !== 'x-example') schema[key] ??= parameter[key];
  return schema;
}

/** How a 2.0 collectionFormat is written in 3.0 (tsv has no equivalent and is kept as an extension). */
function serialization(parameter: JsonObject): JsonObject {
  const format = parameter.collectionFormat;
  if (parameter.type !== 'array' || format === undefined) return {};
  const form = parameter.in === 'query';
  switch (format) {
    case 'csv': return form ? { style: 'form', explode: false } : { style: 'simple' };
    case 'multi': return { style: 'form', explode: true };
    case 'ssv': return { style: 'spaceDelimited', explode: false };
    case 'pipes': return { style: 'pipeDelimited', explode: false };
    default: return { 'x-collectionFormat': format };
  }
}

/** Checks what every parameter needs and says where it is wrong. */
export function checkParameter(context: ConversionContext, parameter: unknown, path: readonly string[]): asserts parameter is JsonObject {
  if (!isObject(parameter)) throw swaggerError(context, path, 'a parameter must be a mapping (name, in, type…)');
  if (typeof parameter.name !== 'string') throw swaggerError(context, path, 'the parameter has no "name"', 'every Swagger 2.0 parameter needs a name and an "in"');
  if (!(PARAMETER_PLACES as readonly unknown[]).includes(parameter.in)) {
    throw swaggerError(context, [...path, 'in'], `parameter "${parameter.name}": "in" is ${JSON.stringify(parameter.in)}, not one of ${PARAMETER_PLACES.join(', ')}`);
  }
  if (parameter.in === 'body' && !isObject(parameter.schema)) {
    throw swaggerError(context, path, `body parameter "${parameter.name}" has no "schema"`, 'a body parameter describes its value with "schema", not "type"');
  }
}

export function convertParameter(parameter: JsonObject): JsonObject {
  const out: JsonObject = pick(parameter, ['name', 'in', 'description', 'required', 'allowEmptyValue']);
  if (parameter.in === 'path') out.required = true;
  Object.assign(out, serialization(parameter));
  out.schema = valueSchema(parameter);
  if (parameter['x-example'] !== undefined) out.example = parameter['x-example'];
  return { ...out, ...extensionsOf(parameter) };
}
