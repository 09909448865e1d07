import { splitRef } from './json-pointer.js';
import type { SourceFile } from './parse-source.js';
import { anchorRefError, danglingRefError } from './ref-errors.js';
import type { RefSite } from './ref-sites.js';
import { resolveSegments, type FollowRef } from './resolve-location.js';

/** Follows only refs into the same document: what is left once a spec is bundled (or never had other files). */
export const followInternalRef: FollowRef<{ file: string; data: unknown }> = (from, ref) => {
  const { target, segments } = splitRef(ref);
  return target === '' && segments !== undefined ? { doc: from, segments } : undefined;
};

/**
 * Throws a SpecError for the first internal $ref that points to nothing. Each distinct ref string is resolved once
 * (specs repeat the same few hundred refs thousands of times). Discriminator mapping values are not checked: they
 * may also be bare schema names, which is the IR builder's business.
 */
export function validateInternalRefs(source: SourceFile, sites: readonly RefSite[]): void {
  const good = new Set<string>();
  for (const site of sites) {
    if (site.kind !== '$ref' || good.has(site.ref)) continue;
    const { segments } = splitRef(site.ref);
    const at = { source, path: site.path, ref: site.ref };
    if (segments === undefined) throw anchorRefError(at);
    const resolution = resolveSegments(source, segments, followInternalRef);
    if (!resolution.found) throw danglingRefError(at, resolution);
    good.add(site.ref);
  }
}
