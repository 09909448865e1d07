// The command-line tools the snippet tests check code with (python3, ruby, gofmt): a test that needs one skips
// without it, and fails instead under CI.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Tool {
  available: boolean;
  /** Why a test that needs the tool is skipped (shown by vitest in the suite name); empty when it is available. */
  skipReason: string;
}

/**
 * Whether `command probe…` runs here (exits 0, or just starts with `anyStatus`); `pkg` is the apt package that
 * provides it.
 */
export function findTool(command: string, probe: string[], pkg: string, anyStatus = false): Tool {
  const result = spawnSync(command, probe, { encoding: 'utf8' });
  const available = result.error === undefined && (anyStatus || result.status === 0);
  if (!available && process.env.CI === 'true') {
    throw new Error(`${command} is missing; CI needs it for the snippet tests (apt-get install ${pkg})`);
  }
  return { available, skipReason: available ? '' : ` (skipped: ${command} is not installed; apt-get install -y ${pkg})` };
}

/** A snippet a checker rejects, by its index in the batch. */
export interface SnippetProblem {
  index: number;
  message: string;
}

/** Runs `command args…` with `input` as JSON on stdin and returns its stdout; throws when it fails. */
export function runWithJsonInput(command: string, args: string[], input: unknown, env?: NodeJS.ProcessEnv): string {
  const result = spawnSync(command, args, {
    input: JSON.stringify(input),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    ...(env ? { env: { ...process.env, ...env } } : {}),
  });
  if (result.status !== 0) throw new Error(`${command} failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}

/** Where .ci/test-tools.sh installs the npm tools that only tests use (outside the project). */
export const testToolsDir =
  process.env.SDKGEN_TEST_TOOLS ?? path.join(process.env.HOME ?? os.homedir(), '.cache/sdkgen-test-tools');

/**
 * An npm tool of .ci/test-tools (pyright, bun, deno, skills-ref, claude): its binary path when installed; a test
 * that needs it skips without it, and fails instead under CI.
 */
export function testTool(name: string): Tool & { path: string } {
  const bin = path.join(testToolsDir, 'node_modules/.bin', name);
  const available = existsSync(bin);
  if (!available && process.env.CI === 'true') {
    throw new Error(`${name} is missing from ${testToolsDir}; CI needs it (bash .ci/test-tools.sh installs it)`);
  }
  return {
    available,
    path: bin,
    skipReason: available ? '' : ` (skipped: ${name} is not installed; run bash .ci/test-tools.sh)`,
  };
}
