// Rules of Stainless Java SDKs the examples follow, each on a small made-up API (no name of a real SDK): path
// argument names shared with the other languages' api.md, enum classes behind `allOf`, constants the builder
// holds, union bodies and the variant classes nested in them.
import { describe, expect, it } from 'vitest';
import { buildMethodExample } from '../generator/examples/method.js';
import { enumConstant } from '../generator/emit/snippets/java/literals.js';
import { unionVariantName } from '../generator/emit/snippets/java/variants.js';
import { javaTarget } from '../generator/emit/snippets/java.js';
import { buildIR } from '../generator/ir/builder.js';
import type { IR, Method, Schema } from '../generator/ir/types.js';
import { buildResourceTree } from '../generator/naming/tree.js';
import { renamedBodyModels } from '../generator/naming/renamed-models.js';
import { isObjectUnion, unionBodyParamName } from '../generator/naming/union-body.js';
import { ACME_SDK as sdk } from './support/ir-fixtures.js';
import { placeIn, specExamples } from './support/spec-examples.js';


const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const ok = { '200': { description: 'OK', ...json({ type: 'object', properties: { id: { type: 'string' } } }) } };

const spec = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  paths: {
    '/seat_bookings/{seat}': {
      put: {
        parameters: [{ name: 'seat', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: {
          required: true,
          ...json({ type: 'object', required: ['seat', 'volume', 'plan', 'mode'], properties: {
            mode: { type: 'string', enum: ['manual'] },
            seat: { type: 'string' },
            volume: { allOf: [{ $ref: '#/components/schemas/Volume' }], description: 'How many a month', example: '1,000' },
            plan: { allOf: [{ $ref: '#/components/schemas/Plan' }], description: 'The plan' },
          } }),
        },
        responses: ok,
      },
    },
    '/devices': {
      post: {
        requestBody: {
          required: true,
          ...json({ oneOf: [{ $ref: '#/components/schemas/CreateAppleDeviceRequest' }, { $ref: '#/components/schemas/CreateGoogleDeviceRequest' }] }),
        },
        responses: ok,
      },
    },
  },
  components: {
    schemas: {
      Volume: { type: 'string', enum: ['10', '1,000', '10,000+'] },
      Plan: { type: 'string', enum: ['basic', 'pro'] },
      CreateAppleDeviceRequest: {
        type: 'object',
        required: ['kind', 'token'],
        properties: { kind: { type: 'string', enum: ['apple'] }, token: { type: 'string', example: 'apns-token' } },
      },
      CreateGoogleDeviceRequest: {
        type: 'object',
        required: ['kind', 'key'],
        properties: { kind: { type: 'string', enum: ['google'] }, key: { type: 'string' } },
      },
    },
  },
};

const naming = {
  resources: {
    seat_bookings: { methods: { update: { endpoint: 'put /seat_bookings/{seat}', response: 'SeatBooking' } } },
    devices: { methods: { create: { endpoint: 'post /devices', response: 'Device' } } },
  },
};

const { ir, lookup, place, example: exampleOf } = specExamples(spec, naming, sdk, javaTarget);
const example = (key: string, method?: Method) => exampleOf(key, { method, withMethod: true });

describe('Java path arguments', () => {
  it('takes the positional path argument under the name the other SDKs of the generator print for it', () => {
    const { method } = place('put /seat_bookings/{seat}');
    const listed: Method = {
      ...method,
      languages: { python: { resourcePath: ['seat_bookings'], method: 'update', pathParams: ['booking_seat'] } },
    };
    expect(example('put /seat_bookings/{seat}', listed)).toContain('    .bookingSeat("seat")\n');
    // Without a listing, a path parameter named like a body field still gets a setter of its own.
    expect(example('put /seat_bookings/{seat}')).toContain('    .seatToUpdate("seat")\n');
  });
});

describe('Java enums', () => {
  it('spells a constant from its value, a leading + as PLUS, and none for a value that starts with a digit', () => {
    expect(['+e164', '+E.164', 'E.164', '10', '2FA', '10,000+'].map(enumConstant)).toEqual([
      'PLUS_E164',
      'PLUS_E_164',
      'E_164',
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('passes an enum behind allOf as its class: a constant, or of(value) when the constant is not the value', () => {
    const code = example('put /seat_bookings/{seat}');
    expect(code).toContain('    .plan(SeatBookingUpdateParams.Plan.BASIC)\n');
    expect(code).toContain('    .volume(SeatBookingUpdateParams.Volume.of("1,000"))\n');
  });
});

describe('Java union bodies', () => {
  it('names the parameter of a union body after the call', () => {
    const body = ir.operations.find((op) => op.key === 'post /devices')!.requestBody!.schema;
    expect(isObjectUnion(body, lookup)).toBe(true);
    expect(isObjectUnion({ kind: 'string' }, lookup)).toBe(false);
    expect(unionBodyParamName(['devices'], 'create')).toBe('create_device_request');
  });

  it('names a variant by what its name does not share with the others', () => {
    const union: Schema = { kind: 'union', combinator: 'oneOf', variants: [{ kind: 'ref', name: 'UserMessage' }, { kind: 'ref', name: 'ToolMessage' }] };
    expect(unionVariantName(union, { kind: 'ref', name: 'ToolMessage' }, lookup)).toBe('tool');
    const same: Schema = { kind: 'union', combinator: 'oneOf', variants: [{ kind: 'ref', name: 'A' }, { kind: 'ref', name: 'A' }] };
    expect(unionVariantName(same, { kind: 'ref', name: 'A' }, lookup)).toBeUndefined();
  });

  it('keeps a one-value enum outside a nested union variant: an enum class of one constant', () => {
    expect(example('put /seat_bookings/{seat}')).toContain('    .mode(SeatBookingUpdateParams.Mode.MANUAL)\n');
  });

  it('passes the variant class nested in the union class, without the constant its builder holds', () => {
    expect(example('post /devices')).toBe(
      [
        'import com.acme.api.models.devices.Device;',
        'import com.acme.api.models.devices.DeviceCreateParams;',
        '',
        'DeviceCreateParams params = DeviceCreateParams.builder()',
        '    .createDeviceRequest(DeviceCreateParams.CreateDeviceRequest.Apple.builder()',
        '        .token("apns-token")',
        '        .build())',
        '    .build();',
        'Device device = client.devices().create(params);',
      ].join('\n'),
    );
  });

  it('gives a body parameter the config names (naming bodyParam) the same shape', () => {
    const { method } = place('post /devices');
    expect(example('post /devices', { ...method, bodyParam: 'createDeviceRequest' })).toBe(example('post /devices'));
  });
});

describe('Java body models the SDK renamed', () => {
  const renamedSpec = {
    openapi: '3.1.0',
    info: { title: 'Acme', version: '1' },
    paths: {
      '/gizmos/{id}/sound': {
        patch: {
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: { required: true, ...json({ $ref: '#/components/schemas/UpdateGizmoSoundSettingsRequest' }) },
          responses: ok,
        },
      },
      '/gizmos': {
        post: { requestBody: { required: true, ...json({ $ref: '#/components/schemas/CreateGizmoRequest' }) }, responses: ok },
      },
    },
    components: {
      schemas: {
        UpdateGizmoSoundSettingsRequest: { type: 'object', properties: { volume: { type: 'integer' } } },
        CreateGizmoRequest: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
      },
    },
  };
  const renamedNaming = {
    resources: {
      gizmos: {
        methods: { create: { endpoint: 'post /gizmos', response: 'Gizmo' } },
        subresources: { sound: { methods: { update: { endpoint: 'patch /gizmos/{id}/sound', response: 'SoundUpdateResponse' } } } },
      },
    },
  };
  const renamedIr: IR = buildIR(renamedSpec);
  renamedIr.resources = buildResourceTree(renamedIr.operations, renamedNaming).resources;
  // As a Node api.md lists them: the entity the calls return, and the body model the SDK's config renamed.
  const modules = { Gizmo: 'gizmos', UpdateSoundSettings: 'gizmos/sound', SoundUpdateResponse: 'gizmos/sound' };

  it('is the type of the resource named for the call whose words the body schema name carries', () => {
    const renamed = renamedBodyModels(renamedIr, Object.keys(modules), modules);
    expect([...renamed]).toEqual([['UpdateGizmoSoundSettingsRequest', 'UpdateSoundSettings']]);
  });

  it('is set whole, from the package of its resource', () => {
    const renamedSchemas = new Map<string, Schema>(renamedIr.schemas.map((s) => [s.name, s.schema]));
    const renamedLookup = (name: string) => renamedSchemas.get(name);
    const operation = renamedIr.operations.find((op) => op.key === 'patch /gizmos/{id}/sound')!;
    const method = renamedIr.resources[0]!.subresources[0]!.methods[0]!;
    const input = {
      ir: renamedIr,
      lookup: renamedLookup,
      operation,
      method,
      resourcePath: ['gizmos', 'sound'],
      sdk: { ...sdk, declaredTypes: Object.keys(modules), declaredModules: modules },
      style: 'v2' as const,
      example: buildMethodExample(operation, renamedLookup, method),
    };
    expect(javaTarget.example(input)).toContain(
      ['SoundUpdateParams params = SoundUpdateParams.builder()', '    .id("id")', '    .updateSoundSettings(UpdateSoundSettings.builder().build())', '    .build();'].join('\n'),
    );
    expect(javaTarget.example(input)).toContain('import com.acme.api.models.gizmos.sound.UpdateSoundSettings;');
  });
});

describe('Java body models named without the Request suffix', () => {
  const suffixSpec = {
    openapi: '3.1.0',
    info: { title: 'Acme', version: '1' },
    paths: {
      '/reports': { post: { requestBody: { required: true, ...json({ $ref: '#/components/schemas/ReportRequest' }) }, responses: ok } },
      '/orders': { post: { requestBody: { required: true, ...json({ $ref: '#/components/schemas/OrderRequest' }) }, responses: ok } },
    },
    components: {
      schemas: {
        Report: { type: 'object', properties: { id: { type: 'string' } } },
        ReportRequest: { type: 'object', required: ['start'], properties: { start: { type: 'string' } } },
        Order: { type: 'object', properties: { id: { type: 'string' } } },
        OrderRequest: { type: 'object', required: ['item'], properties: { item: { type: 'string' } } },
      },
    },
  };
  const suffixNaming = {
    resources: {
      reports: { methods: { create: { endpoint: 'post /reports', response: 'ReportCreateResponse' } } },
      orders: { methods: { create: { endpoint: 'post /orders', response: 'OrderCreateResponse' } } },
    },
  };
  const suffixIr: IR = buildIR(suffixSpec);
  suffixIr.resources = buildResourceTree(suffixIr.operations, suffixNaming).resources;
  const suffixSchemas = new Map<string, Schema>(suffixIr.schemas.map((s) => [s.name, s.schema]));
  const suffixLookup = (name: string) => suffixSchemas.get(name);
  // A Go api.md lists OrderParam (requests take the Order model), no ReportParam (Report is a response model).
  const declaredTypes = ['Report', 'Order', 'OrderParam'];
  const modules = { Report: 'reports', Order: 'orders' };

  function suffixExample(key: string): string {
    const operation = suffixIr.operations.find((op) => op.key === key)!;
    const placed = placeIn(suffixIr.resources, key);
    return javaTarget.example({
      ir: suffixIr,
      lookup: suffixLookup,
      operation,
      method: placed.method,
      resourcePath: placed.resourcePath,
      sdk: { ...sdk, declaredTypes, declaredModules: modules },
      style: 'v2',
      example: buildMethodExample(operation, suffixLookup, placed.method),
    });
  }

  it('takes the body whole when the model is one requests use', () => {
    expect(suffixExample('post /orders')).toContain('    .order(Order.builder()\n        .item("item")\n        .build())\n');
  });

  it('spreads the body when the model of that name is a response-only schema of its own', () => {
    expect(suffixExample('post /reports')).toContain('ReportCreateParams.builder()\n    .start("start")\n    .build();');
  });
});
