// The statements of one JavaScript example: the call (positional path parameter, then one params object) and
// what is done with its result (printed, looped over page by page, or nothing for a void response).
import { splitPathParams } from '../../../examples/method.js';
import { describeResponse, type ResponseDescription } from '../../../examples/response.js';
import type { ExampleField, ExampleValue } from '../../../examples/values.js';
import { resolveShape, type SchemaLookup } from '../../../ir/pagination.js';
import type { Schema } from '../../../ir/types.js';
import type { LanguageNamer } from '../../../naming/languages/namer.js';
import { singularName, snakeCase } from '../../../naming/words.js';
import { sortByName } from '../common.js';
import type { OperationSnippetInput } from '../target.js';
import type { JsExpression, JsProperty, JsStatement } from './syntax.js';

/**
 * Objects of this many properties are written one property per line, which prettier keeps (the references
 * break `{ name, type, url }` although it fits, and keep `{ from, to }` on one line).
 */
const EXPANDED_OBJECT_PROPERTIES = 3;

const PAGINATION_COMMENT = 'Automatically fetches more pages as needed.';

/** The example's statements in blocks (a blank line between blocks). */
export function exampleStatements(input: OperationSnippetInput, namer: LanguageNamer): JsStatement[][] {
  const call: JsExpression = {
    type: 'call',
    callee: namer.callChain(input.resourcePath, input.method.name),
    args: callArguments(input, namer),
  };
  const response = describeResponse(input);
  if (!response.hasResponse) return [[{ type: 'expression', expression: { type: 'await', argument: call } }]];
  if (response.page) {
    const item = namer.variable(response.page.itemVariable.join('_'));
    const printed = memberPath(item, rawFieldPath(pageItemSchema(input, response), response.page.printPath, input.lookup));
    const log: JsStatement = { type: 'expression', expression: consoleLog(printed) };
    return [[{ type: 'comment', text: PAGINATION_COMMENT }, { type: 'for-await', name: item, iterable: call, body: [log] }]];
  }
  const variable = namer.variable(response.variable.join('_'));
  const printed = memberPath(variable, rawFieldPath(input.operation.success?.schema, response.printPath, input.lookup));
  return [
    [{ type: 'const', name: variable, init: { type: 'await', argument: call } }],
    [{ type: 'expression', expression: consoleLog(printed) }],
  ];
}

/**
 * The official SDK's call shape: the positional path parameter first, then one params object holding the
 * other path parameters (path order) and the required query, header and body parameters (alphabetical).
 * A body that is not one object schema travels whole as one param (see rawBodyParam).
 */
export function callArguments(input: OperationSnippetInput, namer: LanguageNamer): JsExpression[] {
  const { example, method } = input;
  const { positional, others: pathParams } = splitPathParams(example, method);
  const sorted = sortByName([...example.query, ...example.headers, ...example.body], (f) => f.name);
  const properties: JsProperty[] = [...pathParams, ...sorted].map(property);
  if (example.rawBody) properties.push({ key: rawBodyParam(input, namer), value: jsValue(example.rawBody) });
  const args = positional.map((p) => jsValue(p.value));
  if (properties.length > 0) args.push(objectOf(properties));
  return args;
}

/**
 * The SDK passes an array or scalar body as `body`; a union of objects (e.g. oneOf two credential kinds) becomes
 * a request model named after the call, `<method><Resource>Request` (mobilePushCredentials.create →
 * createMobilePushCredentialRequest).
 */
function rawBodyParam(input: OperationSnippetInput, namer: LanguageNamer): string {
  if (input.example.rawBody?.kind !== 'object') return 'body';
  const resource = input.resourcePath[input.resourcePath.length - 1] ?? '';
  return namer.variable([input.method.name, singularName(resource), 'request'].join('_'));
}

function property(field: ExampleField): JsProperty {
  return { key: field.name, value: jsValue(field.value) };
}

function objectOf(properties: JsProperty[]): JsExpression {
  return { type: 'object', properties, expanded: properties.length >= EXPANDED_OBJECT_PROPERTIES };
}

/** An example value as a JavaScript literal: date-times and dates as ISO strings, object fields alphabetical. */
export function jsValue(value: ExampleValue): JsExpression {
  switch (value.kind) {
    case 'string':
      // A file field takes a stream (or anything toFile accepts); the example reads one from disk.
      if (value.format === 'binary') return { type: 'call', callee: 'fs.createReadStream', args: [{ type: 'string', value: 'path/to/file' }] };
      return { type: 'string', value: value.value };
    case 'datetime':
    case 'date':
      return { type: 'string', value: value.value };
    case 'integer':
    case 'number':
      return { type: 'number', value: value.value };
    case 'boolean':
      return { type: 'boolean', value: value.value };
    case 'null':
      return { type: 'null' };
    case 'array':
      return { type: 'array', elements: value.items.map(jsValue) };
    case 'object':
      return objectOf(sortByName(value.fields, (f) => f.name).map(property));
    case 'json':
      return jsonValue(value.value);
  }
}

/** Free-form JSON, keys in the order the example wrote them. */
function jsonValue(value: unknown): JsExpression {
  if (value === null || value === undefined) return { type: 'null' };
  if (typeof value === 'string') return { type: 'string', value };
  if (typeof value === 'number') return { type: 'number', value };
  if (typeof value === 'boolean') return { type: 'boolean', value };
  if (Array.isArray(value)) return { type: 'array', elements: value.map(jsonValue) };
  return objectOf(Object.entries(value as Record<string, unknown>).map(([key, v]) => ({ key, value: jsonValue(v) })));
}

function consoleLog(printed: string): JsExpression {
  return { type: 'call', callee: 'console.log', args: [{ type: 'name', text: printed }] };
}

function memberPath(variable: string, fields: string[]): string {
  return fields.reduce((path, field) => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(field) ? `${path}.${field}` : `${path}['${field}']`), variable);
}

/** The response describes fields by canonical snake_case name; JavaScript reads the property as the API spells it. */
function rawFieldPath(schema: Schema | undefined, path: string[], lookup: SchemaLookup): string[] {
  const names: string[] = [];
  let current = schema;
  for (const segment of path) {
    const shape = resolveShape(current, lookup);
    const prop = shape?.kind === 'object' ? shape.properties.find((p) => snakeCase(p.name) === segment) : undefined;
    names.push(prop?.name ?? segment);
    current = prop?.schema;
  }
  return names;
}

function pageItemSchema(input: OperationSnippetInput, response: ResponseDescription): Schema | undefined {
  const body = resolveShape(input.operation.success?.schema, input.lookup);
  if (body?.kind === 'array') return body.items;
  if (body?.kind !== 'object') return undefined;
  const items = resolveShape(body.properties.find((p) => p.name === response.page?.itemsField)?.schema, input.lookup);
  return items?.kind === 'array' ? items.items : undefined;
}
