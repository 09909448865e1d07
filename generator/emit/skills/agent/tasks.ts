// The rows an agent-profile task shows: parameters with hinted types and cut descriptions, response fields.
import type { SchemaLookup } from '../../../ir/pagination.js';
import type { Operation, Schema } from '../../../ir/types.js';
import { objectShape } from '../facts/index.js';
import type { TaskCuration } from './curation.js';
import type { Spelling } from './spelling.js';
import { cut, cutFirstSentence, firstSentence, paramType } from './text.js';

export interface ParamFact {
  name: string;
  schema: Schema;
  required: boolean;
  description: string;
}

export interface ParamRow {
  name: string;
  type: string;
  required: boolean;
  description: string;
}

/** Default rows shown for a task without curation (the required ones come first, then optional ones). */
const DEFAULT_ROWS = 6;
const DEFAULT_RESPONSE_FIELDS = 6;

/** The JSON body's properties in spec order (a components/requestBodies $ref included), then path and query params. */
export function paramFacts(operation: Operation, lookup: SchemaLookup): { body: ParamFact[]; other: ParamFact[] } {
  const body: ParamFact[] = [];
  const requestBody = operation.requestBody;
  if (requestBody && /json/.test(requestBody.contentType)) {
    const shape = objectShape(requestBody.schema, lookup);
    const required = shape?.required ?? [];
    const props = shape?.properties ?? [];
    // Required ones in the order of the `required` list, then the others in property order.
    const ordered = [...required.map((name) => props.find((p) => p.name === name)).filter((p) => p !== undefined), ...props.filter((p) => !required.includes(p.name))];
    for (const prop of ordered) {
      body.push({ name: prop.name, schema: prop.schema, required: required.includes(prop.name), description: describe(prop.schema, lookup) });
    }
  }
  const other = operation.parameters
    .filter((p) => p.in === 'path' || p.in === 'query')
    .map((p) => ({ name: p.name, schema: p.schema, required: p.required || p.in === 'path', description: p.description ?? describe(p.schema, lookup) }));
  return { body, other };
}

/** The description of a schema: a $ref's target's own (the component is the one documented), else its own. */
export function describe(schema: Schema, lookup: SchemaLookup, depth = 0): string {
  if (schema.kind === 'ref' && depth <= 10) {
    const target = lookup(schema.name);
    const described = target ? describe(target, lookup, depth + 1) : '';
    if (described !== '') return described;
  }
  return schema.description ?? '';
}

export interface TaskRows {
  rows: ParamRow[];
  /** Body parameters not shown (the closing "+N optional params" row). */
  more: number;
}

export function taskRows(operation: Operation, lookup: SchemaLookup, spelling: Spelling, curation?: TaskCuration): TaskRows {
  const { body, other } = paramFacts(operation, lookup);
  const all = [...body, ...other];
  let shown: ParamFact[];
  if (curation?.params) {
    shown = curation.params.map((name) => all.find((p) => p.name === name)).filter((p): p is ParamFact => p !== undefined);
  } else {
    const required = all.filter((p) => p.required);
    const optional = body.filter((p) => !p.required);
    shown = [...required, ...optional.slice(0, Math.max(0, DEFAULT_ROWS - required.length))];
  }
  const requiredNames = curation?.required ? new Set(curation.required) : undefined;
  const rows = shown.map((p) => ({
    name: spelling.param(p.name),
    type: paramType(p.name, p.schema, lookup),
    required: requiredNames ? requiredNames.has(p.name) : p.required,
    description: cutFirstSentence(p.description),
  }));
  const more = body.filter((p) => !shown.includes(p)).length;
  return { rows, more };
}

/** The body parameters the spec marks optional, in spec order; the first sentence, past 80 characters cut to 77 + "...". */
export function optionalRows(operation: Operation, lookup: SchemaLookup, spelling: Spelling): ParamRow[] {
  return paramFacts(operation, lookup)
    .body.filter((p) => !p.required)
    .map((p) => ({ name: spelling.param(p.name), type: paramType(p.name, p.schema, lookup), required: false, description: cut(firstSentence(p.description), 77, 80) }));
}

/** Without curation: up to six response fields of the first JSON success, `id` first, under `data.` when wrapped. */
export function defaultResponseFields(operation: Operation, lookup: SchemaLookup): string[] {
  const response = operation.responses.find((r) => /^2/.test(r.status) && r.schema && /json/.test(r.contentType ?? ''));
  const top = objectShape(response?.schema, lookup);
  if (!top) return [];
  const data = top.properties.find((p) => p.name === 'data');
  const inner = data ? objectShape(data.schema, lookup) : undefined;
  const [prefix, shape] = data && inner && top.properties.length <= 3 ? ['data.', inner] : ['', top];
  const names = shape.properties.map((p) => p.name);
  const ordered = [...names.filter((n) => n === 'id'), ...names.filter((n) => n !== 'id')];
  return ordered.slice(0, DEFAULT_RESPONSE_FIELDS).map((n) => prefix + n);
}
