// Small hand-written IR pieces for the unit tests of the snippet targets and the example rules.
import type { OperationSnippetInput, SdkInfo, SnippetStyle } from '../../generator/emit/snippets/target.js';
import { buildMethodExample, type MethodExample } from '../../generator/examples/method.js';
import type { SchemaLookup } from '../../generator/ir/pagination.js';
import type { IR, Method, Operation, Parameter, Resource, Schema } from '../../generator/ir/types.js';

/** An invented SDK with every language's coordinates. */
export const ACME_SDK: SdkInfo = {
  name: 'Acme',
  apiKeyEnv: 'ACME_API_KEY',
  packageName: 'acme-sdk',
  goModule: 'example.com/acme-go',
  javaPackage: 'com.acme.api',
  javaRepository: 'https://example.com/acme-java',
};

export const str: Schema = { kind: 'string' };

export function emptyIR(): IR {
  return { api: { title: 'Acme', version: '1', openapi: '3.1.0' }, servers: [], auth: [], schemas: [], operations: [], resources: [], webhooks: [], tags: [] };
}

export function pathParam(name: string): Parameter {
  return { name, in: 'path', required: true, schema: str };
}

export function queryParam(name: string, required: boolean, schema: Schema = str): Parameter {
  return { name, in: 'query', required, schema };
}

export function operation(method: Operation['method'], path: string, extra: Partial<Operation> = {}): Operation {
  return { key: `${method} ${path}`, method, path, deprecated: false, tags: [], parameters: [], responses: [], security: [], extensions: {}, ...extra };
}

export function jsonBody(schema: Schema, contentType = 'application/json'): Operation['requestBody'] {
  return { contentType, contentTypes: [contentType], required: true, schema };
}

/** The success response (and only response) of an operation; none of a schema for an empty body. */
export function ok(schema?: Schema, status = '200'): Pick<Operation, 'success' | 'responses'> {
  const response = schema ? { status, contentType: 'application/json', schema } : { status };
  return { success: response, responses: [response] };
}

export function object(properties: Record<string, Schema>, required: string[] = [], extra: Partial<Schema> = {}): Schema {
  return { kind: 'object', properties: Object.entries(properties).map(([name, schema]) => ({ name, schema, required: required.includes(name) })), required, ...extra } as Schema;
}

/**
 * A target's input for `op` in an API of one resource with one method: the named schemas, and `others` further
 * operations (they make schemas shared). `exampleOf` defaults to the method-aware example.
 */
export function oneMethodInput(options: {
  op: Operation;
  method: Method;
  resourcePath: string[];
  schemas: Record<string, Schema>;
  sdk: SdkInfo;
  style?: SnippetStyle;
  others?: Operation[];
  exampleOf?: (op: Operation, lookup: SchemaLookup, method: Method) => MethodExample;
}): OperationSnippetInput {
  const { op, method, resourcePath, schemas, sdk } = options;
  const lookup: SchemaLookup = (name) => schemas[name];
  const resource: Resource = { name: resourcePath.at(-1)!, path: resourcePath, methods: [method], subresources: [] };
  const ir: IR = {
    api: { title: 'Acme', version: '1', openapi: '3.1.0' },
    servers: [],
    auth: [],
    schemas: Object.entries(schemas).map(([name, schema]) => ({ name, schema })),
    operations: [op, ...(options.others ?? [])],
    resources: [resource],
    webhooks: [],
    tags: [],
  };
  const example = (options.exampleOf ?? buildMethodExample)(op, lookup, method);
  return { ir, lookup, operation: op, method, resourcePath, example, sdk, style: options.style ?? 'v2' };
}
