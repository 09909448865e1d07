// The value rules of the example calls (generator/examples/values.ts, pattern.ts, method.ts): what a string gets
// when the spec gives no usable example, checked against the constraints themselves (RegExp, URL, lengths).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMethodExample } from '../generator/examples/method.js';
import { matchesPattern, stringMatching } from '../generator/examples/pattern.js';
import { ExampleSynthesizer, constrainedName, type ExampleValue } from '../generator/examples/values.js';
import type { Schema } from '../generator/ir/types.js';
import { jsonBody, object, operation, pathParam, str } from './support/ir-fixtures.js';

const schemas: Record<string, Schema> = {};
const synth = new ExampleSynthesizer((name) => schemas[name]);
const lookup = (name: string) => schemas[name];

/** The string an example value holds (fails the test for any other kind). */
function text(value: ExampleValue): string {
  if (value.kind !== 'string') throw new Error(`expected a string value, got ${JSON.stringify(value)}`);
  return value.value;
}

const string = (extra: Partial<Extract<Schema, { kind: 'string' }>> = {}): Schema => ({ kind: 'string', ...extra });

describe('an empty-string example is no example', () => {
  it('falls back to the name for a schema example, a parameter example and a property of an object example', () => {
    expect(text(synth.value(string({ example: '', hasExample: true }), 'bucketName'))).toBe('bucketName');
    expect(text(synth.fromJson('', str, 'id'))).toBe('id');
    const body = synth.fromJson({ name: '', size: 'L' }, object({ name: str, size: str }), 'body');
    expect(body.kind === 'object' && body.fields.map((f) => [f.name, text(f.value)])).toEqual([
      ['name', 'name'],
      ['size', 'L'],
    ]);
  });

  it('falls back to the format stand-in, and to a ref target that has a real example', () => {
    expect(text(synth.fromJson('', string({ format: 'uuid' }), 'id'))).toBe('182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e');
    schemas['Region'] = string({ example: 'us-east-1', hasExample: true });
    expect(text(synth.value({ kind: 'ref', name: 'Region', example: '', hasExample: true }, 'region'))).toBe('us-east-1');
    schemas['Blank'] = string({ example: '', hasExample: true });
    expect(text(synth.value({ kind: 'ref', name: 'Blank' }, 'label'))).toBe('label');
  });

  it('a path parameter whose example is "" gets its name', () => {
    const op = operation('get', '/buckets/{bucketName}/objects/{objectName}', {
      parameters: [
        { ...pathParam('bucketName'), example: '', hasExample: true },
        { ...pathParam('objectName'), example: '', hasExample: true },
      ],
    });
    expect(buildMethodExample(op, lookup).pathParams.map((p) => text(p.value))).toEqual(['bucketName', 'objectName']);
  });

  it('keeps every non-empty example, also one that breaks the constraints (example values win)', () => {
    expect(text(synth.value(string({ pattern: '^C[A-Z0-9]{5,8}$', example: 'campaign', hasExample: true }), 'campaignId'))).toBe('campaign');
    expect(text(synth.value(string({ format: 'uri', example: 'not a uri', hasExample: true }), 'redirect_uri'))).toBe('not a uri');
    expect(text(synth.value(string({ format: 'email', example: ' ', hasExample: true }), 'email'))).toBe(' ');
  });
});

describe('format stand-ins', () => {
  it.each(['uri', 'url', 'uri-reference', 'iri'])('format %s gives an absolute https URL', (format) => {
    const value = text(synth.value(string({ format }), 'redirect_uri'));
    const url = new URL(value);
    expect(url.protocol).toBe('https:');
    expect(url.hostname).toBe('example.com');
  });

  it('format email gives an address at a reserved domain', () => {
    const value = text(synth.value(string({ format: 'email' }), 'email'));
    expect(value).toMatch(/^[^@\s]+@example\.com$/);
  });

  it('hostname, ipv4 and ipv6 give values of their syntax', () => {
    expect(text(synth.value(string({ format: 'hostname' }), 'host'))).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    expect(text(synth.value(string({ format: 'ipv4' }), 'ip'))).toMatch(/^(\d{1,3}\.){3}\d{1,3}$/);
    expect(new URL(`http://[${text(synth.value(string({ format: 'ipv6' }), 'ip'))}]/`).hostname).toMatch(/^\[[0-9a-f:]+\]$/);
  });

  it('keeps the format on the value and leaves unknown formats to the name', () => {
    expect(synth.value(string({ format: 'uri' }), 'u')).toMatchObject({ kind: 'string', format: 'uri', enum: false });
    expect(text(synth.value(string({ format: 'E.164' }), 'phone_number'))).toBe('phone_number');
  });

  it('an enum or const still wins over the format', () => {
    expect(text(synth.value(string({ format: 'uri', enum: ['https://a.example'] }), 'u'))).toBe('https://a.example');
  });
});

describe('pattern and length', () => {
  it('keeps the name when it matches the pattern', () => {
    expect(text(synth.value(string({ pattern: '^[a-z_]+$' }), 'bucket_name'))).toBe('bucket_name');
  });

  it('makes a value the pattern accepts when the name does not match', () => {
    for (const pattern of ['^C[A-Z0-9]{5,8}$', '^\\+\\d{7,15}$', '^\\+1\\d{10}$', '^[A-Z]{2}$', '^[0-9]{5}(?:-[0-9]{4})?$', '^\\d{5}$', '^[0-9]+(?:\\.[0-9]+)?$']) {
      const value = text(synth.value(string({ pattern }), 'someName'));
      expect(new RegExp(pattern, 'u').test(value), `${value} for ${pattern}`).toBe(true);
    }
  });

  it('takes the least count of each quantifier and the characters of a class in turn', () => {
    expect(stringMatching('^C[A-Z0-9]{5,8}$')).toHaveLength(6);
    expect(stringMatching('^\\d{4}$')).toBe('1234');
    expect(stringMatching('^[A-Z]{2}$')).toBe('AB');
    expect(stringMatching('^[0-9]{5}(?:-[0-9]{4})?$')).toBe('12345');
    // `*` repeats once, so that a value is never empty where the pattern allows more.
    expect(stringMatching('^[0-9A-D*#]*$')).toBe('1');
  });

  it('prefers a spelling of the name over a made-up string', () => {
    expect(constrainedName('brand_name', { pattern: '^[A-Za-z0-9 ]{1,11}$' })).toBe('brand name');
    expect(constrainedName('sender_id', { pattern: '^[A-Z0-9]+$' })).toBe('SENDERID');
  });

  it('respects minLength and maxLength, with and without a pattern', () => {
    expect(text(synth.value(string({ minLength: 8 }), 'pin'))).toHaveLength(8);
    expect(text(synth.value(string({ maxLength: 5 }), 'description'))).toHaveLength(5);
    const value = text(synth.value(string({ pattern: '^[0-9]+$', minLength: 4, maxLength: 6 }), 'code'));
    expect(value).toMatch(/^[0-9]{4,6}$/);
    expect(stringMatching('^[a-z]{2,3}$', { minLength: 5 })).toBeUndefined();
  });

  it('leaves the name where the pattern is beyond the small generator (lookarounds, backreferences)', () => {
    expect(stringMatching('^(?=.*[0-9])[a-z0-9]{8}$')).toBeUndefined();
    expect(stringMatching('^(a)\\1$')).toBeUndefined();
    expect(text(synth.value(string({ pattern: '^(?=.*[0-9])[a-z0-9]{8}$' }), 'password'))).toBe('password');
    expect(matchesPattern('x', '(')).toBe(false);
  });

  it('is deterministic and matches any pattern of the supported grammar (property)', () => {
    const char = fc.constantFrom(
      ...['a', 'Z', '7', '-', '_', '\\.', '\\+', '\\/', '.', '\\d', '\\w', '\\s', '\\D', '\\W', '\\S'],
      ...['[A-F0-9]', '[a-c_]', '[-a]', '[.*+]', '[\\d\\-]', '[^a-z]', '[^0-9A-Za-z]', '[^\\d]', '\\x41', '\\u00e9'],
    );
    const quantifier = fc.constantFrom('', '?', '*', '+', '{2}', '{1,3}', '{0,2}', '{2,}');
    const atom: fc.Arbitrary<string> = fc.letrec<{ atom: string; seq: string }>((tie) => ({
      atom: fc.oneof(
        { maxDepth: 3, depthIdentifier: 'group', withCrossShrink: true },
        fc.tuple(char, quantifier).map(([c, q]) => c + q),
        fc.tuple(fc.array(tie('seq'), { minLength: 1, maxLength: 3 }), quantifier).map(([alts, q]) => `(?:${alts.join('|')})${q}`),
      ),
      seq: fc.array(tie('atom'), { minLength: 1, maxLength: 4, depthIdentifier: 'group' }).map((parts) => parts.join('')),
    })).seq;
    fc.assert(
      fc.property(atom, fc.nat({ max: 12 }), (body, minLength) => {
        const pattern = `^${body}$`;
        const value = stringMatching(pattern, { minLength });
        expect(stringMatching(pattern, { minLength })).toBe(value);
        if (value === undefined) {
          // Only a pattern that cannot reach the length may give up.
          expect(stringMatching(pattern)).toBeDefined();
          return;
        }
        expect(new RegExp(pattern, 'u').test(value), `${JSON.stringify(value)} for ${pattern}`).toBe(true);
        expect([...value].length).toBeGreaterThanOrEqual(minLength);
      }),
      { numRuns: 400, seed: 20260206 },
    );
  });
});

describe('a required form body is never sent empty', () => {
  const form = (schema: Schema, required = true) => ({ ...jsonBody(schema, 'application/x-www-form-urlencoded')!, required });

  it("passes the fields of the body schema's example when no field is required", () => {
    schemas['UpdateQueue'] = object({ MaxSize: { kind: 'integer' }, FriendlyName: str }, [], { example: { MaxSize: 10 }, hasExample: true });
    const op = operation('post', '/queues/{sid}', { parameters: [pathParam('sid')], requestBody: form({ kind: 'ref', name: 'UpdateQueue' }) });
    const body = buildMethodExample(op, lookup).body;
    expect(body.map((f) => [f.name, f.value, f.required])).toEqual([['MaxSize', { kind: 'integer', value: 10, enum: false }, false]]);
  });

  it('else its first writable property, also for multipart', () => {
    const schema = object({ id: string({ readOnly: true }), note: str, tag: str });
    const op = operation('post', '/notes', { requestBody: { ...jsonBody(schema, 'multipart/form-data')!, required: true } });
    expect(buildMethodExample(op, lookup).body.map((f) => [f.name, text(f.value)])).toEqual([['note', 'note']]);
  });

  it('leaves a JSON body, an optional form body and a form body with required fields as they were', () => {
    const schema = object({ note: str, tag: str });
    expect(buildMethodExample(operation('post', '/a', { requestBody: jsonBody(schema) }), lookup).body).toEqual([]);
    expect(buildMethodExample(operation('post', '/b', { requestBody: form(schema, false) }), lookup).body).toEqual([]);
    const withRequired = object({ note: str, tag: str }, ['tag']);
    expect(buildMethodExample(operation('post', '/c', { requestBody: form(withRequired) }), lookup).body.map((f) => f.name)).toEqual(['tag']);
  });
});
