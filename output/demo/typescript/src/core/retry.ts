/** Backoff starts at 0.5 s and doubles per retry, capped at 8 s. */
export const INITIAL_RETRY_DELAY_MS = 500;
export const MAX_RETRY_DELAY_MS = 8_000;
/** A server-requested wait longer than this is ignored in favour of our own backoff. */
const MAX_SERVER_DELAY_MS = 60_000;

/** Whether a failed response is worth another attempt. The server may decide with `x-should-retry`. */
export function isRetryableResponse(response: Response): boolean {
  const verdict = response.headers.get('x-should-retry');
  if (verdict === 'true') return true;
  if (verdict === 'false') return false;
  const { status } = response;
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/** The wait the server asked for via `retry-after-ms` or `Retry-After` (seconds or HTTP date), if usable. */
export function serverRequestedDelayMs(headers: Headers | undefined, now = Date.now()): number | undefined {
  if (!headers) return undefined;
  const millis = parseNumber(headers.get('retry-after-ms'));
  if (millis !== undefined) return acceptable(millis);
  const retryAfter = headers.get('retry-after');
  if (!retryAfter) return undefined;
  const seconds = parseNumber(retryAfter);
  if (seconds !== undefined) return acceptable(seconds * 1000);
  const date = Date.parse(retryAfter);
  return Number.isNaN(date) ? undefined : acceptable(Math.max(0, date - now));
}

/**
 * Exponential backoff with up to 25 % jitter downwards, so that clients that failed together
 * do not all come back at the same instant. `retryIndex` is 0 for the first retry.
 */
export function backoffDelayMs(retryIndex: number, random: () => number = Math.random): number {
  const base = Math.min(INITIAL_RETRY_DELAY_MS * 2 ** retryIndex, MAX_RETRY_DELAY_MS);
  return base * (1 - random() * 0.25);
}

export function retryDelayMs(retryIndex: number, headers: Headers | undefined): number {
  return serverRequestedDelayMs(headers) ?? backoffDelayMs(retryIndex);
}

function parseNumber(text: string | null): number | undefined {
  if (text === null || text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

function acceptable(ms: number): number | undefined {
  return ms >= 0 && ms < MAX_SERVER_DELAY_MS ? ms : undefined;
}
