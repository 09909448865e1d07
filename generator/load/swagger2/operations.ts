// Path items and operations: parameters split into 3.0 parameters and a request body, responses per media type.

import { extensionsOf, isObject, pick, stringList, swaggerError, type ConversionContext, type JsonObject } from './context.js';
import { checkParameter, convertParameter, valueSchema } from './parameters.js';
import { convertRef, parameterRefName } from './refs.js';
import { convertResponse } from './responses.js';
import { convertSchema, mapValues } from './schemas.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

/** A parameter as written (maybe a $ref) with where it is written and, resolved, what it is. */
interface ParameterSite {
  written: JsonObject;
  resolved: JsonObject;
  path: readonly string[];
}

export function convertPaths(context: ConversionContext, paths: JsonObject): JsonObject {
  return mapValues(paths, (item, route) => convertPathItem(context, item, ['paths', route]));
}

function convertPathItem(context: ConversionContext, item: unknown, path: readonly string[]): unknown {
  if (!isObject(item)) throw swaggerError(context, path, 'a path item must be a mapping of methods');
  if (typeof item.$ref === 'string') return { $ref: item.$ref };
  const shared = parameterSites(context, item.parameters, [...path, 'parameters']);
  const out: JsonObject = {};
  const kept = shared.filter((p) => !isBodyLike(p.resolved));
  if (kept.length) out.parameters = kept.map((p) => convertParameterSite(p));
  for (const key of Object.keys(item)) {
    if (METHODS.includes(key)) out[key] = convertOperation(context, item[key], shared, [...path, key]);
    else if (key.startsWith('x-')) out[key] = item[key];
  }
  return out;
}

function convertOperation(context: ConversionContext, operation: unknown, shared: ParameterSite[], path: readonly string[]): JsonObject {
  if (!isObject(operation)) throw swaggerError(context, path, 'an operation must be a mapping');
  const out = pick(operation, ['tags', 'summary', 'description', 'externalDocs', 'operationId', 'deprecated', 'security']);
  const own = parameterSites(context, operation.parameters, [...path, 'parameters']);
  const ownKeys = new Set(own.map((p) => `${p.resolved.in}\0${p.resolved.name}`));
  const all = [...shared.filter((p) => !ownKeys.has(`${p.resolved.in}\0${p.resolved.name}`)), ...own];
  const parameters = own.filter((p) => !isBodyLike(p.resolved)).map((p) => convertParameterSite(p));
  if (parameters.length) out.parameters = parameters;
  const consumes = stringList(operation.consumes) ?? context.consumes;
  const body = requestBody(context, all.filter((p) => isBodyLike(p.resolved)), consumes, path);
  if (body) out.requestBody = body;
  const produces = stringList(operation.produces) ?? context.produces;
  if (!isObject(operation.responses)) throw swaggerError(context, path, 'the operation has no "responses"', 'Swagger 2.0 requires at least one response');
  out.responses = mapValues(operation.responses, (response, code) => (code.startsWith('x-') ? response : convertResponse(response, produces)));
  return { ...out, ...extensionsOf(operation) };
}

function parameterSites(context: ConversionContext, list: unknown, path: readonly string[]): ParameterSite[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw swaggerError(context, path, '"parameters" must be a list');
  return list.map((written, i) => {
    const at = [...path, String(i)];
    if (isObject(written) && typeof written.$ref === 'string') {
      const resolved = reusableParameter(context, written.$ref);
      if (resolved === undefined) return { written, resolved: { in: 'query', name: written.$ref }, path: at };
      return { written, resolved, path: at };
    }
    checkParameter(context, written, at);
    return { written, resolved: written, path: at };
  });
}

function reusableParameter(context: ConversionContext, ref: string): JsonObject | undefined {
  const name = parameterRefName(ref);
  if (name === undefined) return undefined;
  const { document } = context;
  const components = isObject(document.components) ? document.components : {};
  for (const section of [document.parameters, components.parameters]) {
    if (isObject(section) && isObject(section[name])) return section[name] as JsonObject;
  }
  return undefined;
}

function isBodyLike(parameter: JsonObject): boolean {
  return parameter.in === 'body' || parameter.in === 'formData';
}

function convertParameterSite({ written, resolved }: ParameterSite): JsonObject {
  return typeof written.$ref === 'string' ? { $ref: convertRef(written.$ref) } : convertParameter(resolved);
}

function requestBody(context: ConversionContext, sites: ParameterSite[], consumes: readonly string[], path: readonly string[]): JsonObject | undefined {
  if (sites.length === 0) return undefined;
  const bodies = sites.filter((p) => p.resolved.in === 'body');
  if (bodies.length > 0 && bodies.length !== sites.length) {
    const at = sites.find((p) => p.resolved.in === 'formData')!.path;
    throw swaggerError(context, at, 'an operation cannot have both a body parameter and formData parameters', 'keep one: "in: body" with a schema, or the form fields');
  }
  if (bodies.length > 1) throw swaggerError(context, bodies[1].path, 'an operation can have only one body parameter');
  if (bodies.length === 1) {
    const body = bodies[0].resolved;
    const schema = convertSchema(body.schema);
    const types = consumes.length ? consumes : ['application/json'];
    const out: JsonObject = { content: Object.fromEntries(types.map((type) => [type, { schema }])) };
    if (typeof body.description === 'string') out.description = body.description;
    if (body.required === true) out.required = true;
    return { ...out, 'x-body-name': body.name, ...extensionsOf(body) };
  }
  const properties: JsonObject = {};
  const required: string[] = [];
  for (const { resolved } of sites) {
    const name = resolved.name as string;
    properties[name] = typeof resolved.description === 'string' ? { ...valueSchema(resolved), description: resolved.description } : valueSchema(resolved);
    if (resolved.required === true) required.push(name);
  }
  const schema: JsonObject = { type: 'object', properties, ...(required.length ? { required } : {}) };
  const hasFile = sites.some((p) => p.resolved.type === 'file');
  const formTypes = consumes.filter((type) => FORM_TYPES.includes(type.split(';')[0].trim()));
  const types = formTypes.length ? formTypes : [hasFile ? 'multipart/form-data' : 'application/x-www-form-urlencoded'];
  return { content: Object.fromEntries(types.map((type) => [type, { schema }])), ...(required.length ? { required: true } : {}) };
}
