// Swagger 2.0 → OpenAPI 3.0.3, in memory, one transform per kind of object (schemas, parameters, responses,
// operations, security). Errors name the place in the 2.0 document. Multi-file specs are bundled before this
// (the bundler files external schemas and parameters under components/, which this reads as 2.0 objects too).

import type { ComponentOrigins } from '../bundle.js';
import type { SourceFile } from '../parse-source.js';
import { extensionsOf, isObject, pick, stringList, swaggerError, type ConversionContext, type JsonObject } from './context.js';
import { convertPaths } from './operations.js';
import { checkParameter, convertParameter } from './parameters.js';
import { convertResponse } from './responses.js';
import { convertSchema, mapValues } from './schemas.js';
import { convertSecurityDefinitions } from './security.js';

export const CONVERTED_VERSION = '3.0.3';

export function convertSwagger2(source: Pick<SourceFile, 'file' | 'text'>, document: JsonObject, origins?: ComponentOrigins): JsonObject {
  const context: ConversionContext = {
    file: source.file,
    text: source.text,
    origins: origins ?? new Map(),
    document,
    consumes: stringList(document.consumes) ?? [],
    produces: stringList(document.produces) ?? ['application/json'],
  };
  if (document.swagger !== '2.0') {
    throw swaggerError(context, ['swagger'], `Swagger ${JSON.stringify(document.swagger)} is not supported: only "2.0", OpenAPI 3.0 and 3.1`);
  }
  if (!isObject(document.paths)) throw swaggerError(context, [], 'the document has no "paths"', 'a Swagger 2.0 document lists its operations under "paths"');
  const out: JsonObject = { openapi: CONVERTED_VERSION, ...pick(document, ['info']) };
  const servers = serversOf(document);
  if (servers.length) out.servers = servers;
  Object.assign(out, pick(document, ['tags', 'externalDocs', 'security']));
  out.paths = convertPaths(context, document.paths);
  const components = convertComponents(context, document);
  if (Object.keys(components).length) out.components = components;
  return { ...out, ...extensionsOf(document) };
}

/** host + basePath, once per scheme; no host gives a relative server (the basePath). */
function serversOf(document: JsonObject): JsonObject[] {
  const basePath = typeof document.basePath === 'string' ? document.basePath.replace(/\/$/, '') : '';
  if (typeof document.host !== 'string') return basePath ? [{ url: basePath }] : [];
  const schemes = stringList(document.schemes) ?? ['https'];
  return schemes.map((scheme) => ({ url: `${scheme}://${document.host}${basePath}` }));
}

function convertComponents(context: ConversionContext, document: JsonObject): JsonObject {
  const bundled = isObject(document.components) ? document.components : {};
  const out: JsonObject = {};
  const schemas = { ...(isObject(document.definitions) ? document.definitions : {}), ...(isObject(bundled.schemas) ? bundled.schemas : {}) };
  if (Object.keys(schemas).length) out.schemas = mapValues(schemas, convertSchema);
  const parameters = reusableParameters(context, document.parameters, ['parameters']);
  Object.assign(parameters, reusableParameters(context, bundled.parameters, ['components', 'parameters']));
  if (Object.keys(parameters).length) out.parameters = parameters;
  const responses = { ...(isObject(document.responses) ? document.responses : {}), ...(isObject(bundled.responses) ? bundled.responses : {}) };
  if (Object.keys(responses).length) out.responses = mapValues(responses, (response) => convertResponse(response, context.produces));
  if (isObject(document.securityDefinitions)) out.securitySchemes = convertSecurityDefinitions(context, document.securityDefinitions);
  return out;
}

/** Body and formData parameters are left out: operations that use them take them into their request body. */
function reusableParameters(context: ConversionContext, section: unknown, path: string[]): JsonObject {
  const out: JsonObject = {};
  if (!isObject(section)) return out;
  for (const name of Object.keys(section)) {
    const parameter = section[name];
    checkParameter(context, parameter, [...path, name]);
    if (parameter.in !== 'body' && parameter.in !== 'formData') out[name] = convertParameter(parameter);
  }
  return out;
}
