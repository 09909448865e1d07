import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { CORE_SCHEMA, load as loadYaml, mergeTag, YAMLException } from 'js-yaml';
import { cachedParse } from './parse-cache.js';
import { SpecError } from './spec-error.js';

/** One file of a spec: its text is kept to find the line of a problem after parsing. */
export interface SourceFile {
  /** Absolute path. */
  file: string;
  text: string;
  data: unknown;
}

export async function readSource(file: string): Promise<SourceFile> {
  const text = await readFile(file, 'utf8');
  return { file, text, data: parseSource(text, file) };
}

/**
 * JSON or YAML, chosen by content: a document whose first character is "{" or "[" is JSON (JSON.parse is ~8x
 * faster than a YAML parser on the same text). YAML flow style also starts with "{", so a ".yml" file that is
 * not valid JSON gets a second chance as YAML.
 */
export function readSourceSync(file: string): SourceFile {
  const text = readFileSync(file, 'utf8');
  return { file, text, data: parseSource(text, file) };
}

export function parseSource(text: string, file: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const start = body.search(/\S/);
  if (start < 0) {
    throw new SpecError('the file is empty', { file, hint: 'give the path of an OpenAPI 3.0 or 3.1 document' });
  }
  const first = body[start];
  if (first === '{' || first === '[') {
    try {
      return JSON.parse(body);
    } catch (jsonError) {
      if (extname(file).toLowerCase() !== '.json') {
        try {
          return parseYaml(body, file);
        } catch {
          // Not YAML either: it was meant as JSON, and the JSON error is the one that makes sense.
        }
      }
      throw jsonSyntaxError(jsonError as Error, body, file);
    }
  }
  const data = cachedParse(body, () => parseYaml(body, file));
  if (data === null || data === undefined) {
    throw new SpecError('the file has no content (only comments or an empty document)', { file });
  }
  return data;
}

// YAML 1.2 core schema (dates stay strings, as OpenAPI wants), plus "<<" merge keys, which hand-written specs use
// to share blocks and which cost nothing measurable on the Telnyx spec.
const YAML_SCHEMA = CORE_SCHEMA.withTags(mergeTag);

function parseYaml(text: string, file: string): unknown {
  try {
    return loadYaml(text, { filename: file, schema: YAML_SCHEMA });
  } catch (error) {
    if (error instanceof YAMLException) {
      const mark = error.mark;
      const reason = error.reason || error.message.split('\n')[0];
      return mark
        ? throwAt(`invalid YAML: ${reason}`, file, mark.line + 1, mark.column + 1)
        : throwAt(`invalid YAML: ${reason}`, file);
    }
    throw error;
  }
}

function jsonSyntaxError(error: Error, text: string, file: string): SpecError {
  // V8 says "... in JSON at position 123" (Node 20; Node 22 adds "(line 4 column 5)"), or "Unexpected end of JSON input".
  const reason = error.message.replace(/ in JSON at position \d+.*$/s, '').replace(/^Unexpected end of JSON input$/, 'unexpected end of the file');
  const match = /at position (\d+)/.exec(error.message);
  const position = match ? Number(match[1]) : text.length;
  const { line, column } = lineAndColumn(text, position);
  return new SpecError(`invalid JSON: ${reason}`, { file, line, column });
}

function throwAt(problem: string, file: string, line?: number, column?: number): never {
  throw new SpecError(problem, line === undefined ? { file } : { file, line, column });
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
