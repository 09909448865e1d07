// The inputs of a run, hashed: when they and the files written last time are as they were, `generate` has
// nothing to do. Kept light (node built-ins only) so that a no-op run loads nothing else.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MANIFEST_NAME } from './output.js';

/** Beside each output folder's manifest; not committed (the hash covers absolute paths and sdkgen's source). */
export const STAMP_NAME = '.sdkgen-inputs.json';

export interface InputStamp {
  generator: 'sdkgen';
  /** sha256 of the resolved config (CLI options included). */
  config: string;
  /** The input entries: files and folders (spec, its referenced files, what the config names, sdkgen itself). */
  entries: string[];
  /** Every input file (folders expanded) → [size, mtime in ms, sha256]: unchanged stats skip the hashing. */
  files: Record<string, [number, number, string]>;
  /** Output file (relative, manifest included) → [size, mtime in ms] right after the run wrote it. */
  outputs: Record<string, [number, number]>;
}

/** sdkgen's own code (dist/ or generator/), its templates and package.json: a new sdkgen regenerates. */
const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CODE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OWN_INPUTS = [CODE_DIR, path.join(PACKAGE_ROOT, 'templates'), path.join(PACKAGE_ROOT, 'package.json')];

function filesUnder(entry: string, into: string[]): void {
  let stat;
  try {
    stat = statSync(entry);
  } catch {
    into.push(entry); // Hashed as absent: its appearance changes the hash.
    return;
  }
  if (!stat.isDirectory()) {
    into.push(entry);
    return;
  }
  for (const name of readdirSync(entry).sort()) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    filesUnder(path.join(entry, name), into);
  }
}

/** Every absolute path among the config's string values that exists: spec, api.md, products, catalogs, templates… */
export function configPaths(config: unknown): string[] {
  const found = new Set<string>();
  const walk = (value: unknown, key: string): void => {
    if (typeof value === 'string') {
      // Output folders are what we write, not what we read.
      if (key !== 'out' && path.isAbsolute(value) && existsSync(value)) found.add(value);
    } else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(config, '');
  return [...found];
}

export function configHash(config: unknown): string {
  return createHash('sha256').update(JSON.stringify(config)).digest('hex');
}

function expand(entries: readonly string[]): string[] {
  const files: string[] = [];
  for (const entry of [...new Set([...entries, ...OWN_INPUTS])].sort()) filesUnder(entry, files);
  return files;
}

function fileHash(file: string): string {
  try {
    return createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch {
    return 'absent';
  }
}

/** [size, mtime, sha256]; the hash of the last record is kept while the stats are unchanged (git's index does so). */
function fileRecord(file: string, last?: [number, number, string]): [number, number, string] {
  try {
    const stat = statSync(file);
    if (last && last[0] === stat.size && last[1] === stat.mtimeMs && last[2] !== 'absent') return last;
    return [stat.size, stat.mtimeMs, fileHash(file)];
  } catch {
    return [-1, -1, 'absent'];
  }
}

/** True when the files are those recorded, each with the same stats or, when touched, the same content. */
function inputsUnchanged(entries: readonly string[], recorded: Record<string, [number, number, string]>): boolean {
  const files = expand(entries);
  if (files.length !== Object.keys(recorded).length) return false;
  for (const file of files) {
    const record = recorded[file];
    if (!record) return false;
    let size = -1;
    let mtime = -1;
    try {
      const stat = statSync(file);
      size = stat.size;
      mtime = stat.mtimeMs;
    } catch {
      // Absent: equal only to a record of an absent file.
    }
    if (size === record[0] && mtime === record[1]) continue;
    if (size !== record[0] || fileHash(file) !== record[2]) return false;
  }
  return true;
}

/** Files an OpenAPI document reaches through `$ref`s to other files; only parsed when it has such refs. */
export async function specInputs(spec: string): Promise<string[]> {
  const text = readFileSync(spec, 'utf8');
  if (!/\$ref["']?\s*:\s*["']?(?!#)[^\s"']/.test(text)) return [spec];
  const [{ readSourceSync }, { collectRefSites }, { readReferencedFiles }] = await Promise.all([
    import('../load/parse-source.js'),
    import('../load/ref-sites.js'),
    import('../load/referenced-files.js'),
  ]);
  const root = readSourceSync(spec);
  return [...readReferencedFiles(root, collectRefSites(root.data)).keys()];
}

async function readStamp(dir: string): Promise<InputStamp | undefined> {
  try {
    const stamp = JSON.parse(await fs.readFile(path.join(dir, STAMP_NAME), 'utf8')) as InputStamp;
    return stamp?.generator === 'sdkgen' && typeof stamp.config === 'string' && stamp.files ? stamp : undefined;
  } catch {
    return undefined;
  }
}

async function outputsUnchanged(dir: string, outputs: Record<string, [number, number]>): Promise<boolean> {
  if (!outputs[MANIFEST_NAME]) return false;
  const checks = Object.entries(outputs).map(async ([relative, [size, mtime]]) => {
    try {
      const stat = await fs.stat(path.join(dir, relative));
      return stat.size === size && stat.mtimeMs === mtime;
    } catch {
      return false;
    }
  });
  return (await Promise.all(checks)).every(Boolean);
}

/**
 * True when every output folder holds a stamp of the same config, no input file changed since, and the files
 * written are as the last run left them (same size and modification time: a file edited or removed by hand
 * makes the run regenerate).
 */
export async function upToDate(config: unknown, outDirs: readonly string[]): Promise<boolean> {
  return upToDateWith(configHash(config), outDirs);
}

export async function upToDateWith(config: string, outDirs: readonly string[]): Promise<boolean> {
  if (outDirs.length === 0) return false;
  const stamps = await Promise.all(outDirs.map(readStamp));
  const first = stamps[0];
  if (!first || first.config !== config) return false;
  const same = JSON.stringify(first.entries);
  if (stamps.some((s) => !s || s.config !== config || JSON.stringify(s.entries) !== same)) return false;
  if (!(await Promise.all(outDirs.map((dir, i) => outputsUnchanged(dir, stamps[i]!.outputs)))).every(Boolean)) return false;
  return inputsUnchanged(first.entries, first.files);
}

/** Records, in each output folder, the inputs of the run that just wrote it and the files it left. */
export async function writeStamps(config: unknown, spec: string, outDirs: readonly string[]): Promise<void> {
  const entries = [...new Set([...configPaths(config), ...(await specInputs(spec))])].sort();
  const last = (await Promise.all(outDirs.map(readStamp))).find((stamp) => stamp !== undefined)?.files ?? {};
  const files = Object.fromEntries(expand(entries).map((file) => [file, fileRecord(file, last[file])]));
  const hash = configHash(config);
  for (const dir of outDirs) {
    if (!existsSync(path.join(dir, MANIFEST_NAME))) continue; // Not written by this run: no stamp, no no-op.
    const manifest = JSON.parse(await fs.readFile(path.join(dir, MANIFEST_NAME), 'utf8')) as { files: Record<string, string> };
    const outputs: Record<string, [number, number]> = {};
    for (const relative of [MANIFEST_NAME, ...Object.keys(manifest.files)]) {
      const stat = await fs.stat(path.join(dir, relative));
      outputs[relative] = [stat.size, stat.mtimeMs];
    }
    const stamp: InputStamp = { generator: 'sdkgen', config: hash, entries, files, outputs };
    await fs.writeFile(path.join(dir, STAMP_NAME), `${JSON.stringify(stamp)}\n`);
  }
}

/** The input files the stamps of these folders list (what `--watch` watches). */
export function readInputList(outDirs: readonly string[]): string[] {
  const inputs = new Set<string>();
  for (const dir of outDirs) {
    try {
      const stamp = JSON.parse(readFileSync(path.join(dir, STAMP_NAME), 'utf8')) as InputStamp;
      for (const file of stamp.entries ?? []) inputs.add(file);
    } catch {
      // No stamp (yet): nothing listed.
    }
  }
  return [...inputs];
}
