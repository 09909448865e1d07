// Prints an HTTP request as a curl command: GET on one line; other methods one option per line.
import type { HttpRequest } from '../../../examples/http-request.js';

export function curlCommand(request: HttpRequest, pathParamNames: Map<string, string>): string {
  // The query is percent-encoded (page%5Bnumber%5D): curl would read raw brackets as a URL glob.
  const url = shellDouble(displayUrl(request, pathParamNames, request.queryString));
  const headers = headerLines(request);
  // HTTP basic: the variable holds "user:password", which -u encodes.
  const basic = request.auth?.kind === 'basic' ? [`-u ${shellDouble(`$${request.auth.env}`)}`] : [];
  if (request.method === 'GET' && request.body.kind === 'none') {
    return ['curl', ...basic, ...headers.map((h) => `-H ${shellDouble(h)}`), url].join(' ');
  }
  const lines = ['curl', `-X ${request.method}`, ...basic, ...headers.map((h) => `-H ${shellDouble(h)}`), ...bodyOptions(request), url];
  return lines.map((line, i) => (i === 0 ? line : `  ${line}`)).join(' \\\n');
}

function headerLines(request: HttpRequest): string[] {
  const lines: string[] = [];
  const auth = request.auth;
  if (auth?.kind === 'header') lines.push(`${auth.header}: ${auth.prefix}$${auth.env}`);
  if (auth?.kind === 'cookie') lines.push(`Cookie: ${auth.name}=$${auth.env}`);
  for (const h of request.headers) lines.push(`${h.name}: ${h.value}`);
  if (['POST', 'PUT', 'PATCH'].includes(request.method)) {
    const body = request.body;
    if (body.kind === 'none') lines.push('Content-Type: application/json');
    else if (body.kind !== 'multipart') lines.push(`Content-Type: ${body.contentType}`);
  }
  return lines;
}

function bodyOptions(request: HttpRequest): string[] {
  const body = request.body;
  switch (body.kind) {
    case 'json':
      return [`-d ${shellSingle(JSON.stringify(body.value, null, 2))}`];
    case 'form':
      return body.fields.map((f) => `--data-urlencode ${shellDouble(`${f.name}=${f.value}`)}`);
    case 'multipart':
      return [
        ...body.fields.map((f) => `-F ${shellDouble(`${f.name}=${f.value}`)}`),
        ...body.files.map((f) => `-F ${shellDouble(`${f.name}=@${f.path.startsWith('/') ? f.path : `/${f.path}`}`)}`),
      ];
    case 'text':
      return [`--data-binary ${shellSingle(body.value)}`];
    default:
      return [];
  }
}

/**
 * The URL as printed: a path segment that only echoes its parameter's name is shown as `{name}` (curl's URL
 * globbing sends `{name}` as `name`: the same bytes), auth in the query as the env variable.
 */
function displayUrl(request: HttpRequest, pathParamNames: Map<string, string>, queryText: string): string {
  const path = mergeFilled(request.pathTemplate, request.path, pathParamNames);
  let query = queryText;
  if (request.auth?.kind === 'query') query = [query, `${encodeURIComponent(request.auth.name)}=$${request.auth.env}`].filter(Boolean).join('&');
  return request.baseUrl + path + (query ? `?${query}` : '');
}

/** The filled path with the name-echo parameters put back as `{name}`. */
function mergeFilled(template: string, filled: string, names: Map<string, string>): string {
  const parts = template.split(/(\{[^}]+\})/);
  let rest = filled;
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const m = /^\{([^}]+)\}$/.exec(part);
    if (!m) {
      out += part;
      rest = rest.slice(part.length);
      continue;
    }
    const next = parts[i + 1] ?? '';
    const end = next === '' ? rest.length : rest.indexOf(next);
    const value = rest.slice(0, end);
    out += names.get(m[1]!) === m[1] ? part : value;
    rest = rest.slice(end);
  }
  return out;
}

/** A double-quoted shell word: `$VAR` stays live, other specials escaped. */
function shellDouble(text: string): string {
  return `"${text.replace(/(["\\`])/g, '\\$1')}"`;
}

function shellSingle(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}
