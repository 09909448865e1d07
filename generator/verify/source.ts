// What the interpreted and type-checked languages share: one source file per example (the Setup first when the
// document shares one), a checker's diagnostics mapped back to the example and its own line numbers.
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import type { DocExample, Outcome } from './types.js';

export interface ExampleSource {
  file: string;
  text: string;
  /** Lines before the example's own code (the Setup and the blank line after it). */
  offset: number;
}

export interface SourceDiagnostic {
  file: string;
  /** 1-based line in the file. */
  line: number;
  message: string;
}

/** The example as a file: its document's Setup, a blank line, then its code (any prefix/suffix around it all). */
export function exampleSource(example: DocExample, file: string, wrap: { prefix?: string; suffix?: string } = {}): ExampleSource {
  const head = [wrap.prefix, example.setup].filter((part): part is string => part !== undefined).join('\n');
  const prefix = head ? `${head}\n\n` : '';
  const text = `${prefix}${example.code}\n${wrap.suffix ?? ''}`;
  return { file, text, offset: prefix.split('\n').length - 1 };
}

/** The first diagnostic of each file fails its example; a line inside the Setup says so. */
export function outcomesFromDiagnostics(examples: DocExample[], sources: ExampleSource[], diagnostics: SourceDiagnostic[]): Outcome[] {
  const first = new Map<string, SourceDiagnostic>();
  for (const d of [...diagnostics].sort((a, b) => a.line - b.line)) if (!first.has(d.file)) first.set(d.file, d);
  return examples.map((example, i) => {
    const found = first.get(sources[i]!.file);
    if (!found) return { example, status: 'pass' };
    const line = found.line - sources[i]!.offset;
    const where = line >= 1 ? `line ${line}` : 'in the Setup';
    return { example, status: 'fail', message: `${where}: ${found.message}` };
  });
}

/** A configured executable, else `name` on PATH, else node_modules/.bin/<name> of the working directory. */
export function findExecutable(configured: string | undefined, name: string): string | undefined {
  const candidates = configured
    ? [configured]
    : [...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean).map((dir) => path.join(dir, name)), path.resolve('node_modules/.bin', name)];
  return candidates.find((candidate) => {
    try {
      accessSync(candidate, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}
