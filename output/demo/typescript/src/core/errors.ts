/** Root of every error the SDK throws, so callers can catch them all with one `instanceof`. */
export class SDKError extends Error {
  // Declared here because `Error.cause` is only typed from lib ES2022 on, and generated packages may target lower.
  declare cause?: unknown;

  constructor(message?: string, options?: { cause?: unknown }) {
    super(message);
    this.name = new.target.name;
    if (options && 'cause' in options) this.cause = options.cause;
  }
}

/** A request that reached the server (or tried to) and failed. */
export class APIError<
  TStatus extends number | undefined = number | undefined,
  THeaders extends Headers | undefined = Headers | undefined,
  TError extends object | undefined = object | undefined,
> extends SDKError {
  /** HTTP status of the failed response; undefined when no response arrived. */
  readonly status: TStatus;
  /** Headers of the failed response. */
  readonly headers: THeaders;
  /** The parsed JSON body of the failed response. */
  readonly error: TError;

  constructor(status: TStatus, error: TError, message: string | undefined, headers: THeaders) {
    super(describeFailure(status, error, message));
    this.status = status;
    this.headers = headers;
    this.error = error;
  }

  /** Builds the subclass that matches `status`. */
  static generate(
    status: number | undefined,
    body: object | undefined,
    message: string | undefined,
    headers: Headers | undefined,
  ): APIError {
    if (status === undefined || headers === undefined) {
      return new APIConnectionError({ message });
    }
    const ErrorClass = errorClassForStatus(status);
    return new ErrorClass(status, body, message, headers);
  }
}

export class BadRequestError extends APIError<400, Headers> {}
export class AuthenticationError extends APIError<401, Headers> {}
export class PermissionDeniedError extends APIError<403, Headers> {}
export class NotFoundError extends APIError<404, Headers> {}
export class ConflictError extends APIError<409, Headers> {}
export class UnprocessableEntityError extends APIError<422, Headers> {}
export class RateLimitError extends APIError<429, Headers> {}
export class InternalServerError extends APIError<number, Headers> {}

export class APIUserAbortError extends APIError<undefined, undefined, undefined> {
  constructor({ message }: { message?: string } = {}) {
    super(undefined, undefined, message ?? 'Request was aborted.', undefined);
  }
}

export class APIConnectionError extends APIError<undefined, undefined, undefined> {
  constructor({ message, cause }: { message?: string | undefined; cause?: unknown } = {}) {
    super(undefined, undefined, message ?? 'Connection error.', undefined);
    if (cause !== undefined) this.cause = cause;
  }
}

export class APIConnectionTimeoutError extends APIConnectionError {
  constructor({ message }: { message?: string } = {}) {
    super({ message: message ?? 'Request timed out.' });
  }
}

type StatusErrorClass = new (
  status: number,
  error: object | undefined,
  message: string | undefined,
  headers: Headers,
) => APIError;

const ERRORS_BY_STATUS: Record<number, StatusErrorClass> = {
  400: BadRequestError as StatusErrorClass,
  401: AuthenticationError as StatusErrorClass,
  403: PermissionDeniedError as StatusErrorClass,
  404: NotFoundError as StatusErrorClass,
  409: ConflictError as StatusErrorClass,
  422: UnprocessableEntityError as StatusErrorClass,
  429: RateLimitError as StatusErrorClass,
};

function errorClassForStatus(status: number): StatusErrorClass {
  if (status >= 500) return InternalServerError;
  return ERRORS_BY_STATUS[status] ?? (APIError as StatusErrorClass);
}

function describeFailure(status: number | undefined, body: unknown, fallback: string | undefined): string {
  const detail = messageFromBody(body) ?? fallback;
  if (status !== undefined && detail) return `${status} ${detail}`;
  if (status !== undefined) return `${status} status code (no body)`;
  return detail || '(no status code or body)';
}

/**
 * Error bodies come in a few common shapes: `{ message }`, `{ error: { message } }`, `{ error: "…" }`
 * and JSON:API-style `{ errors: [{ title, detail }] }` (Telnyx). Anything else is shown as JSON.
 */
function messageFromBody(body: unknown): string | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body !== 'object') return String(body);
  const record = body as Record<string, unknown>;
  if (typeof record['message'] === 'string') return record['message'];
  const nested = record['error'];
  if (typeof nested === 'string') return nested;
  if (
    nested &&
    typeof nested === 'object' &&
    typeof (nested as Record<string, unknown>)['message'] === 'string'
  ) {
    return (nested as Record<string, string>)['message'];
  }
  const list = record['errors'];
  if (Array.isArray(list) && list.length > 0) {
    const parts = list.map(describeListedError).filter((part): part is string => !!part);
    if (parts.length > 0) return parts.join('; ');
  }
  return JSON.stringify(body);
}

function describeListedError(entry: unknown): string | undefined {
  if (typeof entry === 'string') return entry;
  if (!entry || typeof entry !== 'object') return undefined;
  const { title, detail, message, code } = entry as Record<string, unknown>;
  const pieces = [title, detail ?? message].filter((s): s is string => typeof s === 'string' && s !== '');
  const text = [...new Set(pieces)].join(': ');
  if (text) return code !== undefined ? `${text} (code ${String(code)})` : text;
  return undefined;
}
