import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileFromPath } from '../../templates/typescript/core/node.js';
import { toFile } from '../../templates/typescript/core/uploads.js';
import { SDKError } from '../../templates/typescript/core/errors.js';
import { json, mockFetch, sequence, TestClient } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'sdkgen-uploads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('toFile', () => {
  it.each([
    ['Buffer', () => Buffer.from('hello')],
    ['Uint8Array', () => new TextEncoder().encode('hello')],
    ['ArrayBuffer', () => new TextEncoder().encode('hello').buffer],
    ['Blob', () => new Blob(['hel', 'lo'])],
    ['ReadableStream', () => new Blob(['hello']).stream()],
  ])('reads a %s', async (_label, make) => {
    const file = await toFile(make(), 'greeting.txt', { type: 'text/plain' });
    expect(file).toBeInstanceOf(File);
    expect(file.name).toBe('greeting.txt');
    expect(file.type).toBe('text/plain');
    expect(await file.text()).toBe('hello');
  });

  it('names a file from an fs read stream after its path', async () => {
    const filePath = join(dir, 'recording.wav');
    writeFileSync(filePath, 'RIFF....');
    const file = await toFile(createReadStream(filePath));
    expect(file.name).toBe('recording.wav');
    expect(await file.text()).toBe('RIFF....');
  });

  it('reads a fetch Response', async () => {
    const file = await toFile(
      new Response('pdf bytes', { headers: { 'content-type': 'application/pdf' } }),
      'doc.pdf',
    );
    expect(file.name).toBe('doc.pdf');
    expect(file.type).toBe('application/pdf');
    expect(await file.text()).toBe('pdf bytes');
  });

  it('returns a File untouched and keeps a Blob type', async () => {
    const original = new File(['x'], 'x.bin');
    expect(await toFile(original)).toBe(original);
    const renamed = await toFile(original, 'y.bin');
    expect(renamed.name).toBe('y.bin');
    expect((await toFile(new Blob(['{}'], { type: 'application/json' }))).type).toBe('application/json');
  });

  it('falls back to a placeholder name and rejects what it cannot read', async () => {
    expect((await toFile(Buffer.from('x'))).name).toBe('unknown_file');
    await expect(toFile(42 as never)).rejects.toBeInstanceOf(SDKError);
  });
});

describe('multipart requests', () => {
  it('sends files, scalars, nested objects and arrays as form fields', async () => {
    const fetch = mockFetch(() => json({ id: 'media_1' }));
    const client = new TestClient({ fetch });

    await client.post('/media', {
      multipart: true,
      body: {
        media: await toFile(Buffer.from('%PDF-1.4'), 'contract.pdf', { type: 'application/pdf' }),
        media_name: 'contract',
        ttl_secs: 600,
        options: { public: true, tags: ['legal', 'q3'] },
        skipped: undefined,
      },
    });

    const request = fetch.requests[0]!;
    expect(request.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    const form = await request.formData();
    const media = form.get('media') as File;
    expect(media.name).toBe('contract.pdf');
    expect(media.type).toBe('application/pdf');
    expect(await media.text()).toBe('%PDF-1.4');
    expect(form.get('media_name')).toBe('contract');
    expect(form.get('ttl_secs')).toBe('600');
    expect(form.get('options[public]')).toBe('true');
    expect(form.getAll('options[tags][]')).toEqual(['legal', 'q3']);
    expect(form.has('skipped')).toBe(false);
  });

  it('turns raw bytes and streams in a multipart body into file parts', async () => {
    const filePath = join(dir, 'hello.mp3');
    writeFileSync(filePath, 'ID3');
    const fetch = mockFetch(() => json({}));
    await new TestClient({ fetch }).post('/ai/audio/transcriptions', {
      multipart: true,
      body: { file: createReadStream(filePath), extra: new Uint8Array([65, 66]) },
    });
    const form = await fetch.requests[0]!.formData();
    expect((form.get('file') as File).name).toBe('hello.mp3');
    expect(await (form.get('file') as File).text()).toBe('ID3');
    expect(await (form.get('extra') as File).text()).toBe('AB');
  });

  it('switches to multipart by itself when the body holds a file', async () => {
    const fetch = mockFetch(() => json({}));
    await new TestClient({ fetch }).post('/upload', { body: { file: new File(['a'], 'a.txt'), note: 'hi' } });
    const form = await fetch.requests[0]!.formData();
    expect(form.get('note')).toBe('hi');
    expect((form.get('file') as File).name).toBe('a.txt');
  });

  it('re-sends the same form when a multipart request is retried', async () => {
    const fetch = mockFetch(
      sequence(
        () => json({}, 503),
        () => json({}),
      ),
    );
    await new TestClient({ fetch }).post('/upload', {
      multipart: true,
      body: { file: new File(['abc'], 'a.txt') },
    });
    const files = await Promise.all(
      fetch.requests.map(async (r) => ((await r.formData()).get('file') as File).text()),
    );
    expect(files).toEqual(['abc', 'abc']);
  });

  it('refuses null fields rather than sending the text "null"', async () => {
    const fetch = mockFetch(() => json({}));
    await expect(
      new TestClient({ fetch }).post('/upload', { multipart: true, body: { name: null } }),
    ).rejects.toThrow(/"name" is null/);
    expect(fetch.requests).toHaveLength(0);
  });

  it('sends web streams and bytes as file parts, also a stream that is not async-iterable (Safari)', async () => {
    const fetch = mockFetch(() => json({}));
    const plain = new Blob(['from a reader']).stream();
    Object.defineProperty(plain, Symbol.asyncIterator, { value: undefined });
    await new TestClient({ fetch }).post('/upload', {
      multipart: true,
      body: { stream: new Blob(['streamed']).stream(), reader: plain, bytes: new TextEncoder().encode('bytes'), blob: new Blob(['blob']) },
    });
    const form = await fetch.requests[0]!.formData();
    const texts = await Promise.all(['stream', 'reader', 'bytes', 'blob'].map((k) => (form.get(k) as File).text()));
    expect(texts).toEqual(['streamed', 'from a reader', 'bytes', 'blob']);
  });
});

describe('fileFromPath (the ./node export)', () => {
  it('reads a file from disk lazily, named after it', async () => {
    const filePath = join(dir, 'report.csv');
    writeFileSync(filePath, 'a,b\n1,2\n');
    const file = await fileFromPath(filePath, null, { type: 'text/csv' });
    expect([file.name, file.type, await file.text()]).toEqual(['report.csv', 'text/csv', 'a,b\n1,2\n']);
    expect((await fileFromPath(filePath, 'other.csv')).name).toBe('other.csv');
  });
});
