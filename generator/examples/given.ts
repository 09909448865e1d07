// A method example with some arguments given (e.g. a README's example request): each given value replaces the
// synthesized one of the path parameter, query or header parameter or body field of that name, or is added.

import { resolveShape, type SchemaLookup } from '../ir/pagination.js';
import type { Operation } from '../ir/types.js';
import type { MethodExample } from './method.js';
import { ExampleSynthesizer, type ExampleField } from './values.js';

export function withGivenValues(example: MethodExample, operation: Operation, lookup: SchemaLookup, given: Record<string, unknown>): MethodExample {
  const synth = new ExampleSynthesizer(lookup);
  const out: MethodExample = { ...example, pathParams: [...example.pathParams], query: [...example.query], headers: [...example.headers], body: [...example.body] };
  const body = resolveShape(operation.requestBody?.schema, lookup);
  for (const [name, value] of Object.entries(given)) {
    const parameter = operation.parameters.find((p) => p.name === name);
    if (parameter?.in === 'path' || parameter?.in === 'query' || parameter?.in === 'header') {
      const list = parameter.in === 'path' ? out.pathParams : parameter.in === 'query' ? out.query : out.headers;
      put(list, { name, value: synth.fromJson(value, parameter.schema, name), schema: parameter.schema, required: parameter.required });
      continue;
    }
    const property = body?.kind === 'object' ? body.properties.find((p) => p.name === name) : undefined;
    if (property) put(out.body, { name, value: synth.fromJson(value, property.schema, name), schema: property.schema, required: property.required });
  }
  return out;
}

function put(list: ExampleField[], field: ExampleField): void {
  const at = list.findIndex((f) => f.name === field.name);
  if (at >= 0) list[at] = { ...list[at], value: field.value };
  else list.push(field);
}
