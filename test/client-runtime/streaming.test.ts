// Server-Sent Events against a real local server (loopback): chunking, fields, comments, abort, errors, tee.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APIError } from '../../templates/typescript/core/errors.js';
import { serverSentEvents, Stream } from '../../templates/typescript/core/streaming.js';
import { TestClient } from './helpers.js';

type Script = (res: ServerResponse) => Promise<void>;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let server: Server;
let baseURL: string;
const scripts = new Map<string, Script>();
const closed = new Set<string>();
const accepts = new Map<string, string>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url!.split('?')[0]!;
    accepts.set(path, String(req.headers.accept));
    res.on('close', () => closed.add(path));
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
    void scripts.get(path)!(res).catch(() => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Writes `pieces` one by one with a pause between them, so the client sees separate chunks. */
function chunked(...pieces: (string | Uint8Array)[]): Script {
  return async (res) => {
    for (const piece of pieces) {
      res.write(piece);
      await pause(5);
    }
    res.end();
  };
}

function client() {
  return new TestClient({ baseURL });
}

async function collect<T>(stream: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of stream) items.push(item);
  return items;
}

describe('Stream over a text/event-stream response', () => {
  it('parses events split across chunks, multi-line data, comments, CRLF and a UTF-8 character cut in two', async () => {
    const euro = new TextEncoder().encode('"€"');
    scripts.set('/split', chunked(
      ': a comment\n',
      'data: {"n"', ':1}\n\n',
      'event: delta\r\ndata: {"text":\r\ndata: "two lines"}\r\n\r',
      '\n',
      'data:', '{"n":2}\n',
      '\n',
      'data: ', euro.slice(0, 2), euro.slice(2), '\n\n',
    ));
    const stream = await client().get<Stream<unknown>>('/split', { stream: true });
    expect(stream).toBeInstanceOf(Stream);
    expect(await collect(stream)).toEqual([{ n: 1 }, { text: 'two lines' }, { n: 2 }, '€']);
    expect(accepts.get('/split')).toBe('text/event-stream');
  });

  it('reads the id and retry fields, keeping the last id for later events', async () => {
    const body = 'id: 7\nretry: 1500\ndata: 1\n\ndata: 2\n\nid\ndata: 3\n\n';
    const response = new Response(body, { headers: { 'content-type': 'text/event-stream' } });
    const events = await collect(serverSentEvents(response, new AbortController()));
    expect(events).toEqual([
      { event: null, data: '1', id: '7', retry: 1500 },
      { event: null, data: '2', id: '7', retry: null },
      { event: null, data: '3', id: '', retry: null },
    ]);
  });

  it('stops at [DONE]', async () => {
    scripts.set('/done', chunked('data: {"a":1}\n\n', 'data: [DONE]\n\n', 'data: {"a":2}\n\n'));
    expect(await collect(await client().post<Stream<unknown>>('/done', { stream: true }))).toEqual([{ a: 1 }]);
  });

  it('rejects with an APIError on an error event', async () => {
    scripts.set('/error', chunked('data: {"ok":true}\n\n', 'event: error\ndata: {"message":"overloaded"}\n\n'));
    const seen: unknown[] = [];
    const stream = await client().post<Stream<unknown>>('/error', { stream: true });
    await expect(
      (async () => {
        for await (const event of stream) seen.push(event);
      })(),
    ).rejects.toThrow(APIError);
    expect(seen).toEqual([{ ok: true }]);
  });

  it('closes the connection when the loop breaks, or when the controller or the request signal aborts', async () => {
    const endless: Script = async (res) => {
      for (let i = 0; !res.destroyed; i++) {
        res.write(`data: ${i}\n\n`);
        await pause(5);
      }
    };
    scripts.set('/break', endless);
    scripts.set('/abort', endless);
    scripts.set('/signal', endless);

    const taken: unknown[] = [];
    for await (const event of await client().get<Stream<number>>('/break', { stream: true })) {
      taken.push(event);
      if (taken.length === 3) break;
    }
    expect(taken).toEqual([0, 1, 2]);

    const stream = await client().get<Stream<number>>('/abort', { stream: true });
    const seen: number[] = [];
    for await (const event of stream) {
      seen.push(event);
      if (seen.length === 2) stream.controller.abort();
    }
    expect(seen).toEqual([0, 1]);

    const request = new AbortController();
    const signalled = await client().get<Stream<number>>('/signal', { stream: true, signal: request.signal });
    const fromSignal: number[] = [];
    for await (const event of signalled) {
      fromSignal.push(event);
      if (fromSignal.length === 1) request.abort();
    }
    expect(fromSignal).toEqual([0]);

    await pause(50);
    expect([...closed].filter((p) => ['/break', '/abort', '/signal'].includes(p)).sort()).toEqual(['/abort', '/break', '/signal']);
  });

  it('tees into two streams that each see every event', async () => {
    scripts.set('/tee', chunked('data: 1\n\n', 'data: 2\n\n', 'data: 3\n\n'));
    const [left, right] = (await client().get<Stream<number>>('/tee', { stream: true })).tee();
    const [a, b] = await Promise.all([collect(left), collect(right)]);
    expect([a, b]).toEqual([[1, 2, 3], [1, 2, 3]]);
  });

  it('turns into newline-delimited JSON bytes and back', async () => {
    scripts.set('/ndjson', chunked('data: {"x":1}\n\n', 'data: {"x":2}\n\n'));
    const stream = await client().get<Stream<{ x: number }>>('/ndjson', { stream: true });
    const readable = stream.toReadableStream();
    expect(await collect(Stream.fromReadableStream<{ x: number }>(readable))).toEqual([{ x: 1 }, { x: 2 }]);
  });

  it('can be iterated once', async () => {
    scripts.set('/once', chunked('data: 1\n\n'));
    const stream = await client().get<Stream<number>>('/once', { stream: true });
    await collect(stream);
    await expect(collect(stream)).rejects.toThrow(/iterated once/);
  });
});
