// Security schemes of the spec as the client applies them: which credentials a request needs (the first alternative
// the user configured), how each travels (header, query, cookie, basic, bearer), and OAuth2 client-credentials tokens.
import { base64Text } from './bytes.js';
import { readEnv } from './env.js';
import { APIError, SDKError } from './errors.js';
import type { Fetch } from './request-options.js';

/** One scheme of components.securitySchemes; `credential`, `username`… name the client options that feed it. */
export type SecurityScheme =
  | { kind: 'bearer'; name: string; credential: string }
  | { kind: 'basic'; name: string; username: string; password: string }
  | { kind: 'apiKey'; name: string; in: 'header' | 'query' | 'cookie'; parameter: string; credential: string }
  | {
      kind: 'oauth2';
      name: string;
      /** Absolute, or relative to the base URL. */
      tokenUrl: string;
      clientId: string;
      clientSecret: string;
      scopes?: readonly string[] | undefined;
    };

/** A client option that holds a credential, and the environment variable it defaults to. */
export interface Credential {
  option: string;
  env?: string | undefined;
}

export interface AuthConfig {
  schemes: readonly SecurityScheme[];
  credentials: readonly Credential[];
  /** The API's default security: alternatives of scheme names used together; `[]` = no auth. */
  security: readonly (readonly string[])[];
}

/** What one request sends to authenticate. */
export interface AppliedAuth {
  headers: Record<string, string>;
  query: Record<string, string>;
  /** The OAuth2 scheme whose token was used: a 401 refreshes it once. */
  oauth?: OAuthTokens | undefined;
}

/** The schemes of one request: which alternative applies, and with what values. */
export class Authenticator {
  readonly #config: AuthConfig;
  readonly #values: Record<string, string | null>;
  readonly #tokens = new Map<string, OAuthTokens>();

  constructor(config: AuthConfig, values: Record<string, string | null>) {
    this.#config = config;
    this.#values = values;
  }

  /** The first alternative whose credentials are all set; undefined when none is (an empty alternative always is). */
  choose(security: readonly (readonly string[])[] = this.#config.security): readonly SecurityScheme[] | undefined {
    for (const alternative of security) {
      const schemes = alternative.map((name) => this.#config.schemes.find((s) => s.name === name));
      if (schemes.every((s): s is SecurityScheme => !!s && this.#configured(s))) return schemes;
    }
    return undefined;
  }

  /** Throws the SDKError that says which options (or environment variables) would satisfy `security`. */
  missing(clientName: string, security: readonly (readonly string[])[] = this.#config.security): SDKError {
    const ways = security.map((alternative) =>
      alternative
        .map((name) => this.#config.schemes.find((s) => s.name === name))
        .filter((s): s is SecurityScheme => !!s)
        .flatMap((s) => optionsOf(s))
        .map((option) => {
          const env = this.#config.credentials.find((c) => c.option === option)?.env;
          return env ? `${option} (or ${env})` : option;
        })
        .join(' and '),
    );
    if (ways.length === 1 && ways[0]!.startsWith('apiKey')) {
      const env = this.#config.credentials.find((c) => c.option === 'apiKey')?.env;
      const fromEnv = env ? ` or set the ${env} environment variable` : '';
      return new SDKError(`Missing API key: pass one as new ${clientName}({ apiKey: '…' })${fromEnv}.`);
    }
    return new SDKError(`Missing credentials: pass ${ways.filter(Boolean).join(', or ')} to new ${clientName}({ … }).`);
  }

  async apply(schemes: readonly SecurityScheme[], baseURL: string, fetch: Fetch): Promise<AppliedAuth> {
    const applied: AppliedAuth = { headers: {}, query: {} };
    const cookies: string[] = [];
    for (const scheme of schemes) {
      if (scheme.kind === 'bearer') applied.headers['Authorization'] = `Bearer ${this.#value(scheme.credential)}`;
      else if (scheme.kind === 'basic') {
        const pair = `${this.#value(scheme.username)}:${this.#value(scheme.password)}`;
        applied.headers['Authorization'] = `Basic ${base64Text(pair)}`;
      } else if (scheme.kind === 'apiKey') {
        const value = this.#value(scheme.credential);
        if (scheme.in === 'header') applied.headers[scheme.parameter] = value;
        else if (scheme.in === 'query') applied.query[scheme.parameter] = value;
        else cookies.push(`${scheme.parameter}=${encodeURIComponent(value)}`);
      } else {
        const tokens = this.#oauth(scheme, baseURL, fetch);
        applied.headers['Authorization'] = `Bearer ${await tokens.token()}`;
        applied.oauth = tokens;
      }
    }
    if (cookies.length) applied.headers['Cookie'] = cookies.join('; ');
    return applied;
  }

  /** Every option set; basic auth needs only the username (an API key as username with an empty password is common). */
  #configured(scheme: SecurityScheme): boolean {
    const needed = scheme.kind === 'basic' ? [scheme.username] : optionsOf(scheme);
    return needed.every((option) => !!this.#values[option]);
  }

  #value(option: string): string {
    return this.#values[option] ?? '';
  }

  #oauth(scheme: Extract<SecurityScheme, { kind: 'oauth2' }>, baseURL: string, fetch: Fetch): OAuthTokens {
    let tokens = this.#tokens.get(scheme.name);
    if (!tokens) {
      const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(scheme.tokenUrl)
        ? scheme.tokenUrl
        : `${baseURL.replace(/\/+$/, '')}/${scheme.tokenUrl.replace(/^\/+/, '')}`;
      tokens = new OAuthTokens(url, this.#value(scheme.clientId), this.#value(scheme.clientSecret), scheme.scopes, fetch);
      this.#tokens.set(scheme.name, tokens);
    }
    return tokens;
  }
}

/** The client options a scheme reads. */
export function optionsOf(scheme: SecurityScheme): string[] {
  if (scheme.kind === 'basic') return [scheme.username, scheme.password];
  if (scheme.kind === 'oauth2') return [scheme.clientId, scheme.clientSecret];
  return [scheme.credential];
}

/** Reads each credential from the options, else its environment variable; `null` when neither has it. */
export function readCredentials(config: AuthConfig, options: Record<string, unknown>): Record<string, string | null> {
  const values: Record<string, string | null> = {};
  for (const { option, env } of config.credentials) {
    const given = options[option];
    values[option] = given !== undefined ? ((given as string | null) ?? null) : (readEnv(env) ?? null);
  }
  return values;
}

/** Seconds before `expires_in` runs out at which a cached token counts as expired. */
export const TOKEN_EXPIRY_MARGIN_SECONDS = 30;

/**
 * OAuth2 client-credentials tokens (RFC 6749 §4.4): fetched on first use, cached until shortly before they expire,
 * one fetch shared by concurrent requests; `invalidate()` after a 401 makes the next request fetch a new one.
 */
export class OAuthTokens {
  #token: string | undefined;
  #expiresAt = Infinity;
  #pending: Promise<string> | undefined;

  constructor(
    readonly url: string,
    readonly clientId: string,
    readonly clientSecret: string,
    readonly scopes: readonly string[] | undefined,
    readonly fetch: Fetch,
    readonly now: () => number = () => Date.now(),
  ) {}

  token(): Promise<string> {
    if (this.#token !== undefined && this.now() < this.#expiresAt) return Promise.resolve(this.#token);
    this.#pending ??= this.#request().finally(() => {
      this.#pending = undefined;
    });
    return this.#pending;
  }

  invalidate(): void {
    this.#token = undefined;
  }

  async #request(): Promise<string> {
    const form = new URLSearchParams({ grant_type: 'client_credentials' });
    if (this.scopes?.length) form.set('scope', this.scopes.join(' '));
    const requested = this.now();
    const response = await this.fetch(this.url, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${base64Text(`${encodeURIComponent(this.clientId)}:${encodeURIComponent(this.clientSecret)}`)}`,
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/json',
      },
      body: form.toString(),
    });
    const text = await response.text();
    let body: { access_token?: unknown; expires_in?: unknown } | undefined;
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      body = undefined;
    }
    if (!response.ok) {
      const error = typeof body === 'object' && body !== null ? body : undefined;
      throw APIError.generate(response.status, error, `OAuth2 token request failed${error ? '' : `: ${text}`}`, response.headers);
    }
    if (typeof body?.access_token !== 'string') {
      throw new SDKError(`OAuth2 token response from ${this.url} has no access_token`);
    }
    this.#token = body.access_token;
    const expiresIn = Number(body.expires_in);
    this.#expiresAt = Number.isFinite(expiresIn) && expiresIn > 0
      ? requested + Math.max(0, expiresIn - TOKEN_EXPIRY_MARGIN_SECONDS) * 1000
      : Infinity;
    return this.#token;
  }
}
