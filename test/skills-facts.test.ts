// The document facts of the v3 (and agent) profiles, rule by rule on small schemas: type strings, Optional and
// Returns lists, description sentences, webhook payload rows, Important Notes.
import { describe, expect, it } from 'vitest';
import {
  importantNotes,
  optionalParams,
  returnFields,
  typeString,
  v3Description,
  webhookPayloadFields,
} from '../generator/emit/skills/facts/index.js';
import type { Operation, Schema } from '../generator/ir/types.js';

const schemas: Record<string, Schema> = {
  Status: { kind: 'string', enum: ['queued', 'sent'] },
  Choice: { kind: 'union', combinator: 'oneOf', variants: [{ kind: 'integer', format: 'int32' }, { kind: 'string' }] },
  Item: { kind: 'object', properties: [{ name: 'id', schema: { kind: 'string', format: 'uuid' }, required: true }], required: ['id'] },
};
const lookup = (name: string) => schemas[name];
const str: Schema = { kind: 'string' };

function operation(extra: Partial<Operation>): Operation {
  return { key: 'post /x', method: 'post', path: '/x', deprecated: false, tags: [], parameters: [], responses: [], security: [], extensions: {}, ...extra };
}

describe('type strings', () => {
  it.each<[Schema, string]>([
    [{ kind: 'ref', name: 'Status' }, 'enum: queued, sent'],
    [{ kind: 'boolean', enum: [true, false] }, 'boolean'],
    [{ kind: 'string', format: 'date-time' }, 'date-time'],
    [{ kind: 'ref', name: 'Choice' }, 'int32'],
    [{ kind: 'union', combinator: 'type', variants: [str, { kind: 'null' }] }, 'string | null'],
    [{ kind: 'integer', nullable: true }, 'integer | null'],
    [{ kind: 'array', items: { kind: 'ref', name: 'Item' } }, 'array[object]'],
    [{ kind: 'array', items: str }, 'array[string]'],
    [{ kind: 'unknown' }, 'object'],
  ])('%j → %s', (schema, expected) => expect(typeString(schema, lookup)).toBe(expected));
});

describe('Optional and Returns', () => {
  const body = (schema: Schema, extra: Partial<NonNullable<Operation['requestBody']>> = {}) =>
    operation({ requestBody: { contentType: 'application/json', contentTypes: ['application/json'], required: true, schema, ...extra } });
  const object: Schema = {
    kind: 'object',
    properties: [
      { name: 'zeta', schema: str, required: false },
      { name: 'alpha', schema: { kind: 'ref', name: 'Status' }, required: false },
      { name: 'to', schema: str, required: true },
      { name: 'created_at', schema: { kind: 'string', readOnly: true }, required: false },
    ],
    required: ['to'],
  };

  it('lists the optional JSON body properties by name, read-only ones included', () => {
    expect(optionalParams(body(object), lookup).map((f) => `${f.name} (${f.type})`)).toEqual(['alpha (enum: queued, sent)', 'created_at (string)', 'zeta (string)']);
  });

  it('gives none for a components/requestBodies $ref or a non-JSON body; takes the first oneOf variant and merges allOf', () => {
    expect(optionalParams(body(object, { componentName: 'Shared' }), lookup)).toEqual([]);
    expect(optionalParams(body(object, { contentType: 'multipart/form-data' }), lookup)).toEqual([]);
    expect(optionalParams(body({ kind: 'union', combinator: 'oneOf', variants: [object, str] }), lookup)).toHaveLength(3);
    const merged: Schema = { kind: 'allOf', parts: [object, { kind: 'object', properties: [{ name: 'beta', schema: str, required: false }], required: [] }] };
    expect(optionalParams(body(merged), lookup).map((f) => f.name)).toEqual(['alpha', 'beta', 'created_at', 'zeta']);
  });

  it('returns the first 200/201/202 JSON fields, a data wrapper unwrapped (arrays to their items) when small', () => {
    const list: Schema = { kind: 'object', properties: [{ name: 'data', schema: { kind: 'array', items: { kind: 'ref', name: 'Item' } }, required: false }, { name: 'meta', schema: { kind: 'object', properties: [], required: [] }, required: false }], required: [] };
    const op = operation({ responses: [{ status: '404', contentType: 'application/json', schema: object }, { status: '201', contentType: 'application/json', schema: list }] });
    expect(returnFields(op, lookup)).toEqual([{ name: 'id', type: 'uuid' }]);
    const wide: Schema = { kind: 'object', properties: ['data', 'a', 'b', 'c'].map((name) => ({ name, schema: str, required: false })), required: [] };
    expect(returnFields(operation({ responses: [{ status: '200', contentType: 'application/json', schema: wide }] }), lookup).map((f) => f.name)).toEqual(['a', 'b', 'c', 'data']);
  });
});

describe('descriptions', () => {
  it('keeps up to three sentences while the text stays within 400 characters', () => {
    expect(v3Description('One thing. Two things! Three? Four.', 'Summary')).toBe('One thing. Two things! Three?');
    const long = `${'a'.repeat(250)}. ${'b'.repeat(200)}.`;
    expect(v3Description(long, undefined)).toBe(`${'a'.repeat(250)}.`);
  });

  it('does not end a sentence after a capital letter or inside a word, and reduces HTML', () => {
    expect(v3Description('Uses the U.S. API. Then <code>x</code> runs.<br>Done.', undefined)).toBe('Uses the U.S. API. Then `x` runs. Done.');
  });

  it('is absent when empty or equal to the summary, and applies text fixes', () => {
    expect(v3Description('  ', 'S')).toBeUndefined();
    expect(v3Description('Send a fax', 'Send a fax')).toBeUndefined();
    expect(v3Description('It was submtited.', undefined, [{ from: 'submtited', to: 'submitted' }])).toBe('It was submitted.');
  });
});

describe('webhook payload fields', () => {
  it('flattens to dotted paths down to depth 3, dropping objects with properties there, with first sentences', () => {
    const deep: Schema = { kind: 'object', properties: [{ name: 'x', schema: str, required: false }], required: [] };
    const payload: Schema = {
      kind: 'object',
      properties: [
        { name: 'id', schema: { kind: 'string', format: 'uuid', description: 'The id. More text.' }, required: false },
        { name: 'deep', schema: deep, required: false },
        { name: 'free', schema: { kind: 'object', properties: [], required: [] }, required: false },
      ],
      required: [],
    };
    const body: Schema = { kind: 'object', properties: [{ name: 'data', schema: { kind: 'object', properties: [{ name: 'payload', schema: payload, required: false }], required: [] }, required: false }], required: [] };
    const rows = webhookPayloadFields({ name: 'e', method: 'post', tags: [], schema: body }, lookup);
    expect(rows).toEqual([
      { path: 'data.payload.id', type: 'uuid', description: 'The id.' },
      { path: 'data.payload.free', type: 'object', description: '' },
    ]);
  });
});

describe('Important Notes', () => {
  it('asks for the phone bullet when a Required list names a phone field, pagination when a summary starts with List', () => {
    expect(importantNotes([{ operation: operation({ summary: 'Create' }), required: ['from'] }])).toEqual({ phoneNumbers: true, pagination: false });
    expect(importantNotes([{ operation: operation({ summary: 'List faxes' }), required: ['name'] }])).toEqual({ phoneNumbers: false, pagination: true });
  });
});
