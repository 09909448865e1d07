// Go raw-HTTP examples with net/http and encoding/json of the standard library: whole programs (go run main.go),
// gofmt layout. JSON bodies are raw string literals of the JSON itself, the shape an agent edits most easily.
import { UNKNOWN_BASE_URL } from '../../../examples/http-request.js';
import { httpExample, type HttpResponseView, type HttpSnippetParts, type HttpSnippetTarget } from '../http/common.js';
import type { CodeBlock, OperationSnippetInput, SdkInfo } from '../target.js';
import { goString } from './syntax.js';

const T = '\t';
/** What every program declares (the setup) and therefore imports. */
const SETUP_IMPORTS = ['fmt', 'net/http', 'os'];

/** A Go string literal of JSON text: a raw string unless the text holds a backquote. */
function goText(text: string): string {
  return text.includes('`') ? goString(text) : `\`${text}\``;
}

export function goHttpDeclarations(sdk: SdkInfo, baseUrl: string): string[] {
  return ['var (', `${T}baseURL = ${goString(baseUrl)}`, `${T}apiKey  = os.Getenv(${goString(sdk.apiKeyEnv)})`, ')'];
}

function check(indent: string): string[] {
  return [`${indent}if err != nil {`, `${indent}${T}panic(err)`, `${indent}}`];
}

/** The statements of func main (one tab deep) and the packages they use besides the setup's. */
export function goHttpParts(input: OperationSnippetInput): HttpSnippetParts {
  const { request, response } = httpExample(input);
  const imports = new Set<string>();
  const lines: string[] = [];
  // gofmt spells a sum inside call arguments without spaces.
  let url = `baseURL+${goString(request.path + (request.queryString ? `?${request.queryString}` : ''))}`;
  const auth = request.auth;
  if (auth?.kind === 'query') {
    imports.add('net/url');
    url += `+${goString(`${request.queryString ? '&' : '?'}${encodeURIComponent(auth.name)}=`)}+url.QueryEscape(apiKey)`;
  }
  let reader = 'nil';
  let contentType: string | undefined;
  const b = request.body;
  if (b.kind === 'json') {
    imports.add('strings');
    reader = `strings.NewReader(${goText(JSON.stringify(b.value, null, 2))})`;
    contentType = goString(b.contentType);
  } else if (b.kind === 'text') {
    imports.add('strings');
    reader = `strings.NewReader(${goString(b.value)})`;
    contentType = goString(b.contentType);
  } else if (b.kind === 'form') {
    imports.add('net/url').add('strings');
    lines.push(`${T}form := url.Values{}`);
    for (const f of b.fields) lines.push(`${T}form.Add(${goString(f.name)}, ${goString(f.value)})`);
    reader = 'strings.NewReader(form.Encode())';
    contentType = goString(b.contentType);
  } else if (b.kind === 'multipart') {
    imports.add('bytes').add('mime/multipart');
    lines.push(`${T}var body bytes.Buffer`, `${T}form := multipart.NewWriter(&body)`);
    for (const f of b.fields) lines.push(`${T}form.WriteField(${goString(f.name)}, ${goString(f.value)})`);
    for (const f of b.files) {
      imports.add('io');
      lines.push(`${T}{`, `${T}${T}file, err := os.Open(${goString(f.path)})`, ...check(T + T), `${T}${T}part, err := form.CreateFormFile(${goString(f.name)}, ${goString(f.path.split('/').pop()!)})`, ...check(T + T));
      lines.push(`${T}${T}if _, err := io.Copy(part, file); err != nil {`, `${T}${T}${T}panic(err)`, `${T}${T}}`, `${T}${T}file.Close()`, `${T}}`);
    }
    lines.push(`${T}form.Close()`);
    reader = '&body';
    contentType = 'form.FormDataContentType()';
  }
  lines.push(`${T}req, err := http.NewRequest(${goString(request.method)}, ${url}, ${reader})`, ...check(T));
  if (auth?.kind === 'header') lines.push(`${T}req.Header.Set(${goString(auth.header)}, ${auth.prefix ? `${goString(auth.prefix)}+` : ''}apiKey)`);
  if (auth?.kind === 'cookie') lines.push(`${T}req.Header.Set("Cookie", ${goString(`${auth.name}=`)}+apiKey)`);
  if (auth?.kind === 'basic') {
    imports.add('encoding/base64');
    lines.push(`${T}req.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(apiKey)))`);
  }
  for (const h of request.headers) lines.push(`${T}req.Header.Set(${goString(h.name)}, ${goString(h.value)})`);
  if (contentType) lines.push(`${T}req.Header.Set("Content-Type", ${contentType})`);
  lines.push(`${T}resp, err := http.DefaultClient.Do(req)`, ...check(T), `${T}defer resp.Body.Close()`);
  lines.push(`${T}if resp.StatusCode >= 300 {`, `${T}${T}panic(resp.Status)`, `${T}}`);
  lines.push(...answer(response, imports));
  return { imports: [...imports].sort(), body: lines.join('\n') };
}

function answer(response: HttpResponseView, imports: Set<string>): string[] {
  if (response.kind === 'status') return [`${T}fmt.Println(resp.Status)`];
  imports.add('encoding/json');
  const type = response.print.length ? 'map[string]any' : 'any';
  const access = response.print.map((f) => `[${goString(f)}]`).join('');
  return [
    `${T}var result ${type}`,
    `${T}if err := json.NewDecoder(resp.Body).Decode(&result); err != nil {`,
    `${T}${T}panic(err)`,
    `${T}}`,
    `${T}fmt.Printf("%+v\\n", result${access})`,
  ];
}

function importBlock(packages: string[]): string[] {
  return ['import (', ...[...new Set(packages)].sort().map((p) => `${T}"${p}"`), ')'];
}

export const goHttpTarget: HttpSnippetTarget = {
  language: 'go',
  client: 'http',
  displayName: 'Go',
  fence: 'go',

  installation(): CodeBlock {
    return { fence: 'text', code: '# Nothing to install: the examples use net/http and encoding/json of the standard library (Go 1.18+).' };
  },

  setup(sdk: SdkInfo): string {
    return [...importBlock(['os']), '', ...goHttpDeclarations(sdk, sdk.baseUrl ?? UNKNOWN_BASE_URL)].join('\n');
  },

  parts: goHttpParts,

  example(input: OperationSnippetInput): string {
    const { imports, body } = goHttpParts(input);
    const baseUrl = httpExample(input).request.baseUrl;
    return ['package main', '', ...importBlock([...SETUP_IMPORTS, ...imports]), '', ...goHttpDeclarations(input.sdk, baseUrl), '', 'func main() {', body, '}'].join('\n');
  },
};
