// The example call a curl snippet sends: the method example, plus the optional query parameters the spec gives
// examples for (a GET shows how to filter), with curl's placeholder for identifiers that have no example.
import { buildMethodExample, type MethodExample } from '../../../examples/method.js';
import { ExampleSynthesizer, type ExampleField } from '../../../examples/values.js';
import { resolveShape } from '../../../ir/pagination.js';
import type { Parameter } from '../../../ir/types.js';
import type { OperationSnippetInput } from '../target.js';

/** The stand-in of a uuid path parameter without an example. */
export const CURL_UUID = '550e8400-e29b-41d4-a716-446655440000';

export function curlExample(input: OperationSnippetInput): MethodExample {
  const example = buildMethodExample(input.operation, input.lookup, undefined, { names: 'placeholder' });
  const synth = new ExampleSynthesizer(input.lookup, 'placeholder');
  const params = new Map(input.operation.parameters.map((p) => [`${p.in} ${p.name}`, p]));
  const pathParams = example.pathParams.map((field) => {
    const param = params.get(`path ${field.name}`);
    if (param && !hasExample(param) && field.value.kind === 'string' && field.value.format === 'uuid') {
      return { ...field, value: { ...field.value, value: CURL_UUID } };
    }
    return field;
  });
  const extraQuery = input.operation.parameters
    .filter((p) => p.in === 'query' && !p.required && (hasExample(p) || hasRequiredProperties(p, input)))
    .map((p) => ({
      name: p.name,
      value: p.hasExample ? synth.fromJson(p.example, p.schema, p.name) : synth.value(p.schema, p.name),
      schema: p.schema,
      required: false,
    }));
  // curl sends `Accept: */*`; an operation that declares its Accept header takes one of the values it lists.
  const accept = input.operation.parameters
    .filter((p) => p.in === 'header' && !p.required && p.name.toLowerCase() === 'accept')
    .map((p) => ({ name: p.name, value: synth.value(p.schema, p.name), schema: p.schema, required: false }));
  const out: MethodExample = { ...example, pathParams, query: [...example.query, ...extraQuery], headers: [...example.headers, ...accept] };
  // A wildcard media type (`*/*`) takes the JSON the schema describes.
  if (example.bodyContentType && /^\*\/\*$|^application\/\*$/.test(example.bodyContentType)) out.bodyContentType = 'application/json';
  out.body = bodyFields(input, out, synth);
  return out;
}

/** An optional object parameter (a deepObject filter) whose own properties are required: servers expect it. */
function hasRequiredProperties(p: Parameter, input: OperationSnippetInput): boolean {
  const shape = resolveShape(p.schema, input.lookup);
  return shape?.kind === 'object' && shape.required.length > 0;
}

/**
 * A JSON body sends its required properties, each with its own example (not the whole object's: curl shows the
 * spec's field examples); a multipart body with no required field sends all of its properties (the files).
 */
function bodyFields(input: OperationSnippetInput, example: MethodExample, synth: ExampleSynthesizer): ExampleField[] {
  const body = input.operation.requestBody;
  const shape = body ? resolveShape(body.schema, input.lookup) : undefined;
  if (!body || shape?.kind !== 'object' || example.rawBody !== undefined) return example.body;
  const contentType = example.bodyContentType ?? body.contentType;
  const required = shape.properties.filter((p) => shape.required.includes(p.name) && !p.schema.readOnly);
  const chosen = /^multipart\//i.test(contentType) && required.length === 0 ? shape.properties.filter((p) => !p.schema.readOnly) : required;
  if (/json/i.test(contentType) || /^multipart\//i.test(contentType)) {
    return chosen.map((p) => ({ name: p.name, value: synth.value(p.schema, p.name), schema: p.schema, required: true }));
  }
  return example.body;
}

function hasExample(p: Parameter): boolean {
  return (p.hasExample ?? false) || (p.schema.hasExample ?? false);
}
