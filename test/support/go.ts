// One gofmt run per batch of Go sources: syntax errors, and which sources gofmt -s would change.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findTool } from './tools.js';

// gofmt has no --version; it starts, and rejects the empty file.
export const { available: hasGofmt, skipReason: gofmtSkipReason } = findTool('gofmt', ['-l', '/dev/null'], 'golang-go', true);

export interface GofmtReport {
  /** Syntax errors by source index, gofmt's messages joined. */
  errors: Map<number, string>;
  /** Indexes of the sources that parse but that `gofmt -s` would print differently. */
  unformatted: Set<number>;
}

/** Writes every source to one temporary folder and runs a single `gofmt -s -l -e` over it. */
export function gofmtCheck(sources: string[]): GofmtReport {
  const dir = mkdtempSync(path.join(tmpdir(), 'sdkgen-gofmt-'));
  try {
    const name = (i: number) => `snippet${String(i).padStart(5, '0')}.go`;
    sources.forEach((source, i) => writeFileSync(path.join(dir, name(i)), source));
    const result = spawnSync('gofmt', ['-s', '-l', '-e', dir], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (result.error) throw result.error;
    const indexOf = (file: string): number => Number(/snippet(\d+)\.go/.exec(file)?.[1] ?? -1);
    const errors = new Map<number, string>();
    for (const line of result.stderr.split('\n').filter(Boolean)) {
      const index = indexOf(line);
      errors.set(index, [errors.get(index), line.replace(`${dir}${path.sep}`, '')].filter(Boolean).join('\n'));
    }
    if (result.status !== 0 && errors.size === 0) throw new Error(`gofmt failed (${result.status}): ${result.stderr}`);
    const unformatted = new Set(
      result.stdout
        .split('\n')
        .filter(Boolean)
        .map(indexOf)
        .filter((i) => !errors.has(i)),
    );
    return { errors, unformatted };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What `gofmt -s` makes of each source (one run over one temporary folder); throws on a syntax error. */
export function gofmtFormat(sources: string[]): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'sdkgen-gofmt-'));
  try {
    const files = sources.map((source, i) => {
      const file = path.join(dir, `source${String(i).padStart(5, '0')}.go`);
      writeFileSync(file, source);
      return file;
    });
    const result = spawnSync('gofmt', ['-s', '-w', dir], { encoding: 'utf8' });
    if (result.error) throw result.error;
    if (result.status !== 0) throw new Error(`gofmt failed (${result.status}): ${result.stderr}`);
    return files.map((file) => readFileSync(file, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A v2 fragment (statements indented one tab) as a file gofmt can parse: inside func main of package main. */
export function goFragmentFile(fragment: string): string {
  return `package main\n\nfunc main() {\n${fragment}\n}\n`;
}
