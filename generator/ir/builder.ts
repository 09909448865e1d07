// An OpenAPI 3.x document (internal refs only) → the IR. The resource tree is left empty: naming fills it.
import { convertOperations, HTTP_METHODS, preferredContentType, securityRequirements } from './operations.js';
import { detectPagination } from './pagination.js';
import { escapePointerSegment, resolveRef } from './refs.js';
import { convertSchema, type SchemaContext } from './schemas.js';
import { convertServers } from './servers.js';
import type { AuthScheme, HttpMethod, IR, NamedSchema, OAuthFlow, OAuthFlows, Schema, Server, Tag, Webhook } from './types.js';

type Raw = Record<string, any>;

export function buildIR(document: Raw): IR {
  const ctx: SchemaContext = { document, expanding: new Set() };
  const schemas = convertNamedSchemas(ctx);
  const byName = new Map(schemas.map((s) => [s.name, s.schema]));
  const lookup = (name: string): Schema | undefined => byName.get(name);
  const globalSecurity = Array.isArray(document.security) ? securityRequirements(document.security) : [];
  const operations = convertOperations(ctx, globalSecurity);
  for (const operation of operations) {
    const pagination = detectPagination(operation, lookup);
    if (pagination) operation.pagination = pagination;
  }
  const info = (document.info ?? {}) as Raw;
  return {
    api: {
      title: typeof info.title === 'string' ? info.title : 'API',
      version: typeof info.version === 'string' ? info.version : String(info.version ?? ''),
      ...(typeof info.description === 'string' ? { description: info.description } : {}),
      openapi: String(document.openapi ?? document.swagger ?? ''),
      ...infoExtensions(info),
    },
    servers: convertServers(document.servers),
    auth: convertAuth(document, document.components?.securitySchemes),
    ...(Array.isArray(document.security) ? { security: globalSecurity } : {}),
    schemas,
    operations,
    resources: [],
    webhooks: convertWebhooks(ctx),
    tags: convertTags(document.tags),
  };
}

/** `x-…` keys of info (x-sdkgen-name names the SDK). */
function infoExtensions(info: Raw): { extensions?: Record<string, unknown> } {
  const entries = Object.entries(info).filter(([key]) => key.startsWith('x-'));
  return entries.length ? { extensions: Object.fromEntries(entries) } : {};
}

function convertNamedSchemas(ctx: SchemaContext): NamedSchema[] {
  const raw = (ctx.document.components?.schemas ?? {}) as Raw;
  return Object.entries(raw).map(([name, value]) => ({
    name,
    schema: convertSchema(value, ctx, `#/components/schemas/${escapePointerSegment(name)}`),
  }));
}


function convertAuth(document: Raw, raw: unknown): AuthScheme[] {
  if (!raw || typeof raw !== 'object') return [];
  return Object.entries(raw as Raw).map(([name, s]): AuthScheme => {
    const site = `#/components/securitySchemes/${escapePointerSegment(name)}`;
    const scheme = (s && typeof s.$ref === 'string' ? resolveRef(document, s.$ref, site) : (s ?? {})) as Raw;
    const described = typeof scheme.description === 'string' ? { description: scheme.description } : {};
    const http = scheme.type === 'http' ? String(scheme.scheme ?? '').toLowerCase() : undefined;
    if (http === 'bearer') {
      return typeof scheme.bearerFormat === 'string'
        ? { kind: 'bearer', name, format: scheme.bearerFormat, ...described }
        : { kind: 'bearer', name, ...described };
    }
    if (http === 'basic') return { kind: 'basic', name, ...described };
    if (scheme.type === 'apiKey') {
      const place = ['header', 'query', 'cookie'].includes(scheme.in) ? (scheme.in as 'header' | 'query' | 'cookie') : 'header';
      return { kind: 'apiKey', name, in: place, parameterName: String(scheme.name ?? name), ...described };
    }
    if (scheme.type === 'oauth2') {
      const flows = convertFlows(scheme.flows);
      return flows ? { kind: 'oauth2', name, flows, ...described } : { kind: 'oauth2', name, ...described };
    }
    const type = http !== undefined ? `http:${http}` : String(scheme.type ?? 'unknown');
    return { kind: 'other', name, type, ...described };
  });
}

const FLOW_NAMES = ['clientCredentials', 'authorizationCode', 'password', 'implicit'] as const;

function convertFlows(raw: unknown): OAuthFlows | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const flows: OAuthFlows = {};
  for (const name of FLOW_NAMES) {
    const flow = (raw as Raw)[name] as Raw | undefined;
    if (!flow || typeof flow !== 'object') continue;
    const converted: OAuthFlow = { scopes: flow.scopes && typeof flow.scopes === 'object' ? Object.keys(flow.scopes) : [] };
    for (const url of ['tokenUrl', 'authorizationUrl', 'refreshUrl'] as const) {
      if (typeof flow[url] === 'string') converted[url] = flow[url];
    }
    flows[name] = converted;
  }
  return flows;
}

function convertTags(raw: unknown): Tag[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((t): t is Raw => !!t && typeof t === 'object' && typeof t.name === 'string')
    .map((t) => (typeof t.description === 'string' ? { name: t.name, description: t.description } : { name: t.name }));
}

/** OpenAPI 3.1 `webhooks`: each key is an event, its path item says how it is delivered. */
function convertWebhooks(ctx: SchemaContext): Webhook[] {
  const raw = (ctx.document.webhooks ?? {}) as Raw;
  const webhooks: Webhook[] = [];
  for (const [name, item] of Object.entries(raw)) {
    if (!item || typeof item !== 'object') continue;
    for (const method of HTTP_METHODS) {
      const op = (item as Raw)[method] as Raw | undefined;
      if (!op) continue;
      const tags = Array.isArray(op.tags) ? op.tags.filter((tag: unknown): tag is string => typeof tag === 'string') : [];
      const webhook: Webhook = { name, method: method as HttpMethod, tags };
      if (typeof op.summary === 'string') webhook.summary = op.summary;
      if (typeof op.description === 'string') webhook.description = op.description;
      const content = (op.requestBody?.content ?? {}) as Raw;
      const type = preferredContentType(Object.keys(content));
      if (type && content[type]?.schema) {
        webhook.schema = convertSchema(content[type].schema, ctx, `#/webhooks/${escapePointerSegment(name)}/${method}`);
      }
      webhooks.push(webhook);
    }
  }
  return webhooks;
}
