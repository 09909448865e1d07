// A Prism mock server (@stoplight/prism-cli, a devDependency) for end-to-end tests of generated clients.
// Started once per test file as a child process in its own process group on a free loopback port, stopped by
// killing that group. Loading the 3 MB Telnyx spec takes ~10 s and ~350 MB, so start it in beforeAll only.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** The prism binary of the installed package (nothing is downloaded at run time). */
export function prismBin(): string {
  const pkgFile = require.resolve('@stoplight/prism-cli/package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { bin: Record<string, string> };
  return path.join(path.dirname(pkgFile), pkg.bin['prism']!);
}

export interface PrismServer {
  /** `http://127.0.0.1:<port>`: Prism serves the spec's paths at the root (no server prefix such as /v2). */
  url: string;
  pid: number;
  /** Milliseconds from spawn to the first HTTP answer. */
  startMs: number;
  /** Resident memory of the Prism process right after it answered, in MiB (undefined off Linux). */
  rssMiB: number | undefined;
  /** The last lines Prism printed (stdout and stderr), for failure messages. */
  log(): string;
  stop(): Promise<void>;
}

export interface PrismOptions {
  /** Give up waiting for the first answer after this long (default 90 s). */
  startTimeoutMs?: number;
  /** Prism's --verboseLevel (default warn: request violations are still logged). */
  verbose?: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent';
  /** Extra arguments for `prism mock` (e.g. --dynamic). */
  args?: string[];
}

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Kills the process group of every server still running: the last resort when a worker exits without afterAll. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const child of running) killGroup(child, 'SIGKILL');
  });
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // ESRCH: already gone.
  }
}

function rssMiB(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    return kb ? Math.round(Number(kb) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

/** Starts `prism mock -p <free port> -h 127.0.0.1 <spec>` and resolves once it answers HTTP. */
export async function startPrism(spec: string, options: PrismOptions = {}): Promise<PrismServer> {
  const startTimeoutMs = options.startTimeoutMs ?? 90_000;
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const args = [prismBin(), 'mock', '-p', String(port), '-h', '127.0.0.1', '-v', options.verbose ?? 'warn', ...(options.args ?? []), spec];
  const started = Date.now();
  installExitHook();
  const child = spawn(process.execPath, args, {
    detached: true, // its own process group, so that stop() takes every process Prism may fork
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  running.add(child);
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (lines.length > 400) lines.splice(0, lines.length - 400);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let exited: string | undefined;
  const exit = new Promise<void>((resolve) => {
    child.on('exit', (code, signal) => {
      exited = `exited with ${signal ?? `code ${code}`}`;
      running.delete(child);
      resolve();
    });
    child.on('error', (error) => {
      exited = `failed to start: ${error.message}`;
      running.delete(child);
      resolve();
    });
  });
  const log = () => lines.slice(-60).join('\n');

  const stop = async (): Promise<void> => {
    if (exited) return;
    killGroup(child, 'SIGTERM');
    const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5_000).unref());
    if ((await Promise.race([exit, timer])) === 'timeout') {
      killGroup(child, 'SIGKILL');
      await Promise.race([exit, new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
    }
  };

  // Poll until any HTTP answer (Prism says 404 for `/`), each try bounded, the whole wait bounded.
  const deadline = started + startTimeoutMs;
  while (true) {
    if (exited) throw new Error(`Prism ${exited} before answering on ${url}:\n${log()}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`Prism did not answer on ${url} within ${startTimeoutMs} ms:\n${log()}`);
    }
    try {
      await fetch(`${url}/`, { signal: AbortSignal.timeout(1_000) });
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return { url, pid: child.pid!, startMs: Date.now() - started, rssMiB: rssMiB(child.pid!), log, stop };
}
