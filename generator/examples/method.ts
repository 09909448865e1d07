// The example call of one operation: which arguments a snippet passes, with their values.
import { resolveShape, type SchemaLookup } from '../ir/pagination.js';
import type { Method, Operation, Parameter, Schema } from '../ir/types.js';
import { ExampleSynthesizer, type ExampleField, type ExampleValue, type NameValueStyle } from './values.js';

export interface MethodExample {
  /** Every path parameter, in path order. */
  pathParams: ExampleField[];
  /** Required query parameters, in document order. */
  query: ExampleField[];
  /** Required header parameters, in document order. */
  headers: ExampleField[];
  /**
   * Required top-level body properties, in document order (empty for a non-object body); all the properties of
   * the request's own example when the spec gives one.
   */
  body: ExampleField[];
  /** A required body that is not an object (an array, a string…), passed whole. */
  rawBody?: ExampleValue;
  bodyContentType?: string;
}

/**
 * The example call of an operation; with its SDK `method`, the method's parameter renames and body wrapping
 * (naming config `params` / `bodyParam`) apply, so every language passes the names the SDK takes.
 */
export function buildMethodExample(
  operation: Operation,
  lookup: SchemaLookup,
  method?: Method,
  options: { names?: NameValueStyle } = {},
): MethodExample {
  const synth = new ExampleSynthesizer(lookup, options.names);
  const field = (p: Parameter): ExampleField => ({
    name: p.name,
    value: p.hasExample ? synth.fromJson(p.example, p.schema, p.name) : synth.value(p.schema, p.name),
    schema: p.schema,
    required: p.required,
  });
  const pathOrder = [...operation.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  const pathParams = operation.parameters
    .filter((p) => p.in === 'path')
    .sort((a, b) => pathOrder.indexOf(a.name) - pathOrder.indexOf(b.name))
    .map(field);
  const example: MethodExample = {
    pathParams,
    query: operation.parameters.filter((p) => p.in === 'query' && p.required).map(field),
    headers: operation.parameters.filter((p) => p.in === 'header' && p.required).map(field),
    body: [],
  };
  const body = operation.requestBody;
  if (body) {
    example.bodyContentType = body.contentType;
    const shape = resolveShape(body.schema, lookup);
    if (shape?.kind === 'object' && isPlainObject(body.example)) {
      // An example written for the request as a whole shows a complete call: all of its fields are passed.
      const whole = synth.fromJson(body.example, body.schema, 'body');
      if (whole.kind === 'object') example.body = whole.fields;
    } else if (shape?.kind === 'object') {
      example.body = synth.requiredFields(body.schema);
      // A form with no field is no body at all: a required one carries the fields of its schema's example (or its
      // first property), where a JSON body would be sent as {}.
      if (body.required && !example.body.length && isFormEncoding(body.contentType)) example.body = synth.someFields(body.schema);
    } else if (body.required && shape) example.rawBody = synth.value(body.schema as Schema, 'body');
    if (method?.bodyParam) {
      const value: ExampleValue = example.rawBody ?? { kind: 'object', fields: example.body };
      example.body = [{ name: method.bodyParam, value, schema: body.schema, required: true }];
      delete example.rawBody;
    }
  }
  const renames = method?.paramNames;
  if (renames) {
    const rename = (f: ExampleField): ExampleField => (Object.hasOwn(renames, f.name) ? { ...f, name: renames[f.name]! } : f);
    example.body = example.body.map(rename);
  }
  return example;
}

/**
 * The path parameters a call passes positionally (the method's own, else the last one) and the others, each in
 * path order.
 */
export function splitPathParams(example: MethodExample, method: Method): { positional: ExampleField[]; others: ExampleField[] } {
  const names = method.positionalParams ?? example.pathParams.slice(-1).map((p) => p.name);
  return {
    positional: example.pathParams.filter((p) => names.includes(p.name)),
    others: example.pathParams.filter((p) => !names.includes(p.name)),
  };
}

/** Form encodings, where an object without fields goes over the wire as an empty body. */
function isFormEncoding(contentType: string): boolean {
  return /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(contentType);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
