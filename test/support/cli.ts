// Running the sdkgen command line in tests: in-process through main() (fast), or the real binary.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main, type Io } from '../../generator/cli.js';
import type { ProgressStream } from '../../generator/progress.js';
import { repoRoot } from './shared.js';

export const cliFixtures = path.join(repoRoot, 'test/fixtures/cli');
export const fixture = (...parts: string[]) => path.join(cliFixtures, ...parts);
export const acmeSpec = fixture('spec/openapi.yml');

/**
 * The TypeScript client emitter is written in parallel; until generator/emit/typescript/index.ts exists,
 * tests generate only the skills target (`--targets skills`) and say so in their names.
 */
export const typescriptEmitterReady = existsSync(path.join(repoRoot, 'generator/emit/typescript/index.ts'));
export const typescriptPending = typescriptEmitterReady ? '' : ' (TypeScript target pending: generator/emit/typescript/index.ts not there yet)';
/** Extra arguments for `generate`/`check` runs of a config or spec that has both targets. */
export const availableTargets = typescriptEmitterReady ? [] : ['--targets', 'skills'];

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  /** What the progress reporter wrote. */
  progress: string;
}

/** main(argv) in this process; progress goes to a fake stream (a TTY one with `tty: true`). */
export async function runCli(argv: string[], options: { tty?: boolean } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  let progress = '';
  const stream: ProgressStream = {
    write: (text: string) => {
      progress += text;
      return true;
    },
    isTTY: options.tty === true,
    columns: 100,
  };
  const io: Io = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    progress: stream,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr, progress };
}

const binary = path.join(repoRoot, 'bin/sdkgen.js');

/** `node bin/sdkgen.js ARGS` (what `npx sdkgen` runs), with CI set so that progress is plain lines. */
export function runBinary(argv: string[], options: { cwd?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [binary, ...argv], {
    cwd: options.cwd ?? repoRoot,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', NO_COLOR: '1' },
    timeout: 120_000,
  });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr, progress: result.stderr };
}

/** Compiles generator/ into dist/ (what `npm run build` does) so that bin/sdkgen.js runs the current code. */
export function buildDist(): void {
  const started = Date.now();
  const tsc = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  // Type errors in code still being written elsewhere do not stop tsc from emitting; a missing dist/cli.js does.
  const cli = path.join(repoRoot, 'dist/cli.js');
  if (!existsSync(cli) || statSync(cli).mtimeMs < started - 1000) {
    throw new Error(`npm run build did not produce dist/cli.js:\n${tsc.stdout}${tsc.stderr}`);
  }
}

const made: string[] = [];

/** A fresh temporary folder, removed by cleanTempDirs(). */
export function tempDir(label = 'cli'): string {
  const dir = mkdtempSync(path.join(tmpdir(), `sdkgen-test-${label}-`));
  made.push(dir);
  return dir;
}

export function cleanTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Every file under `dir`, relative, sorted. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name)))
    .sort();
}
