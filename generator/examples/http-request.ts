// One language-neutral HTTP request per example call: every raw-HTTP snippet (curl, fetch, net/http, urllib…)
// renders this model and nothing else, so that all of them send the same bytes.
import type { AuthScheme, IR, Operation, Parameter } from '../ir/types.js';
import type { MethodExample } from './method.js';
import { exampleJson, type ExampleField, type ExampleValue } from './values.js';

export interface HttpRequest {
  /** Upper case: "GET", "POST"… */
  method: string;
  /** The API's base URL without a trailing slash (the first server; see `baseUrlFromServers`). */
  baseUrl: string;
  /** The path as the spec writes it, e.g. "/pets/{petId}". */
  pathTemplate: string;
  /** The path with every path parameter filled in and percent-encoded (style simple, label or matrix). */
  path: string;
  /** Query pairs in order, neither name nor value encoded (a form/explode array gives one pair per item). */
  query: QueryPair[];
  /** `query` encoded for a URL, without the "?" ("" when there is none). */
  queryString: string;
  /** baseUrl + path + ("?" + queryString): the URL when auth adds nothing to the query. */
  url: string;
  /** Header parameters of the example (not auth, not content type), in document order. */
  headers: HeaderPair[];
  /** The credential the operation asks for, read from an environment variable; absent when it needs none. */
  auth?: HttpAuth;
  body: HttpBody;
}

export interface QueryPair {
  name: string;
  value: string;
}

export interface HeaderPair {
  name: string;
  value: string;
}

/** A secret from `env`, sent where the security scheme says. */
export type HttpAuth =
  /** `<header>: <prefix><$env>`, e.g. `Authorization: Bearer $KEY` or `X-API-Key: $KEY` (prefix ""). */
  | { kind: 'header'; header: string; prefix: string; env: string; scheme: string }
  /** `?<name>=<$env>` appended to the query. */
  | { kind: 'query'; name: string; env: string; scheme: string }
  /** `Cookie: <name>=<$env>`. */
  | { kind: 'cookie'; name: string; env: string; scheme: string }
  /** HTTP basic: `env` holds "user:password", sent as `Authorization: Basic base64(user:password)`. */
  | { kind: 'basic'; env: string; scheme: string };

export type HttpBody =
  | { kind: 'none' }
  /** `value` is the JSON document sent (object, array, string…); `contentType` as the spec names it. */
  | { kind: 'json'; contentType: string; value: unknown }
  /** application/x-www-form-urlencoded: ordered fields, values as strings (arrays give one field per item). */
  | { kind: 'form'; contentType: string; fields: FormField[] }
  /** multipart/form-data: text fields and file parts, each in document order. */
  | { kind: 'multipart'; contentType: string; fields: FormField[]; files: FileField[] }
  /** Any other media type with a string example (text/plain, application/octet-stream…), sent as it is. */
  | { kind: 'text'; contentType: string; value: string };

export interface FormField {
  name: string;
  value: string;
}

export interface FileField {
  name: string;
  /** A placeholder file name the snippet reads from, e.g. "path/to/file". */
  path: string;
}

/** Where the examples read the API key from when the config names nothing else. */
export interface HttpRequestOptions {
  /** The environment variable holding the credential, e.g. "ORBIT_API_KEY". */
  apiKeyEnv: string;
  /** Overrides the spec's server (e.g. a mock server in tests, or the config's base URL). */
  baseUrl?: string;
}

export const PLACEHOLDER_FILE = 'path/to/file';
/** The base URL when the spec gives no absolute server: an agent must replace it, and it says so. */
export const UNKNOWN_BASE_URL = 'https://api.example.com';

export function buildHttpRequest(ir: IR, operation: Operation, example: MethodExample, options: HttpRequestOptions): HttpRequest {
  const baseUrl = (options.baseUrl ?? baseUrlFromServers(ir, operation)).replace(/\/+$/, '');
  const byName = (location: Parameter['in']) => new Map(operation.parameters.filter((p) => p.in === location).map((p) => [p.name, p]));
  const pathParams = byName('path');
  const queryParams = byName('query');
  const path = operation.path.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const field = example.pathParams.find((p) => p.name === name);
    return field ? encodePathParam(field.value, pathParams.get(name)) : whole;
  });
  const query = example.query.flatMap((field) => queryPairs(field, queryParams.get(field.name)));
  const queryString = encodeQuery(query);
  const request: HttpRequest = {
    method: operation.method.toUpperCase(),
    baseUrl,
    pathTemplate: operation.path,
    path,
    query,
    queryString,
    url: baseUrl + path + (queryString ? `?${queryString}` : ''),
    headers: [...example.headers.map((h) => ({ name: h.name, value: scalarText(h.value) })), ...acceptHeader(operation, example)],
    body: httpBody(operation, example),
  };
  const auth = httpAuth(ir, operation, options.apiKeyEnv);
  if (auth) request.auth = auth;
  return request;
}

/**
 * A declared `Accept` header parameter, optional or not, with its first allowed value: a server that declares one
 * checks it, and an HTTP client's own default (any type) is not among the values.
 */
function acceptHeader(operation: Operation, example: MethodExample): HeaderPair[] {
  if (example.headers.some((h) => /^accept$/i.test(h.name))) return [];
  const param = operation.parameters.find((p) => p.in === 'header' && /^accept$/i.test(p.name));
  if (!param) return [];
  const schema = param.schema;
  const value = param.hasExample ? param.example : schema.kind === 'string' ? (schema.enum?.find((v) => v !== null) ?? schema.default ?? schema.example) : undefined;
  return typeof value === 'string' && value ? [{ name: param.name, value }] : [];
}

/**
 * The first server's URL when it is absolute, its variables at their defaults; else a placeholder. An operation's
 * own servers (OpenAPI path- or operation-level `servers`) replace the document's.
 */
export function baseUrlFromServers(ir: IR, operation?: Operation): string {
  const url = (operation?.servers?.[0] ?? ir.servers[0])?.url;
  return url && /^https?:\/\//i.test(url) ? url.replace(/\/+$/, '') : UNKNOWN_BASE_URL + (url && url.startsWith('/') ? url.replace(/\/+$/, '') : '');
}

/**
 * The credential of the first security alternative an HTTP call can meet with one secret: bearer and OAuth 2
 * tokens (a bearer header), API keys in a header, query or cookie, and HTTP basic. None for `security: []`.
 */
export function httpAuth(ir: IR, operation: Operation, env: string): HttpAuth | undefined {
  const alternatives = operation.securityRequirements ?? operation.security.map((scheme) => [{ scheme, scopes: [] }]);
  const schemes = alternatives
    .filter((alternative) => alternative.length > 0)
    .sort((a, b) => a.length - b.length)
    .flatMap((alternative) => alternative.map((use) => ir.auth.find((s) => s.name === use.scheme)))
    .filter((s): s is AuthScheme => !!s);
  for (const scheme of schemes) {
    const auth = authOf(scheme, env);
    if (auth) return auth;
  }
  return undefined;
}

function authOf(scheme: AuthScheme, env: string): HttpAuth | undefined {
  switch (scheme.kind) {
    case 'bearer':
    case 'oauth2':
      return { kind: 'header', header: 'Authorization', prefix: 'Bearer ', env, scheme: scheme.name };
    case 'apiKey':
      if (scheme.in === 'header') return { kind: 'header', header: scheme.parameterName, prefix: '', env, scheme: scheme.name };
      if (scheme.in === 'query') return { kind: 'query', name: scheme.parameterName, env, scheme: scheme.name };
      return { kind: 'cookie', name: scheme.parameterName, env, scheme: scheme.name };
    case 'basic':
      return { kind: 'basic', env, scheme: scheme.name };
    default:
      return undefined;
  }
}

/** A path parameter as OpenAPI serialises it: style simple (default), label or matrix. */
function encodePathParam(value: ExampleValue, param: Parameter | undefined): string {
  const style = param?.style ?? 'simple';
  const explode = param?.explode ?? false;
  const name = param?.name ?? '';
  const json = exampleJson(value);
  const enc = (v: unknown) => encodeURIComponent(primitiveText(v));
  if (Array.isArray(json)) {
    const items = json.map(enc);
    if (style === 'label') return '.' + items.join(explode ? '.' : ',');
    if (style === 'matrix') return explode ? items.map((i) => `;${name}=${i}`).join('') : `;${name}=${items.join(',')}`;
    return items.join(',');
  }
  if (isRecord(json)) {
    const entries = Object.entries(json);
    const pairs = explode ? entries.map(([k, v]) => `${encodeURIComponent(k)}=${enc(v)}`) : entries.flatMap(([k, v]) => [encodeURIComponent(k), enc(v)]);
    if (style === 'label') return '.' + pairs.join(explode ? '.' : ',');
    if (style === 'matrix') return explode ? pairs.map((p) => `;${p}`).join('') : `;${name}=${pairs.join(',')}`;
    return pairs.join(',');
  }
  if (style === 'label') return '.' + enc(json);
  if (style === 'matrix') return `;${name}=${enc(json)}`;
  return enc(json);
}

/** A query parameter as OpenAPI serialises it: form (default, exploded), spaceDelimited, pipeDelimited, deepObject. */
function queryPairs(field: ExampleField, param: Parameter | undefined): QueryPair[] {
  const style = param?.style ?? 'form';
  const explode = param?.explode ?? style === 'form';
  const json = exampleJson(field.value);
  const name = field.name;
  if (Array.isArray(json)) {
    const items = json.map(primitiveText);
    if (explode) return items.map((value) => ({ name, value }));
    const separator = style === 'spaceDelimited' ? ' ' : style === 'pipeDelimited' ? '|' : ',';
    return [{ name, value: items.join(separator) }];
  }
  if (isRecord(json)) {
    const entries = Object.entries(json);
    if (style === 'deepObject') return entries.map(([k, v]) => ({ name: `${name}[${k}]`, value: primitiveText(v) }));
    if (explode) return entries.map(([k, v]) => ({ name: k, value: primitiveText(v) }));
    return [{ name, value: entries.flatMap(([k, v]) => [k, primitiveText(v)]).join(',') }];
  }
  return [{ name, value: primitiveText(json) }];
}

/** Pairs as a URL query: RFC 3986 percent-encoding (spaces as %20), names and values alike. */
export function encodeQuery(pairs: QueryPair[]): string {
  return pairs.map((p) => `${encodeURIComponent(p.name)}=${encodeURIComponent(p.value)}`).join('&');
}

function httpBody(operation: Operation, example: MethodExample): HttpBody {
  const body = operation.requestBody;
  const contentType = example.bodyContentType ?? body?.contentType;
  if (!body || !contentType) return { kind: 'none' };
  const hasFields = example.body.length > 0;
  if (!hasFields && example.rawBody === undefined) {
    // An optional body the example leaves out is not sent; a required JSON object with no required field is {}.
    if (!body.required || !/json/i.test(contentType)) return { kind: 'none' };
    return { kind: 'json', contentType, value: {} };
  }
  const whole: ExampleValue = example.rawBody ?? { kind: 'object', fields: example.body };
  if (/^multipart\/form-data\b/i.test(contentType)) {
    const fields: FormField[] = [];
    const files: FileField[] = [];
    for (const field of example.body) {
      if (isBinary(field.value)) files.push({ name: field.name, path: PLACEHOLDER_FILE });
      else if (field.value.kind === 'array' && field.value.items.every(isBinary)) {
        for (const _ of field.value.items) files.push({ name: field.name, path: PLACEHOLDER_FILE });
      } else fields.push(...formFields(field));
    }
    return { kind: 'multipart', contentType, fields, files };
  }
  if (/^application\/x-www-form-urlencoded\b/i.test(contentType)) {
    return { kind: 'form', contentType, fields: example.body.flatMap(formFields) };
  }
  if (/json/i.test(contentType)) return { kind: 'json', contentType, value: exampleJson(whole) };
  const json = exampleJson(whole);
  return { kind: 'text', contentType, value: typeof json === 'string' ? json : JSON.stringify(json) };
}

/** A form field: arrays repeat the name (form, exploded); objects travel as JSON text. */
function formFields(field: ExampleField): FormField[] {
  const json = exampleJson(field.value);
  if (Array.isArray(json) && json.every((v) => !isRecord(v) && !Array.isArray(v))) {
    return json.map((v) => ({ name: field.name, value: primitiveText(v) }));
  }
  return [{ name: field.name, value: primitiveText(json) }];
}

function isBinary(value: ExampleValue): boolean {
  return value.kind === 'string' && value.format === 'binary';
}

function scalarText(value: ExampleValue): string {
  return primitiveText(exampleJson(value));
}

/** A value as it appears in a URL or form: strings bare, null empty, nested values as JSON. */
function primitiveText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
