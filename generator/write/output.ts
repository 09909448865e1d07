// Owned, atomic output: everything is written to a temporary folder first and moved into place only when
// complete; a manifest of what sdkgen wrote lets it remove what it no longer produces and leave other files be.
import { createHash } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';

export const MANIFEST_NAME = '.sdkgen-manifest.json';

export interface Manifest {
  generator: 'sdkgen';
  /** Relative path → sha256 of the content, sorted by path. */
  files: Record<string, string>;
}

export interface WriteSummary {
  dir: string;
  written: string[];
  removed: string[];
  unchanged: number;
}

export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

export function buildManifest(files: Map<string, string>): Manifest {
  const sorted = [...files.keys()].sort();
  return { generator: 'sdkgen', files: Object.fromEntries(sorted.map((p) => [p, sha256(files.get(p)!)])) };
}

export async function readManifest(dir: string): Promise<Manifest | undefined> {
  try {
    const parsed = JSON.parse(await fs.readFile(path.join(dir, MANIFEST_NAME), 'utf8')) as Manifest;
    return parsed && parsed.generator === 'sdkgen' && parsed.files ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function checkRelative(relative: string): void {
  if (path.isAbsolute(relative) || relative.split(/[\\/]/).includes('..') || relative === MANIFEST_NAME) {
    throw new Error(`refusing to write outside the output folder: ${relative}`);
  }
}

/** Writes `files` (relative path → content) into the folder `dir`, touching only files whose bytes change. */
export async function writeOutput(dir: string, files: Map<string, string>): Promise<WriteSummary> {
  for (const relative of files.keys()) checkRelative(relative);
  const absolute = path.resolve(dir);
  const parent = path.dirname(absolute);
  await fs.mkdir(parent, { recursive: true });
  const staging = await fs.mkdtemp(path.join(parent, `.sdkgen-tmp-${path.basename(absolute)}-`));
  try {
    const previous = existsSync(absolute) ? await readManifest(absolute) : undefined;
    const manifest = buildManifest(files);
    const changed: string[] = [];
    for (const [relative, content] of files) {
      if (previous?.files[relative] === manifest.files[relative] && (await sameContent(path.join(absolute, relative), content))) continue;
      changed.push(relative);
      const target = path.join(staging, relative);
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.writeFile(target, content);
    }
    const stale = Object.keys(previous?.files ?? {}).filter((p) => !files.has(p));
    const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
    const manifestChanged = changed.length > 0 || stale.length > 0 || !(await sameContent(path.join(absolute, MANIFEST_NAME), manifestText));
    if (manifestChanged) await fs.writeFile(path.join(staging, MANIFEST_NAME), manifestText);
    // Everything is complete on disk: now move it into place.
    if (!existsSync(absolute)) {
      await fs.rename(staging, absolute);
    } else {
      for (const relative of changed) {
        const target = path.join(absolute, relative);
        await fs.mkdir(path.dirname(target), { recursive: true });
        await fs.rename(path.join(staging, relative), target);
      }
      for (const relative of stale) {
        await fs.rm(path.join(absolute, relative), { force: true });
        await removeEmptyParents(absolute, path.dirname(path.join(absolute, relative)));
      }
      if (manifestChanged) await fs.rename(path.join(staging, MANIFEST_NAME), path.join(absolute, MANIFEST_NAME));
    }
    return { dir: absolute, written: changed, removed: stale, unchanged: files.size - changed.length };
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
}

async function sameContent(file: string, content: string): Promise<boolean> {
  try {
    const existing = await fs.readFile(file);
    return existing.equals(Buffer.from(content));
  } catch {
    return false;
  }
}

async function removeEmptyParents(root: string, dir: string): Promise<void> {
  let current = dir;
  while (current.startsWith(root + path.sep)) {
    const entries = await fs.readdir(current).catch(() => ['?']);
    if (entries.length > 0) return;
    await fs.rmdir(current);
    current = path.dirname(current);
  }
}

export interface CheckResult {
  dir: string;
  /** Files that differ from what generation produces, are missing, or are stale leftovers. */
  changed: string[];
  missing: string[];
  stale: string[];
}

/** Compares `files` with what is on disk, writing nothing (for `sdkgen check`). */
export async function checkOutput(dir: string, files: Map<string, string>): Promise<CheckResult> {
  const absolute = path.resolve(dir);
  const result: CheckResult = { dir: absolute, changed: [], missing: [], stale: [] };
  for (const [relative, content] of files) {
    const file = path.join(absolute, relative);
    if (!existsSync(file)) result.missing.push(relative);
    else if (!(await sameContent(file, content))) result.changed.push(relative);
  }
  const previous = await readManifest(absolute);
  result.stale = Object.keys(previous?.files ?? {}).filter((p) => !files.has(p) && existsSync(path.join(absolute, p)));
  return result;
}
