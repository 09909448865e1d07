// What the compiled languages (Go, Java) share: running a toolchain, and mapping the compiler's
// `file:line[:col]: message` diagnostics of generated source files back to the doc examples they came from.
import { execFile } from 'node:child_process';
import type { DocExample, Outcome } from './types.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion (no shell); a command that cannot start gives code -1 and the reason in stderr. */
export function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(command, args, { ...options, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      const failed = error as (NodeJS.ErrnoException & { code?: number | string }) | null;
      if (failed && typeof failed.code !== 'number') {
        resolve({ code: -1, stdout: stdout ?? '', stderr: `${stderr ?? ''}${failed.message}` });
        return;
      }
      resolve({ code: failed ? Number(failed.code) : 0, stdout: stdout ?? '', stderr: stderr ?? '' });
    });
  });
}

/** A run of lines of a generated source file that comes from one place of the doc. */
export interface Segment {
  /** 1-based first line in the generated file. */
  start: number;
  count: number;
  /** The doc line of the segment's first line (for Setup lines: the line within the Setup block); none for wrappers. */
  docLine?: number;
  /** Where the lines come from, for messages on lines that are not the example's own ("Setup"). */
  origin: 'example' | 'setup' | 'wrapper';
}

/** One generated source file: the example it holds and where its lines came from. */
export interface SourceFile {
  name: string;
  text: string;
  segments: Segment[];
}

/** Builds a SourceFile line by line, recording each part's origin. */
export class SourceBuilder {
  private readonly lines: string[] = [];
  readonly segments: Segment[] = [];

  add(text: string | string[], origin: Segment['origin'], docLine?: number): void {
    const lines = Array.isArray(text) ? text : text.split('\n');
    if (lines.length === 0) return;
    this.segments.push({ start: this.lines.length + 1, count: lines.length, docLine, origin });
    this.lines.push(...lines);
  }

  build(name: string): SourceFile {
    return { name, text: `${this.lines.join('\n')}\n`, segments: this.segments };
  }
}

export interface Diagnostic {
  file: string;
  line: number;
  column?: number;
  message: string;
}

/** The doc position of a generated line: `line 57` (the example's own), `Setup line 3`, or the wrapper's. */
export function docPosition(file: SourceFile, line: number): string {
  const segment = file.segments.find((s) => line >= s.start && line < s.start + s.count);
  if (!segment) return `line ${line} of the generated ${file.name}`;
  const offset = line - segment.start;
  if (segment.origin === 'example' && segment.docLine !== undefined) return `line ${segment.docLine + offset}`;
  if (segment.origin === 'setup') return `Setup line ${(segment.docLine ?? 1) + offset}`;
  return `line ${line} of the generated ${file.name}`;
}

/**
 * One Outcome per example from the diagnostics of its file: the first one (with its doc position) is the
 * message; `ignore` drops diagnostics that are no error for a doc example (a fragment's unused variable).
 */
export function outcomes(
  examples: DocExample[],
  files: (SourceFile | undefined)[],
  diagnostics: Diagnostic[],
  warnings: (string | undefined)[],
): Outcome[] {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = byFile.get(d.file) ?? [];
    list.push(d);
    byFile.set(d.file, list);
  }
  return examples.map((example, i) => {
    const file = files[i];
    if (!file) return { example, status: 'pass' as const };
    const found = byFile.get(file.name);
    if (found?.length) {
      const first = found[0]!;
      const more = found.length > 1 ? ` (and ${found.length - 1} more)` : '';
      return { example, status: 'fail' as const, message: `${docPosition(file, first.line)}: ${first.message}${more}` };
    }
    const warning = warnings[i];
    return warning ? { example, status: 'warn' as const, message: warning } : { example, status: 'pass' as const };
  });
}
