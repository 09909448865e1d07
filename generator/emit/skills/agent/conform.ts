// Curated examples printed in the SDK's conventions. A curated example is the curator's intent (which call, which
// argument values, which result variable); the language's snippet target (what `sdkgen verify` proves on every v2
// operation) is given the same values, and each curated argument it passes otherwise is replaced in place by the
// target's: Go's param.Opt helpers for optional fields, Java's typed values and builder classes, Node's wire names.
// The curator's order, layout and other lines stay; a call that cannot be read one argument at a time (a missing
// separator) takes the target's whole statement. Everything else is kept as written.
import { buildMethodExample } from '../../../examples/method.js';
import { ExampleSynthesizer, type ExampleField } from '../../../examples/values.js';
import { resolveShape, type SchemaLookup } from '../../../ir/pagination.js';
import type { Operation, Schema } from '../../../ir/types.js';
import type { SnippetTarget } from '../../snippets/target.js';
import { normalizedText, readCall, type CallArgument, type CallIntent } from './intent.js';
import { parseLiteral, UNREADABLE } from './literals.js';
import type { AgentContext } from './model.js';

export interface Conformed {
  code: string;
  /** The call statement was replaced by the target's. */
  changed: boolean;
}

/** The curated `code` of operation `key`, its SDK call conformed to the target's (see the module comment). */
export function conformExample(ctx: AgentContext, target: SnippetTarget, key: string, code: string): Conformed {
  const kept = { code: target.language === 'javascript' ? nodeHeaders(code) : code, changed: false };
  if (target.client === 'http') return kept;
  const operation = ctx.operations.get(key);
  const placed = ctx.methods.get(key);
  if (!operation || !placed || placed.method.bodyParam) return kept;
  const curated = readCall(kept.code, target.language);
  if (!curated) return kept;
  const example = buildMethodExample(operation, ctx.lookup, placed.method, { names: 'placeholder' });
  const fields = bodyFields(operation, ctx.lookup, curated.args);
  if (!fields) return kept;
  const renames = placed.method.paramNames ?? {};
  example.body = fields.body.map((f) => (Object.hasOwn(renames, f.name) ? { ...f, name: renames[f.name]! } : f));
  const synth = new ExampleSynthesizer(ctx.lookup, 'placeholder');
  const param = (field: ExampleField, value: unknown): ExampleField => ({ ...field, value: synth.fromJson(value, field.schema, field.name) });
  example.pathParams = example.pathParams.map((field, i) => (fields.params.has(field.name) ? param(field, fields.params.get(field.name)) : i < fields.positional.length ? param(field, fields.positional[i]) : field));
  for (const p of operation.parameters.filter((p) => p.in === 'query' && fields.params.has(p.name))) {
    const field = { name: p.name, value: synth.fromJson(fields.params.get(p.name), p.schema, p.name), schema: p.schema, required: p.required };
    example.query = [...example.query.filter((q) => q.name !== p.name), field];
  }
  let rendered: string;
  try {
    rendered = target.example({ ir: ctx.ir, lookup: ctx.lookup, operation, method: placed.method, resourcePath: placed.resourcePath, example, sdk: ctx.sdk, style: 'v3' });
  } catch {
    // Values the target cannot print (a shape it has no idiom for): the curation's example stands as written.
    return kept;
  }
  const ours = readCall(rendered, target.language);
  // Another call than the target's (a method the curation names differently) is the curator's to answer for.
  if (!ours || ours.call !== curated.call) return kept;
  const edits = curated.wellFormed ? argumentEdits(target.language, curated, ours, operation, ctx.lookup) : undefined;
  if (edits?.length === 0) return kept;
  let printed: string;
  if (edits) {
    printed = kept.code;
    for (const edit of edits.sort((a, b) => b.start - a.start)) printed = printed.slice(0, edit.start) + edit.text + printed.slice(edit.end);
  } else {
    // Arguments the target cannot take one by one (a missing separator, a list built otherwise): its whole statement.
    let statement = reindent(rendered.slice(ours.span.start, ours.span.end), indentAt(kept.code, curated.span.start));
    const [theirs, mine] = [resultName(kept.code.slice(curated.span.start, curated.span.end)), resultName(statement)];
    if (theirs && mine && theirs !== mine) statement = statement.replace(new RegExp(`\\b${mine}\\b`), theirs);
    printed = kept.code.slice(0, curated.span.start) + statement + kept.code.slice(curated.span.end);
  }
  return { code: target.language === 'java' ? javaImports(rendered, printed) : printed, changed: true };
}

/** Languages whose SDKs take a parameter's JSON value as such (an ISO string for a date-time, a map for an object). */
const JSON_VALUED = new Set(['python', 'ruby', 'javascript']);

/**
 * The curated arguments that the target passes otherwise, each replaced in place by the target's (name and value),
 * so that the curator's order and layout stay; undefined when they cannot be matched one to one.
 */
function argumentEdits(language: string, curated: CallIntent, ours: CallIntent, operation: Operation, lookup: SchemaLookup): { start: number; end: number; text: string }[] | undefined {
  const theirs = groupByProperty(curated.args, operation, lookup);
  const mine = groupByProperty(ours.args, operation, lookup);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const [property, args] of theirs) {
    const target = mine.get(property);
    if (!target || target.length !== args.length) return undefined;
    const same = args.every((arg, i) => arg.name === target[i]!.name && (JSON_VALUED.has(language) || normalizedText(arg.text) === normalizedText(target[i]!.text)));
    if (same) continue;
    if (args.length !== 1) return undefined;
    edits.push({ ...args[0]!.at, text: argumentText(language, target[0]!) });
  }
  return edits;
}

function groupByProperty(args: CallArgument[], operation: Operation, lookup: SchemaLookup): Map<string, CallArgument[]> {
  const shape = resolveShape(operation.requestBody?.schema, lookup);
  const properties = shape?.kind === 'object' ? shape.properties : [];
  const groups = new Map<string, CallArgument[]>();
  for (const arg of args) {
    const added = /^add([A-Z]\w*)$/.exec(arg.name);
    const property = properties.find((p) => sameName(p.name, arg.name)) ?? (added ? properties.find((p) => sameName(p.name, added[1]!)) : undefined);
    const key = property?.name ?? arg.name;
    groups.set(key, [...(groups.get(key) ?? []), arg]);
  }
  return groups;
}

/** An argument as the language writes it. */
function argumentText(language: string, arg: CallArgument): string {
  if (arg.name.startsWith('#')) return arg.text;
  if (language === 'java') return `.${arg.name}(${arg.text})`;
  if (language === 'python') return `${arg.name}=${arg.text}`;
  return `${arg.name}: ${arg.text}`;
}

/** The curated arguments as body fields of the operation (spec names, typed values); undefined when one is unknown. */
function bodyFields(operation: Operation, lookup: SchemaLookup, args: CallArgument[]): { body: ExampleField[]; positional: unknown[]; params: Map<string, unknown> } | undefined {
  const shape = resolveShape(operation.requestBody?.schema, lookup);
  const properties = shape?.kind === 'object' ? shape.properties : [];
  const required = shape?.kind === 'object' ? shape.required : [];
  const synth = new ExampleSynthesizer(lookup, 'placeholder');
  const values = new Map<string, unknown>();
  const positional: unknown[] = [];
  const params = new Map<string, unknown>();
  for (const arg of args) {
    const value = parseLiteral(arg.text);
    if (value === UNREADABLE) return undefined;
    if (arg.name.startsWith('#')) {
      positional.push(value);
      continue;
    }
    // Java's addX(…) setters append to the list x.
    const added = /^add([A-Z]\w*)$/.exec(arg.name);
    const property = properties.find((p) => sameName(p.name, arg.name)) ?? (added ? properties.find((p) => sameName(p.name, added[1]!)) : undefined);
    const parameter = property ? undefined : operation.parameters.find((p) => (p.in === 'path' || p.in === 'query') && sameName(p.name, arg.name));
    if (parameter) params.set(parameter.name, value);
    if (parameter) continue;
    if (!property) return undefined;
    values.set(property.name, added && !sameName(property.name, arg.name) ? [...((values.get(property.name) as unknown[] | undefined) ?? []), value] : value);
  }
  const body = [...values].map(([name, value]) => {
    const schema = properties.find((p) => p.name === name)!.schema;
    return { name, value: synth.fromJson(specKeys(value, schema, lookup), schema, name), schema, required: required.includes(name) };
  });
  return { body, positional, params };
}

/** `from_`, `From`, `messagingProfileId`, `MessagingProfileID` and `messaging_profile_id` name one field. */
function sameName(spec: string, written: string): boolean {
  const norm = (name: string) => name.replace(/_/g, '').toLowerCase();
  return norm(spec) === norm(written);
}

/** Object keys as written (Go field names, Java setters) → the schema's property names. */
function specKeys(value: unknown, schema: Schema, lookup: SchemaLookup): unknown {
  const shape = resolveShape(schema, lookup);
  if (Array.isArray(value)) return value.map((item) => (shape?.kind === 'array' ? specKeys(item, shape.items, lookup) : item));
  if (!value || typeof value !== 'object' || shape?.kind !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => {
      const property = shape.properties.find((p) => sameName(p.name, key));
      return property ? [property.name, specKeys(item, property.schema, lookup)] : [key, item];
    }),
  );
}

function indentAt(code: string, at: number): string {
  return /^[ \t]*/.exec(code.slice(at))![0];
}

/** The lines of `statement` moved so that its first line starts at `indent` (the rest keep their offsets). */
function reindent(statement: string, indent: string): string {
  const margin = /^[ \t]*/.exec(statement)![0].length;
  return statement
    .split('\n')
    .map((line) => indent + line.slice(Math.min(margin, /^[ \t]*/.exec(line)![0].length)))
    .join('\n');
}

/** The variable a statement assigns (`response = …`, `const response = …`, `response, err := …`, `X params = …`). */
function resultName(statement: string): string | undefined {
  return /^\s*(?:(?:const|let|var)\s+|[A-Z][\w.<>]*\s+)?([A-Za-z_]\w*)(?:\s*,\s*err)?\s*(?::=|=)/.exec(statement)?.[1];
}

/**
 * Java imports after a change: the target's imports of types the code now names are added after the curated ones,
 * curated imports of types it no longer names are dropped (an import of a missing class does not compile).
 */
function javaImports(rendered: string, code: string): string {
  const importOf = (line: string) => /^import\s+(?:static\s+)?[\w.]*?\.?(\w+);\s*$/.exec(line)?.[1];
  const lines = code.split('\n');
  const body = lines.filter((line) => !importOf(line)).join('\n');
  const names = (name: string) => new RegExp(`\\b${name}\\b`).test(body);
  const kept = lines.filter((line) => !importOf(line) || names(importOf(line)!));
  const added = rendered.split('\n').filter((line) => importOf(line) && names(importOf(line)!) && !lines.includes(line));
  if (added.length === 0) return kept.join('\n');
  const last = kept.reduce((at, line, i) => (importOf(line) ? i : at), -1);
  if (last < 0) return [...added, '', ...kept].join('\n');
  kept.splice(last + 1, 0, ...added);
  return kept.join('\n');
}

/**
 * The Node SDK's errors carry the response's fetch `Headers`: a header is read with get() (it has no index
 * signature) and is a string or null, so a delay computed from it is a Number.
 */
export function nodeHeaders(code: string): string {
  return code.replace(/\b([\w.]+)\.headers\?\.\[(['"][^'"\]]+['"])\]\s*\|\|\s*([\w.]+)/g, 'Number($1.headers?.get($2) ?? $3)');
}
