// Go examples of request bodies typed the way a Stainless Go SDK types them: which fields of an allOf body are
// optional (`param.Opt`, written with the package's constructors), a union body without a declared discriminator
// (variants named after the one value each fixes, that property left out), and when a body is a model taken
// whole. Small invented APIs.
import { describe, expect, it } from 'vitest';
import { goTarget } from '../generator/emit/snippets/go.js';
import { sdkOptionalNames } from '../generator/emit/snippets/go/required.js';
import type { Method, Operation, Schema } from '../generator/ir/types.js';
import { ACME_SDK as sdk, jsonBody, object, ok, operation, oneMethodInput, str } from './support/ir-fixtures.js';

const ref = (name: string): Schema => ({ kind: 'ref', name });
const allOf = (...parts: Schema[]): Schema => ({ kind: 'allOf', parts });
const requiredOnly = (...names: string[]): Schema => object({}, names);
const oneValue = (value: string): Schema => ({ kind: 'string', enum: [value] });

const widget = object({ id: str }, ['id']);

function example(op: Operation, schemas: Record<string, Schema>, method: Partial<Method> = {}, declaredTypes?: string[]): string {
  const full: Method = { operation: op.key, source: 'config', name: 'create', responseType: 'Widget', positionalParams: [], ...method };
  const sdkInfo = declaredTypes ? { ...sdk, declaredTypes } : sdk;
  return goTarget.example(oneMethodInput({ op, method: full, resourcePath: ['gadgets'], schemas: { Widget: widget, ...schemas }, sdk: sdkInfo }));
}

/** A resource schema composed of a shared record and its own fields, as the response and create bodies use it. */
const composed: Record<string, Schema> = {
  Record: object({ id: { kind: 'string', readOnly: true } }),
  Link: object({ name: str, network_id: str }),
  Gadget: allOf(ref('Record'), ref('Link'), object({ size: { kind: 'number' } })),
  RegionIn: object({ region_code: str }),
};

describe('required fields of an allOf body', () => {
  const lookup = (name: string) => composed[name];

  it('a required list reaches the plain objects beside it, not what a composed sibling brings in', () => {
    const create = allOf(ref('Gadget'), ref('RegionIn'), requiredOnly('network_id', 'region_code', 'size'));
    expect([...sdkOptionalNames(create, lookup)].sort()).toEqual(['network_id', 'size']);
  });

  it('a composed schema with only a required list beside it is that schema with those fields required', () => {
    expect(sdkOptionalNames(allOf(ref('Gadget'), requiredOnly('network_id', 'size')), lookup).size).toBe(0);
    expect(sdkOptionalNames(allOf(ref('Link'), ref('RegionIn'), requiredOnly('name', 'region_code')), lookup).size).toBe(0);
  });

  it('writes the fields the SDK makes optional with the package constructors, the others plain', () => {
    const op = operation('post', '/gadgets', {
      requestBody: jsonBody(allOf(ref('Gadget'), ref('RegionIn'), requiredOnly('network_id', 'region_code', 'size'))),
      ...ok(ref('Widget')),
    });
    const code = example(op, composed);
    expect(code).toContain('NetworkID:  acme.String("network_id"),');
    expect(code).toContain('RegionCode: "region_code",');
    expect(code).toContain('Size:       acme.Float(0),');
  });
});

describe('a union body without a declared discriminator', () => {
  const schemas: Record<string, Schema> = {
    PhoneKey: object({ alias: str, kind: oneValue('phone'), number: str }, ['alias', 'kind', 'number']),
    EmailKey: object({ alias: str, kind: oneValue('email'), address: str }, ['alias', 'kind', 'address']),
  };
  const op = operation('post', '/gadgets', {
    requestBody: jsonBody({ kind: 'union', combinator: 'oneOf', variants: [ref('PhoneKey'), ref('EmailKey')] }),
    ...ok(ref('Widget')),
  });

  it('inlines the variants in the params struct, named after the value each fixes, without that field', () => {
    expect(example(op, schemas, { bodyParam: 'createKeyRequest' })).toContain(
      [
        '\twidget, err := client.Gadgets.New(context.TODO(), acme.GadgetNewParams{',
        '\t\tOfPhone: &acme.GadgetNewParamsCreateKeyRequestPhone{',
        '\t\t\tAlias:  "alias",',
        '\t\t\tNumber: "number",',
        '\t\t},',
        '\t})',
      ].join('\n'),
    );
  });

  it('names the variant types after <method>_<resource>_request when nothing names the body', () => {
    expect(example(op, schemas)).toContain('\t\tOfPhone: &acme.GadgetNewParamsCreateGadgetRequestPhone{\n');
  });

  it('keeps schema names when the variants do not each fix one value', () => {
    const loose: Record<string, Schema> = {
      PhoneKey: object({ alias: str, kind: oneValue('phone') }, ['alias', 'kind']),
      EmailKey: object({ alias: str, kind: oneValue('phone') }, ['alias', 'kind']),
    };
    expect(example(op, loose)).toContain('\t\tOfPhoneKey: &acme.GadgetNewParamsCreateGadgetRequestPhoneKey{\n');
  });
});

describe('a body named like a model of the SDK', () => {
  const schemas: Record<string, Schema> = { GadgetReportRequest: object({ start: str, end: str }, ['start']) };
  const op = operation('post', '/gadgets', { requestBody: jsonBody(ref('GadgetReportRequest')), ...ok(ref('Widget')) });

  it("is taken whole under the model when the SDK lists the model's request type", () => {
    expect(example(op, schemas, {}, ['GadgetReport', 'GadgetReportParam', 'GadgetNewParams'])).toContain(
      '\t\tGadgetReport: acme.GadgetReportParam{\n\t\t\tStart: "start",\n\t\t},\n',
    );
  });

  it('is flattened into the params when the SDK declares the model as a response type only', () => {
    expect(example(op, schemas, {}, ['GadgetReport', 'GadgetNewParams'])).toContain('acme.GadgetNewParams{\n\t\tStart: "start",\n\t})');
  });
});
