import { parseResponseBody, type APIResponseProps } from './response.js';
import type { PromiseOrValue } from './request-options.js';

export type ResponseParser<T> = (props: APIResponseProps) => PromiseOrValue<T>;

/**
 * The value every SDK method returns. Awaiting it gives the parsed body; `.asResponse()` and
 * `.withResponse()` expose the raw `Response`. The body is parsed lazily, only when someone asks.
 */
export class APIPromise<T> extends Promise<T> {
  #parsed: Promise<T> | undefined;
  readonly #responsePromise: Promise<APIResponseProps>;
  readonly #parse: ResponseParser<T>;

  // Promise subclasses are re-instantiated by the built-in `then`; make sure those instances are plain.
  static override get [Symbol.species]() {
    return Promise;
  }

  constructor(responsePromise: Promise<APIResponseProps>, parse: ResponseParser<T> = parseResponseBody) {
    super((resolve) => resolve(null as T));
    this.#responsePromise = responsePromise;
    this.#parse = parse;
  }

  /** A new APIPromise over the same request whose data is `transform(data)`. */
  _thenUnwrap<U>(transform: (data: T, props: APIResponseProps) => PromiseOrValue<U>): APIPromise<U> {
    return new APIPromise(this.#responsePromise, async (props) => transform(await this.#parse(props), props));
  }

  /** The raw `Response`, body unread. */
  asResponse(): Promise<Response> {
    return this.#responsePromise.then((props) => props.response);
  }

  /** The parsed data together with the raw `Response` (whose body has been consumed). */
  async withResponse(): Promise<{ data: T; response: Response }> {
    const [data, response] = await Promise.all([this.#parsedData(), this.asResponse()]);
    return { data, response };
  }

  #parsedData(): Promise<T> {
    this.#parsed ??= this.#responsePromise.then((props) => this.#parse(props));
    return this.#parsed;
  }

  override then<TResult1 = T, TResult2 = never>(
    onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | null,
    onrejected?: ((reason: unknown) => TResult2 | PromiseLike<TResult2>) | null,
  ): Promise<TResult1 | TResult2> {
    return this.#parsedData().then(onfulfilled, onrejected);
  }

  override catch<TResult = never>(
    onrejected?: ((reason: unknown) => TResult | PromiseLike<TResult>) | null,
  ): Promise<T | TResult> {
    return this.#parsedData().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.#parsedData().finally(onfinally);
  }
}
