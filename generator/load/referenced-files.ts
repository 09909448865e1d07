// Reading every file a spec reaches through $refs, before bundling, so that bundling itself is synchronous.

import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { percentDecodePath, splitRef } from './json-pointer.js';
import { readSource, type SourceFile } from './parse-source.js';
import { missingFileError, remoteRefError, type RefSiteIn } from './ref-errors.js';
import { collectRefSites, type RefSite } from './ref-sites.js';

/** Absolute path of the file a ref points into (the referencing file itself for "#…"); undefined for a URL. */
export function refTargetFile(fromFile: string, ref: string): string | undefined {
  const { target } = splitRef(ref);
  if (target === '') return fromFile;
  if (/^file:/i.test(target)) return fileURLToPath(target);
  if (/^[a-z][a-z0-9+.-]+:/i.test(target)) return undefined;
  return resolve(dirname(fromFile), percentDecodePath(target));
}

/**
 * All files reachable from `root`, keyed by absolute path. Files are read a wave at a time, in parallel; errors are
 * reported for the first failing ref in document order, so the message does not depend on I/O timing.
 */
export async function readReferencedFiles(root: SourceFile, rootSites: readonly RefSite[]): Promise<Map<string, SourceFile>> {
  const files = new Map<string, SourceFile>([[root.file, root]]);
  let wave: Array<{ source: SourceFile; sites: readonly RefSite[] }> = [{ source: root, sites: rootSites }];
  while (wave.length > 0) {
    const wanted = new Map<string, RefSiteIn>();
    for (const { source, sites } of wave) {
      for (const site of sites) {
        const file = refTargetFile(source.file, site.ref);
        if (file === undefined) throw remoteRefError({ source, path: site.path, ref: site.ref });
        if (!files.has(file) && !wanted.has(file)) wanted.set(file, { source, path: site.path, ref: site.ref });
      }
    }
    const results = await Promise.allSettled([...wanted.keys()].map((file) => readSource(file)));
    wave = [];
    let i = 0;
    for (const [file, site] of wanted) {
      const result = results[i++];
      if (result.status === 'rejected') throw readFailure(result.reason, site, file);
      files.set(file, result.value);
      wave.push({ source: result.value, sites: collectRefSites(result.value.data) });
    }
  }
  return files;
}

function readFailure(reason: unknown, site: RefSiteIn, file: string): unknown {
  const code = (reason as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return missingFileError(site, file, 'missing');
  if (code === 'EISDIR') return missingFileError(site, file, 'directory');
  return reason;
}
