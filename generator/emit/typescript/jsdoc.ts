// JSDoc blocks from spec text, which may hold anything: `*/`, control characters, CRLF, trailing spaces.
import type { CodeBlockWriter } from 'ts-morph';

/** Spec text as comment lines: `*\/` can never close the comment, control characters are dropped. */
export function commentLines(text: string | undefined): string[] {
  if (!text) return [];
  const cleaned = text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, '  ')
    // C0/C1 controls (except the newline), DEL, and the line/paragraph separators some editors treat as newlines.
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, '')
    .replace(/\*\//g, '*\\/');
  const lines = cleaned.split('\n').map((line) => line.replace(/\s+$/, ''));
  while (lines.length && lines[0] === '') lines.shift();
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines.filter((line, i) => line !== '' || lines[i - 1] !== '');
}

/**
 * An `@example` block of TypeScript code, lines as the code has them. Code the snippet printers write holds
 * spec text only inside string literals (control characters and line separators already escaped), so `*\/` and
 * the C1 controls that commentLines would drop are written as escapes that keep each literal's value.
 */
export function exampleBlock(code: string): string[] {
  const safe = code
    .replace(/\*\//g, '*\\/')
    .replace(/[\u0080-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16)}`);
  return ['@example', '```ts', ...safe.split('\n'), '```'];
}

export interface DocInput {
  summary?: string | undefined;
  description?: string | undefined;
  deprecated?: boolean | undefined;
  /** Extra lines after the text, e.g. an @example block; each goes through commentLines, blank ones stay. */
  extra?: string[];
}

/** The lines of a doc comment (without the comment markers); empty when there is nothing to say. */
export function docLines({ summary, description, deprecated, extra }: DocInput): string[] {
  const lines = commentLines(summary);
  const body = commentLines(description);
  // Many specs repeat the summary as the first sentence of the description.
  if (body.length && lines.length && body.join(' ').startsWith(lines.join(' '))) lines.length = 0;
  if (lines.length && body.length) lines.push('');
  lines.push(...body);
  if (extra?.length) {
    if (lines.length) lines.push('');
    lines.push(...extra.flatMap((line) => (line === '' ? [''] : commentLines(line))));
  }
  if (deprecated) {
    if (lines.length) lines.push('');
    lines.push('@deprecated');
  }
  return lines;
}

export function writeDoc(writer: CodeBlockWriter, input: DocInput | string | undefined): void {
  const lines = typeof input === 'string' ? commentLines(input) : input ? docLines(input) : [];
  if (lines.length === 0) return;
  writer.writeLine('/**');
  for (const line of lines) writer.writeLine(line ? ` * ${line}` : ' *');
  writer.writeLine(' */');
}

/** The same block as a string with `indent` before each line (for types built as text). */
export function docText(input: DocInput | string | undefined, indent = ''): string {
  const lines = typeof input === 'string' ? commentLines(input) : input ? docLines(input) : [];
  if (lines.length === 0) return '';
  return [`${indent}/**`, ...lines.map((line) => (line ? `${indent} * ${line}` : `${indent} *`)), `${indent} */`].join('\n') + '\n';
}
