// Server-Sent Events (text/event-stream) as an async iterable of parsed events, on every runtime (Web Streams only).
import { utf8Bytes } from './bytes.js';
import { APIError, APIUserAbortError, SDKError } from './errors.js';

/** One event of the stream as sent (https://html.spec.whatwg.org/multipage/server-sent-events.html). */
export interface ServerSentEvent {
  /** The `event:` field; null when none was sent (a "message"). */
  event: string | null;
  /** The `data:` lines joined with newlines. */
  data: string;
  id: string | null;
  /** The `retry:` field in milliseconds, when sent. */
  retry: number | null;
}

/**
 * The events of a streaming response, parsed as JSON. Iterate it with `for await`; `controller.abort()` (or
 * breaking out of the loop) closes the connection. A stream can be iterated once: `tee()` makes two.
 */
export class Stream<T> implements AsyncIterable<T> {
  constructor(
    private readonly iterator: () => AsyncIterator<T>,
    readonly controller: AbortController,
  ) {}

  /** The events of `response` (a text/event-stream body); an `error` event rejects with an APIError. */
  static fromSSEResponse<T>(response: Response, controller = new AbortController()): Stream<T> {
    let consumed = false;
    async function* events(): AsyncGenerator<T> {
      if (consumed) throw new SDKError('A stream can be iterated once; use tee() to iterate it twice.');
      consumed = true;
      let done = false;
      try {
        for await (const sse of serverSentEvents(response, controller)) {
          // Events already read when the abort came are dropped too.
          if (controller.signal.aborted) return;
          if (sse.data.startsWith('[DONE]')) {
            done = true;
            return;
          }
          if (sse.event === 'error') throw streamError(sse, response);
          yield parseData<T>(sse);
        }
        done = true;
      } catch (error) {
        if (controller.signal.aborted || isAbortError(error)) return;
        throw error;
      } finally {
        // Leaving the loop early (break, return, throw) closes the connection.
        if (!done) controller.abort();
      }
    }
    return new Stream(events, controller);
  }

  /** The inverse of `toReadableStream()`: newline-delimited JSON, one value per line. */
  static fromReadableStream<T>(stream: ReadableStream<Uint8Array>, controller = new AbortController()): Stream<T> {
    async function* values(): AsyncGenerator<T> {
      for await (const line of lines(chunks(stream, controller))) {
        if (line.trim()) yield JSON.parse(line) as T;
      }
    }
    return new Stream(values, controller);
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    return this.iterator();
  }

  /** Two streams that each yield every event; the connection is read once, as fast as the faster reader. */
  tee(): [Stream<T>, Stream<T>] {
    // Each result of the one source iterator goes to both sides' queues, in order.
    const queues: Promise<IteratorResult<T>>[][] = [[], []];
    let source: AsyncIterator<T> | undefined;
    const pull = (side: 0 | 1): Promise<IteratorResult<T>> => {
      if (queues[side]!.length === 0) {
        source ??= this.iterator();
        const next = source.next();
        queues[0]!.push(next);
        queues[1]!.push(next);
      }
      return queues[side]!.shift()!;
    };
    const side = (index: 0 | 1) => new Stream<T>(() => ({ next: () => pull(index) }), this.controller);
    return [side(0), side(1)];
  }

  /** The events as newline-delimited JSON bytes, e.g. to hand the stream from a server to a browser. */
  toReadableStream(): ReadableStream<Uint8Array> {
    let iterator: AsyncIterator<T> | undefined;
    return new ReadableStream<Uint8Array>({
      start: () => {
        iterator = this[Symbol.asyncIterator]();
      },
      pull: async (controller) => {
        try {
          const { value, done } = await iterator!.next();
          if (done) return controller.close();
          controller.enqueue(utf8Bytes(`${JSON.stringify(value)}\n`));
        } catch (error) {
          controller.error(error);
        }
      },
      cancel: async () => {
        await iterator?.return?.();
      },
    });
  }
}

/** The raw events of a text/event-stream body: fields parsed, comments skipped, split across chunks or not. */
export async function* serverSentEvents(response: Response, controller: AbortController): AsyncGenerator<ServerSentEvent> {
  if (!response.body) {
    controller.abort();
    throw new SDKError('The streaming response has no body');
  }
  let event: ServerSentEvent = blank();
  let data: string[] = [];
  for await (const line of lines(chunks(response.body, controller))) {
    if (line === '') {
      if (data.length) yield { ...event, data: data.join('\n') };
      event = { ...blank(), id: event.id };
      data = [];
      continue;
    }
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'data') data.push(value);
    else if (field === 'event') event.event = value;
    else if (field === 'id' && !value.includes('\0')) event.id = value;
    else if (field === 'retry' && /^\d+$/.test(value)) event.retry = Number(value);
  }
  if (data.length) yield { ...event, data: data.join('\n') };
}

function blank(): ServerSentEvent {
  return { event: null, data: '', id: null, retry: null };
}

/** The body's chunks through its reader (not every runtime makes ReadableStream async-iterable); abort cancels. */
async function* chunks(body: ReadableStream<Uint8Array>, controller: AbortController): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  const cancel = () => void reader.cancel().catch(() => {});
  if (controller.signal.aborted) cancel();
  controller.signal.addEventListener('abort', cancel, { once: true });
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (value) yield value;
    }
    finished = true;
  } finally {
    controller.signal.removeEventListener('abort', cancel);
    // Left early (a break, an error): close the connection rather than leave it open.
    if (finished) reader.releaseLock();
    else await reader.cancel().catch(() => {});
  }
}

/** Lines of UTF-8 text ending in \n, \r\n or \r, however the chunks cut them (also inside a character). */
async function* lines(source: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let buffer = '';
  let pendingCR = false;
  for await (const chunk of source) {
    buffer += decoder.decode(chunk, { stream: true });
    // A \r at the end of a chunk may be half of \r\n: wait for the next chunk before deciding.
    if (pendingCR && buffer.startsWith('\n')) buffer = buffer.slice(1);
    pendingCR = false;
    let match: RegExpExecArray | null;
    while ((match = /\r\n|\r|\n/.exec(buffer))) {
      if (match[0] === '\r' && match.index === buffer.length - 1) {
        pendingCR = true;
        yield buffer.slice(0, match.index);
        buffer = '';
        break;
      }
      yield buffer.slice(0, match.index);
      buffer = buffer.slice(match.index + match[0].length);
    }
  }
  buffer += decoder.decode();
  if (buffer) yield buffer;
}

function parseData<T>(sse: ServerSentEvent): T {
  try {
    return JSON.parse(sse.data) as T;
  } catch {
    // Not JSON: the event's text as it is.
    return sse.data as T;
  }
}

function streamError(sse: ServerSentEvent, response: Response): APIError {
  let body: object | undefined;
  try {
    const parsed: unknown = JSON.parse(sse.data);
    body = typeof parsed === 'object' && parsed !== null ? parsed : undefined;
  } catch {
    body = undefined;
  }
  const message = body ? undefined : sse.data || 'The stream sent an error event';
  return new APIError(undefined, body, message, response.headers);
}

function isAbortError(error: unknown): boolean {
  return error instanceof APIUserAbortError || (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError');
}
