// The spec loader: one OpenAPI 3.0/3.1 document as plain data, other files bundled in, every $ref checked.
// A Swagger 2.0 document is checked and bundled the same way, then converted to OpenAPI 3.0 (swagger2/).

import { resolve } from 'node:path';
import { bundleSources, type ComponentOrigins } from './bundle.js';
import { encodePointer, splitRef } from './json-pointer.js';
import { readSource, type SourceFile } from './parse-source.js';
import { readReferencedFiles } from './referenced-files.js';
import { collectRefSites } from './ref-sites.js';
import { describeMissing, resolveSegments } from './resolve-location.js';
import { SpecError } from './spec-error.js';
import { convertSwagger2, CONVERTED_VERSION } from './swagger2/index.js';
import { followInternalRef, validateInternalRefs } from './validate-refs.js';

export { SpecError } from './spec-error.js';
export type { SpecErrorLocation } from './spec-error.js';

export interface LoadedSpec {
  /** Absolute path of the root document. */
  file: string;
  /**
   * The OpenAPI 3.0/3.1 document as plain JSON data. External-file $refs are bundled in so that every remaining
   * $ref is internal ("#/..."). Internal refs are left as they are (not dereferenced). Treat it as read-only:
   * subtrees may be shared (YAML aliases, an example inlined twice).
   */
  document: Record<string, any>;
  /** "3.0.3", "3.1.0"… */
  version: string;
}

export async function loadSpec(file: string): Promise<LoadedSpec> {
  const absolute = resolve(file);
  const root = await readRoot(absolute);
  const version = openApiVersion(root);
  const origins: ComponentOrigins = new Map();
  const document = bundled(root, origins);
  if (version === SWAGGER_2) return { file: absolute, document: convertSwagger2(root, document, origins), version: CONVERTED_VERSION };
  return { file: absolute, document, version };
}

function bundled(root: SourceFile, origins: ComponentOrigins): Record<string, any> {
  const sites = collectRefSites(root.data);
  // Fast path: a single-file spec (Telnyx's is one) only needs its refs checked.
  if (sites.every((site) => site.ref.startsWith('#'))) {
    validateInternalRefs(root, sites);
    return root.data as Record<string, any>;
  }
  return bundleSources(root, readReferencedFiles(root, sites), origins);
}

/** Resolve an internal "#/a/b" ref inside a loaded document (JSON-pointer decoding ~0 ~1 and %-escapes). */
export function resolvePointer(spec: LoadedSpec, ref: string): unknown {
  const { target, segments } = splitRef(ref.startsWith('/') ? `#${ref}` : ref);
  if (target !== '' || segments === undefined) {
    throw new SpecError(`"${ref}" is not an internal JSON-pointer ref`, { file: spec.file, hint: 'internal refs look like "#/components/schemas/Name"' });
  }
  const doc = { file: spec.file, data: spec.document };
  const resolution = resolveSegments(doc, segments, followInternalRef);
  if (!resolution.found) {
    const { problem, hint } = describeMissing(resolution, spec.file);
    throw new SpecError(`nothing at this pointer: ${problem}`, { file: spec.file, pointer: encodePointer(segments), hint });
  }
  return resolution.value;
}

async function readRoot(file: string): Promise<SourceFile> {
  try {
    return await readSource(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new SpecError('no such file', { file, hint: 'check the path given as the spec' });
    if (code === 'EISDIR') throw new SpecError('this is a directory, not a spec file', { file, hint: 'give the path of the OpenAPI document itself' });
    throw error;
  }
}

const SUPPORTED_VERSION = /^3\.[01]\.\d+$/;
const SWAGGER_2 = '2.0';

function openApiVersion({ file, data }: SourceFile): string {
  const notOpenApi = (what: string, hint = 'give the path of an OpenAPI 3.0 or 3.1 document (it starts with "openapi: 3.x.y")') =>
    new SpecError(`not an OpenAPI document: ${what}`, { file, hint });
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw notOpenApi(`the top level is ${Array.isArray(data) ? 'a list' : `a ${typeof data}`}, not a mapping`);
  }
  const document = data as Record<string, unknown>;
  if (document.swagger !== undefined) {
    if (document.swagger === SWAGGER_2) return SWAGGER_2;
    throw new SpecError(`Swagger ${JSON.stringify(document.swagger)} is not supported, only Swagger "2.0", OpenAPI 3.0 and 3.1`, {
      file,
      pointer: '/swagger',
      hint: typeof document.swagger === 'number' ? 'quote the version in YAML: swagger: "2.0"' : undefined,
    });
  }
  const version = document.openapi;
  if (version === undefined) {
    const looksLikePackageJson = typeof document.name === 'string' && ('dependencies' in document || 'scripts' in document);
    throw notOpenApi(looksLikePackageJson ? 'this looks like a package.json (no "openapi" field)' : 'it has no "openapi" field');
  }
  if (typeof version !== 'string') {
    throw new SpecError(`"openapi" must be a version string like "3.1.0", not the ${typeof version} ${String(version)}`, {
      file,
      pointer: '/openapi',
      hint: 'quote the version in YAML: openapi: "3.1.0"',
    });
  }
  if (!SUPPORTED_VERSION.test(version)) {
    throw new SpecError(`OpenAPI ${version} is not supported, only 3.0.x and 3.1.x`, {
      file,
      pointer: '/openapi',
      hint: version.startsWith('3.') ? 'if the document uses only 3.1 features, declare "openapi: 3.1.0"' : undefined,
    });
  }
  return version;
}
