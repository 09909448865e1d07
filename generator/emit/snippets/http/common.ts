// What every raw-HTTP snippet target shares: the request model of an example, what it prints of the response,
// and a printer of JSON values as each language's literals.
import { buildHttpRequest, type HttpRequest } from '../../../examples/http-request.js';
import { describeResponse, printedField } from '../../../examples/response.js';
import { resolveShape } from '../../../ir/pagination.js';
import type { Schema } from '../../../ir/types.js';
import { snakeCase } from '../../../naming/words.js';
import type { OperationSnippetInput, SnippetTarget } from '../target.js';

/** The names every HTTP example uses for what the Setup section defines. */
export const BASE_URL = 'BASE_URL';
export const API_KEY = 'API_KEY';

/**
 * An HTTP example as parts: the imports it needs beyond the Setup's, and the statements that use BASE_URL and
 * API_KEY. The docs show them (v1: with the setup inlined); tests wrap many in one program.
 */
export interface HttpSnippetParts {
  imports: string[];
  body: string;
}

export interface HttpSnippetTarget extends SnippetTarget {
  readonly client: 'http';
  parts(input: OperationSnippetInput): HttpSnippetParts;
}

/** What an example does with the answer: print a field of its JSON (wire names), the JSON whole, or the status. */
export type HttpResponseView =
  | { kind: 'json'; print: string[]; variable: string[] }
  | { kind: 'status' };

/**
 * Names a response variable cannot take (it gets a `body` suffix): those the HTTP examples use themselves, and the
 * reserved words of the languages that name it (JavaScript, Python, Ruby), e.g. `default`, `class`, `end`.
 */
const EXAMPLE_NAMES = new Set([
  ...['request', 'response', 'uri', 'url', 'form', 'body', 'boundary', 'parts', 'data', 'req', 'resp', 'result', 'client', 'file', 'part', 'f'],
  ...['break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum', 'export', 'extends', 'false'],
  ...['finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try'],
  ...['typeof', 'var', 'void', 'while', 'with', 'yield', 'let', 'static', 'await', 'async', 'and', 'as', 'assert', 'def', 'del', 'elif', 'except'],
  ...['from', 'global', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'None', 'True', 'False', 'begin', 'end', 'ensure', 'module'],
  ...['next', 'nil', 'redo', 'rescue', 'retry', 'self', 'then', 'undef', 'unless', 'until', 'when', 'alias', 'defined?', 'elsif', 'json', 'os'],
]);

export interface HttpExample {
  request: HttpRequest;
  response: HttpResponseView;
}

export function httpExample(input: OperationSnippetInput): HttpExample {
  const request = buildHttpRequest(input.ir, input.operation, input.example, {
    apiKeyEnv: input.sdk.apiKeyEnv,
    ...(input.sdk.baseUrl ? { baseUrl: input.sdk.baseUrl } : {}),
  });
  return { request, response: responseView(input) };
}

/** The same field the SDK examples print (the items of a page), named as the JSON names it. */
function responseView(input: OperationSnippetInput): HttpResponseView {
  const success = input.operation.success;
  if (!success?.schema || !success.contentType || !/json/i.test(success.contentType) || success.status === '204') return { kind: 'status' };
  const described = describeResponse({ operation: input.operation, method: input.method, resourcePath: input.resourcePath, lookup: input.lookup, style: input.style });
  const named = described.variable.length ? described.variable : ['response'];
  const variable = EXAMPLE_NAMES.has(named.join('_')) ? [...named, 'body'] : named;
  const shape = resolveShape(success.schema, input.lookup);
  if (described.page) {
    const field = shape?.kind === 'object' ? described.page.itemsField : undefined;
    return field ? { kind: 'json', print: [field], variable } : { kind: 'json', print: [], variable: ['items'] };
  }
  const field = printedField(success.schema, input.lookup)[0];
  const wire = field === undefined ? undefined : wireName(shape, field);
  return { kind: 'json', print: wire === undefined ? [] : [wire], variable };
}

/** The property of `shape` whose snake_case spelling is `field` (response.ts names fields in snake_case). */
function wireName(shape: Schema | undefined, field: string): string {
  if (shape?.kind !== 'object') return field;
  return shape.properties.find((p) => p.name === field)?.name ?? shape.properties.find((p) => snakeCase(p.name) === field)?.name ?? field;
}

/** How a language writes JSON values. */
export interface LiteralSyntax {
  null: string;
  true: string;
  false: string;
  string(text: string): string;
  /** An object entry from the raw key: `"key": value`, `"key" => value`. */
  entry(key: string, value: string): string;
  indent: string;
}

/** A JSON value as a literal: objects and arrays one entry per line, short arrays of scalars on one line. */
export function jsonLiteral(value: unknown, syntax: LiteralSyntax, level = 0): string {
  const pad = syntax.indent.repeat(level + 1);
  const end = syntax.indent.repeat(level);
  if (value === null || value === undefined) return syntax.null;
  if (value === true) return syntax.true;
  if (value === false) return syntax.false;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : syntax.null;
  if (typeof value === 'string') return syntax.string(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((item) => jsonLiteral(item, syntax, level + 1));
    const flat = `[${items.join(', ')}]`;
    if (value.every((item) => item === null || typeof item !== 'object') && flat.length <= 60) return flat;
    return `[\n${items.map((item) => pad + item).join(',\n')},\n${end}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  const lines = entries.map(([key, item]) => pad + syntax.entry(key, jsonLiteral(item, syntax, level + 1)));
  return `{\n${lines.join(',\n')},\n${end}}`;
}

/** Indents every line but the first (a value placed after `x = `). */
export function indentTail(text: string, indent: string): string {
  return text.replace(/\n/g, `\n${indent}`);
}
