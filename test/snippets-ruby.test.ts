// The Ruby snippet target: literals (checked by evaluating them in Ruby), the line-width rule of the
// references, argument order and the statement shapes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMethodExample } from '../generator/examples/method.js';
import type { ExampleField, ExampleValue } from '../generator/examples/values.js';
import { RUBY_LINE_WIDTH, rubyCall, type RubyArgument } from '../generator/emit/snippets/ruby/call.js';
import { layout } from '../generator/emit/snippets/ruby/layout.js';
import { rubyString, rubySymbol, rubyValue } from '../generator/emit/snippets/ruby/literals.js';
import { rubyTarget } from '../generator/emit/snippets/ruby.js';
import type { OperationSnippetInput, SdkInfo } from '../generator/emit/snippets/target.js';
import type { IR, Method, Operation, Parameter, Schema } from '../generator/ir/types.js';
import { evalRuby, hasRuby, rubySkipReason } from './support/ruby.js';

const sdk: SdkInfo = {
  name: 'Acme',
  apiKeyEnv: 'ACME_API_KEY',
  packageName: 'acme',
  goModule: 'example.com/acme-go',
  javaPackage: 'com.acme.api',
  javaRepository: 'https://example.com/acme-java',
};
const noSchemas = () => undefined;
const text = (value: string): ExampleValue => ({ kind: 'string', value, enum: false });
const stringSchema: Schema = { kind: 'string' };
const field = (name: string, value: ExampleValue, schema: Schema = stringSchema): ExampleField => ({ name, value, schema, required: true });
const keyword = (name: string, value: ExampleValue): RubyArgument => ({ name, field: field(name, value) });
const print = (value: ExampleValue, schema?: Schema) =>
  layout(rubyValue(value, schema, { lookup: noSchemas, param: (n) => n }), { width: RUBY_LINE_WIDTH, indentUnit: '  ' });

describe.skipIf(!hasRuby)(`Ruby literals evaluate to the example values${rubySkipReason}`, () => {
  it('strings: quotes, backslashes, interpolation markers, control characters, any Unicode', () => {
    const samples = fc.sample(fc.string({ unit: fc.oneof(fc.constantFrom('#', '{', '$', '@', '"', '\\', '\n', '\t', '\u0000', '\u007f'), fc.string({ unit: 'binary', maxLength: 1 })) }), 300);
    samples.push('#{1 + 1}', '#@x #$y', 'a\\"b', '');
    expect(evalRuby(samples.map(rubyString))).toEqual(samples);
  });

  it('symbols for enum members, quoted where not a plain name', () => {
    const samples = ['phone_call', 'PRIVATE_PROFIT', 'distil-whisper/distil-large-v2', 'en-US', '24h', 'a b', 'with"quote', ''];
    expect(rubySymbol('phone_call')).toBe(':phone_call');
    expect(rubySymbol('en-US')).toBe(':"en-US"');
    expect(evalRuby(samples.map((s) => `${rubySymbol(s)}.to_s`))).toEqual(samples);
  });

  it('free-form JSON values, nested and wrapped, evaluate to the same JSON', () => {
    const values = fc.sample(fc.jsonValue({ maxDepth: 4 }), 200);
    const evaluated = evalRuby(values.map((value) => print({ kind: 'json', value })));
    expect(evaluated.map((v) => JSON.stringify(v))).toEqual(values.map((v) => JSON.stringify(v)));
  });
});

describe('Ruby values', () => {
  it('writes enums as symbols, date-times as strings, nil, and hashes with label keys', () => {
    expect(print({ kind: 'string', value: 'phone_call', enum: true })).toBe(':phone_call');
    expect(print({ kind: 'datetime', value: '2025-04-15T13:07:28.764Z' })).toBe('"2025-04-15T13:07:28.764Z"');
    expect(print({ kind: 'null' })).toBe('nil');
    expect(print({ kind: 'number', value: 1, enum: false })).toBe('1');
    const object: ExampleValue = { kind: 'object', fields: [field('version_id', text('v')), field('content-type', text('x'))] };
    expect(print(object)).toBe('{version_id: "v", "content-type": "x"}');
    expect(print({ kind: 'array', items: [] })).toBe('[]');
  });

  it('spells declared properties of nested hashes with the param namer, other keys as written', () => {
    const schema: Schema = { kind: 'object', properties: [{ name: 'phoneNumber', schema: stringSchema, required: true }], required: ['phoneNumber'] };
    const value: ExampleValue = { kind: 'object', fields: [field('phoneNumber', text('+1')), field('X-Extra', text('y'))] };
    const code = layout(rubyValue(value, schema, { lookup: noSchemas, param: (n) => n.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) }), {
      width: RUBY_LINE_WIDTH,
      indentUnit: '  ',
    });
    expect(code).toBe('{phone_number: "+1", "X-Extra": "y"}');
  });
});

describe('the Ruby line-width rule', () => {
  // The references keep a 115-character call on one line and break a 138-character one.
  const call = (valueLength: number) =>
    rubyCall({ chain: 'c.m', args: [keyword('k', text('x'.repeat(valueLength)))], assignTo: 'r', lookup: noSchemas, param: (n) => n });
  const overhead = 'r = c.m(k: "")'.length;

  it(`keeps a statement of ${RUBY_LINE_WIDTH} characters on one line`, () => {
    const code = call(RUBY_LINE_WIDTH - overhead);
    expect(code).toBe(`r = c.m(k: "${'x'.repeat(RUBY_LINE_WIDTH - overhead)}")`);
    expect(code).toHaveLength(RUBY_LINE_WIDTH);
  });

  it('puts one argument per line, without a trailing comma, beyond it', () => {
    expect(call(RUBY_LINE_WIDTH - overhead + 1)).toBe(`r = c.m(\n  k: "${'x'.repeat(RUBY_LINE_WIDTH - overhead + 1)}"\n)`);
  });

  it('breaks a nested array only when its own line does not fit', () => {
    const item = (n: number): ExampleValue => ({ kind: 'object', fields: [field('name', text('n'.repeat(n)))] });
    const short = rubyCall({
      chain: 'client.things.create',
      args: [{ field: field('id', text('id')) }, keyword('items', { kind: 'array', items: [item(60)] }), keyword('z', text('z'))],
      assignTo: 'thing',
      lookup: noSchemas,
      param: (n) => n,
    });
    expect(short).toBe(`thing = client.things.create(\n  "id",\n  items: [{name: "${'n'.repeat(60)}"}],\n  z: "z"\n)`);
    const long = rubyCall({
      chain: 'client.things.create',
      args: [keyword('items', { kind: 'array', items: [item(60), item(50)] })],
      assignTo: 'thing',
      lookup: noSchemas,
      param: (n) => n,
    });
    expect(long).toBe(`thing = client.things.create(\n  items: [\n    {name: "${'n'.repeat(60)}"},\n    {name: "${'n'.repeat(50)}"}\n  ]\n)`);
  });
});

function operationInput(options: { method: Partial<Method>; resourcePath: string[]; style: 'v1' | 'v2'; operation?: Partial<Operation> }): OperationSnippetInput {
  const path = (name: string): Parameter => ({ name, in: 'path', required: true, schema: stringSchema });
  const operation: Operation = {
    key: 'post /things/{thing_id}/parts/{part_id}',
    method: 'post',
    path: '/things/{thing_id}/parts/{part_id}',
    deprecated: false,
    tags: [],
    parameters: [path('thing_id'), path('part_id'), { name: 'zone', in: 'query', required: true, schema: stringSchema }],
    requestBody: {
      contentType: 'application/json',
      contentTypes: ['application/json'],
      required: true,
      schema: {
        kind: 'object',
        properties: [
          { name: 'title', schema: stringSchema, required: true },
          { name: 'color', schema: { kind: 'string', enum: ['red', 'blue'] }, required: true },
          { name: 'note', schema: stringSchema, required: false },
        ],
        required: ['title', 'color'],
      },
    },
    responses: [],
    security: [],
    extensions: {},
    ...options.operation,
  };
  const method: Method = { name: 'update', operation: operation.key, source: 'config', positionalParams: ['part_id'], ...options.method };
  return {
    ir: { operations: [operation] } as IR,
    lookup: noSchemas,
    operation,
    method,
    resourcePath: options.resourcePath,
    example: buildMethodExample(operation, noSchemas),
    sdk,
    style: options.style,
  };
}

describe('Ruby examples', () => {
  it('installs the gem and sets the client up from the environment', () => {
    expect(rubyTarget.installation(sdk)).toEqual({ fence: 'bash', code: 'gem install acme' });
    expect(rubyTarget.setup(sdk)).toBe(
      'require "acme"\n\nclient = Acme::Client.new(\n  api_key: ENV["ACME_API_KEY"], # This is the default and can be omitted\n)',
    );
  });

  it('passes the last path parameter positionally, other path parameters first, then the rest alphabetically', () => {
    const code = rubyTarget.example(operationInput({ method: { responseType: 'Part' }, resourcePath: ['things', 'parts'], style: 'v2' }));
    expect(code).toBe(
      'part = client.things.parts.update("part_id", thing_id: "thing_id", color: :red, title: "title", zone: "zone")\n\nputs(part)',
    );
  });

  it('prints `result` of a call that returns nothing, and v1 examples construct their own client', () => {
    const code = rubyTarget.example(
      operationInput({ method: { name: 'delete', responseType: 'void' }, resourcePath: ['things', 'parts'], style: 'v1', operation: { requestBody: undefined, parameters: [] } }),
    );
    expect(code).toBe('require "acme"\n\nacme = Acme::Client.new(api_key: "My API Key")\n\nresult = acme.things.parts.delete\n\nputs(result)');
  });

  it('escapes method names that would shadow Object methods, and names a page `page`', () => {
    const code = rubyTarget.example(
      operationInput({
        method: { name: 'clone', responseType: 'Part', pageType: 'DefaultFlatPagination' },
        resourcePath: ['things'],
        style: 'v2',
        operation: { requestBody: undefined, parameters: [] },
      }),
    );
    expect(code).toBe('page = client.things.clone_\n\nputs(page)');
  });

  it("escapes keyword arguments as the gem's model fields are (format_:, in_:), keeps a trailing digit run on its word", () => {
    const body = (name: string) => ({
      contentType: 'application/json',
      contentTypes: ['application/json'],
      required: true,
      schema: { kind: 'object', properties: [{ name, schema: stringSchema, required: true }], required: [name] } as Schema,
    });
    const call = (name: string) =>
      rubyTarget.example(operationInput({ method: { responseType: 'void' }, resourcePath: ['things'], style: 'v2', operation: { parameters: [], requestBody: body(name) } }));
    expect(call('format')).toContain('format_: "format"');
    expect(call('in')).toContain('in_: "in"');
    expect(call('businessAddr1')).toContain('business_addr1: "businessAddr1"');
  });

  it('takes a union-of-objects body whole under <method>_<resource singular>_request', () => {
    const variant = (type: string): Schema => ({
      kind: 'object',
      properties: [{ name: 'type', schema: { kind: 'string', enum: [type] }, required: true }],
      required: ['type'],
    });
    const code = rubyTarget.example(
      operationInput({
        method: { name: 'create', responseType: 'void' },
        resourcePath: ['credentials'],
        style: 'v2',
        operation: {
          parameters: [],
          requestBody: { contentType: 'application/json', contentTypes: ['application/json'], required: true, schema: { kind: 'union', combinator: 'oneOf', variants: [variant('ios'), variant('android')] } as Schema },
        },
      }),
    );
    expect(code).toContain('client.credentials.create(create_credential_request: {type: :ios})');
  });
});
