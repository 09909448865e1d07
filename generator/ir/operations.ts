// Paths → IR operations: parameters, request bodies, responses.
import { componentName, escapePointerSegment, resolveRef } from './refs.js';
import { convertSchema, type SchemaContext } from './schemas.js';
import { convertServers } from './servers.js';
import type { HttpMethod, Operation, Parameter, ParameterLocation, RequestBody, Response, SecurityRequirement } from './types.js';

type Raw = Record<string, any>;

export const HTTP_METHODS: readonly HttpMethod[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export function convertOperations(ctx: SchemaContext, globalSecurity: SecurityRequirement[]): Operation[] {
  const operations: Operation[] = [];
  const paths = (ctx.document.paths ?? {}) as Raw;
  for (const [path, rawItem] of Object.entries(paths)) {
    const itemSite = `#/paths/${escapePointerSegment(path)}`;
    const item = follow(ctx, rawItem, itemSite) as Raw;
    if (!item || typeof item !== 'object') continue;
    for (const [method, rawOp] of Object.entries(item)) {
      if (!HTTP_METHODS.includes(method as HttpMethod) || !rawOp || typeof rawOp !== 'object') continue;
      operations.push(convertOperation(ctx, path, method as HttpMethod, item, rawOp as Raw, globalSecurity));
    }
  }
  return operations;
}

function convertOperation(
  ctx: SchemaContext,
  path: string,
  method: HttpMethod,
  item: Raw,
  op: Raw,
  globalSecurity: SecurityRequirement[],
): Operation {
  const security = Array.isArray(op.security) ? securityRequirements(op.security) : globalSecurity;
  const site = `#/paths/${escapePointerSegment(path)}/${method}`;
  const operation: Operation = {
    key: `${method} ${path}`,
    method,
    path,
    deprecated: op.deprecated === true,
    tags: Array.isArray(op.tags) ? op.tags.filter((t: unknown) => typeof t === 'string') : [],
    parameters: mergeParameters(ctx, item.parameters, op.parameters, site),
    responses: convertResponses(ctx, op.responses, site),
    security: [...new Set(security.flatMap((alternative) => alternative.map((s) => s.scheme)))],
    securityRequirements: security,
    extensions: Object.fromEntries(Object.entries(op).filter(([k]) => k.startsWith('x-'))),
  };
  if (typeof op.operationId === 'string') operation.operationId = op.operationId;
  if (typeof op.summary === 'string') operation.summary = op.summary;
  if (typeof op.description === 'string') operation.description = op.description;
  if (op.requestBody) operation.requestBody = convertRequestBody(ctx, op.requestBody, `${site}/requestBody`);
  const servers = convertServers(op.servers ?? item.servers);
  if (servers.length) operation.servers = servers;
  const success = operation.responses.find((r) => /^2/.test(r.status));
  if (success) operation.success = success;
  return operation;
}

/** A `security` array as written: alternatives of schemes used together (entries that are not objects skipped). */
export function securityRequirements(requirements: unknown[]): SecurityRequirement[] {
  return requirements
    .filter((requirement): requirement is Raw => !!requirement && typeof requirement === 'object' && !Array.isArray(requirement))
    .map((requirement) =>
      Object.entries(requirement).map(([scheme, scopes]) => ({
        scheme,
        scopes: Array.isArray(scopes) ? scopes.filter((s): s is string => typeof s === 'string') : [],
      })),
    );
}

/** Follows refs to anything (parameters, requestBodies, responses, path items) until a plain object. */
function follow(ctx: SchemaContext, node: unknown, site: string): unknown {
  let current = node;
  const seen = new Set<string>();
  while (current && typeof current === 'object' && typeof (current as Raw).$ref === 'string') {
    const ref = (current as Raw).$ref as string;
    if (seen.has(ref)) return undefined;
    seen.add(ref);
    current = resolveRef(ctx.document, ref, site);
  }
  return current;
}

function mergeParameters(ctx: SchemaContext, pathLevel: unknown, opLevel: unknown, site: string): Parameter[] {
  const merged = new Map<string, Parameter>();
  const add = (list: unknown, listSite: string) => {
    if (!Array.isArray(list)) return;
    list.forEach((raw, i) => {
      const parameter = convertParameter(ctx, raw, `${listSite}/${i}`);
      if (parameter) merged.set(`${parameter.in}:${parameter.name}`, parameter);
    });
  };
  add(pathLevel, site.replace(/\/[a-z]+$/, '/parameters'));
  add(opLevel, `${site}/parameters`);
  return [...merged.values()];
}

function convertParameter(ctx: SchemaContext, raw: unknown, site: string): Parameter | undefined {
  const node = follow(ctx, raw, site) as Raw | undefined;
  if (!node || typeof node.name !== 'string' || typeof node.in !== 'string') return undefined;
  const schemaSource =
    node.schema ?? (node.content ? (Object.values(node.content as Raw)[0] as Raw | undefined)?.schema : undefined);
  const parameter: Parameter = {
    name: node.name,
    in: node.in as ParameterLocation,
    required: node.in === 'path' ? true : node.required === true,
    schema: convertSchema(schemaSource, ctx, `${site}/schema`),
  };
  if (typeof node.description === 'string') parameter.description = node.description;
  if (node.deprecated === true) parameter.deprecated = true;
  if (typeof node.style === 'string') parameter.style = node.style;
  if (typeof node.explode === 'boolean') parameter.explode = node.explode;
  if ('example' in node) {
    parameter.example = node.example;
    parameter.hasExample = true;
  }
  return parameter;
}

/** application/json first, then any +json type, then the first one written. */
export function preferredContentType(types: string[]): string | undefined {
  return (
    types.find((t) => t === 'application/json') ??
    types.find((t) => /^application\/[^;]*\+json/.test(t) || t.startsWith('application/json')) ??
    types[0]
  );
}

function convertRequestBody(ctx: SchemaContext, raw: Raw, site: string): RequestBody | undefined {
  const ref = typeof raw.$ref === 'string' ? (raw.$ref as string) : undefined;
  const node = follow(ctx, raw, site) as Raw | undefined;
  if (!node) return undefined;
  const content = (node.content ?? {}) as Raw;
  const contentTypes = Object.keys(content);
  const contentType = preferredContentType(contentTypes);
  if (!contentType) return undefined;
  const schemaSite = `${ref ?? site}/content/${escapePointerSegment(contentType)}/schema`;
  const body: RequestBody = {
    contentType,
    contentTypes,
    required: node.required === true,
    schema: convertSchema(content[contentType]?.schema, ctx, schemaSite),
  };
  const name = ref ? componentName(ref, 'requestBodies') : undefined;
  if (name) body.componentName = name;
  if (typeof node.description === 'string') body.description = node.description;
  const media = (content[contentType] ?? {}) as Raw;
  if ('example' in media) {
    body.example = media.example;
    body.hasExample = true;
  } else if (media.examples && typeof media.examples === 'object') {
    const first = Object.values(media.examples as Raw)[0];
    const resolved = follow(ctx, first, `${schemaSite.replace(/\/schema$/, '')}/examples`) as Raw | undefined;
    if (resolved && 'value' in resolved) {
      body.example = resolved.value;
      body.hasExample = true;
    }
  }
  return body;
}

function convertResponses(ctx: SchemaContext, raw: unknown, site: string): Response[] {
  if (!raw || typeof raw !== 'object') return [];
  const entries = Object.entries(raw as Raw);
  // Success codes in numeric order so that `success` is the lowest 2xx, whatever the document order.
  entries.sort(([a], [b]) => statusRank(a) - statusRank(b));
  return entries.map(([status, value]) => {
    const responseSite = `${site}/responses/${escapePointerSegment(status)}`;
    const ref = value && typeof value === 'object' && typeof (value as Raw).$ref === 'string' ? (value as Raw).$ref : undefined;
    const node = (follow(ctx, value, responseSite) ?? {}) as Raw;
    const response: Response = { status };
    if (typeof node.description === 'string') response.description = node.description;
    const name = ref ? componentName(ref, 'responses') : undefined;
    if (name) response.componentName = name;
    const content = (node.content ?? {}) as Raw;
    const contentType = preferredContentType(Object.keys(content));
    if (contentType) {
      response.contentType = contentType;
      const schema = content[contentType]?.schema;
      if (schema !== undefined) {
        response.schema = convertSchema(schema, ctx, `${ref ?? responseSite}/content/${escapePointerSegment(contentType)}/schema`);
      }
    }
    const events = content['text/event-stream'] as Raw | undefined;
    if (events && typeof events === 'object') {
      const site = `${ref ?? responseSite}/content/text~1event-stream/schema`;
      const schema = events.schema === undefined ? undefined : convertSchema(events.schema, ctx, site);
      // `type: string` describes the stream as text, not its events.
      response.eventStream = schema && schema.kind !== 'string' ? { schema } : {};
    }
    return response;
  });
}

function statusRank(status: string): number {
  if (/^\d{3}$/.test(status)) return Number(status);
  if (/^\dXX$/i.test(status)) return Number(status[0]) * 100 + 99.5;
  return 1000;
}
