export { BaseClient, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from './client.js';
export type { AuthStyle, ClientIdentity, ClientOptions } from './client.js';
export { APIPromise } from './api-promise.js';
export { APIResource } from './resource.js';
export * from './errors.js';
export { AbstractPage, ArrayPage, CursorPage, PageNumberPage, PagePromise } from './pagination.js';
export type {
  CursorConfig,
  FieldPath,
  ItemOf,
  PageConstructor,
  PageNumberConfig,
  TopLevelArrayConfig,
} from './pagination.js';
export { path, encodePathParam } from './path.js';
export { stringifyQuery } from './query.js';
export type { ArrayFormat } from './query.js';
export type {
  Fetch,
  FinalRequestOptions,
  HeadersLike,
  HTTPMethod,
  RequestOptions,
} from './request-options.js';
export type { APIResponseProps } from './response.js';
export { toFile, createForm } from './uploads.js';
export type { ToFileInput, ToFileOptions, Uploadable } from './uploads.js';
export type { Logger, LogLevel } from './logger.js';
export { readEnv } from './env.js';
export { Stream, serverSentEvents } from './streaming.js';
export type { ServerSentEvent } from './streaming.js';
export { OAuthTokens } from './auth.js';
export type { AuthConfig, Credential, SecurityScheme } from './auth.js';
