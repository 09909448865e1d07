// The quickest no-op: before the CLI and its modules load, a `generate` run with the same arguments in the same
// folder as a recorded one checks the stamps its output folders hold, and stops there when nothing changed.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { upToDateWith } from './write/inputs.js';

/** Recorded runs, keyed by folder and arguments: a cache (a missing or stale entry only means a slower check). */
const RUNS_DIR = path.join(os.tmpdir(), 'sdkgen-runs');
const VALUE_OPTIONS = new Set(['--config', '-c', '--spec', '-s', '--out', '-o', '--templates', '-t', '--targets']);
const QUIET = new Set(['--quiet', '-q']);

interface RecordedRun {
  config: string;
  outDirs: string[];
}

/** `generate` with only the options that choose inputs and outputs (anything else takes the full path). */
function runKey(argv: readonly string[], cwd: string): string | undefined {
  if (argv[0] !== 'generate') return undefined;
  const kept: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    if (QUIET.has(arg)) continue;
    if (VALUE_OPTIONS.has(arg) && i + 1 < argv.length) {
      kept.push(arg, argv[++i]);
      continue;
    }
    return undefined;
  }
  return createHash('sha256').update([cwd, ...kept].join('\0')).digest('hex');
}

export async function recordRun(argv: readonly string[], cwd: string, config: string, outDirs: readonly string[]): Promise<void> {
  const key = runKey(argv, cwd);
  if (!key) return;
  try {
    await fs.mkdir(RUNS_DIR, { recursive: true });
    const run: RecordedRun = { config, outDirs: [...outDirs] };
    await fs.writeFile(path.join(RUNS_DIR, `${key}.json`), JSON.stringify(run));
  } catch {
    // A cache: the next run takes the full path.
  }
}

/** True (and reported) when this exact run was recorded and its inputs and outputs are unchanged. */
export async function fastNoop(argv: readonly string[], cwd: string, stderr: (text: string) => void): Promise<boolean> {
  const key = runKey(argv, cwd);
  if (!key) return false;
  let run: RecordedRun;
  try {
    run = JSON.parse(await fs.readFile(path.join(RUNS_DIR, `${key}.json`), 'utf8')) as RecordedRun;
  } catch {
    return false;
  }
  if (!(await upToDateWith(run.config, run.outDirs))) return false;
  if (!argv.some((a) => QUIET.has(a))) stderr('sdkgen: up to date (no input changed since the last run; --force regenerates)\n');
  return true;
}
