import { APIPromise } from './api-promise.js';
import { Authenticator, readCredentials, type AppliedAuth, type AuthConfig } from './auth.js';
import { readEnv } from './env.js';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  SDKError,
  UnprocessableEntityError,
} from './errors.js';
import { mergeHeaders } from './headers.js';
import { isLogLevel, levelFilteredLogger, type Logger, type LogLevel } from './logger.js';
import { PagePromise, type AbstractPage, type PageConstructor } from './pagination.js';
import { stringifyQuery, type ArrayFormat } from './query.js';
import type {
  Fetch,
  FinalRequestOptions,
  HeadersLike,
  HTTPMethod,
  PromiseOrValue,
  RequestOptions,
} from './request-options.js';
import { tryParseJSON, type APIResponseProps } from './response.js';
import { isRetryableResponse, retryDelayMs } from './retry.js';
import { encodeBody, isStream } from './request-body.js';
import { toFile } from './uploads.js';

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_RETRIES = 2;

/** Options a user passes to `new <Client>(…)`. */
export interface ClientOptions {
  /** Defaults to the client's API-key environment variable. */
  apiKey?: string | null | undefined;
  /** Defaults to the base-URL environment variable, then the API's default server. */
  baseURL?: string | null | undefined;
  /** Milliseconds before one attempt is abandoned (default 60 000). Timed-out attempts are retried. */
  timeout?: number | undefined;
  /** Retries after a failed attempt (default 2). */
  maxRetries?: number | undefined;
  /** Headers sent with every request; a request may remove one by passing `null`. */
  defaultHeaders?: HeadersLike;
  /** Query parameters sent with every request; a request may remove one by passing `undefined`. */
  defaultQuery?: Record<string, string | undefined> | undefined;
  /** A `fetch` implementation; defaults to the global one. */
  fetch?: Fetch | undefined;
  /** Extra `RequestInit` fields for every `fetch` call. */
  fetchOptions?: RequestInit | undefined;
  /** Defaults to the log-level environment variable, then `warn`. */
  logLevel?: LogLevel | undefined;
  /** Defaults to `console`. */
  logger?: Logger | undefined;
}

/** How a single API key travels (the short form of an AuthConfig). */
export type AuthStyle =
  { kind: 'bearer' } | { kind: 'header'; name: string } | { kind: 'query'; name: string } | { kind: 'none' };

/** Per-request security (alternatives of scheme names), set by generated methods whose operation differs from the API's. */
export type RequestSecurity = readonly (readonly string[])[];

/** What the generated client subclass tells the runtime about its API. */
export interface ClientIdentity {
  /** Class name, used in the User-Agent and in error messages, e.g. `Telnyx`. */
  name: string;
  /** Package version, used in the User-Agent. */
  version: string;
  defaultBaseURL: string;
  /** e.g. `TELNYX_API_KEY`. */
  apiKeyEnvVar?: string | undefined;
  /** e.g. `TELNYX_BASE_URL`. */
  baseURLEnvVar?: string | undefined;
  /** e.g. `TELNYX_LOG`. */
  logLevelEnvVar?: string | undefined;
  /** The spec's security schemes and default security, or one API key's style. Default `{ kind: 'bearer' }`. */
  auth?: AuthStyle | AuthConfig | undefined;
  /** Throw at construction when no credentials satisfy the default security (default: true unless it is empty). */
  apiKeyRequired?: boolean | undefined;
  /** Header carrying an idempotency key on non-GET requests, kept the same across retries. */
  idempotencyHeader?: string | undefined;
  /** Array style in query strings (default `comma`, as the Stainless SDKs). */
  arrayFormat?: ArrayFormat | undefined;
}

type AttemptOutcome =
  | { response: Response; error?: undefined; timedOut?: undefined }
  | { response?: undefined; error: unknown; timedOut: boolean };

const RETRY_COUNT_HEADER = 'X-Stainless-Retry-Count';

/** The runtime every generated client extends. Subclass constructors must take `(options?: ClientOptions)`. */
export abstract class BaseClient {
  apiKey: string | null;
  baseURL: string;
  timeout: number;
  maxRetries: number;
  logLevel: LogLevel;
  fetchOptions: RequestInit | undefined;
  protected readonly _identity: ClientIdentity;
  protected readonly _logger: Logger;
  protected readonly _options: ClientOptions;
  readonly #fetch: Fetch;
  readonly #rawLogger: Logger;
  readonly #auth: Authenticator;
  readonly #authConfig: AuthConfig;

  constructor(identity: ClientIdentity, options: ClientOptions = {}) {
    this._identity = identity;
    this._options = options;
    this.#authConfig = authConfigOf(identity);
    const credentials = readCredentials(this.#authConfig, options as Record<string, unknown>);
    this.apiKey = credentials['apiKey'] ?? null;
    this.#auth = new Authenticator(this.#authConfig, credentials);
    const { security } = this.#authConfig;
    if ((identity.apiKeyRequired ?? security.length > 0) && security.length > 0 && !this.#auth.choose()) {
      throw this.#auth.missing(identity.name);
    }
    this.baseURL = options.baseURL || readEnv(identity.baseURLEnvVar) || identity.defaultBaseURL;
    this.timeout = validateTimeout(options.timeout ?? DEFAULT_TIMEOUT_MS);
    this.maxRetries = validateRetries(options.maxRetries ?? DEFAULT_MAX_RETRIES);
    this.fetchOptions = options.fetchOptions;
    const fetchImpl = options.fetch ?? (globalThis as { fetch?: Fetch }).fetch;
    if (!fetchImpl) {
      throw new SDKError(
        'No global `fetch` found (Node 20 or later has one); pass one as the `fetch` option.',
      );
    }
    this.#fetch = fetchImpl;
    const envLevel = readEnv(identity.logLevelEnvVar);
    this.logLevel = options.logLevel ?? (isLogLevel(envLevel) ? envLevel : 'warn');
    this.#rawLogger = options.logger ?? console;
    this._logger = levelFilteredLogger(this.#rawLogger, this.logLevel, `[${identity.name}]`);
  }

  /** A new client of the same class with some options replaced. */
  withOptions(overrides: Partial<ClientOptions>): this {
    const Client = this.constructor as new (options: ClientOptions) => this;
    return new Client({
      ...this._options,
      apiKey: this.apiKey,
      baseURL: this.baseURL,
      timeout: this.timeout,
      maxRetries: this.maxRetries,
      fetch: this.#fetch,
      fetchOptions: this.fetchOptions,
      logLevel: this.logLevel,
      logger: this.#rawLogger,
      ...overrides,
    });
  }

  get<Rsp>(
    path: string,
    options?: PromiseOrValue<RequestOptions & Partial<FinalRequestOptions>>,
  ): APIPromise<Rsp> {
    return this.#methodRequest('get', path, options);
  }

  post<Rsp>(
    path: string,
    options?: PromiseOrValue<RequestOptions & Partial<FinalRequestOptions>>,
  ): APIPromise<Rsp> {
    return this.#methodRequest('post', path, options);
  }

  put<Rsp>(
    path: string,
    options?: PromiseOrValue<RequestOptions & Partial<FinalRequestOptions>>,
  ): APIPromise<Rsp> {
    return this.#methodRequest('put', path, options);
  }

  patch<Rsp>(
    path: string,
    options?: PromiseOrValue<RequestOptions & Partial<FinalRequestOptions>>,
  ): APIPromise<Rsp> {
    return this.#methodRequest('patch', path, options);
  }

  delete<Rsp>(
    path: string,
    options?: PromiseOrValue<RequestOptions & Partial<FinalRequestOptions>>,
  ): APIPromise<Rsp> {
    return this.#methodRequest('delete', path, options);
  }

  request<Rsp>(options: PromiseOrValue<FinalRequestOptions>): APIPromise<Rsp> {
    return new APIPromise<Rsp>(this.#execute(options));
  }

  /** A GET list endpoint whose response is wrapped in `Page`; the result can be awaited or iterated. */
  getAPIList<PageClass extends AbstractPage<unknown>>(
    path: string,
    Page: PageConstructor<PageClass>,
    options?: PromiseOrValue<RequestOptions & Partial<FinalRequestOptions>>,
  ): PagePromise<PageClass> {
    return this.requestAPIList(Page, withRoute('get', path, options));
  }

  /** Like `getAPIList` for any method (some APIs list with POST). Pages re-enter here for the next page. */
  requestAPIList<PageClass extends AbstractPage<unknown>>(
    Page: PageConstructor<PageClass>,
    options: PromiseOrValue<FinalRequestOptions>,
  ): PagePromise<PageClass> {
    return new PagePromise<PageClass>(this, this.#execute(options), Page);
  }

  buildURL(path: string, query: object | null | undefined): string {
    const isAbsolute = /^[a-z][a-z0-9+.-]*:\/\//i.test(path);
    const url = new URL(isAbsolute ? path : joinURL(this.baseURL, path));
    const merged = { ...this._options.defaultQuery, ...(query ?? {}) };
    const search = stringifyQuery(merged, this._identity.arrayFormat ?? 'comma');
    if (search) url.search = url.search ? `${url.search}&${search}` : search;
    return url.toString();
  }

  /** Extra headers for a request, laid over the security schemes' own; override for schemes the spec cannot say. */
  protected async authHeaders(_options: FinalRequestOptions): Promise<HeadersLike> {
    return undefined;
  }

  /** The credentials of the first alternative of the request's security that the client has (none for `[]`). */
  async #authenticate(options: FinalRequestOptions): Promise<AppliedAuth> {
    const security = options.security ?? this.#authConfig.security;
    if (security.length === 0) return { headers: {}, query: {} };
    const schemes = this.#auth.choose(security);
    if (!schemes) throw this.#auth.missing(this._identity.name, security);
    return this.#auth.apply(schemes, this.baseURL, this.#fetch);
  }

  protected defaultIdempotencyKey(): string {
    return `sdkgen-retry-${globalThis.crypto.randomUUID()}`;
  }

  protected makeStatusError(
    status: number,
    body: object | undefined,
    message: string | undefined,
    headers: Headers,
  ): APIError {
    return APIError.generate(status, body, message, headers);
  }

  /** Waits between retries; rejects early when the caller aborts. Tests override it to skip the wait. */
  protected sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(new APIUserAbortError());
      const onAbort = () => {
        clearTimeout(timer);
        reject(new APIUserAbortError());
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  #methodRequest<Rsp>(
    method: HTTPMethod,
    path: string,
    options?: PromiseOrValue<RequestOptions & Partial<FinalRequestOptions>>,
  ): APIPromise<Rsp> {
    return this.request<Rsp>(withRoute(method, path, options));
  }

  async #execute(input: PromiseOrValue<FinalRequestOptions>): Promise<APIResponseProps> {
    const options = { ...(await input) };
    const maxRetries = validateRetries(options.maxRetries ?? this.maxRetries);
    const timeout = validateTimeout(options.timeout ?? this.timeout);
    if (this._identity.idempotencyHeader && options.method !== 'get') {
      options.idempotencyKey ??= this.defaultIdempotencyKey();
    }
    let auth = await this.#authenticate(options);
    let tokenRefreshed = false;
    const url = this.buildURL(options.path, { ...auth.query, ...options.query });
    const { body, contentType } = await encodeBody(options);

    for (let retryCount = 0; ; retryCount++) {
      if (options.signal?.aborted) throw new APIUserAbortError();
      const retriesLeft = maxRetries - retryCount;
      const init: RequestInit = {
        ...this.fetchOptions,
        ...options.fetchOptions,
        method: options.method.toUpperCase(),
        headers: await this.#buildHeaders(options, contentType, retryCount, auth.headers),
        ...(body !== undefined && { body }),
        ...(isStream(body) && { duplex: 'half' }),
      };
      this._logger.debug(`${init.method} ${url} (attempt ${retryCount + 1})`);
      const outcome = await this.#attempt(url, init, timeout, options.signal);

      if (outcome.response?.ok) return { response: outcome.response, options, retryCount };

      if (outcome.error !== undefined) {
        if (options.signal?.aborted) throw new APIUserAbortError();
        const timedOut = outcome.timedOut || looksLikeTimeout(outcome.error);
        if (retriesLeft > 0) {
          this._logger.info(
            `${init.method} ${url} ${timedOut ? 'timed out' : 'failed to connect'}; retrying`,
          );
          await this.sleep(retryDelayMs(retryCount, undefined), options.signal);
          continue;
        }
        throw timedOut ? new APIConnectionTimeoutError() : new APIConnectionError({ cause: outcome.error });
      }

      const response = outcome.response!;
      if (response.status === 401 && auth.oauth && !tokenRefreshed) {
        // An OAuth2 token the server no longer accepts: fetch a new one and try once more, not counted as a retry.
        this._logger.info(`${init.method} ${url} returned 401; refreshing the OAuth2 token`);
        tokenRefreshed = true;
        auth.oauth.invalidate();
        await response.body?.cancel().catch(() => {});
        auth = await this.#authenticate(options);
        retryCount--;
        continue;
      }
      if (retriesLeft > 0 && isRetryableResponse(response)) {
        this._logger.info(`${init.method} ${url} returned ${response.status}; retrying`);
        await response.body?.cancel().catch(() => {});
        await this.sleep(retryDelayMs(retryCount, response.headers), options.signal);
        continue;
      }
      throw await this.#errorFrom(response);
    }
  }

  async #attempt(
    url: string,
    init: RequestInit,
    timeout: number,
    signal: AbortSignal | null | undefined,
  ): Promise<AttemptOutcome> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeout);
    const forwardAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', forwardAbort, { once: true });
    const fetchImpl = this.#fetch;
    try {
      return { response: await fetchImpl(url, { ...init, signal: controller.signal }) };
    } catch (error) {
      return { error, timedOut };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forwardAbort);
    }
  }

  async #buildHeaders(
    options: FinalRequestOptions,
    contentType: string | undefined,
    retryCount: number,
    authHeaders: Record<string, string>,
  ): Promise<Headers> {
    const idempotencyHeader = this._identity.idempotencyHeader;
    return mergeHeaders([
      {
        Accept: options.stream ? 'text/event-stream' : 'application/json',
        'User-Agent': `${this._identity.name}/JS ${this._identity.version}`,
        [RETRY_COUNT_HEADER]: String(retryCount),
        ...(idempotencyHeader && options.idempotencyKey && { [idempotencyHeader]: options.idempotencyKey }),
      },
      authHeaders,
      await this.authHeaders(options),
      this._options.defaultHeaders,
      contentType ? { 'Content-Type': contentType } : undefined,
      options.headers,
    ]);
  }

  async #errorFrom(response: Response): Promise<APIError> {
    const text = await response.text().catch((error: unknown) => String(error));
    const json = tryParseJSON(text);
    const body = typeof json === 'object' && json !== null ? json : undefined;
    return this.makeStatusError(
      response.status,
      body,
      body ? undefined : text || undefined,
      response.headers,
    );
  }

  static DEFAULT_TIMEOUT = DEFAULT_TIMEOUT_MS;
  static SDKError = SDKError;
  static APIError = APIError;
  static APIConnectionError = APIConnectionError;
  static APIConnectionTimeoutError = APIConnectionTimeoutError;
  static APIUserAbortError = APIUserAbortError;
  static BadRequestError = BadRequestError;
  static AuthenticationError = AuthenticationError;
  static PermissionDeniedError = PermissionDeniedError;
  static NotFoundError = NotFoundError;
  static ConflictError = ConflictError;
  static UnprocessableEntityError = UnprocessableEntityError;
  static RateLimitError = RateLimitError;
  static InternalServerError = InternalServerError;
  static toFile = toFile;
}

function withRoute(
  method: HTTPMethod,
  path: string,
  options: PromiseOrValue<RequestOptions & Partial<FinalRequestOptions>> | undefined,
): PromiseOrValue<FinalRequestOptions> {
  if (isPromiseLike(options))
    return Promise.resolve(options).then((resolved) => ({ ...resolved, method, path }));
  return { ...options, method, path };
}

function isPromiseLike<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as { then?: unknown } | undefined)?.then === 'function';
}

function joinURL(base: string, path: string): string {
  if (!path) return base;
  return base.replace(/\/+$/, '') + '/' + path.replace(/^\/+/, '');
}

// Some fetch implementations report connect timeouts as a generic failure ("fetch failed", cause "Connect Timeout Error").
function looksLikeTimeout(error: unknown): boolean {
  const cause = (error as { cause?: unknown } | null)?.cause;
  return /timed? ?out/i.test(`${String(error)} ${cause === undefined ? '' : String(cause)}`);
}

function validateTimeout(timeout: number): number {
  if (!Number.isFinite(timeout) || timeout < 0)
    throw new SDKError(`timeout must be a non-negative number of milliseconds, got ${timeout}`);
  return timeout;
}

function validateRetries(retries: number): number {
  if (!Number.isInteger(retries) || retries < 0)
    throw new SDKError(`maxRetries must be a non-negative integer, got ${retries}`);
  return retries;
}

/** The identity's auth as an AuthConfig: one API key (`apiKey`, from the API-key variable) in the short forms. */
function authConfigOf(identity: ClientIdentity): AuthConfig {
  const auth = identity.auth ?? { kind: 'bearer' };
  if ('schemes' in auth) return auth;
  const credentials = [{ option: 'apiKey', env: identity.apiKeyEnvVar }];
  if (auth.kind === 'none') return { schemes: [], credentials, security: [] };
  const scheme =
    auth.kind === 'bearer'
      ? { kind: 'bearer' as const, name: 'apiKey', credential: 'apiKey' }
      : { kind: 'apiKey' as const, name: 'apiKey', in: auth.kind, parameter: auth.name, credential: 'apiKey' };
  return { schemes: [scheme], credentials, security: [['apiKey']] };
}
