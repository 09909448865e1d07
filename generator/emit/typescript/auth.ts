// The spec's security schemes → the client's credential options, their environment variables, and the runtime's
// AuthConfig. One rule names them all: every bearer token (and OAuth2 access token) is the `apiKey`, as is the first
// API key when there is no bearer scheme; basic auth is `username`/`password`, OAuth2 client credentials
// `clientId`/`clientSecret`; any other API key takes its scheme's name. Env vars are `<PREFIX>_<OPTION>`.
import type { AuthScheme, IR, Operation, SecurityRequirement } from '../../ir/types.js';
import { quote } from './names.js';

export interface CredentialOption {
  option: string;
  env: string;
  /** The JSDoc of the option. */
  doc: string;
}

/** A scheme in the runtime's terms (core/auth.ts SecurityScheme), as the code that builds it. */
interface RuntimeScheme {
  name: string;
  code: string;
  options: string[];
}

export interface ClientAuth {
  credentials: CredentialOption[];
  /** The AuthConfig literal handed to BaseClient. */
  config: string;
  /** The `security` request option of an operation whose security differs from the API's default; else undefined. */
  operationSecurity(operation: Operation): string | undefined;
  /** The options of the default security's first alternative (what a user most likely passes). */
  defaultOptions: string[];
  /** Per scheme kind, for the README: what to pass. */
  schemes: { name: string; kind: string; description?: string; options: CredentialOption[] }[];
}

/** Options of BaseClient a credential must not take. */
const TAKEN = new Set(['baseURL', 'timeout', 'maxRetries', 'defaultHeaders', 'defaultQuery', 'fetch', 'fetchOptions', 'logLevel', 'logger', 'publicKey']);

export function clientAuth(ir: IR, apiKeyEnv: string, envPrefix: string, warnings: string[]): ClientAuth {
  const requirementsOf = (op: Operation): SecurityRequirement[] =>
    op.securityRequirements ?? op.security.map((scheme) => [{ scheme, scopes: [] }]);
  const used = new Set([...(ir.security ?? []), ...ir.operations.flatMap(requirementsOf)].flat().map((r) => r.scheme));
  const known = ir.auth.filter((s) => used.has(s.name));
  let defaults: SecurityRequirement[] = ir.security ?? mostCommon(ir.operations.map(requirementsOf));
  // A spec that defines schemes but requires none anywhere: the first scheme is the API's (it forgot `security`).
  if (used.size === 0 && ir.auth.length) {
    const first = ir.auth[0]!;
    known.push(first);
    defaults = [[{ scheme: first.name, scopes: [] }]];
  }
  const scopes = new Map<string, Set<string>>();
  for (const requirement of [...defaults, ...ir.operations.flatMap(requirementsOf)].flat()) {
    for (const scope of requirement.scopes) (scopes.get(requirement.scheme) ?? scopes.set(requirement.scheme, new Set()).get(requirement.scheme)!).add(scope);
  }

  const taken = new Set(TAKEN);
  const credentials = new Map<string, CredentialOption>();
  const credential = (option: string, doc: string): string => {
    if (!credentials.has(option)) {
      const env = option === 'apiKey' ? apiKeyEnv : `${envPrefix}_${screaming(option)}`;
      credentials.set(option, { option, env, doc });
      taken.add(option);
    }
    return option;
  };
  const bearerLike = (s: AuthScheme) => s.kind === 'bearer' || (s.kind === 'oauth2' && !s.flows?.clientCredentials?.tokenUrl) || s.kind === 'other';
  const apiKeyIsBearer = known.some(bearerLike);
  const primaryKey: string | undefined = apiKeyIsBearer ? undefined : known.find((s) => s.kind === 'apiKey')?.name;

  const runtime = new Map<string, RuntimeScheme>();
  const readme: ClientAuth['schemes'] = [];
  for (const scheme of known) {
    let built: RuntimeScheme;
    if (scheme.kind === 'basic') {
      const username = credential('username', 'The username of HTTP basic auth.');
      const password = credential('password', 'The password of HTTP basic auth.');
      built = { name: scheme.name, options: [username, password], code: `{ kind: 'basic', name: ${quote(scheme.name)}, username: 'username', password: 'password' }` };
    } else if (scheme.kind === 'oauth2' && scheme.flows?.clientCredentials?.tokenUrl) {
      const id = credential('clientId', 'The OAuth2 client ID (client-credentials flow).');
      const secret = credential('clientSecret', 'The OAuth2 client secret (client-credentials flow).');
      const wanted = [...(scopes.get(scheme.name) ?? [])];
      const scopeCode = wanted.length ? `, scopes: [${wanted.map(quote).join(', ')}]` : '';
      built = {
        name: scheme.name,
        options: [id, secret],
        code: `{ kind: 'oauth2', name: ${quote(scheme.name)}, tokenUrl: ${quote(tokenUrlOf(scheme.flows.clientCredentials.tokenUrl, ir))}, clientId: 'clientId', clientSecret: 'clientSecret'${scopeCode} }`,
      };
    } else if (scheme.kind === 'apiKey') {
      const option = scheme.name === primaryKey ? 'apiKey' : uniqueOption(camel(scheme.name), taken, credentials);
      credential(option, `The API key sent in the ${scheme.parameterName} ${scheme.in === 'header' ? 'header' : scheme.in === 'query' ? 'query parameter' : 'cookie'}.`);
      built = {
        name: scheme.name,
        options: [option],
        code: `{ kind: 'apiKey', name: ${quote(scheme.name)}, in: '${scheme.in}', parameter: ${quote(scheme.parameterName)}, credential: ${quote(option)} }`,
      };
    } else {
      if (scheme.kind === 'other') {
        warnings.push(`security scheme ${scheme.name} (${scheme.type}) is not applied by the client; the API key is sent as a bearer token`);
      }
      credential('apiKey', 'The API key, sent as a bearer token.');
      built = { name: scheme.name, options: ['apiKey'], code: `{ kind: 'bearer', name: ${quote(scheme.name)}, credential: 'apiKey' }` };
    }
    // Schemes applied the same way (Telnyx's eight bearer schemes) are one: the first one's name stands for all.
    const sameAs = [...runtime.values()].find((other) => other.code.replace(quote(other.name), '') === built.code.replace(quote(built.name), ''));
    runtime.set(scheme.name, sameAs ?? built);
    const entry: ClientAuth['schemes'][number] = { name: scheme.name, kind: scheme.kind, options: built.options.map((o) => credentials.get(o)!) };
    if (scheme.description) entry.description = scheme.description;
    readme.push(entry);
  }
  // Without any scheme the client still takes an apiKey (a bearer token nothing requires).
  if (!credentials.has('apiKey')) credentials.set('apiKey', { option: 'apiKey', env: apiKeyEnv, doc: 'An API key, sent as a bearer token where the API asks for one.' });

  const literal = (requirements: SecurityRequirement[]): string => {
    const alternatives = requirements
      .filter((alternative) => alternative.every((r) => runtime.has(r.scheme)))
      .map((alternative) => `[${[...new Set(alternative.map((r) => runtime.get(r.scheme)!.name))].map(quote).join(', ')}]`);
    return `[${[...new Set(alternatives)].join(', ')}]`;
  };
  const defaultLiteral = literal(defaults);
  const ordered = [...credentials.values()].sort((a, b) => (a.option === 'apiKey' ? -1 : b.option === 'apiKey' ? 1 : 0));
  const config = [
    '{',
    `  schemes: [${[...new Set(runtime.values())].map((s) => `\n    ${s.code},`).join('')}${runtime.size ? '\n  ' : ''}],`,
    `  credentials: [${ordered.map((c) => `\n    { option: ${quote(c.option)}, env: ${quote(c.env)} },`).join('')}\n  ],`,
    `  security: ${defaultLiteral},`,
    '}',
  ].join('\n');
  return {
    credentials: ordered,
    config,
    operationSecurity(operation) {
      const own = literal(requirementsOf(operation));
      return own === defaultLiteral ? undefined : own;
    },
    schemes: readme,
    defaultOptions: (defaults[0] ?? []).flatMap((r) => runtime.get(r.scheme)?.options ?? []),
  };
}

function uniqueOption(wish: string, taken: Set<string>, credentials: Map<string, CredentialOption>): string {
  let option = /^[A-Za-z_$][\w$]*$/.test(wish) ? wish : `key${wish.replace(/\W/g, '')}`;
  if (credentials.has(option)) return option;
  while (taken.has(option)) option = `${option}Key`;
  return option;
}

/** `api_key-query` → `apiKeyQuery`. */
function camel(name: string): string {
  const words = name.split(/[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])/).filter(Boolean);
  return words.map((w, i) => (i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase())).join('') || 'key';
}

/** `clientSecret` → `CLIENT_SECRET`. */
function screaming(option: string): string {
  return option.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/** The security most operations share: the default of a spec that states none at the top. */
function mostCommon(all: SecurityRequirement[][]): SecurityRequirement[] {
  const counts = new Map<string, { count: number; value: SecurityRequirement[] }>();
  for (const requirements of all) {
    const key = JSON.stringify(requirements.map((alternative) => alternative.map((r) => r.scheme)));
    const entry = counts.get(key) ?? counts.set(key, { count: 0, value: requirements }).get(key)!;
    entry.count++;
  }
  let best: { count: number; value: SecurityRequirement[] } | undefined;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best?.value ?? [];
}

/**
 * A token URL under the API's own base URL is kept relative to it, so that a client pointed at another base URL
 * (a staging host, a mock server) fetches its tokens there too; a token URL on another host stays absolute.
 */
export function tokenUrlOf(tokenUrl: string, ir: IR): string {
  const base = ir.servers[0]?.url.replace(/\/+$/, '');
  return base && /^https?:\/\//i.test(base) && tokenUrl.startsWith(`${base}/`) ? tokenUrl.slice(base.length + 1) : tokenUrl;
}
