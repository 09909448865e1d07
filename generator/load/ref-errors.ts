// SpecErrors about a $ref, located at the place it is written.

import { encodePointer } from './json-pointer.js';
import { lineAndColumn, type SourceFile } from './parse-source.js';
import { describeMissing, type Document, type Resolution } from './resolve-location.js';
import { SpecError, type SpecErrorLocation } from './spec-error.js';

export interface RefSiteIn {
  source: SourceFile;
  /** Path, in `source`, of the object holding the $ref (or of the mapping value). */
  path: readonly string[];
  ref: string;
}

export function danglingRefError<D extends Document>(site: RefSiteIn, failure: Extract<Resolution<D>, { found: false }>): SpecError {
  const { problem, hint } = describeMissing(failure, site.source.file);
  return new SpecError(`$ref "${site.ref}" points to nothing: ${problem}`, { ...siteLocation(site), hint });
}

export function missingFileError(site: RefSiteIn, file: string, reason: 'missing' | 'directory'): SpecError {
  const problem = reason === 'missing' ? `$ref "${site.ref}" names a file that does not exist: ${file}` : `$ref "${site.ref}" names a directory: ${file}`;
  return new SpecError(problem, { ...siteLocation(site), hint: 'a relative path in a $ref is relative to the file that contains the $ref' });
}

export function remoteRefError(site: RefSiteIn): SpecError {
  return new SpecError(`$ref "${site.ref}" is a URL; remote references are not supported`, {
    ...siteLocation(site),
    hint: 'download the referenced document next to the spec and refer to it by a relative path',
  });
}

export function anchorRefError(site: RefSiteIn): SpecError {
  return new SpecError(`$ref "${site.ref}" uses a plain-name fragment ($anchor); only JSON-pointer fragments ("#/…") are supported`, {
    ...siteLocation(site),
    hint: 'write the ref as a JSON pointer, e.g. "#/components/schemas/Name"',
  });
}

/** The pointer of the site, and the line where the ref is written when the text shows it unambiguously enough. */
export function siteLocation(site: RefSiteIn): SpecErrorLocation {
  const location: SpecErrorLocation = { file: site.source.file, pointer: encodePointer(site.path) };
  const offset = findRefText(site.source.text, site.ref);
  if (offset !== undefined) Object.assign(location, lineAndColumn(site.source.text, offset));
  return location;
}

const BEFORE = new Set([' ', '\t', '"', "'", ':', '{', ',', '\n']);
const AFTER = new Set(['"', "'", ' ', '\t', '\r', '\n', ',', '}', ']']);

/**
 * Offset of the first place `ref` is written as a whole value (so "#/a/B" does not match inside "#/a/Bc"). Only
 * searched when reporting an error, so a scan of the text is fine. With several sites using the same ref this
 * finds the first, which is also the first one the walk meets: both go in document order.
 */
function findRefText(text: string, ref: string): number | undefined {
  if (ref === '') return undefined;
  for (let at = text.indexOf(ref); at >= 0; at = text.indexOf(ref, at + 1)) {
    const before = at === 0 ? '\n' : text[at - 1];
    const after = at + ref.length === text.length ? '\n' : text[at + ref.length];
    if (BEFORE.has(before) && AFTER.has(after)) return at;
  }
  return undefined;
}
