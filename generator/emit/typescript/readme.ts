// README.md of the generated package, from templates/typescript/README.md.hbs, with calls of this API's methods.
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import type { ClientConfig } from '../../config.js';
import { withGivenValues } from '../../examples/given.js';
import { buildMethodExample } from '../../examples/method.js';
import type { SchemaLookup } from '../../ir/pagination.js';
import { resolveShape } from '../../ir/pagination.js';
import type { IR } from '../../ir/types.js';
import { envPrefix } from '../../naming/brand.js';
import { javascriptTarget } from '../snippets/javascript.js';
import type { SdkInfo } from '../snippets/target.js';
import { quote } from './names.js';
import type { MethodPlan, ResourceFile, SdkPlan } from './plan.js';
import type { ClientAuth } from './auth.js';
import { requestOperationKey, type ReadmeExamplesConfig, type ReadmeRequest } from './readme-examples.js';

export interface ReadmeInput {
  plan: SdkPlan;
  ir: IR;
  lookup: SchemaLookup;
  client: ClientConfig;
  packageName: string;
  sdk: SdkInfo;
  templatePath: string;
  defaultBaseURL: string;
  auth: ClientAuth;
  /** The calls the config asks the README to show (targets.typescript.readme). */
  examples?: ReadmeExamplesConfig;
}

interface Located {
  file: ResourceFile;
  method: MethodPlan;
  /** Argument values the config gives for this call. */
  given?: Record<string, unknown>;
}

export function readme(input: ReadmeInput): string {
  const { plan, client } = input;
  // Shallow resources first: their methods make the plainest examples.
  const all: Located[] = plan.files
    .flatMap((file) => file.methods.map((method) => ({ file, method })))
    .sort((a, b) => a.file.resource.path.length - b.file.resource.path.length);
  // Calls that need no argument, so that the README can show them with request options.
  const simple = all.filter(({ method: m }) => m.shape.positional.length === 0 && !m.shape.paramsRequired && m.shape.response.kind !== 'binary');
  const simpleGet = simple.find(({ method: m }) => m.shape.operation.method === 'get' && !m.page) ?? simple.find(({ method: m }) => !m.page);
  const create =
    requested(all, input.examples?.usage) ?? all.find(({ method: m }) => m.shape.method.name === 'create' && m.shape.body) ?? simpleGet ?? all[0];
  const paged =
    requested(all, input.examples?.pagination) ??
    all.find(({ method: m }) => m.page && m.shape.positional.length === 0 && !m.shape.paramsRequired) ??
    all.find(({ method: m }) => m.page);
  const withParams = simple.find(({ method: m }) => m.paramsType && m.shape.body?.mode !== 'merged');
  // Without a call that takes nothing, the error and raw-response examples call one with path parameters only
  // (stand-in ids), else show the docs' example of a method: always a method of this API.
  const plain = simpleGet ?? all.find(({ method: m }) => !m.shape.paramsRequired && m.shape.response.kind !== 'binary');
  const fallback = plain ? undefined : all.map((located) => snippet(input, located)).find((code) => code !== undefined);
  const prefix = envPrefix(client.apiKeyEnv);
  const data = {
    title: (input.ir.api.title || client.name).replace(/\s+API$/i, ''),
    name: client.name,
    packageName: input.packageName,
    apiKeyEnv: client.apiKeyEnv,
    clientOptions: (input.auth.defaultOptions.length ? input.auth.defaultOptions : ['apiKey']).map((option) => ({
      option,
      env: input.auth.credentials.find((c) => c.option === option)!.env,
    })),
    credentials: input.auth.credentials,
    authSchemes: input.auth.schemes.map((s) => ({ ...s, options: s.options.map((o) => `\`${o.option}\``).join(', ') })),
    baseUrlEnv: client.baseUrlEnv,
    baseURL: input.defaultBaseURL,
    usage: create ? snippet(input, create) : undefined,
    paramsType: withParams?.method.paramsType,
    paramsValue: '{}',
    errorCall: plain ? `await ${call(plain)};` : fallback?.trim().split('\n').join('\n  '),
    pagination: paged ? snippet(input, paged) : undefined,
    paginationCall: paged ? call(paged) : undefined,
    retryCall: simpleGet ? call(simpleGet, '{ maxRetries: 5 }') : undefined,
    timeoutCall: simpleGet ? call(simpleGet, '{ timeout: 5 * 1000 }') : undefined,
    rawCall: plain ? call(plain) : undefined,
    upload: uploadCall(input, all),
    streaming: streamingCall(all),
    webhooks: client.webhooks
      ? { signatureHeader: client.webhooks.signatureHeader, timestampHeader: client.webhooks.timestampHeader, publicKeyEnv: `${prefix}_PUBLIC_KEY` }
      : undefined,
  };
  const template = Handlebars.compile(readFileSync(input.templatePath, 'utf8'), { noEscape: true, strict: false });
  return template(data);
}

/** The method the config names for an example, with its arguments (the first method of that operation). */
function requested(all: readonly Located[], request: ReadmeRequest | undefined): Located | undefined {
  if (!request) return undefined;
  const key = requestOperationKey(request);
  const found = all.find(({ method }) => method.shape.operation.key === key && method.shape.method.aliasOf === undefined);
  return found && { ...found, given: request.params };
}

function chain({ file, method }: Located): string {
  const parts: string[] = [];
  for (let f: ResourceFile | undefined = file; f; f = f.parent) parts.unshift(f.property);
  return ['client', ...parts, method.name].join('.');
}

/** `client.a.b()`, with request options when given (after an empty params object when the method has params). */
function call(located: Located, options?: string): string {
  const { method } = located;
  const args: string[] = method.shape.positional.map((p) => exampleText(p.name, p.schema.kind));
  if (options && method.shape.hasParams) args.push('{}');
  if (options) args.push(options);
  return `${chain(located)}(${args.join(', ')})`;
}

/** A stand-in value for a path parameter: its name, or 1 for a number. */
function exampleText(name: string, kind: string): string {
  return kind === 'integer' || kind === 'number' ? '1' : quote(name);
}

/** The example the JavaScript docs show for the method (the same generator), without its set-up. */
function snippet(input: ReadmeInput, { file, method, given }: Located): string | undefined {
  try {
    const example = buildMethodExample(method.shape.operation, input.lookup, method.shape.method);
    return javascriptTarget.example({
      ir: input.ir,
      lookup: input.lookup,
      operation: method.shape.operation,
      method: method.shape.method,
      resourcePath: file.resource.path,
      example: given ? withGivenValues(example, method.shape.operation, input.lookup, given) : example,
      sdk: input.sdk,
      style: 'v2',
    });
  } catch {
    return undefined;
  }
}

/** A method that returns Server-Sent Events: `client.a.b(…)`, with `stream: true` where a body flag asks for them. */
function streamingCall(all: Located[]): { call: string; flag: boolean } | undefined {
  const located =
    all.find(({ method }) => method.shape.response.kind === 'stream') ??
    all.find(({ method }) => method.shape.response.kind === 'json' && method.shape.response.events && method.shape.body?.mode === 'fields' &&
      method.shape.body.object.properties.some((p) => p.name === 'stream'));
  if (!located) return undefined;
  const { shape } = located.method;
  const flag = shape.response.kind === 'json';
  const args = shape.positional.map((p) => exampleText(p.name, p.schema.kind));
  if (flag) args.push('{ /* …params */ stream: true }');
  else if (shape.paramsRequired) args.push('{ /* …params */ }');
  return { call: `${chain(located)}(${args.join(', ')})`, flag };
}

/** A multipart method whose only required fields are files: called with the stream and the `toFile` result. */
function uploadCall(input: ReadmeInput, all: Located[]): string | undefined {
  for (const located of all) {
    const { shape } = located.method;
    if (shape.encoding !== 'multipart' || shape.body?.mode !== 'fields' || shape.pathParams.length) continue;
    const required = shape.body.object.properties.filter((p) => p.required && !p.schema.readOnly);
    const files = required.filter((p) => {
      const s = resolveShape(p.schema, input.lookup);
      return s?.kind === 'string' && s.format === 'binary';
    });
    if (files.length === 0 || files.length !== required.length || shape.query.some((q) => q.required) || shape.headers.some((h) => h.required)) continue;
    const fields = files.map((f, i) => `${/^[A-Za-z_$][\w$]*$/.test(f.name) ? f.name : quote(f.name)}: ${i === 0 ? 'fromDisk' : 'fromBytes'}`);
    const positional = shape.positional.map((p) => exampleText(p.name, p.schema.kind));
    return `await ${chain(located)}(${[...positional, `{ ${fields.join(', ')} }`].join(', ')});`;
  }
  return undefined;
}
