import { isAbsolute, relative } from 'node:path';

export interface SpecErrorLocation {
  /** Absolute path of the file the problem is in. */
  file: string;
  /** 1-based. */
  line?: number;
  /** 1-based. */
  column?: number;
  /** JSON pointer (without the leading "#") of the place in `file`. */
  pointer?: string;
  /** One sentence telling the user what to do about it. */
  hint?: string;
}

/**
 * A problem in the user's spec (as opposed to a bug of ours). The message is made to be printed as is:
 *   <file>:<line>:<col>: <problem>            when the line is known
 *   <file>#<json-pointer>: <problem>          otherwise, when the place is known
 *     hint: <hint>
 */
export class SpecError extends Error {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly pointer?: string;
  readonly hint?: string;
  /** The message without the location and the hint. */
  readonly problem: string;

  constructor(problem: string, location: SpecErrorLocation) {
    super(formatMessage(problem, location));
    this.name = 'SpecError';
    this.problem = problem;
    this.file = location.file;
    if (location.line !== undefined) this.line = location.line;
    if (location.column !== undefined) this.column = location.column;
    if (location.pointer !== undefined) this.pointer = location.pointer;
    if (location.hint !== undefined) this.hint = location.hint;
  }
}

function formatMessage(problem: string, { file, line, column, pointer, hint }: SpecErrorLocation): string {
  const shown = displayPath(file);
  let head: string;
  if (line !== undefined) {
    head = `${shown}:${line}:${column ?? 1}: ${problem}`;
    // The line may be approximate (found by searching the text), the pointer is exact: give both.
    if (pointer !== undefined) head += ` (at #${pointer})`;
  } else if (pointer !== undefined) {
    head = `${shown}#${pointer}: ${problem}`;
  } else {
    head = `${shown}: ${problem}`;
  }
  return hint ? `${head}\n  hint: ${hint}` : head;
}

/** Paths under the working directory are shown relative to it (shorter, still clickable in terminals). */
function displayPath(file: string): string {
  if (!isAbsolute(file)) return file;
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}
