// Owned atomic output: idempotent bytes and mtimes, stale files removed via the manifest, user files left be,
// and a failure midway leaving the previous output as it was.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkOutput, MANIFEST_NAME, readManifest, sha256, writeOutput, writeOutputs } from '../generator/write/output.js';
import { acmeSpec, cleanTempDirs, fixture, listFiles, runCli, tempDir } from './support/cli.js';

afterAll(cleanTempDirs);

const files = (entries: Record<string, string>) => new Map(Object.entries(entries));

/** Path → [content, mtime] of every file under `dir`. */
function snapshot(dir: string): Record<string, [string, number]> {
  return Object.fromEntries(listFiles(dir).map((f) => [f, [readFileSync(path.join(dir, f), 'utf8'), statSync(path.join(dir, f)).mtimeMs]]));
}

const stagingLeftovers = (parent: string) => readdirSync(parent).filter((name) => name.startsWith('.sdkgen-tmp-'));

describe('writeOutput', () => {
  it('writes a new folder with a manifest of what it wrote, and leaves no staging folder', async () => {
    const parent = tempDir('write');
    const out = path.join(parent, 'nested/out');
    const summary = await writeOutput(out, files({ 'a.md': 'A\n', 'deep/b.md': 'B\n' }));
    expect(summary.written.sort()).toEqual(['a.md', 'deep/b.md']);
    expect(listFiles(out)).toEqual([MANIFEST_NAME, 'a.md', 'deep/b.md']);
    expect(readFileSync(path.join(out, 'deep/b.md'), 'utf8')).toBe('B\n');
    const manifest = await readManifest(out);
    expect(manifest?.files).toEqual({ 'a.md': sha256('A\n'), 'deep/b.md': sha256('B\n') });
    expect(stagingLeftovers(path.dirname(out))).toEqual([]);
  });

  it('a second identical write changes no byte and no mtime', async () => {
    const out = path.join(tempDir('write'), 'out');
    const content = files({ 'a.md': 'A\n', 'x/y/z.md': 'Z\n', 'ü.md': 'ünïcode\n' });
    await writeOutput(out, content);
    const before = snapshot(out);
    await new Promise((resolve) => setTimeout(resolve, 20)); // a rewrite would show as a newer mtime
    const summary = await writeOutput(out, content);
    expect(summary).toMatchObject({ written: [], removed: [], unchanged: 3 });
    expect(snapshot(out)).toEqual(before);
  });

  it('rewrites only the files whose bytes change', async () => {
    const out = path.join(tempDir('write'), 'out');
    await writeOutput(out, files({ 'a.md': 'A\n', 'b.md': 'B\n' }));
    const before = snapshot(out);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const summary = await writeOutput(out, files({ 'a.md': 'A\n', 'b.md': 'B2\n' }));
    expect(summary.written).toEqual(['b.md']);
    const after = snapshot(out);
    expect(after['a.md']).toEqual(before['a.md']);
    expect(after['b.md']![0]).toBe('B2\n');
    expect(after['b.md']![1]).toBeGreaterThan(before['b.md']![1]);
  });

  it('removes a file it no longer produces (and its empty folder), never a file it did not write', async () => {
    const out = path.join(tempDir('write'), 'out');
    await writeOutput(out, files({ 'keep.md': 'K\n', 'gone/old.md': 'O\n', 'shared/old.md': 'S\n' }));
    writeFileSync(path.join(out, 'NOTES.txt'), 'mine\n');
    writeFileSync(path.join(out, 'shared/user.md'), 'mine too\n');
    const userBefore = [statSync(path.join(out, 'NOTES.txt')).mtimeMs, statSync(path.join(out, 'shared/user.md')).mtimeMs];
    const summary = await writeOutput(out, files({ 'keep.md': 'K\n' }));
    expect(summary.removed.sort()).toEqual(['gone/old.md', 'shared/old.md']);
    expect(listFiles(out)).toEqual([MANIFEST_NAME, 'NOTES.txt', 'keep.md', 'shared/user.md']);
    expect(existsSync(path.join(out, 'gone'))).toBe(false);
    expect(readFileSync(path.join(out, 'NOTES.txt'), 'utf8')).toBe('mine\n');
    expect([statSync(path.join(out, 'NOTES.txt')).mtimeMs, statSync(path.join(out, 'shared/user.md')).mtimeMs]).toEqual(userBefore);
    expect(Object.keys((await readManifest(out))!.files)).toEqual(['keep.md']);
  });

  it('does not follow a tampered manifest out of the folder', async () => {
    const parent = tempDir('write');
    const out = path.join(parent, 'out');
    await writeOutput(out, files({ 'a.md': 'A\n' }));
    writeFileSync(path.join(parent, 'precious.txt'), 'keep me\n');
    writeFileSync(path.join(out, MANIFEST_NAME), JSON.stringify({ generator: 'sdkgen', files: { '../precious.txt': 'x', 'a.md': 'y' } }));
    await writeOutput(out, files({ 'a.md': 'A\n' }));
    expect(readFileSync(path.join(parent, 'precious.txt'), 'utf8')).toBe('keep me\n');
  });

  it('refuses paths that leave the folder', async () => {
    const out = path.join(tempDir('write'), 'out');
    for (const bad of ['../escape.md', '/etc/passwd', 'a/../../b.md', MANIFEST_NAME]) {
      await expect(writeOutput(out, files({ [bad]: 'x' }))).rejects.toThrow(/refusing to write outside the output folder/);
    }
    expect(existsSync(out)).toBe(false);
  });

  it('a failure midway leaves the previous output intact', async () => {
    const parent = tempDir('write');
    const out = path.join(parent, 'out');
    await writeOutput(out, files({ 'aaa.md': 'old A\n', 'bbb.md': 'old B\n' }));
    // A user's file named "zzz" is in the way of the folder zzz/ the new output needs: the move of zzz/x.md
    // fails after aaa.md was already replaced and bbb.md set aside as stale.
    writeFileSync(path.join(out, 'zzz'), 'user file\n');
    const before = snapshot(out);
    await expect(writeOutput(out, files({ 'aaa.md': 'new A\n', 'zzz/x.md': 'X\n' }))).rejects.toThrow();
    expect(snapshot(out)).toEqual(before);
    expect(stagingLeftovers(parent)).toEqual([]);
  });

  it('several folders are written all or nothing', async () => {
    const parent = tempDir('write');
    const first = path.join(parent, 'first');
    const second = path.join(parent, 'second');
    await writeOutputs([
      { dir: first, files: files({ 'one.md': 'old 1\n' }) },
      { dir: second, files: files({ 'two.md': 'old 2\n' }) },
    ]);
    mkdirSync(path.join(second, 'blocked.md')); // a folder where the second output wants a file
    const before = [snapshot(first), snapshot(second)];
    await expect(
      writeOutputs([
        { dir: first, files: files({ 'one.md': 'new 1\n', 'extra/more.md': 'more\n' }) },
        { dir: second, files: files({ 'two.md': 'new 2\n', 'blocked.md': 'x\n' }) },
      ]),
    ).rejects.toThrow(/a folder of that name is in the way/);
    expect([snapshot(first), snapshot(second)]).toEqual(before);
    expect(existsSync(path.join(first, 'extra'))).toBe(false);
    expect(stagingLeftovers(parent)).toEqual([]);
  });
});

describe('checkOutput', () => {
  it('reports changed, missing and stale files, and ignores files sdkgen did not write', async () => {
    const out = path.join(tempDir('write'), 'out');
    await writeOutput(out, files({ 'a.md': 'A\n', 'b.md': 'B\n', 'c.md': 'C\n' }));
    writeFileSync(path.join(out, 'a.md'), 'edited\n');
    writeFileSync(path.join(out, 'user.txt'), 'mine\n');
    const result = await checkOutput(out, files({ 'a.md': 'A\n', 'b.md': 'B\n', 'd.md': 'D\n' }));
    expect(result).toEqual({ dir: out, changed: ['a.md'], missing: ['d.md'], stale: ['c.md'] });
    expect(await checkOutput(out, files({ 'a.md': 'edited\n', 'b.md': 'B\n', 'c.md': 'C\n' }))).toEqual({ dir: out, changed: [], missing: [], stale: [] });
  });
});

describe('sdkgen generate writes atomically', () => {
  it('a spec that breaks after a good run leaves the previous output as it was', async () => {
    const dir = tempDir('write');
    const spec = path.join(dir, 'openapi.yml');
    writeFileSync(spec, readFileSync(acmeSpec, 'utf8'));
    const out = path.join(dir, 'generated');
    const first = await runCli(['generate', '--spec', spec, '--out', out, '--targets', 'skills']);
    expect(first.code, first.stderr).toBe(0);
    const before = snapshot(out);
    expect(Object.keys(before).length).toBeGreaterThan(5);
    writeFileSync(spec, readFileSync(fixture('bad/dangling-ref.yml'), 'utf8'));
    const second = await runCli(['generate', '--spec', spec, '--out', out, '--targets', 'skills']);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('openapi.yml:14:');
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['generated', 'openapi.yml']);
  });
});
