// What every per-kind transform of the Swagger 2.0 → OpenAPI 3.0 conversion shares: the source (for errors at the
// 2.0 place), the document-wide media types, and the reusable parameters (a body parameter becomes a request body).

import type { ComponentOrigins } from '../bundle.js';
import { encodePointer, internalRef } from '../json-pointer.js';
import { lineAndColumn } from '../parse-source.js';
import { SpecError } from '../spec-error.js';

export type JsonObject = Record<string, unknown>;

export interface ConversionContext {
  file: string;
  text: string;
  /** Components the bundler brought in from other files, and where each comes from. */
  origins: ComponentOrigins;
  /** The whole 2.0 document (after bundling). */
  document: JsonObject;
  consumes: string[];
  produces: string[];
}

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A problem of the 2.0 document, located at its place there (pointer, and a line found in the text). */
export function swaggerError(context: ConversionContext, path: readonly string[], problem: string, hint?: string): SpecError {
  // A 2.0 document has no components: these were bundled in from another file; the error names that file.
  const origin = path[0] === 'components' ? context.origins.get(internalRef(path.slice(0, 3))) : undefined;
  if (origin) {
    const inSource = [...origin.segments, ...path.slice(3)];
    const location = lineOfPath(origin.source.text, inSource);
    return new SpecError(problem, { file: origin.source.file, pointer: encodePointer(inSource), ...location, ...(hint ? { hint } : {}) });
  }
  const location = lineOfPath(context.text, path);
  return new SpecError(problem, { file: context.file, pointer: encodePointer(path), ...location, ...(hint ? { hint } : {}) });
}

/**
 * The line of a place, found by looking for each key of the path in turn after the previous one (array indexes
 * are skipped). Approximate, and the pointer is printed next to it; undefined when a key is not found.
 */
function lineOfPath(text: string, path: readonly string[]): { line: number; column: number } | Record<string, never> {
  let offset = 0;
  for (const key of path) {
    if (/^\d+$/.test(key)) {
      offset = findYamlItem(text, Number(key), offset) ?? offset;
      continue;
    }
    const found = findKey(text, key, offset);
    if (found === undefined) return {};
    offset = found;
  }
  return path.length === 0 ? {} : lineAndColumn(text, offset);
}

/** The start of item `index` of a YAML block list after `from` (items at the indentation of the first one). */
function findYamlItem(text: string, index: number, from: number): number | undefined {
  const item = /\n([ \t]*)- /g;
  item.lastIndex = from;
  const first = item.exec(text);
  if (!first || /[{[]/.test(text.slice(from, first.index).replace(/^[^\n]*:/, '').trim().charAt(0))) return undefined;
  const indent = first[1];
  let at = first.index;
  for (let n = 0; n < index; n++) {
    const next = text.indexOf(`\n${indent}- `, at + 1);
    if (next < 0) return undefined;
    at = next;
  }
  return at + 1 + indent.length;
}

function findKey(text: string, key: string, from: number): number | undefined {
  const quoted = [`"${key}"`, `'${key}'`];
  for (let at = text.indexOf(key, from); at >= 0; at = text.indexOf(key, at + 1)) {
    const plain = (at === 0 || /[\s{,-]/.test(text[at - 1])) && /^\s*:/.test(text.slice(at + key.length, at + key.length + 4));
    if (plain) return at;
    for (const q of quoted) {
      if (text.startsWith(q, at - 1) && /^\s*:/.test(text.slice(at - 1 + q.length, at + q.length + 3))) return at - 1;
    }
  }
  return undefined;
}

/** `x-` extensions of a 2.0 object, carried over as they are. */
export function extensionsOf(object: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const key of Object.keys(object)) if (key.startsWith('x-')) out[key] = object[key];
  return out;
}

/** Copies the keys that mean the same in both versions. */
export function pick(object: JsonObject, keys: readonly string[]): JsonObject {
  const out: JsonObject = {};
  for (const key of keys) if (object[key] !== undefined) out[key] = object[key];
  return out;
}

export function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;
}
