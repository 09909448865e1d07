// text/event-stream operations in the generated client: the types (Stream<Event>, overloads on `stream: true`),
// requests against a local SSE server, and the streaming operations of the 07-16 Telnyx and DigitalOcean specs.
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import * as yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateInto, importClient, projectFromSpec, removeTempDirs, tempDir, typeCheck, type GeneratedClient } from './client-helpers.js';
import { hasShared, shared, sharedSkipReason } from './support/shared.js';

const chunk = { type: 'object', required: ['delta'], properties: { delta: { type: 'string' } } };
const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Chat', version: '1.0.0' },
  servers: [{ url: 'https://chat.test' }],
  paths: {
    '/completions': {
      post: {
        operationId: 'createCompletion',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { type: 'object', required: ['prompt'], properties: { prompt: { type: 'string' }, stream: { type: 'boolean' } } },
            },
          },
        },
        responses: {
          '200': {
            description: 'A completion, or its chunks as events when stream is true',
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/Completion' } },
              'text/event-stream': { schema: { $ref: '#/components/schemas/CompletionChunk' } },
            },
          },
        },
      },
    },
    '/events': {
      get: {
        operationId: 'listEvents',
        responses: { '200': { description: 'events', content: { 'text/event-stream': { schema: { $ref: '#/components/schemas/CompletionChunk' } } } } },
      },
    },
  },
  components: {
    schemas: {
      Completion: { type: 'object', required: ['text'], properties: { text: { type: 'string' } } },
      CompletionChunk: chunk,
    },
  },
};

/** Compiles only when the overloads and Stream types are what the spec says. */
const USAGE = `import Chat from './src/index.js';
import type { Stream } from './src/index.js';

declare const client: Chat;
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const check = <T extends true>(value?: T) => value;

export async function usage(flag: boolean): Promise<void> {
  const events = await client.completions.create({ prompt: 'hi', stream: true });
  check<Equal<typeof events, Stream<Chat.CompletionChunk>>>();
  for await (const event of events) event.delta.toUpperCase();
  const whole = await client.completions.create({ prompt: 'hi' });
  check<Equal<typeof whole, Chat.Completion>>();
  const off = await client.completions.create({ prompt: 'hi', stream: false });
  check<Equal<typeof off, Chat.Completion>>();
  const either = await client.completions.create({ prompt: 'hi', stream: flag });
  check<Equal<typeof either, Chat.Completion | Stream<Chat.CompletionChunk>>>();
  const only = await client.events.list();
  check<Equal<typeof only, Stream<Chat.CompletionChunk>>>();
  const [a, b] = only.tee();
  a.controller.abort();
  b.toReadableStream();
}
`;

let server: Server;
let baseURL: string;
const bodies: unknown[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let text = '';
    req.on('data', (c) => (text += c));
    req.on('end', () => {
      const body = text ? JSON.parse(text) : {};
      bodies.push({ url: req.url, accept: req.headers.accept, body });
      if (req.url === '/completions' && !body.stream) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ text: 'whole' }));
        return;
      }
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('data: {"delta":"a"}\n\n: keep-alive\n\nevent: chunk\ndata: {"delta"');
      setTimeout(() => res.end(':"b"}\n\ndata: [DONE]\n\n'), 10);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  removeTempDirs();
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('streaming operations of a generated client', () => {
  let client: GeneratedClient;
  beforeAll(async () => {
    const dir = tempDir('chat-spec');
    writeFileSync(path.join(dir, 'openapi.yml'), yaml.dump(SPEC));
    client = generateInto(await projectFromSpec(path.join(dir, 'openapi.yml')), 'chat');
  });

  it('types events as Stream<Event>, with overloads on the stream flag, under --strict', () => {
    const usage = path.join(client.root, 'usage.ts');
    writeFileSync(usage, USAGE);
    expect(typeCheck([...client.sources, usage], undefined, client.root)).toEqual([]);
    expect(client.files.get('api.md')).toContain('Stream&lt;CompletionChunk&gt;');
  });

  it('streams events from a server, and returns JSON when the flag is off', async () => {
    const Chat = (await importClient(client)).default;
    const chat = new Chat({ apiKey: 'k', baseURL });
    const deltas: string[] = [];
    for await (const event of await chat.completions.create({ prompt: 'hi', stream: true })) deltas.push(event.delta);
    expect(deltas).toEqual(['a', 'b']);
    expect(await chat.completions.create({ prompt: 'hi' })).toEqual({ text: 'whole' });
    const listed: unknown[] = [];
    for await (const event of await chat.events.list()) listed.push(event);
    expect(listed).toEqual([{ delta: 'a' }, { delta: 'b' }]);
    expect(bodies).toEqual([
      { url: '/completions', accept: 'text/event-stream', body: { prompt: 'hi', stream: true } },
      { url: '/completions', accept: 'application/json', body: { prompt: 'hi' } },
      { url: '/events', accept: 'text/event-stream', body: {} },
    ]);
  });
});

describe.skipIf(!hasShared)(`streaming operations of real specs${sharedSkipReason}`, () => {
  it.each([
    ['the 07-16 Telnyx spec', 'specs/telnyx/openapi-2026-07-16.yml', 1],
    ['DigitalOcean', 'corpus/digitalocean/specification/DigitalOcean-public.v2.yaml', 5],
  ])('%s: every event-stream operation returns a Stream', async (_name, spec, atLeast) => {
    const project = await projectFromSpec(shared(spec));
    const streaming = project.ir.operations.filter((op) => op.success?.eventStream);
    expect(streaming.length).toBeGreaterThanOrEqual(atLeast);
    const client = generateInto(project, 'streams');
    // api.md says which method of which file calls the operation; its signatures must return a Stream.
    const methods = new Map<string, { file: string; name: string }>();
    for (const m of client.files.get('api.md')!.matchAll(/^- <code title="([^"]+)">[^<]*<a href="\.\/([^"]+)">([^<]+)<\/a>/gm)) {
      methods.set(m[1]!, { file: m[2]!, name: m[3]! });
    }
    for (const op of streaming) {
      const { file, name } = methods.get(op.key)!;
      const text = client.files.get(file)!;
      const start = text.indexOf(`\n  ${name}(`);
      expect(start, op.key).toBeGreaterThan(0);
      expect(text.slice(start, text.indexOf('\n  }\n', start)), op.key).toContain('APIPromise<Stream<');
    }
  }, 180_000);
});
