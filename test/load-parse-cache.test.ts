// The parse cache of large YAML specs: a second read of the same text comes from the cache and equals the parse;
// another text, values JSON cannot hold, and SDKGEN_CACHE_DIR=off are parsed afresh.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSource } from '../generator/load/parse-source.js';

/** A YAML document past the cache's size threshold (256 KB). */
function bigYaml(extra = ''): string {
  const paths = Array.from({ length: 3000 }, (_, i) => `  /things/${i}:\n    get:\n      summary: Thing number ${i} of the list, described at some length\n      responses: { '200': { description: OK } }\n`).join('');
  return `openapi: 3.1.0\ninfo: { title: Big, version: '1' }\n${extra}paths:\n${paths}`;
}

describe('parse cache', () => {
  let dir: string;
  const saved = process.env.SDKGEN_CACHE_DIR;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sdkgen-parse-cache-'));
    process.env.SDKGEN_CACHE_DIR = dir;
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    if (saved === undefined) delete process.env.SDKGEN_CACHE_DIR;
    else process.env.SDKGEN_CACHE_DIR = saved;
  });

  it('stores a large YAML parse once and reads the same data back', () => {
    const text = bigYaml();
    expect(text.length).toBeGreaterThan(256 * 1024);
    const first = parseSource(text, 'big.yml');
    expect(readdirSync(dir)).toHaveLength(1);
    const second = parseSource(text, 'big.yml');
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    parseSource(bigYaml('x-other: 1\n'), 'big.yml');
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it('does not cache a document with .inf or .nan (JSON would turn them into null)', () => {
    const data = parseSource(bigYaml('x-limit: .inf\n'), 'big.yml') as { 'x-limit': number };
    expect(data['x-limit']).toBe(Infinity);
    expect(readdirSync(dir)).toHaveLength(0);
  });

  it('is off with SDKGEN_CACHE_DIR=off, and small documents are not cached', () => {
    parseSource('openapi: 3.1.0\ninfo: { title: Small, version: "1" }\npaths: {}\n', 'small.yml');
    expect(readdirSync(dir)).toHaveLength(0);
    process.env.SDKGEN_CACHE_DIR = 'off';
    expect(parseSource(bigYaml(), 'big.yml')).toMatchObject({ openapi: '3.1.0' });
    expect(readdirSync(dir)).toHaveLength(0);
  });
});
