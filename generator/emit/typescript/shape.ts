// What one SDK method looks like, decided from the IR alone: its arguments, how the request is encoded and what
// it returns. Names are given later (plan.ts); this module only classifies.
import { isPaginated } from '../../examples/response.js';
import { resolveShape, type SchemaLookup } from '../../ir/pagination.js';
import type { Method, ObjectSchema, Operation, Parameter, Pagination, Schema } from '../../ir/types.js';
import type { LanguageNamer } from '../../naming/languages/namer.js';
import { singularName } from '../../naming/words.js';
import { flattenObject, hasRequiredField, isObjectLike } from './types.js';

export type BodyShape =
  /** An object body whose properties become fields of the params type. */
  | { mode: 'fields'; object: ObjectSchema; schema: Schema }
  /** A body that is always an object but not one flat object (a union of objects): params = fields & body. */
  | { mode: 'merged'; schema: Schema; required: boolean }
  /**
   * Anything else (an array, a string, raw bytes, a union of objects): one field of the params holds it whole,
   * `body`, or for a union of objects a request model named after the call as the official SDK names it
   * (mobilePushCredentials.create → createMobilePushCredentialRequest).
   */
  | { mode: 'whole'; schema: Schema; required: boolean; field: string };

export type BodyEncoding = 'json' | 'multipart' | 'form' | 'raw';

export type ResponseShape =
  | { kind: 'void' }
  /** `events`: the response may also be Server-Sent Events (a body flag such as `stream: true` asks for them). */
  | { kind: 'json'; schema: Schema | undefined; events?: { event: Schema | undefined } }
  /** Server-Sent Events only: the method returns a Stream of `event`. */
  | { kind: 'stream'; event: Schema | undefined }
  | { kind: 'text'; contentType: string }
  | { kind: 'binary'; contentType: string };

export interface PageShape {
  config: Pagination;
  /** The schema of one item. */
  item: Schema;
}

export interface MethodShape {
  method: Method;
  operation: Operation;
  resourcePath: string[];
  /** Path parameters passed positionally (the last one, as the official SDKs do), in path order. */
  positional: Parameter[];
  /** The other path parameters, inside params, in path order. */
  pathParams: Parameter[];
  query: Parameter[];
  headers: Parameter[];
  body?: BodyShape;
  encoding: BodyEncoding;
  /** The content type a raw body is sent with. */
  contentType?: string;
  /** Whether the method takes a params argument at all, and whether it may be left out. */
  hasParams: boolean;
  paramsRequired: boolean;
  /** `query` when params only hold query fields, `body` when only body fields, else `params`. */
  argument: 'params' | 'query' | 'body';
  /** Body fields the SDK calls by another name (naming config `params`): wire name → params field. */
  bodyRenames: Map<string, string>;
  response: ResponseShape;
  page?: PageShape;
}

const PAGE_WORDS = ['page', 'page[number]', 'pagenumber', 'page_number'];
const SIZE_WORDS = ['pagesize', 'page_size', 'page[size]', 'per_page', 'limit'];

export function methodShape(method: Method, operation: Operation, resourcePath: string[], lookup: SchemaLookup, namer: LanguageNamer): MethodShape {
  const pathOrder = [...operation.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  const declared = new Map(operation.parameters.filter((p) => p.in === 'path').map((p) => [p.name, p]));
  const allPath = pathOrder.map(
    (name): Parameter => declared.get(name) ?? { name, in: 'path', required: true, schema: { kind: 'string' } },
  );
  const positionalNames = method.positionalParams ?? pathOrder.slice(-1);
  const positional = allPath.filter((p) => positionalNames.includes(p.name));
  const pathParams = allPath.filter((p) => !positionalNames.includes(p.name));
  const page = pageShape(method, operation, lookup);
  const query = expandPageParams(
    operation.parameters.filter((p) => p.in === 'query'),
    page?.config,
    lookup,
  );
  const headers = operation.parameters.filter((p) => p.in === 'header');
  const wrapper = namer.variable([method.name, singularName(resourcePath[resourcePath.length - 1] ?? ''), 'request'].join('_'));
  const { body, encoding, contentType } = bodyShape(operation, lookup, method.bodyParam ?? wrapper, method.bodyParam !== undefined);
  const bodyRenames = new Map(
    body?.mode === 'fields'
      ? Object.entries(method.paramNames ?? {}).filter(([wire]) => body.object.properties.some((p) => p.name === wire))
      : [],
  );

  const fieldCount = pathParams.length + query.length + headers.length + (body ? 1 : 0);
  const hasParams = fieldCount > 0;
  const paramsRequired =
    pathParams.length > 0 ||
    query.some((p) => p.required) ||
    headers.some((p) => p.required) ||
    (body !== undefined && bodyRequired(body, lookup));
  let argument: MethodShape['argument'] = 'params';
  if (pathParams.length === 0 && headers.length === 0) {
    if (!body && query.length > 0) argument = 'query';
    else if (body && body.mode !== 'whole' && query.length === 0 && bodyRenames.size === 0) argument = 'body';
  }
  const shape: MethodShape = {
    method,
    operation,
    resourcePath,
    positional,
    pathParams,
    query,
    headers,
    encoding,
    hasParams,
    paramsRequired,
    argument,
    bodyRenames,
    response: responseShape(operation),
  };
  if (body) shape.body = body;
  if (contentType) shape.contentType = contentType;
  if (page) shape.page = page;
  return shape;
}

function bodyRequired(body: BodyShape, lookup: SchemaLookup): boolean {
  if (body.mode === 'fields') return body.object.properties.some((p) => p.required && !p.schema.readOnly);
  if (body.mode === 'merged') return body.required && hasRequiredField(body.schema, lookup, true);
  return body.required;
}

function bodyShape(
  operation: Operation,
  lookup: SchemaLookup,
  wrapper: string,
  wrapAlways: boolean,
): { body?: BodyShape; encoding: BodyEncoding; contentType?: string } {
  const request = operation.requestBody;
  if (!request) return { encoding: 'json' };
  const type = request.contentType.toLowerCase();
  const encoding: BodyEncoding = type.startsWith('multipart/')
    ? 'multipart'
    : type === 'application/x-www-form-urlencoded'
      ? 'form'
      : isJsonType(type) || type === '*/*'
        ? 'json'
        : 'raw';
  if (encoding === 'raw') {
    return { body: { mode: 'whole', schema: request.schema, required: request.required, field: 'body' }, encoding, contentType: request.contentType };
  }
  // The config can make the SDK take the body whole under one named parameter (naming `bodyParam`).
  if (wrapAlways) return { body: { mode: 'whole', schema: request.schema, required: request.required, field: wrapper }, encoding };
  const object = flattenObject(request.schema, lookup);
  if (object) return { body: { mode: 'fields', object, schema: request.schema }, encoding };
  const resolved = resolveShape(request.schema, lookup);
  if (resolved?.kind === 'union' && isObjectLike(resolved, lookup)) {
    return { body: { mode: 'whole', schema: request.schema, required: request.required, field: wrapper }, encoding };
  }
  if (isObjectLike(request.schema, lookup)) return { body: { mode: 'merged', schema: request.schema, required: request.required }, encoding };
  return { body: { mode: 'whole', schema: request.schema, required: request.required, field: 'body' }, encoding };
}

export function isJsonType(type: string | undefined): boolean {
  if (!type) return false;
  const t = type.toLowerCase().split(';')[0].trim();
  return t === 'application/json' || t.endsWith('+json') || t === '*/*' || t === '*';
}

export function responseShape(operation: Operation): ResponseShape {
  const success = operation.success;
  if (!success || success.status === '204' || success.status === '205') return { kind: 'void' };
  const type = success.contentType?.toLowerCase().split(';')[0].trim();
  if (!type) return success.schema ? { kind: 'json', schema: success.schema } : { kind: 'void' };
  if (type === 'text/event-stream') return { kind: 'stream', event: success.eventStream?.schema };
  if (isJsonType(type) && success.eventStream) return { kind: 'json', schema: success.schema, events: { event: success.eventStream.schema } };
  if (success.schema?.kind === 'string' && success.schema.format === 'binary') return { kind: 'binary', contentType: success.contentType! };
  if (isJsonType(type)) return { kind: 'json', schema: success.schema };
  if (type.startsWith('text/') || type === 'application/xml' || type.endsWith('+xml')) return { kind: 'text', contentType: success.contentType! };
  return { kind: 'binary', contentType: success.contentType! };
}

/**
 * Whether the method returns pages and how they are walked. The rule the docs use (examples/response.ts):
 * api.md's page class says yes, an api.md return type that is not a page says no, else the IR's detection.
 * A page class without a detected config falls back to the one array of the body and Page/PageSize-like params.
 */
function pageShape(method: Method, operation: Operation, lookup: SchemaLookup): PageShape | undefined {
  if (!isPaginated(operation, method)) return undefined;
  const config = operation.pagination ?? fallbackPagination(operation, lookup);
  if (!config) return undefined;
  const body = resolveShape(operation.success?.schema, lookup);
  if (config.kind === 'top-level-array') return body?.kind === 'array' ? { config, item: body.items } : undefined;
  if (body?.kind !== 'object') return undefined;
  const field = body.properties.find((p) => p.name === config.itemsField);
  const items = resolveShape(field?.schema, lookup);
  return items?.kind === 'array' ? { config, item: items.items } : undefined;
}

function fallbackPagination(operation: Operation, lookup: SchemaLookup): Pagination | undefined {
  const body = resolveShape(operation.success?.schema, lookup);
  if (body?.kind === 'array') return { kind: 'top-level-array' };
  if (body?.kind !== 'object') return undefined;
  const arrays = body.properties.filter((p) => resolveShape(p.schema, lookup)?.kind === 'array');
  if (arrays.length !== 1) return undefined;
  const names = operation.parameters.filter((p) => p.in === 'query').map((p) => p.name);
  const pageParam = names.find((n) => PAGE_WORDS.includes(n.toLowerCase()));
  if (!pageParam) return undefined;
  const sizeParam = names.find((n) => SIZE_WORDS.includes(n.toLowerCase()));
  const config: Pagination = { kind: 'page-number', itemsField: arrays[0].name, pageParam };
  if (sizeParam) config.sizeParam = sizeParam;
  return config;
}

/**
 * A deepObject `page` parameter of a paginated method becomes flat `page[number]`, `page[size]` fields, as the
 * official SDK writes its page params; the runtime reads and advances either spelling.
 */
function expandPageParams(query: Parameter[], config: Pagination | undefined, lookup: SchemaLookup): Parameter[] {
  if (!config || config.kind === 'top-level-array') return query;
  const wanted = config.kind === 'cursor' ? [config.cursorParam] : [config.pageParam, config.sizeParam ?? ''];
  const prefixes = new Set(wanted.map((n) => /^([^[\]]+)\[/.exec(n)?.[1]).filter((n): n is string => !!n));
  return query.flatMap((p) => {
    if (!prefixes.has(p.name)) return [p];
    const shape = resolveShape(p.schema, lookup);
    if (shape?.kind !== 'object' || shape.properties.length === 0) return [p];
    return shape.properties.map(
      (prop): Parameter => ({
        name: `${p.name}[${prop.name}]`,
        in: 'query',
        required: p.required && prop.required,
        schema: prop.schema,
        ...(prop.schema.description !== undefined && { description: prop.schema.description }),
      }),
    );
  });
}
