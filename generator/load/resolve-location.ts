// Walking a JSON pointer through parsed documents, following $refs met on the way, and saying what is missing.

import { dirname, relative } from 'node:path';
import { encodePointer } from './json-pointer.js';

export interface Document {
  file: string;
  data: unknown;
}

export type FollowRef<D extends Document> = (from: D, ref: string) => { doc: D; segments: string[] } | undefined;

export type Resolution<D extends Document> =
  | { found: true; doc: D; segments: string[]; value: unknown }
  /** `segments` is the part of the pointer that exists (in `doc`); `missing` is the first segment that does not. */
  | { found: false; doc: D; segments: string[]; missing: string; container: unknown };

/** $ref chains longer than this are cycles. */
const MAX_REF_HOPS = 64;

/**
 * The value at `segments` in `doc`. A pointer may run through a $ref ("#/components/schemas/A/properties/b" where A
 * is itself a $ref): then the ref is followed and the walk goes on in its target, which may be in another file.
 */
export function resolveSegments<D extends Document>(doc: D, segments: readonly string[], follow: FollowRef<D>, hops = 0): Resolution<D> {
  let current = doc.data;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    const next = childOf(current, segment);
    if (next.present) {
      current = next.value;
      continue;
    }
    const ref = refOf(current);
    const jump = ref !== undefined && hops < MAX_REF_HOPS ? follow(doc, ref) : undefined;
    if (jump) {
      const base = resolveSegments(jump.doc, jump.segments, follow, hops + 1);
      if (!base.found) return base;
      return resolveSegments(base.doc, [...base.segments, ...segments.slice(i)], follow, hops + 1);
    }
    return { found: false, doc, segments: segments.slice(0, i), missing: segment, container: current };
  }
  return { found: true, doc, segments: segments.slice(), value: current };
}

function childOf(node: unknown, segment: string): { present: boolean; value?: unknown } {
  if (node === null || typeof node !== 'object') return { present: false };
  if (Array.isArray(node)) {
    if (!/^(0|[1-9]\d*)$/.test(segment)) return { present: false };
    const index = Number(segment);
    return index < node.length ? { present: true, value: node[index] } : { present: false };
  }
  return Object.hasOwn(node, segment) ? { present: true, value: (node as Record<string, unknown>)[segment] } : { present: false };
}

export function refOf(node: unknown): string | undefined {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
  const ref = (node as Record<string, unknown>).$ref;
  return typeof ref === 'string' ? ref : undefined;
}

/** "there is no "Nope" in #/components/schemas", and a "did you mean" hint when a key is close enough. */
export function describeMissing<D extends Document>(failure: Extract<Resolution<D>, { found: false }>, siteFile: string): { problem: string; hint: string } {
  // Written as the ref would be written at the site: relative to its file, "#…" alone for the same file.
  const prefix = failure.doc.file === siteFile ? '' : relative(dirname(siteFile), failure.doc.file);
  const pointer = encodePointer(failure.segments);
  const where = pointer === '' ? `the top level of ${prefix || 'the document'}` : `${prefix}#${pointer}`;
  const problem = failure.container !== null && typeof failure.container === 'object'
    ? `there is no "${failure.missing}" in ${where}`
    : `${where} is ${failure.container === null ? 'null' : `a ${typeof failure.container}`}, it has no "${failure.missing}"`;
  const close = closestKey(failure.container, failure.missing);
  const hint = close !== undefined
    ? `did you mean "${prefix}#${pointer}${encodePointer([close])}"?`
    : 'check the spelling; in a JSON pointer "/" inside a name is written ~1 and "~" is written ~0';
  return { problem, hint };
}

function closestKey(container: unknown, wanted: string): string | undefined {
  if (container === null || typeof container !== 'object' || Array.isArray(container)) return undefined;
  const lower = wanted.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.min(3, Math.floor(wanted.length / 3) + 1);
  for (const key of Object.keys(container)) {
    if (key.toLowerCase() === lower) return key;
    if (Math.abs(key.length - wanted.length) >= bestDistance) continue;
    const distance = editDistance(key, wanted);
    if (distance < bestDistance) {
      best = key;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length];
}
