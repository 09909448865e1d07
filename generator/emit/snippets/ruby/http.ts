// Ruby raw-HTTP examples with Net::HTTP and JSON of the standard library: nothing to install.
import { UNKNOWN_BASE_URL } from '../../../examples/http-request.js';
import { snakeCase } from '../../../naming/words.js';
import { httpExample, indentTail, jsonLiteral, type HttpResponseView, type HttpSnippetParts, type HttpSnippetTarget, type LiteralSyntax } from '../http/common.js';
import type { CodeBlock, OperationSnippetInput, SdkInfo } from '../target.js';
import { rubyString } from './literals.js';

const INDENT = '  ';
const SETUP_REQUIRES = ['require "json"', 'require "net/http"'];

const RUBY: LiteralSyntax = {
  null: 'nil',
  true: 'true',
  false: 'false',
  string: rubyString,
  entry: (key, value) => `${rubyString(key)} => ${value}`,
  indent: INDENT,
};

const METHOD_CLASSES: Record<string, string> = { GET: 'Get', POST: 'Post', PUT: 'Put', PATCH: 'Patch', DELETE: 'Delete', HEAD: 'Head', OPTIONS: 'Options', TRACE: 'Trace' };

export function rubyHttpSetup(sdk: SdkInfo, baseUrl: string): string {
  return [...SETUP_REQUIRES, '', `BASE_URL = ${rubyString(baseUrl)}`, `API_KEY = ENV.fetch(${rubyString(sdk.apiKeyEnv)})`].join('\n');
}

export function rubyHttpParts(input: OperationSnippetInput): HttpSnippetParts {
  const { request, response } = httpExample(input);
  const lines: string[] = [];
  let url = `BASE_URL + ${rubyString(request.path + (request.queryString ? `?${request.queryString}` : ''))}`;
  const auth = request.auth;
  if (auth?.kind === 'query') {
    url = `${url} + ${rubyString(`${request.queryString ? '&' : '?'}${encodeURIComponent(auth.name)}=`)} + URI.encode_www_form_component(API_KEY)`;
  }
  lines.push(`uri = URI(${url})`);
  lines.push(`request = Net::HTTP::${METHOD_CLASSES[request.method] ?? 'Get'}.new(uri)`);
  if (auth?.kind === 'header') lines.push(`request[${rubyString(auth.header)}] = ${auth.prefix ? `${rubyString(auth.prefix)} + ` : ''}API_KEY`);
  if (auth?.kind === 'cookie') lines.push(`request["Cookie"] = ${rubyString(`${auth.name}=`)} + API_KEY`);
  if (auth?.kind === 'basic') lines.push('request.basic_auth(*API_KEY.split(":", 2))');
  for (const h of request.headers) lines.push(`request[${rubyString(h.name)}] = ${rubyString(h.value)}`);
  const b = request.body;
  if (b.kind === 'json') {
    lines.push(`request["Content-Type"] = ${rubyString(b.contentType)}`);
    lines.push(`request.body = JSON.generate(${indentTail(jsonLiteral(b.value, RUBY, 0), '')})`);
  } else if (b.kind === 'text') {
    lines.push(`request["Content-Type"] = ${rubyString(b.contentType)}`, `request.body = ${rubyString(b.value)}`);
  } else if (b.kind === 'form') {
    const pairs = b.fields.map((f) => `[${rubyString(f.name)}, ${rubyString(f.value)}]`);
    lines.push(`request.set_form([${pairs.join(', ')}], ${rubyString(b.contentType)})`);
  } else if (b.kind === 'multipart') {
    const parts = [
      ...b.fields.map((f) => `${INDENT}[${rubyString(f.name)}, ${rubyString(f.value)}],`),
      ...b.files.map((f) => `${INDENT}[${rubyString(f.name)}, File.open(${rubyString(f.path)})],`),
    ];
    lines.push('request.set_form(', `${INDENT}[`, ...parts.map((p) => INDENT + p), `${INDENT}],`, `${INDENT}"multipart/form-data",`, ')');
  }
  lines.push('response = Net::HTTP.start(uri.host, uri.port, use_ssl: uri.scheme == "https") { |http| http.request(request) }');
  lines.push('response.value # raises unless the status is 2xx');
  lines.push(...answer(response));
  return { imports: [], body: lines.join('\n') };
}

function answer(response: HttpResponseView): string[] {
  if (response.kind === 'status') return ['puts(response.code)'];
  const variable = snakeCase(response.variable);
  const access = response.print.map((f) => `[${rubyString(f)}]`).join('');
  return [`${variable} = JSON.parse(response.body)`, `puts(${variable}${access})`];
}

export const rubyHttpTarget: HttpSnippetTarget = {
  language: 'ruby',
  client: 'http',
  displayName: 'Ruby',
  fence: 'ruby',

  installation(): CodeBlock {
    return { fence: 'text', code: '# Nothing to install: the examples use Net::HTTP and JSON of the standard library.' };
  },

  setup(sdk: SdkInfo): string {
    return rubyHttpSetup(sdk, sdk.baseUrl ?? UNKNOWN_BASE_URL);
  },

  parts: rubyHttpParts,

  example(input: OperationSnippetInput): string {
    const { body } = rubyHttpParts(input);
    if (input.style !== 'v1') return body;
    return `${rubyHttpSetup(input.sdk, httpExample(input).request.baseUrl)}\n\n${body}`;
  },
};
