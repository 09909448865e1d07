import { SDKError } from './errors.js';

type FileParts = ConstructorParameters<typeof File>[0];
type FilePart = FileParts[number];

export interface ToFileOptions {
  /** MIME type of the content, e.g. `audio/mpeg`. */
  type?: string | undefined;
  lastModified?: number | undefined;
}

/**
 * Anything `toFile` turns into a `File`, on every runtime: bytes, blobs, web streams, async iterables (incl. Node's
 * `fs.createReadStream`) and fetch responses.
 */
export type ToFileInput =
  | File
  | Blob
  | Response
  | ArrayBuffer
  | ArrayBufferView
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array | string | ArrayBuffer>
  | string;

/**
 * A value the SDK accepts in a file field of a multipart request without calling `toFile` first: a File or Blob
 * (browsers, `<input type=file>`), a fetch Response, bytes, a web ReadableStream, or a Node read stream.
 */
export type Uploadable =
  | File
  | Blob
  | Response
  | ArrayBuffer
  | Uint8Array
  | ReadableStream<Uint8Array>
  | (AsyncIterable<Uint8Array | string> & { path: string | { toString(): string } });

const UNNAMED = 'unknown_file';

/**
 * Wraps `value` in a `File` for upload. The name falls back to the `name`, `path` (fs streams) or URL
 * (responses) of the value; the MIME type to the blob's own type.
 */
export async function toFile(
  value: ToFileInput | PromiseLike<ToFileInput>,
  name?: string | null,
  options: ToFileOptions = {},
): Promise<File> {
  const input = await value;
  const fileName = name || nameOf(input) || UNNAMED;
  if (input instanceof File && (!name || name === input.name) && !options.type) return input;
  if (input instanceof Blob) {
    return new File([input], fileName, fileOptions(options, input.type));
  }
  if (input instanceof Response) {
    const blob = await input.blob();
    return new File([blob], fileName, fileOptions(options, blob.type));
  }
  return new File(await bytesOf(input), fileName, fileOptions(options, undefined));
}

function fileOptions(
  options: ToFileOptions,
  fallbackType: string | undefined,
): { type?: string; lastModified?: number } {
  const type = options.type ?? fallbackType;
  return {
    ...(type !== undefined && { type }),
    ...(options.lastModified !== undefined && { lastModified: options.lastModified }),
  };
}

async function bytesOf(input: ToFileInput): Promise<FilePart[]> {
  const single = asFilePart(input);
  if (single !== undefined) return [single];
  if (isReadableStream(input) || isAsyncIterable(input)) {
    const parts: FilePart[] = [];
    for await (const chunk of chunksOf(input)) {
      const part = asFilePart(chunk);
      if (part === undefined) {
        throw new SDKError(`toFile: a stream yielded ${describe(chunk)}; expected bytes or strings`);
      }
      parts.push(part);
    }
    return parts;
  }
  throw new SDKError(`toFile: cannot read file contents from ${describe(input)}`);
}

function asFilePart(value: unknown): FilePart | undefined {
  if (typeof value === 'string') return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value) as FilePart;
  if (ArrayBuffer.isView(value)) return value as FilePart;
  return undefined;
}

function nameOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as { name?: unknown; path?: unknown; url?: unknown };
  for (const candidate of [record.name, record.path, record.url]) {
    if (candidate === undefined || candidate === null || candidate === '') continue;
    const text = String(candidate);
    const base = record.url === candidate ? urlBasename(text) : basename(text);
    if (base) return base;
  }
  return undefined;
}

function urlBasename(url: string): string | undefined {
  try {
    return basename(new URL(url).pathname);
  } catch {
    return basename(url);
  }
}

function basename(text: string): string | undefined {
  return text.split(/[\\/]/).pop() || undefined;
}

/** A web stream's chunks through its reader: not every runtime makes ReadableStream async-iterable (Safari). */
async function* chunksOf(input: ReadableStream<unknown> | AsyncIterable<unknown>): AsyncGenerator<unknown> {
  if (!isReadableStream(input)) return yield* input;
  const reader = input.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

function isReadableStream(value: unknown): value is ReadableStream<unknown> {
  return typeof ReadableStream !== 'undefined' && value instanceof ReadableStream;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return `a ${typeof value}`;
  return `an object of type ${value.constructor?.name ?? 'Object'}`;
}

/**
 * Encodes a request body as multipart/form-data the way Stainless SDKs do: scalars as text,
 * files/blobs/responses/streams as file parts, nested objects as `key[child]`, arrays as `key[]`.
 */
export async function createForm(body: unknown): Promise<FormData> {
  const form = new FormData();
  if (body === undefined || body === null) return form;
  if (typeof body !== 'object' || Array.isArray(body)) {
    throw new SDKError('A multipart request body must be an object of fields');
  }
  for (const [key, value] of Object.entries(body)) {
    await appendField(form, key, value);
  }
  return form;
}

async function appendField(form: FormData, key: string, value: unknown): Promise<void> {
  if (value === undefined) return;
  if (value === null) {
    throw new SDKError(
      `Multipart field "${key}" is null; omit it, or send the string 'null' if the API expects that`,
    );
  }
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    typeof value === 'bigint'
  ) {
    form.append(key, String(value));
  } else if (value instanceof Date) {
    form.append(key, value.toISOString());
  } else if (isFileValue(value)) {
    const file = await toFile(value as ToFileInput);
    form.append(key, file, file.name);
  } else if (Array.isArray(value)) {
    for (const entry of value) await appendField(form, `${key}[]`, entry);
  } else if (typeof value === 'object') {
    for (const [child, childValue] of Object.entries(value)) {
      await appendField(form, `${key}[${child}]`, childValue);
    }
  } else {
    throw new SDKError(`Multipart field "${key}" has unsupported type ${typeof value}`);
  }
}

function isFileValue(value: object): boolean {
  return (
    value instanceof Blob ||
    value instanceof Response ||
    value instanceof ArrayBuffer ||
    ArrayBuffer.isView(value) ||
    isReadableStream(value) ||
    isAsyncIterable(value)
  );
}

/** Whether `value` holds a file anywhere, i.e. whether it must be sent as multipart. */
export function containsUpload(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || value instanceof Date) return false;
  if (isFileValue(value)) return true;
  return Object.values(value).some(containsUpload);
}
