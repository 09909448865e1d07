// A run whose inputs and outputs are as the last run left them writes nothing; --force, a changed input or a
// hand-edited output regenerate; `check` compares content whatever the stamp says; --watch regenerates on change.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../generator/cli.js';
import { stopWatching } from '../generator/watch.js';
import { STAMP_NAME } from '../generator/write/inputs.js';
import { repoRoot } from './support/shared.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sdkgen-noop-'));
const spec = path.join(dir, 'openapi.yml');
const out = path.join(dir, 'out');
copyFileSync(path.join(repoRoot, 'specs/demo/openapi.yml'), spec);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]): Promise<{ code: number; stderr: string; stdout: string }> {
  let stderr = '';
  let stdout = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stderr, stdout };
}

const readme = path.join(out, 'typescript', 'README.md');
const generate = (...extra: string[]) => run('generate', '--spec', spec, '--out', out, ...extra);

describe('no-op regeneration', () => {
  it('writes nothing when no input changed, and says so', async () => {
    const first = await generate();
    expect(first.code, first.stderr).toBe(0);
    expect(statSync(path.join(out, 'skills', STAMP_NAME)).isFile()).toBe(true);
    const before = statSync(readme).mtimeMs;
    const again = await generate();
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('up to date');
    expect(again.stderr).not.toContain('write');
    expect(statSync(readme).mtimeMs).toBe(before);
  });

  it('regenerates with --force', async () => {
    const forced = await generate('--force');
    expect(forced.stderr).not.toContain('up to date');
    expect(forced.stderr).toMatch(/write: 0 written, 0 removed, \d+ unchanged/);
  });

  it('regenerates when a file it wrote was edited by hand, and check finds the edit whatever the stamp says', async () => {
    const original = readFileSync(readme, 'utf8');
    writeFileSync(readme, `${original}\nedited by hand\n`);
    const check = await run('check', '--spec', spec, '--out', out);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('stale');
    const again = await generate();
    expect(again.stderr).toMatch(/write: 1 written/);
    expect(readFileSync(readme, 'utf8')).toBe(original);
    expect((await run('check', '--spec', spec, '--out', out)).code).toBe(0);
  });

  it('regenerates when the spec changed', async () => {
    writeFileSync(spec, readFileSync(spec, 'utf8').replace(/^(\s+title: ).*$/m, '$1Orbit Changed API'));
    const again = await generate();
    expect(again.stderr).not.toContain('up to date');
    expect(again.stderr).toMatch(/write: [1-9]\d* written/);
  });
});

describe('generate --watch', () => {
  it('regenerates on a change, shows a bad input without exiting, and stops on request', async () => {
    let stderr = '';
    const watching = () => stderr.split('watching for changes').length - 1;
    const until = async (condition: () => boolean) => {
      for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 50));
      expect(condition(), stderr).toBe(true);
    };
    const done = main(['generate', '--spec', spec, '--out', out, '--watch'], { stdout: () => {}, stderr: (t) => (stderr += t) });
    await until(() => watching() === 1);

    const good = readFileSync(spec, 'utf8');
    writeFileSync(spec, good.replace(/^(\s+title: ).*$/m, '$1Orbit Watched API'));
    await until(() => watching() === 2);
    expect(stderr).toMatch(/write: [1-9]\d* written/);

    writeFileSync(spec, "openapi: [3.1.0\ninfo: {\n");
    await until(() => watching() === 3);
    expect(stderr).toMatch(/sdkgen: .*openapi\.yml/);

    writeFileSync(spec, good);
    await until(() => watching() === 4);
    stopWatching();
    expect(await done).toBe(0);
  }, 30_000);
});
