// The JavaScript snippet target: call shapes from the IR, and a printer whose output prettier leaves unchanged.
import fc from 'fast-check';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { callArguments } from '../generator/emit/snippets/javascript/call.js';
import { printProgram, propertyKey, stringLiteral, type JsExpression, type JsStatement } from '../generator/emit/snippets/javascript/syntax.js';
import { javascriptTarget } from '../generator/emit/snippets/javascript.js';
import type { OperationSnippetInput, SdkInfo } from '../generator/emit/snippets/target.js';
import type { ExampleField } from '../generator/examples/values.js';
import { javascriptNamer } from '../generator/naming/languages/javascript.js';
import { hasShared, sharedSkipReason } from './support/shared.js';
import { telnyxSkillExamples } from './support/skill-examples.js';

/** The references' prettier options (printWidth 100: their longest unbroken lines are exactly 100 wide). */
const PRETTIER = { parser: 'babel', singleQuote: true, trailingComma: 'all', printWidth: 100 } as const;

/** prettier over many snippets at once (one shared instance); returns those it would change. */
async function changedByPrettier(codes: string[]): Promise<{ code: string; formatted: string }[]> {
  const formatted = await Promise.all(codes.map((code) => prettier.format(`${code}\n`, PRETTIER)));
  return codes.flatMap((code, i) => (formatted[i] === `${code}\n` ? [] : [{ code, formatted: formatted[i]! }]));
}

const SDK: SdkInfo = {
  name: 'Acme',
  apiKeyEnv: 'ACME_API_KEY',
  packageName: 'acme-sdk',
  goModule: 'github.com/acme/acme-go',
  javaPackage: 'com.acme.api',
  javaRepository: 'https://github.com/acme/acme-java',
};

const text = (name: string, value: string): ExampleField => ({
  name,
  value: { kind: 'string', value, enum: false },
  schema: { kind: 'string' },
  required: true,
});

function input(example: Partial<OperationSnippetInput['example']>, positionalParams?: string[]): OperationSnippetInput {
  return {
    ir: { api: { title: 't', version: '1', openapi: '3.1.0' }, servers: [], auth: [], schemas: [], operations: [], resources: [], webhooks: [], tags: [] },
    lookup: () => undefined,
    operation: { key: 'post /a/{a_id}/b/{b_id}', method: 'post', path: '/a/{a_id}/b/{b_id}', deprecated: false, tags: [], parameters: [], responses: [], security: [], extensions: {} },
    method: { name: 'create', operation: 'post /a/{a_id}/b/{b_id}', source: 'config', ...(positionalParams ? { positionalParams } : {}) },
    resourcePath: ['widgets', 'parts'],
    example: { pathParams: [], query: [], headers: [], body: [], ...example },
    sdk: SDK,
    style: 'v2',
  };
}

describe('call arguments', () => {
  it('passes the positional path parameter first, then one object: other path params, then the rest alphabetically', () => {
    const args = callArguments(
      input({ pathParams: [text('a_id', 'A'), text('b_id', 'B')], query: [text('zeta', 'z')], body: [text('beta', 'b'), text('alpha', 'a')] }, ['b_id']),
      javascriptNamer,
    );
    expect(args[0]).toEqual({ type: 'string', value: 'B' });
    expect(args[1]).toMatchObject({ type: 'object', properties: [{ key: 'a_id' }, { key: 'alpha' }, { key: 'beta' }, { key: 'zeta' }] });
    expect(args).toHaveLength(2);
  });

  it('takes the last path parameter as positional when the method does not say', () => {
    const args = callArguments(input({ pathParams: [text('a_id', 'A'), text('b_id', 'B')] }), javascriptNamer);
    expect(args).toEqual([
      { type: 'string', value: 'B' },
      { type: 'object', properties: [{ key: 'a_id', value: { type: 'string', value: 'A' } }], expanded: false },
    ]);
  });

  it('writes objects of three or more properties one per line, as the references do', () => {
    const [two] = callArguments(input({ body: [text('from', 'f'), text('to', 't')] }), javascriptNamer);
    const [three] = callArguments(input({ body: [text('name', 'n'), text('type', 't'), text('url', 'u')] }), javascriptNamer);
    expect(two).toMatchObject({ expanded: false });
    expect(three).toMatchObject({ expanded: true });
  });

  it('passes an array body as `body` and a union-of-objects body as a request model named after the call', () => {
    const array = callArguments(input({ rawBody: { kind: 'array', items: [{ kind: 'string', value: 'x', enum: false }] } }), javascriptNamer);
    const union = callArguments(input({ rawBody: { kind: 'object', fields: [text('alias', 'a')] } }), javascriptNamer);
    expect(array[0]).toMatchObject({ properties: [{ key: 'body' }] });
    expect(union[0]).toMatchObject({ properties: [{ key: 'createPartRequest' }] });
  });
});

describe('literals', () => {
  it('quotes keys only where JavaScript needs it', () => {
    expect(propertyKey('conversation_id')).toBe('conversation_id');
    expect(propertyKey('page[number]')).toBe("'page[number]'");
    expect(propertyKey('x-api-key')).toBe("'x-api-key'");
  });

  it('prefers single quotes unless the text holds more of them than double quotes', () => {
    expect(stringLiteral('plain')).toBe("'plain'");
    expect(stringLiteral("it's")).toBe('"it\'s"');
    expect(stringLiteral(`say "it's"`)).toBe(`'say "it\\'s"'`);
    expect(stringLiteral('a\nb\\c')).toBe("'a\\nb\\\\c'");
  });
});

describe('the target', () => {
  it('shows the npm install command and the client set-up of the SDK it documents', () => {
    expect(javascriptTarget.installation(SDK)).toEqual({ fence: 'bash', code: 'npm install acme-sdk' });
    const setup = javascriptTarget.setup(SDK);
    expect(setup.split('\n')[0]).toBe("import Acme from 'acme-sdk';");
    expect(setup).toContain("process.env['ACME_API_KEY']");
  });
});

// Random statements of the shapes examples use: the printer must agree with prettier on every one of them.
const words = fc.stringMatching(/^[a-z][a-zA-Z0-9_]{0,14}$/);
const long = fc.stringMatching(/^[a-z][a-zA-Z0-9_]{10,30}$/);
const key = fc.oneof(words, fc.constantFrom('page[number]', 'x-request-id', 'from', 'name', 'model', '2fa', 'a b', 'id'));
const literal: fc.Arbitrary<JsExpression> = fc.oneof(
  fc.record({ type: fc.constant('string' as const), value: fc.oneof(words, fc.lorem({ maxCount: 25 }), fc.constantFrom("it's", 'say "hi"', 'a\nb', '中文字符测试')) }),
  fc.record({ type: fc.constant('number' as const), value: fc.oneof(fc.integer({ min: -5000, max: 5000 }), fc.double({ min: -100, max: 100, noNaN: true })) }),
  fc.record({ type: fc.constant('boolean' as const), value: fc.boolean() }),
  fc.constant({ type: 'null' as const }),
);
const { value } = fc.letrec<{ value: JsExpression }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    literal,
    fc.record({ type: fc.constant('array' as const), elements: fc.array(tie('value'), { maxLength: 4 }) }),
    fc.record({
      type: fc.constant('object' as const),
      properties: fc.uniqueArray(fc.record({ key, value: tie('value') }), { maxLength: 5, selector: (p) => p.key }),
      expanded: fc.boolean(),
    }),
  ),
}));
const callee = fc.array(fc.oneof(words, long), { minLength: 1, maxLength: 5 }).map((parts) => ['client', ...parts].join('.'));
const call: fc.Arbitrary<JsExpression> = fc
  .tuple(callee, fc.array(literal.filter((l) => l.type === 'string'), { maxLength: 2 }), fc.option(value, { nil: undefined }))
  .map(([name, strings, last]) => ({ type: 'call', callee: name, args: last ? [...strings, last] : strings }));
const statement: fc.Arbitrary<JsStatement[][]> = fc.oneof(
  fc.tuple(fc.oneof(words, long), call).map(([name, c]): JsStatement[][] => [[{ type: 'const', name, init: { type: 'await', argument: c } }]]),
  call.map((c): JsStatement[][] => [[{ type: 'expression', expression: { type: 'await', argument: c } }]]),
  fc.tuple(words, call).map(([name, c]): JsStatement[][] => [
    [
      { type: 'comment', text: 'Automatically fetches more pages as needed.' },
      { type: 'for-await', name, iterable: c, body: [{ type: 'expression', expression: { type: 'call', callee: 'console.log', args: [{ type: 'name', text: `${name}.id` }] } }] },
    ],
  ]),
);

describe('the printer', () => {
  it('prints random example-shaped statements exactly as prettier formats them', async () => {
    const programs = fc.sample(statement, { numRuns: 600, seed: 20260206 }).map((blocks) => printProgram(blocks));
    const changed = await changedByPrettier(programs);
    expect(changed.slice(0, 3)).toEqual([]);
  });
});

describe.skipIf(!hasShared)(`every Telnyx JavaScript example${sharedSkipReason}`, () => {
  it('is left unchanged by prettier (v1 and v2, all products)', async () => {
    const examples = (await telnyxSkillExamples('javascript')).blocks.filter((b) => b.operation);
    const started = performance.now();
    const changed = await changedByPrettier(examples.map((e) => e.code));
    console.log(`prettier checked ${examples.length} JavaScript examples in ${Math.round(performance.now() - started)} ms`);
    expect(examples.length).toBeGreaterThanOrEqual(836 * 2 - 1);
    expect(changed.slice(0, 3)).toEqual([]);
  }, 120_000);
});
