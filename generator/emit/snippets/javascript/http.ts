// JavaScript raw-HTTP examples with the global fetch (Node 18+, browsers, Deno, Bun): nothing to install.
import { UNKNOWN_BASE_URL } from '../../../examples/http-request.js';
import { camelCase } from '../../../naming/words.js';
import { API_KEY, BASE_URL, httpExample, indentTail, jsonLiteral, type HttpResponseView, type HttpSnippetParts, type HttpSnippetTarget, type LiteralSyntax } from '../http/common.js';
import type { CodeBlock, OperationSnippetInput, SdkInfo } from '../target.js';

const INDENT = '  ';

/** A single-quoted string, as prettier prints them. */
export function jsString(text: string): string {
  const json = JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'");
  return `'${json}'`;
}

/** An object key: bare when it is an identifier. */
function jsKey(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : jsString(key);
}

const JAVASCRIPT: LiteralSyntax = {
  null: 'null',
  true: 'true',
  false: 'false',
  string: jsString,
  entry: (key, value) => `${jsKey(key)}: ${value}`,
  indent: INDENT,
};

/** A template literal for `${BASE_URL}/path…`: backticks, backslashes and `${` of the path escaped. */
function urlTemplate(rest: string): string {
  return '`${' + BASE_URL + '}' + rest.replace(/[`\\]/g, '\\$&').replace(/\$\{/g, '\\${') + '`';
}

export function javascriptHttpSetup(sdk: SdkInfo, baseUrl: string): string {
  return [`const ${BASE_URL} = ${jsString(baseUrl)};`, `const ${API_KEY} = process.env[${jsString(sdk.apiKeyEnv)}];`].join('\n');
}

export function javascriptHttpParts(input: OperationSnippetInput): HttpSnippetParts {
  const { request, response } = httpExample(input);
  const imports: string[] = [];
  const lines: string[] = [];
  const headers: string[] = [];
  let url = urlTemplate(request.path + (request.queryString ? `?${request.queryString}` : ''));
  const auth = request.auth;
  if (auth?.kind === 'query') {
    url = url.slice(0, -1) + `${request.queryString ? '&' : '?'}${encodeURIComponent(auth.name)}=\${encodeURIComponent(${API_KEY})}\``;
  }
  if (auth?.kind === 'header') headers.push(`${jsKey(auth.header)}: ${auth.prefix ? `\`${auth.prefix}\${${API_KEY}}\`` : API_KEY}`);
  if (auth?.kind === 'cookie') headers.push(`Cookie: \`${auth.name}=\${${API_KEY}}\``);
  if (auth?.kind === 'basic') headers.push(`Authorization: \`Basic \${btoa(${API_KEY})}\``);
  for (const header of request.headers) headers.push(`${jsKey(header.name)}: ${jsString(header.value)}`);
  let body: string | undefined;
  const b = request.body;
  if (b.kind === 'json') {
    headers.push(`'Content-Type': ${jsString(b.contentType)}`);
    body = `JSON.stringify(${indentTail(jsonLiteral(b.value, JAVASCRIPT, 0), INDENT)})`;
  } else if (b.kind === 'form') {
    headers.push(`'Content-Type': ${jsString(b.contentType)}`);
    const pairs = b.fields.map((f) => `[${jsString(f.name)}, ${jsString(f.value)}]`);
    body = `new URLSearchParams([${pairs.join(', ')}])`;
  } else if (b.kind === 'text') {
    headers.push(`'Content-Type': ${jsString(b.contentType)}`);
    body = jsString(b.value);
  } else if (b.kind === 'multipart') {
    if (b.files.length) imports.push("import fs from 'node:fs';");
    lines.push('const form = new FormData();');
    for (const f of b.fields) lines.push(`form.append(${jsString(f.name)}, ${jsString(f.value)});`);
    for (const f of b.files) lines.push(`form.append(${jsString(f.name)}, await fs.openAsBlob(${jsString(f.path)}), ${jsString(f.path.split('/').pop()!)});`);
    body = 'form';
  }
  const options: string[] = [];
  if (request.method !== 'GET') options.push(`method: ${jsString(request.method)}`);
  if (headers.length) options.push(`headers: {\n${headers.map((h) => `${INDENT}${INDENT}${h},`).join('\n')}\n${INDENT}}`);
  if (body) options.push(`body: ${body}`);
  lines.push(options.length ? `const response = await fetch(${url}, {\n${options.map((o) => `${INDENT}${o},`).join('\n')}\n});` : `const response = await fetch(${url});`);
  lines.push(`if (!response.ok) throw new Error(\`\${response.status} \${await response.text()}\`);`);
  lines.push(...answer(response));
  return { imports, body: lines.join('\n') };
}

function answer(response: HttpResponseView): string[] {
  if (response.kind === 'status') return ['console.log(response.status);'];
  const variable = camelCase(response.variable);
  const access = response.print.map((f) => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(f) ? `.${f}` : `[${jsString(f)}]`)).join('');
  return [`const ${variable} = await response.json();`, `console.log(${variable}${access});`];
}

export const javascriptHttpTarget: HttpSnippetTarget = {
  language: 'javascript',
  client: 'http',
  displayName: 'JavaScript',
  fence: 'javascript',

  installation(): CodeBlock {
    return { fence: 'text', code: '# Nothing to install: the examples use the global fetch of Node.js 18+ (ES modules, top-level await).' };
  },

  setup(sdk: SdkInfo): string {
    return javascriptHttpSetup(sdk, sdk.baseUrl ?? UNKNOWN_BASE_URL);
  },

  parts: javascriptHttpParts,

  example(input: OperationSnippetInput): string {
    const { imports, body } = javascriptHttpParts(input);
    const head = imports.length ? `${imports.join('\n')}\n\n` : '';
    if (input.style !== 'v1') return head + body;
    return `${head}${javascriptHttpSetup(input.sdk, httpExample(input).request.baseUrl)}\n\n${body}`;
  },
};
