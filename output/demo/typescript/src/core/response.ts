import type { FinalRequestOptions } from './request-options.js';
import { Stream } from './streaming.js';

/** A successful response before its body is read. */
export interface APIResponseProps {
  response: Response;
  options: FinalRequestOptions;
  /** Retries it took to get this response (0 when the first attempt succeeded). */
  retryCount: number;
}

/** JSON for JSON media types, the `Response` itself for binary requests, text otherwise, `null` for 204. */
export async function parseResponseBody<T>({ response, options }: APIResponseProps): Promise<T> {
  if (options.binaryResponse) return response as unknown as T;
  if (response.status === 204 || response.status === 205) return null as T;
  const mediaType = response.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (mediaType === 'text/event-stream') return Stream.fromSSEResponse(response, streamController(options)) as T;
  if (mediaType === 'application/json' || mediaType.endsWith('+json')) {
    const text = await response.text();
    return (text === '' ? undefined : JSON.parse(text)) as T;
  }
  return (await response.text()) as unknown as T;
}

/** Aborts the stream when the request's signal does. */
function streamController({ signal }: FinalRequestOptions): AbortController {
  const controller = new AbortController();
  if (signal?.aborted) controller.abort();
  signal?.addEventListener('abort', () => controller.abort(), { once: true });
  return controller;
}

/** Parses JSON, returning undefined instead of throwing (error bodies are not always JSON). */
export function tryParseJSON(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
