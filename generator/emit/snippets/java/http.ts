// Java raw-HTTP examples with java.net.http (JDK 11+; text blocks need 15+): nothing to install. The JDK has no
// JSON parser, so the examples print the response body whole instead of one field.
import { UNKNOWN_BASE_URL } from '../../../examples/http-request.js';
import { httpExample, type HttpSnippetParts, type HttpSnippetTarget } from '../http/common.js';
import type { CodeBlock, OperationSnippetInput, SdkInfo } from '../target.js';
import { javaString } from './literals.js';

const INDENT = '    ';
const SETUP_IMPORTS = ['java.net.URI', 'java.net.http.HttpClient', 'java.net.http.HttpRequest', 'java.net.http.HttpResponse'];
const SHORT_METHODS = new Set(['GET', 'DELETE', 'POST', 'PUT']);

/** A text block of JSON: backslashes doubled (a text block processes escapes), `"""` broken up. */
function textBlock(text: string, indent: string): string {
  const body = text.replace(/\\/g, '\\\\').replace(/"""/g, '""\\"');
  return `"""\n${body.split('\n').map((l) => indent + l).join('\n')}\n${indent}"""`;
}

export function javaHttpSetupLines(sdk: SdkInfo, baseUrl: string): string[] {
  return [
    'HttpClient client = HttpClient.newHttpClient();',
    `String baseUrl = ${javaString(baseUrl)};`,
    `String apiKey = System.getenv(${javaString(sdk.apiKeyEnv)});`,
  ];
}

/** The statements of the example (they use `client`, `baseUrl` and `apiKey`) and the classes they import. */
export function javaHttpParts(input: OperationSnippetInput): HttpSnippetParts {
  const { request, response } = httpExample(input);
  const imports = new Set<string>();
  const lines: string[] = [];
  let url = `baseUrl + ${javaString(request.path + (request.queryString ? `?${request.queryString}` : ''))}`;
  const auth = request.auth;
  if (auth?.kind === 'query') {
    imports.add('java.net.URLEncoder').add('java.nio.charset.StandardCharsets');
    url += ` + ${javaString(`${request.queryString ? '&' : '?'}${encodeURIComponent(auth.name)}=`)} + URLEncoder.encode(apiKey, StandardCharsets.UTF_8)`;
  }
  const builder: string[] = [`HttpRequest request = HttpRequest.newBuilder(URI.create(${url}))`];
  if (auth?.kind === 'header') builder.push(`.header(${javaString(auth.header)}, ${auth.prefix ? `${javaString(auth.prefix)} + ` : ''}apiKey)`);
  if (auth?.kind === 'cookie') builder.push(`.header("Cookie", ${javaString(`${auth.name}=`)} + apiKey)`);
  if (auth?.kind === 'basic') {
    imports.add('java.util.Base64');
    builder.push('.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(apiKey.getBytes()))');
  }
  for (const h of request.headers) builder.push(`.header(${javaString(h.name)}, ${javaString(h.value)})`);
  let publisher: string | undefined;
  const b = request.body;
  if (b.kind === 'json') {
    builder.push(`.header("Content-Type", ${javaString(b.contentType)})`);
    publisher = `HttpRequest.BodyPublishers.ofString(${textBlock(JSON.stringify(b.value, null, 2), INDENT + INDENT)})`;
  } else if (b.kind === 'text') {
    builder.push(`.header("Content-Type", ${javaString(b.contentType)})`);
    publisher = `HttpRequest.BodyPublishers.ofString(${javaString(b.value)})`;
  } else if (b.kind === 'form') {
    builder.push(`.header("Content-Type", ${javaString(b.contentType)})`);
    const encoded = b.fields.map((f) => `${encodeURIComponent(f.name)}=${encodeURIComponent(f.value)}`).join('&');
    publisher = `HttpRequest.BodyPublishers.ofString(${javaString(encoded)})`;
  } else if (b.kind === 'multipart') {
    imports.add('java.io.ByteArrayOutputStream');
    lines.push('String boundary = java.util.UUID.randomUUID().toString();', 'ByteArrayOutputStream body = new ByteArrayOutputStream();');
    for (const f of b.fields) {
      lines.push(`body.write(("--" + boundary + ${javaString(`\r\nContent-Disposition: form-data; name="${f.name}"\r\n\r\n${f.value}\r\n`)}).getBytes());`);
    }
    for (const f of b.files) {
      imports.add('java.nio.file.Files').add('java.nio.file.Path');
      const head = `\r\nContent-Disposition: form-data; name="${f.name}"; filename="${f.path.split('/').pop()}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
      lines.push(`body.write(("--" + boundary + ${javaString(head)}).getBytes());`, `body.write(Files.readAllBytes(Path.of(${javaString(f.path)})));`, 'body.write("\\r\\n".getBytes());');
    }
    lines.push('body.write(("--" + boundary + "--\\r\\n").getBytes());');
    builder.push('.header("Content-Type", "multipart/form-data; boundary=" + boundary)');
    publisher = 'HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())';
  }
  const method = request.method;
  if (!publisher && (method === 'GET' || method === 'DELETE')) builder.push(`.${method}()`);
  else if (publisher && SHORT_METHODS.has(method) && method !== 'GET' && method !== 'DELETE') builder.push(`.${method}(${publisher})`);
  else builder.push(`.method(${javaString(method)}, ${publisher ?? 'HttpRequest.BodyPublishers.noBody()'})`);
  builder.push('.build();');
  lines.push(builder[0]!, ...builder.slice(1).map((l) => INDENT + l));
  lines.push('HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());');
  lines.push('if (response.statusCode() >= 300) {', `${INDENT}throw new RuntimeException(response.statusCode() + " " + response.body());`, '}');
  lines.push(response.kind === 'status' ? 'System.out.println(response.statusCode());' : 'System.out.println(response.body());');
  return { imports: [...imports].sort(), body: lines.join('\n') };
}

function importLines(classes: string[]): string[] {
  return [...new Set(classes)].sort().map((c) => `import ${c};`);
}

export const javaHttpTarget: HttpSnippetTarget = {
  language: 'java',
  client: 'http',
  displayName: 'Java',
  fence: 'java',

  installation(): CodeBlock {
    return { fence: 'text', code: '// Nothing to install: the examples use java.net.http of the JDK (Java 15+ for text blocks).' };
  },

  setup(sdk: SdkInfo): string {
    return [...importLines(SETUP_IMPORTS), '', ...javaHttpSetupLines(sdk, sdk.baseUrl ?? UNKNOWN_BASE_URL)].join('\n');
  },

  parts: javaHttpParts,

  example(input: OperationSnippetInput): string {
    const { imports, body } = javaHttpParts(input);
    if (input.style !== 'v1') return imports.length ? `${importLines(imports).join('\n')}\n\n${body}` : body;
    const pad = INDENT + INDENT;
    return [
      ...importLines([...SETUP_IMPORTS, ...imports]),
      '',
      'public class Main {',
      `${INDENT}public static void main(String[] args) throws Exception {`,
      ...[...javaHttpSetupLines(input.sdk, httpExample(input).request.baseUrl), '', ...body.split('\n')].map((l) => (l ? pad + l : l)),
      `${INDENT}}`,
      '}',
    ].join('\n');
  },
};
