// The placeholder value style of the v3 docs: names that say what they hold get a realistic stand-in, the rest
// (and every value the spec gives an example, enum or format for) stays as in the echo style of v1/v2.
import { describe, expect, it } from 'vitest';
import { buildMethodExample } from '../generator/examples/method.js';
import { ExampleSynthesizer, exampleJson, PLACEHOLDER_UUID } from '../generator/examples/values.js';
import type { Operation, Schema } from '../generator/ir/types.js';

const lookup = () => undefined;
const text: Schema = { kind: 'string' };
const value = (style: 'echo' | 'placeholder', name: string, schema: Schema = text) =>
  exampleJson(new ExampleSynthesizer(lookup, style).value(schema, name));

describe('placeholder value style', () => {
  it('gives the stand-in of names that have one', () => {
    expect(value('placeholder', 'connection_id')).toBe(PLACEHOLDER_UUID);
    expect(value('placeholder', 'id')).toBe(PLACEHOLDER_UUID);
    expect(value('placeholder', 'name')).toBe('my-resource');
    expect(value('placeholder', 'bucket_name')).toBe('my-resource');
    expect(value('placeholder', 'webhook_url')).toBe('https://example.com');
    expect(value('placeholder', 'to')).toBe('+13125550001');
  });

  it('keeps the name where no stand-in fits: other names, and stand-ins the schema refuses', () => {
    expect(value('placeholder', 'label')).toBe('label');
    expect(value('placeholder', 'bucketName')).toBe('bucketName');
    expect(value('placeholder', 'record_id', { kind: 'string', pattern: '^[0-9]+$' })).not.toBe(PLACEHOLDER_UUID);
    expect(value('placeholder', 'short_name', { kind: 'string', maxLength: 4 })).toHaveLength(4);
  });

  it('leaves examples, enums and formats alone, and the echo style unchanged', () => {
    expect(value('placeholder', 'connection_id', { kind: 'string', example: '234423', hasExample: true })).toBe('234423');
    expect(value('placeholder', 'kind_id', { kind: 'string', enum: ['a', 'b'] })).toBe('a');
    expect(value('echo', 'connection_id')).toBe('connection_id');
    expect(value('echo', 'name')).toBe('name');
  });

  it('reaches the method example through buildMethodExample', () => {
    const operation: Operation = {
      key: 'post /calls/{call_control_id}/actions/answer',
      method: 'post',
      path: '/calls/{call_control_id}/actions/answer',
      deprecated: false,
      tags: [],
      parameters: [{ name: 'call_control_id', in: 'path', required: true, schema: text }],
      responses: [],
      security: [],
      extensions: {},
    };
    expect(exampleJson(buildMethodExample(operation, lookup, undefined, { names: 'placeholder' }).pathParams[0]!.value)).toBe(PLACEHOLDER_UUID);
    expect(exampleJson(buildMethodExample(operation, lookup).pathParams[0]!.value)).toBe('call_control_id');
  });
});
