import { readFileSync } from 'node:fs';
import * as yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { buildIR } from '../generator/ir/builder.js';
import { RefError } from '../generator/ir/refs.js';
import type { ObjectSchema, Schema } from '../generator/ir/types.js';
import { hasShared, shared, sharedSkipReason } from './support/shared.js';

const doc = (paths: object, schemas: object = {}, extra: object = {}) => ({
  openapi: '3.1.0',
  info: { title: 'T', version: '1' },
  paths,
  components: { schemas, ...extra },
});

const json = (schema: object) => ({ content: { 'application/json': { schema } } });

describe('IR builder', () => {
  it('keeps named schemas as refs, including a schema named Record', () => {
    const ir = buildIR(
      doc(
        { '/r': { get: { responses: { '200': json({ $ref: '#/components/schemas/Record' }) } } } },
        { Record: { type: 'object', properties: { id: { type: 'string' } } } },
      ),
    );
    expect(ir.schemas.map((s) => s.name)).toEqual(['Record']);
    expect(ir.operations[0]!.success?.schema).toEqual({ kind: 'ref', name: 'Record' });
  });

  it('reads 3.0 nullable and 3.1 type arrays alike', () => {
    const ir = buildIR(
      doc({}, {
        A: { type: 'string', nullable: true },
        B: { type: ['string', 'null'] },
        C: { type: ['string', 'integer'] },
      }),
    );
    const [a, b, c] = ir.schemas.map((s) => s.schema);
    expect(a).toMatchObject({ kind: 'string', nullable: true });
    expect(b).toMatchObject({ kind: 'string', nullable: true });
    expect(c).toMatchObject({ kind: 'union', combinator: 'type' });
    expect((c as Extract<Schema, { kind: 'union' }>).variants.map((v) => v.kind)).toEqual(['string', 'integer']);
  });

  it('keeps the required array in document order, with names that are not properties', () => {
    const ir = buildIR(doc({}, { X: { type: 'object', required: ['b', 'a', 'ghost'], properties: { a: {}, b: {} } } }));
    const x = ir.schemas[0]!.schema as ObjectSchema;
    expect(x.required).toEqual(['b', 'a', 'ghost']);
    expect(x.properties.map((p) => [p.name, p.required])).toEqual([
      ['a', true],
      ['b', true],
    ]);
  });

  it('resolves discriminator mappings to schema names, also for non-object targets', () => {
    const ir = buildIR(
      doc({}, {
        U: {
          oneOf: [{ $ref: '#/components/schemas/S' }, { $ref: '#/components/schemas/N' }],
          discriminator: { propertyName: 'kind', mapping: { s: '#/components/schemas/S', n: '#/components/schemas/N' } },
        },
        S: { type: 'string' },
        N: { type: 'integer' },
      }),
    );
    expect(ir.schemas[0]!.schema).toMatchObject({
      kind: 'union',
      discriminator: { propertyName: 'kind', mapping: [{ value: 's', target: 'S' }, { value: 'n', target: 'N' }] },
    });
  });

  it('merges path-level and operation-level parameters, the operation winning', () => {
    const ir = buildIR(
      doc({
        '/items/{id}': {
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: 'path level' },
            { name: 'q', in: 'query', schema: { type: 'string' } },
          ],
          get: {
            parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'integer' } }],
            responses: { '204': { description: 'none' } },
          },
        },
      }),
    );
    const [op] = ir.operations;
    expect(op!.parameters.map((p) => [p.name, p.in, p.required, p.schema.kind])).toEqual([
      ['id', 'path', true, 'string'],
      ['q', 'query', true, 'integer'],
    ]);
    expect(op!.success).toEqual({ status: '204', description: 'none' });
  });

  it('records a request body that is a $ref to components/requestBodies by name', () => {
    const ir = buildIR(
      doc(
        { '/x': { post: { requestBody: { $ref: '#/components/requestBodies/Body' }, responses: {} } } },
        {},
        { requestBodies: { Body: { required: true, ...json({ type: 'object', required: ['a'], properties: { a: {} } }) } } },
      ),
    );
    expect(ir.operations[0]!.requestBody).toMatchObject({ componentName: 'Body', required: true, contentType: 'application/json' });
  });

  it('prefers application/json among several request content types', () => {
    const ir = buildIR(
      doc({
        '/f': {
          post: {
            requestBody: { content: { 'multipart/form-data': { schema: { type: 'object' } }, 'application/json': { schema: { type: 'string' } } } },
            responses: {},
          },
        },
      }),
    );
    expect(ir.operations[0]!.requestBody).toMatchObject({ contentType: 'application/json', contentTypes: ['multipart/form-data', 'application/json'] });
  });

  it('keeps operations whose operationIds differ only in case apart (keyed by method and path)', () => {
    const ir = buildIR(
      doc({
        '/a': { get: { operationId: 'getThing', responses: {} } },
        '/b': { get: { operationId: 'GetThing', responses: {} } },
      }),
    );
    expect(ir.operations.map((o) => o.key)).toEqual(['get /a', 'get /b']);
  });

  it('detects page-number, cursor and top-level-array pagination', () => {
    const page = {
      get: {
        parameters: [{ name: 'page', in: 'query', style: 'deepObject', schema: { type: 'object', properties: { number: { type: 'integer' }, size: { type: 'integer' } } } }],
        responses: { '200': json({ type: 'object', properties: { data: { type: 'array', items: {} }, meta: { type: 'object', properties: { total_pages: { type: 'integer' } } } } }) },
      },
    };
    const cursor = {
      get: {
        parameters: [{ name: 'cursor', in: 'query', schema: { type: 'string' } }],
        responses: { '200': json({ type: 'object', properties: { items: { type: 'array', items: {} }, next_cursor: { type: 'string' } } }) },
      },
    };
    const array = { get: { parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer' } }], responses: { '200': json({ type: 'array', items: {} }) } } };
    const plain = { get: { responses: { '200': json({ type: 'object', properties: { data: { type: 'array', items: {} } } }) } } };
    const ir = buildIR(doc({ '/page': page, '/cursor': cursor, '/array': array, '/plain': plain }));
    expect(ir.operations.map((o) => o.pagination)).toEqual([
      { kind: 'page-number', itemsField: 'data', pageParam: 'page[number]', sizeParam: 'page[size]', totalPagesPath: ['meta', 'total_pages'] },
      { kind: 'cursor', itemsField: 'items', cursorParam: 'cursor', nextCursorPath: ['next_cursor'] },
      { kind: 'top-level-array' },
      undefined,
    ]);
  });

  it('fails on a dangling ref with the ref and where it was written', () => {
    expect(() => buildIR(doc({ '/x': { get: { responses: { '200': json({ $ref: '#/components/schemas/Nope' }) } } } }))).toThrow(RefError);
  });

  it('reads servers with variables, security schemes and 3.1 webhooks', () => {
    const ir = buildIR({
      ...doc({}),
      servers: [{ url: 'https://{region}.example.com', variables: { region: { default: 'eu' } } }],
      components: { securitySchemes: { key: { type: 'http', scheme: 'bearer' } } },
      webhooks: { 'thing.done': { post: { tags: ['Things'], summary: 'Done', requestBody: json({ type: 'object' }) } } },
    });
    expect(ir.servers).toEqual([{ url: 'https://eu.example.com' }]);
    expect(ir.auth).toEqual([{ kind: 'bearer', name: 'key' }]);
    expect(ir.webhooks).toMatchObject([{ name: 'thing.done', method: 'post', summary: 'Done', tags: ['Things'], schema: { kind: 'object' } }]);
  });
});

describe.skipIf(!hasShared)(`IR of the Telnyx spec${sharedSkipReason}`, () => {
  it('has every operation and schema, each operation key unique', () => {
    const document = yaml.load(readFileSync(shared('specs/telnyx/openapi-2026-02-06.yml'), 'utf8')) as Record<string, any>;
    const ir = buildIR(document);
    expect(ir.operations).toHaveLength(878);
    expect(ir.schemas).toHaveLength(1337);
    expect(new Set(ir.operations.map((o) => o.key)).size).toBe(878);
    // Most list endpoints page by number; the IR must see far more than a handful of them.
    expect(ir.operations.filter((o) => o.pagination?.kind === 'page-number').length).toBeGreaterThan(100);
  });
});
