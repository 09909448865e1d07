// An OpenAPI 3.x document (internal refs only) → the IR. The resource tree is left empty: naming fills it.
import { convertOperations, HTTP_METHODS, preferredContentType, securityNames } from './operations.js';
import { detectPagination } from './pagination.js';
import { escapePointerSegment } from './refs.js';
import { convertSchema, type SchemaContext } from './schemas.js';
import type { AuthScheme, HttpMethod, IR, NamedSchema, Schema, Server, Tag, Webhook } from './types.js';

type Raw = Record<string, any>;

export function buildIR(document: Raw): IR {
  const ctx: SchemaContext = { document, expanding: new Set() };
  const schemas = convertNamedSchemas(ctx);
  const byName = new Map(schemas.map((s) => [s.name, s.schema]));
  const lookup = (name: string): Schema | undefined => byName.get(name);
  const globalSecurity = Array.isArray(document.security) ? securityNames(document.security) : [];
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
    },
    servers: convertServers(document.servers),
    auth: convertAuth(document.components?.securitySchemes),
    schemas,
    operations,
    resources: [],
    webhooks: convertWebhooks(ctx),
    tags: convertTags(document.tags),
  };
}

function convertNamedSchemas(ctx: SchemaContext): NamedSchema[] {
  const raw = (ctx.document.components?.schemas ?? {}) as Raw;
  return Object.entries(raw).map(([name, value]) => ({
    name,
    schema: convertSchema(value, ctx, `#/components/schemas/${escapePointerSegment(name)}`),
  }));
}

function convertServers(raw: unknown): Server[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((s): s is Raw => !!s && typeof s === 'object' && typeof s.url === 'string')
    .map((s) => {
      let url: string = s.url;
      // Substitute server variables with their defaults: SDKs need one concrete base URL.
      for (const [name, variable] of Object.entries((s.variables ?? {}) as Raw)) {
        if (variable && typeof variable === 'object' && 'default' in variable) {
          url = url.replaceAll(`{${name}}`, String(variable.default));
        }
      }
      return typeof s.description === 'string' ? { url, description: s.description } : { url };
    });
}

function convertAuth(raw: unknown): AuthScheme[] {
  if (!raw || typeof raw !== 'object') return [];
  return Object.entries(raw as Raw).map(([name, s]): AuthScheme => {
    const scheme = (s ?? {}) as Raw;
    if (scheme.type === 'http' && String(scheme.scheme).toLowerCase() === 'bearer') {
      return typeof scheme.bearerFormat === 'string'
        ? { kind: 'bearer', name, format: scheme.bearerFormat }
        : { kind: 'bearer', name };
    }
    if (scheme.type === 'http' && String(scheme.scheme).toLowerCase() === 'basic') return { kind: 'basic', name };
    if (scheme.type === 'apiKey') {
      return { kind: 'apiKey', name, in: scheme.in ?? 'header', parameterName: String(scheme.name ?? name) };
    }
    if (scheme.type === 'oauth2') return { kind: 'oauth2', name };
    return { kind: 'other', name, type: String(scheme.type ?? 'unknown') };
  });
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
