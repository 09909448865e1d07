// Owned, atomic output: everything is written to a temporary folder first and moved into place only when
// complete; a manifest of what sdkgen wrote lets it remove what it no longer produces and leave other files be.
import { createHash } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';

export const MANIFEST_NAME = '.sdkgen-manifest.json';
/** Prefix of the staging folders, created beside each output folder and always removed. */
export const STAGING_PREFIX = '.sdkgen-tmp-';

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
  if (
    relative === '' ||
    path.isAbsolute(relative) ||
    relative.split(/[\\/]/).includes('..') ||
    relative === MANIFEST_NAME ||
    relative.startsWith(STAGING_PREFIX)
  ) {
    throw new Error(`refusing to write outside the output folder: ${JSON.stringify(relative)}`);
  }
}

/**
 * One output folder prepared for writing: the new files sit complete in a staging folder. `commit` moves them
 * into place, keeping what it replaces until `finish`; `rollback` puts the previous files back.
 */
export interface StagedOutput {
  readonly summary: WriteSummary;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  /** Removes the staging folder (and, when nothing was committed, the empty folders staging created). */
  finish(): Promise<void>;
}

/** Stages `files` (relative path → content) for the folder `dir`; the folder itself is not touched yet. */
export async function stageOutput(dir: string, files: Map<string, string>): Promise<StagedOutput> {
  for (const relative of files.keys()) checkRelative(relative);
  const absolute = path.resolve(dir);
  const parent = path.dirname(absolute);
  const createdParents = await fs.mkdir(parent, { recursive: true });
  const staging = await fs.mkdtemp(path.join(parent, `${STAGING_PREFIX}${path.basename(absolute)}-`));
  const fresh = path.join(staging, 'new');
  const backup = path.join(staging, 'old');
  const exists = existsSync(absolute);
  let changed: string[] = [];
  let stale: string[] = [];
  let manifestChanged = false;
  try {
    const previous = exists ? await readManifest(absolute) : undefined;
    const manifest = buildManifest(files);
    const entries = [...files];
    // Thousands of small files: compare and write them concurrently, not one await after another.
    const differs = await mapConcurrently(entries, async ([relative, content]) => !exists || !(await sameContent(path.join(absolute, relative), content)));
    changed = entries.filter((_, i) => differs[i]).map(([relative]) => relative);
    for (const folder of new Set(changed.map((relative) => path.dirname(path.join(fresh, relative))))) {
      await fs.mkdir(folder, { recursive: true });
    }
    await mapConcurrently(changed, (relative) => fs.writeFile(path.join(fresh, relative), files.get(relative)!));
    stale = Object.keys(previous?.files ?? {}).filter((p) => !files.has(p) && isOwnedPath(p));
    const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
    manifestChanged = !exists || !(await sameContent(path.join(absolute, MANIFEST_NAME), manifestText));
    if (manifestChanged) {
      await fs.mkdir(fresh, { recursive: true });
      await fs.writeFile(path.join(fresh, MANIFEST_NAME), manifestText);
    }
  } catch (error) {
    await discard(staging, parent, createdParents);
    throw error;
  }

  // Moves done so far, undone in reverse order by rollback.
  const journal: { relative: string; hadPrevious: boolean; placed: boolean }[] = [];
  const createdDirs: { top: string; deepest: string }[] = [];
  let movedWhole = false;
  let committed = false;

  const place = async (relative: string, replacement: boolean) => {
    const target = path.join(absolute, relative);
    const entry = { relative, hadPrevious: false, placed: false };
    journal.push(entry);
    const existing = await fs.lstat(target).catch(() => undefined);
    if (existing?.isDirectory()) {
      if (!replacement) return; // Not ours any more: a stale entry that is now someone's folder stays.
      throw new Error(`cannot write ${target}: a folder of that name is in the way`);
    }
    if (existing) {
      await fs.mkdir(path.dirname(path.join(backup, relative)), { recursive: true });
      await fs.rename(target, path.join(backup, relative));
      entry.hadPrevious = true;
    }
    if (!replacement) return;
    const made = await fs.mkdir(path.dirname(target), { recursive: true });
    if (made) createdDirs.push({ top: made, deepest: path.dirname(target) });
    await fs.rename(path.join(fresh, relative), target);
    entry.placed = true;
  };

  return {
    summary: { dir: absolute, written: changed, removed: stale, unchanged: files.size - changed.length },
    async commit() {
      if (!exists) {
        // A new folder: one rename, nothing to undo but that.
        await fs.rename(fresh, absolute);
        movedWhole = true;
      } else {
        for (const relative of changed) await place(relative, true);
        for (const relative of stale) await place(relative, false);
        if (manifestChanged) await place(MANIFEST_NAME, true);
      }
      committed = true;
    },
    async rollback() {
      if (movedWhole) {
        await fs.rename(absolute, fresh);
        movedWhole = false;
      }
      for (const entry of journal.reverse()) {
        const target = path.join(absolute, entry.relative);
        if (entry.placed) await fs.rm(target, { force: true });
        if (entry.hadPrevious) {
          await fs.mkdir(path.dirname(target), { recursive: true });
          await fs.rename(path.join(backup, entry.relative), target);
        }
      }
      journal.length = 0;
      for (const made of createdDirs.reverse()) await removeEmptyDirs(made.top, made.deepest);
      committed = false;
    },
    async finish() {
      if (committed) {
        for (const relative of stale) await removeEmptyParents(absolute, path.dirname(path.join(absolute, relative)));
        await fs.rm(staging, { recursive: true, force: true });
      } else {
        await discard(staging, parent, createdParents);
      }
    },
  };
}

/**
 * Writes several output folders all or nothing: each is staged completely first, then all are committed;
 * when a move fails, every folder already committed is put back as it was.
 */
export async function writeOutputs(outputs: { dir: string; files: Map<string, string> }[]): Promise<WriteSummary[]> {
  const staged: StagedOutput[] = [];
  try {
    for (const output of outputs) staged.push(await stageOutput(output.dir, output.files));
    const done: StagedOutput[] = [];
    try {
      for (const output of staged) {
        done.push(output);
        await output.commit();
      }
    } catch (error) {
      for (const output of done.reverse()) await output.rollback();
      throw error;
    }
    return staged.map((output) => output.summary);
  } finally {
    for (const output of staged) await output.finish();
  }
}

/** Writes `files` (relative path → content) into the folder `dir`, touching only files whose bytes change. */
export async function writeOutput(dir: string, files: Map<string, string>): Promise<WriteSummary> {
  const [summary] = await writeOutputs([{ dir, files }]);
  return summary!;
}

/** A manifest entry sdkgen may delete: a plain relative path inside the folder (a tampered manifest cannot reach out). */
function isOwnedPath(relative: string): boolean {
  try {
    checkRelative(relative);
    return true;
  } catch {
    return false;
  }
}

async function discard(staging: string, parent: string, createdParents: string | undefined): Promise<void> {
  await fs.rm(staging, { recursive: true, force: true });
  if (createdParents) await removeEmptyDirs(createdParents, parent);
}

/** Removes `deepest` and its parents up to `top` (inclusive) while they are empty. */
async function removeEmptyDirs(top: string, deepest: string): Promise<void> {
  let current = deepest;
  while (current === top || current.startsWith(top + path.sep)) {
    const entries = await fs.readdir(current).catch(() => undefined);
    if (!entries || entries.length > 0) return;
    await fs.rmdir(current);
    current = path.dirname(current);
  }
}

const CONCURRENCY = 32;

/** `fn` over every item with at most CONCURRENCY calls in flight; results in item order. */
async function mapConcurrently<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  return results;
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
  result.stale = Object.keys(previous?.files ?? {}).filter((p) => !files.has(p) && isOwnedPath(p) && existsSync(path.join(absolute, p)));
  return result;
}
