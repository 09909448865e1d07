// src/client.ts (the client class, its resources and the namespace of every type) and src/index.ts.
import type { ClientConfig } from '../../config.js';
import type { IR } from '../../ir/types.js';
import { envPrefix } from '../../naming/brand.js';
import type { ClientAuth } from './auth.js';
import { writeDoc } from './jsdoc.js';
import { NameScope, quote, wrapList } from './names.js';
import type { ResourceFile, SdkPlan, TypeFile } from './plan.js';
import { GENERATED_HEADER, newWriter } from './resource-file.js';

/** Static members of BaseClient (error classes, toFile…) and Function's own: no resource class may take these. */
const CLIENT_STATICS = [
  'DEFAULT_TIMEOUT', 'SDKError', 'APIError', 'APIConnectionError', 'APIConnectionTimeoutError', 'APIUserAbortError',
  'BadRequestError', 'AuthenticationError', 'PermissionDeniedError', 'NotFoundError', 'ConflictError',
  'UnprocessableEntityError', 'RateLimitError', 'InternalServerError', 'toFile', 'prototype', 'name', 'length',
];

/** Instance members of BaseClient a resource property must not replace. */
const CLIENT_MEMBERS = [
  'apiKey', 'baseURL', 'timeout', 'maxRetries', 'logLevel', 'fetchOptions', 'identity', 'log', '_options', 'withOptions',
  'get', 'post', 'put', 'patch', 'delete', 'request', 'getAPIList', 'requestAPIList', 'buildURL', 'authHeaders',
  'authQuery', 'defaultIdempotencyKey', 'makeStatusError', 'sleep', 'publicKey', 'constructor',
];

export interface ClientFileInput {
  plan: SdkPlan;
  ir: IR;
  client: ClientConfig;
  version: string;
  warnings: string[];
  auth: ClientAuth;
  /** Types a module exports besides its declarations (the webhook helpers' types). */
  extraTypes?: ReadonlyMap<ResourceFile, readonly string[]>;
}

export function clientModule({ plan, ir, client, version, warnings, auth, extraTypes }: ClientFileInput): string {
  const className = client.name;
  const scope = new NameScope([className, 'BaseClient', 'BaseClientOptions', 'ClientOptions', 'VERSION', 'readEnv', 'AuthConfig', ...CLIENT_STATICS]);
  const authBinding = scope.claim('AUTH');
  const bindings = new Map<ResourceFile, string>();
  for (const file of plan.topLevel) bindings.set(file, scope.claim(file.className, `${file.className}Resource`));
  const properties = clientProperties(plan);
  for (const [file, property] of properties) {
    if (property !== file.property) warnings.push(`client property ${file.property} renamed ${property} (a client member has that name)`);
  }
  const modules = new Map<TypeFile, string>();
  const aliasOf = (file: TypeFile): string => {
    let alias = modules.get(file);
    if (!alias) modules.set(file, (alias = scope.claim(moduleAlias(file))));
    return alias;
  };

  const webhooks = client.webhooks;
  const prefix = envPrefix(client.apiKeyEnv);
  const w = newWriter();
  w.writeLine(`export const VERSION = ${quote(version)};`);
  w.blankLine();
  w.writeLine('/** The security schemes of the spec, the client options that hold their credentials, and the default security. */');
  w.writeLine(`const ${authBinding}: AuthConfig = ${auth.config};`);
  w.blankLine();
  w.write('export interface ClientOptions extends BaseClientOptions').block(() => {
    for (const credential of auth.credentials) {
      if (credential.option === 'apiKey') continue;
      writeDoc(w, `${credential.doc} Defaults to process.env['${credential.env}'].`);
      w.writeLine(`${credential.option}?: string | null | undefined;`);
    }
    if (webhooks) {
      writeDoc(w, `The public key webhooks are verified with (base64 of the Ed25519 key). Defaults to process.env['${prefix}_PUBLIC_KEY'].`);
      w.writeLine('publicKey?: string | null | undefined;');
    }
  });
  w.blankLine();
  writeDoc(w, { summary: `The ${ir.api.title || className} API client.`, extra: clientExample(className, auth) });
  w.write(`export class ${className} extends BaseClient`).block(() => {
    if (webhooks) w.writeLine('publicKey: string | null;');
    for (const file of plan.topLevel) {
      const binding = bindings.get(file)!;
      w.writeLine(`${properties.get(file)}: ${binding} = new ${binding}(this);`);
    }
    w.blankLine();
    w.write('constructor(options: ClientOptions = {})').block(() => {
      w.write('super(').newLine();
      w.indent(() => {
        w.write('').inlineBlock(() => {
          w.writeLine(`name: ${quote(className)},`);
          w.writeLine('version: VERSION,');
          w.writeLine(`defaultBaseURL: ${quote(defaultBaseURL(client, ir))},`);
          w.writeLine(`apiKeyEnvVar: ${quote(client.apiKeyEnv)},`);
          w.writeLine(`baseURLEnvVar: ${quote(client.baseUrlEnv)},`);
          w.writeLine(`logLevelEnvVar: ${quote(`${prefix}_LOG`)},`);
          w.writeLine(`auth: ${authBinding},`);
        });
        w.write(',').newLine();
        w.writeLine('options,');
      });
      w.writeLine(');');
      if (webhooks) w.writeLine(`this.publicKey = options.publicKey !== undefined ? options.publicKey : (readEnv(${quote(`${prefix}_PUBLIC_KEY`)}) ?? null);`);
    });
  });
  w.blankLine();
  for (const file of plan.topLevel) w.writeLine(`${className}.${bindings.get(file)} = ${bindings.get(file)};`);
  w.blankLine();

  // Every exported type of every module, reachable as `Client.TypeName`; on a clash the shallower resource wins.
  // Params types are imported by name and re-exported as they are, so that their namespace of nested types
  // comes along (`Client.CallDialParams.AnsweringMachineDetectionConfig`); a type alias would leave it behind.
  const taken = new Set(['ClientOptions', ...bindings.values()]);
  const typeLines: string[] = [];
  const named = new Map<TypeFile, string[]>();
  const reexported: string[] = [];
  for (const file of byDepth(plan)) {
    const params = new Set(file.declarations.filter((d) => d.kind === 'params').map((d) => d.name));
    const names = [...(extraTypes?.get(file as ResourceFile) ?? []), ...file.declarations.map((d) => d.name)];
    for (const name of names) {
      if (taken.has(name)) continue;
      taken.add(name);
      if (params.has(name)) {
        const local = scope.claim(name, `${name}Type`);
        named.set(file, [...(named.get(file) ?? []), local === name ? name : `${name} as ${local}`]);
        reexported.push(`type ${local} as ${name}`);
      } else {
        typeLines.push(`export type ${name} = ${aliasOf(file)}.${name};`);
      }
    }
  }
  w.write(`export declare namespace ${className}`).block(() => {
    w.writeLine('export { type ClientOptions as ClientOptions };');
    const classes = [...bindings.values()].map((b) => `${b} as ${b}`);
    if (classes.length) w.writeLine(wrapList('export ', classes, ';', 2));
    if (reexported.length) w.writeLine(wrapList('export ', reexported, ';', 2));
    for (const line of typeLines) w.writeLine(line);
  });
  w.blankLine();
  w.writeLine(`export default ${className};`);

  const imports = [
    `import type { AuthConfig } from './core/auth.js';`,
    `import { BaseClient, type ClientOptions as BaseClientOptions } from './core/client.js';`,
    ...(webhooks ? [`import { readEnv } from './core/env.js';`] : []),
    ...plan.topLevel.map((file) => {
      const binding = bindings.get(file)!;
      const name = binding === file.className ? binding : `${file.className} as ${binding}`;
      return `import { ${name} } from './${file.path.replace(/^src\//, '').replace(/\.ts$/, '.js')}';`;
    }),
    ...[...modules].map(([file, alias]) => `import type * as ${alias} from './${file.path.replace(/^src\//, '').replace(/\.ts$/, '.js')}';`),
    ...[...named].map(([file, names]) => wrapList('import type ', names, ` from './${file.path.replace(/^src\//, '').replace(/\.ts$/, '.js')}';`)),
  ];
  return `${GENERATED_HEADER}\n\n${imports.join('\n')}\n\n${w.toString().trimEnd()}\n`;
}

/** The client's property of each top-level resource: its own, unless a member of the client has that name. */
export function clientProperties(plan: SdkPlan): Map<ResourceFile, string> {
  const members = new NameScope(CLIENT_MEMBERS, true);
  return new Map(plan.topLevel.map((file) => [file, members.claim(file.property, `${file.property}Resource`)]));
}

export function indexModule(className: string, hasWebhooks: boolean, hasPages: boolean): string {
  return [
    GENERATED_HEADER,
    '',
    `export { ${className} as default } from './client.js';`,
    `export { ${className}, VERSION, type ClientOptions } from './client.js';`,
    `export { APIPromise } from './core/api-promise.js';`,
    `export { PagePromise } from './core/pagination.js';`,
    `export { Stream } from './core/streaming.js';`,
    `export { toFile, type ToFileInput, type Uploadable } from './core/uploads.js';`,
    `export type { RequestOptions } from './core/request-options.js';`,
    'export {',
    '  APIConnectionError,',
    '  APIConnectionTimeoutError,',
    '  APIError,',
    '  APIUserAbortError,',
    '  AuthenticationError,',
    '  BadRequestError,',
    '  ConflictError,',
    '  InternalServerError,',
    '  NotFoundError,',
    '  PermissionDeniedError,',
    '  RateLimitError,',
    '  SDKError,',
    '  UnprocessableEntityError,',
    `} from './core/errors.js';`,
    ...(hasWebhooks ? [`export { WebhookVerificationError } from './core/webhooks.js';`] : []),
    ...(hasPages ? [`export * from './pagination.js';`] : []),
    '',
  ].join('\n');
}

/** Files by depth (top-level resources first), then in tree order; the shared models after the top level. */
function byDepth(plan: SdkPlan): TypeFile[] {
  const levels: TypeFile[][] = [];
  const walk = (file: ResourceFile, depth: number) => {
    (levels[depth] ??= []).push(file);
    file.children.forEach((c) => walk(c, depth + 1));
  };
  plan.topLevel.forEach((f) => walk(f, 0));
  const [first = [], ...rest] = levels;
  return [...first, plan.shared, ...rest.flat()];
}

function moduleAlias(file: TypeFile): string {
  const resource = file as Partial<ResourceFile>;
  if (resource.className) return `${resource.className}API`;
  return 'SharedAPI';
}

function defaultBaseURL(client: ClientConfig, ir: IR): string {
  return client.baseUrl ?? ir.servers[0]?.url ?? 'http://localhost';
}

/** `new Client({ apiKey: process.env['…'] })`, with the options of the API's first way to authenticate. */
function clientExample(className: string, auth: ClientAuth): string[] {
  const first = auth.defaultOptions.length ? auth.defaultOptions : ['apiKey'];
  const options = first.map((option) => `${option}: process.env['${auth.credentials.find((c) => c.option === option)!.env}']`);
  return ['@example', '```ts', `const client = new ${className}({ ${options.join(', ')} });`, '```'];
}
