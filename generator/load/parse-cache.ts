// Parsed YAML kept as JSON, by the sha256 of the text: a large spec takes ~0.5 s to parse as YAML and ~50 ms to read
// back as JSON, and a regeneration reads the same spec again. The cache holds nothing but what the text parses to,
// so a stale or foreign entry cannot change a result: a changed text has another key.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Texts smaller than this parse faster than a cache round trip. */
const MIN_CACHED_LENGTH = 256 * 1024;
/** YAML values JSON has no form for (±.inf, .nan): such a document is not cached. */
const NOT_JSON = /(^|[\s:[,-])[-+]?\.(inf|Inf|INF|nan|NaN|NAN)\b/m;

/** `SDKGEN_CACHE_DIR`, else the user's cache folder; `SDKGEN_CACHE_DIR=off` turns the cache off. */
function cacheDir(): string | undefined {
  const configured = process.env.SDKGEN_CACHE_DIR;
  if (configured === 'off') return undefined;
  return configured || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'sdkgen', 'parsed');
}

/** The parse of `text` by `parse`, from the cache when an earlier run stored it. */
export function cachedParse(text: string, parse: () => unknown): unknown {
  const dir = text.length >= MIN_CACHED_LENGTH && !NOT_JSON.test(text) ? cacheDir() : undefined;
  if (!dir) return parse();
  const file = path.join(dir, `${createHash('sha256').update(text).digest('hex')}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // Absent or unreadable: parse, and store for the next run.
  }
  const data = parse();
  try {
    mkdirSync(dir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(data));
    renameSync(temporary, file);
  } catch {
    // A cache that cannot be written (read-only home, a cycle of YAML aliases) only costs the next run the parse.
  }
  return data;
}
