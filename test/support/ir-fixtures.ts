// Small hand-written IR pieces for the unit tests of the snippet targets and the example rules.
import type { SdkInfo } from '../../generator/emit/snippets/target.js';
import type { IR, Operation, Parameter, Schema } from '../../generator/ir/types.js';

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
