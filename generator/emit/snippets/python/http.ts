// Python raw-HTTP examples with the standard library only (urllib.request, json): nothing to install, the same
// on every Python 3, where `requests` would need a pip install that an agent's environment may not allow.
import { UNKNOWN_BASE_URL, type HttpRequest } from '../../../examples/http-request.js';
import { snakeCase } from '../../../naming/words.js';
import { API_KEY, BASE_URL, httpExample, indentTail, jsonLiteral, type HttpResponseView, type HttpSnippetParts, type HttpSnippetTarget, type LiteralSyntax } from '../http/common.js';
import type { CodeBlock, OperationSnippetInput, SdkInfo } from '../target.js';
import { pythonString } from './literals.js';

const INDENT = '    ';
const SETUP_IMPORTS = ['import json', 'import os', 'import urllib.request'];

const PYTHON: LiteralSyntax = {
  null: 'None',
  true: 'True',
  false: 'False',
  string: pythonString,
  entry: (key, value) => `${pythonString(key)}: ${value}`,
  indent: INDENT,
};

export function pythonHttpSetup(sdk: SdkInfo, baseUrl: string): string {
  return [...SETUP_IMPORTS, '', `${BASE_URL} = ${pythonString(baseUrl)}`, `${API_KEY} = os.environ[${pythonString(sdk.apiKeyEnv)}]`].join('\n');
}

export function pythonHttpParts(input: OperationSnippetInput): HttpSnippetParts {
  const { request, response } = httpExample(input);
  const imports = new Set<string>();
  const lines: string[] = [];
  const headers: string[] = [];
  let url = `${BASE_URL} + ${pythonString(request.path + (request.queryString ? `?${request.queryString}` : ''))}`;
  const auth = request.auth;
  if (auth?.kind === 'query') {
    imports.add('import urllib.parse');
    url += ` + ${pythonString(`${request.queryString ? '&' : '?'}${encodeURIComponent(auth.name)}=`)} + urllib.parse.quote(${API_KEY}, safe="")`;
  }
  if (auth?.kind === 'header') headers.push(`${pythonString(auth.header)}: ${auth.prefix ? `${pythonString(auth.prefix)} + ` : ''}${API_KEY}`);
  if (auth?.kind === 'cookie') headers.push(`"Cookie": ${pythonString(`${auth.name}=`)} + ${API_KEY}`);
  if (auth?.kind === 'basic') {
    imports.add('import base64');
    headers.push(`"Authorization": "Basic " + base64.b64encode(${API_KEY}.encode()).decode()`);
  }
  for (const header of request.headers) headers.push(`${pythonString(header.name)}: ${pythonString(header.value)}`);
  let data: string | undefined;
  const body = request.body;
  if (body.kind === 'json') {
    headers.push(`"Content-Type": ${pythonString(body.contentType)}`);
    data = `json.dumps(${indentTail(jsonLiteral(body.value, PYTHON, 0), INDENT)}).encode()`;
  } else if (body.kind === 'form') {
    imports.add('import urllib.parse');
    headers.push(`"Content-Type": ${pythonString(body.contentType)}`);
    const pairs = body.fields.map((f) => `(${pythonString(f.name)}, ${pythonString(f.value)})`);
    data = `urllib.parse.urlencode([${pairs.join(', ')}]).encode()`;
  } else if (body.kind === 'text') {
    headers.push(`"Content-Type": ${pythonString(body.contentType)}`);
    data = `${pythonString(body.value)}.encode()`;
  } else if (body.kind === 'multipart') {
    lines.push(...multipart(body));
    headers.push(`"Content-Type": "multipart/form-data; boundary=" + boundary`);
    data = 'data';
  }
  const args = [url];
  if (request.method !== 'GET' || data) args.push(`method=${pythonString(request.method)}`);
  if (headers.length) args.push(`headers={\n${headers.map((h) => `${INDENT}${INDENT}${h},`).join('\n')}\n${INDENT}}`);
  if (data) args.push(`data=${data}`);
  lines.push('request = urllib.request.Request(', ...args.map((a) => `${INDENT}${a},`), ')');
  lines.push(...answer(response));
  return { imports: [...imports].sort(), body: lines.join('\n') };
}

/** A multipart/form-data body built by hand: the standard library has no encoder for one. */
function multipart(body: Extract<HttpRequest['body'], { kind: 'multipart' }>): string[] {
  const lines = ['boundary = os.urandom(16).hex()', 'parts = []'];
  for (const field of body.fields) {
    const text = `\r\nContent-Disposition: form-data; name="${field.name}"\r\n\r\n${field.value}\r\n`;
    lines.push(`parts.append(("--" + boundary + ${pythonString(text)}).encode())`);
  }
  for (const file of body.files) {
    const head = `\r\nContent-Disposition: form-data; name="${file.name}"; filename="${file.path.split('/').pop()}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
    lines.push(`with open(${pythonString(file.path)}, "rb") as f:`);
    lines.push(`${INDENT}parts.append(("--" + boundary + ${pythonString(head)}).encode() + f.read() + b"\\r\\n")`);
  }
  lines.push('data = b"".join(parts) + ("--" + boundary + "--\\r\\n").encode()');
  return lines;
}

function answer(response: HttpResponseView): string[] {
  if (response.kind === 'status') return ['with urllib.request.urlopen(request) as response:', `${INDENT}print(response.status)`];
  const variable = snakeCase(response.variable);
  // dict.get, lenient like the other languages' lookups: an answer without the field (a spec's response example
  // often omits fields, even required ones) prints None instead of raising KeyError.
  const access = response.print.map((f) => `.get(${pythonString(f)})`).join('');
  return ['with urllib.request.urlopen(request) as response:', `${INDENT}${variable} = json.load(response)`, `print(${variable}${access})`];
}

export const pythonHttpTarget: HttpSnippetTarget = {
  language: 'python',
  client: 'http',
  displayName: 'Python',
  fence: 'python',

  installation(): CodeBlock {
    return { fence: 'text', code: '# Nothing to install: the examples use the standard library (urllib.request, json), Python 3.8+.' };
  },

  setup(sdk: SdkInfo): string {
    return pythonHttpSetup(sdk, sdk.baseUrl ?? UNKNOWN_BASE_URL);
  },

  parts: pythonHttpParts,

  example(input: OperationSnippetInput): string {
    const { imports, body } = pythonHttpParts(input);
    if (input.style !== 'v1') return imports.length ? `${imports.join('\n')}\n\n${body}` : body;
    const setup = pythonHttpSetup(input.sdk, httpExample(input).request.baseUrl).split('\n');
    const allImports = [...new Set([...SETUP_IMPORTS, ...imports])].sort();
    return [...allImports, ...setup.slice(SETUP_IMPORTS.length), '', body].join('\n');
  },
};
