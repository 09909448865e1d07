// The SDK's declared models (its api.md type listings) decide which request bodies Stainless SDKs take whole
// under the model's name (Go `UpdateGadget: acme.UpdateGadgetParam{…}`, Java `.updateGadget(…)`) and which they
// flatten into the params. Small invented APIs and api.md excerpts written for the test.
import { describe, expect, it } from 'vitest';
import { goTarget } from '../generator/emit/snippets/go.js';
import { javaTarget } from '../generator/emit/snippets/java.js';
import type { OperationSnippetInput, SdkInfo } from '../generator/emit/snippets/target.js';
import { buildMethodExample } from '../generator/examples/method.js';
import type { IR, Method, Operation, Resource, Schema } from '../generator/ir/types.js';
import { DeclaredModels, readDeclaredModules, readDeclaredTypes } from '../generator/naming/declared-types.js';
import { JavaModels } from '../generator/emit/snippets/java/models.js';
import { createGoNamer } from '../generator/naming/languages/go.js';
import { javaNamer } from '../generator/naming/languages/java.js';
import { ACME_SDK, emptyIR, jsonBody, object, ok, operation, pathParam, oneMethodInput, str } from './support/ir-fixtures.js';

const NODE_API_MD = [
  '# Gadgets',
  '',
  'Types:',
  '',
  '- <code><a href="./src/resources/gadgets.ts">UpdateGadget</a></code>',
  '- <code><a href="./src/resources/gadgets.ts">GadgetUpdateResponse</a></code>',
  '',
  'Methods:',
  '',
  '- <code title="patch /gadgets/{id}">client.gadgets.<a href="./src/resources/gadgets.ts">update</a>(id, { ...params }) -> GadgetUpdateResponse</code>',
].join('\n');

const GO_API_MD = [
  '# Gadgets',
  '',
  'Params Types:',
  '',
  '- <a href="https://pkg.go.dev/example.com/acme-go">acme</a>.<a href="https://pkg.go.dev/example.com/acme-go#UpdateGadgetParam">UpdateGadgetParam</a>',
  '- <a href="https://pkg.go.dev/example.com/acme-go">acme</a>.<a href="https://pkg.go.dev/example.com/acme-go#ImportJobParams">ImportJobParams</a>',
  '- <a href="https://pkg.go.dev/example.com/acme-go">acme</a>.<a href="https://pkg.go.dev/example.com/acme-go#DNSZoneParam">DNSZoneParam</a>',
].join('\n');

describe('declared types', () => {
  it('reads the type listings of Node and Go api.md files, not the method lines', () => {
    expect(readDeclaredTypes(NODE_API_MD)).toEqual(['UpdateGadget', 'GadgetUpdateResponse']);
    expect(readDeclaredTypes(GO_API_MD)).toEqual(['UpdateGadgetParam', 'ImportJobParams', 'DNSZoneParam']);
  });

  const models = new DeclaredModels([...readDeclaredTypes(NODE_API_MD), ...readDeclaredTypes(GO_API_MD)]);

  it('finds the model of a schema named with or without a Request or Schema suffix', () => {
    expect(models.model('UpdateGadgetRequest')).toEqual({ name: 'UpdateGadget', goParam: 'UpdateGadgetParam' });
    expect(models.model('UpdateGadgetSchema')?.name).toBe('UpdateGadget');
    expect(models.model('UpdateGadget')?.name).toBe('UpdateGadget');
  });

  it("spells the model as the SDK does, and a Params-named model's Go request type without another suffix", () => {
    expect(models.model('DnsZoneRequest')).toEqual({ name: 'DNSZone', goParam: 'DNSZoneParam' });
    expect(models.model('ImportJobParams')).toEqual({ name: 'ImportJobParams', goParam: 'ImportJobParams' });
  });

  it("reads the module declaring each type from a Node api.md's links, leaving out names several modules declare", () => {
    const apiMd = [
      '- <code><a href="./src/resources/gadgets/gadgets.ts">Gadget</a></code>',
      '- <code><a href="./src/resources/gadgets/by-owner/actions.ts">GadgetActionResponse</a></code>',
      '- <code><a href="./src/resources/shared-things.ts">SharedThing</a></code>',
      '- <code><a href="./src/resources/gadgets/actions.ts">ActionStopResponse</a></code>',
      '- <code><a href="./src/resources/widgets/actions.ts">ActionStopResponse</a></code>',
    ].join('\n');
    expect(readDeclaredModules(apiMd)).toEqual({
      Gadget: 'gadgets',
      GadgetActionResponse: 'gadgets/by-owner/actions',
      SharedThing: 'shared-things',
    });
  });

  it('has no model for a schema the SDK does not declare', () => {
    expect(models.model('Gadget')).toBeUndefined();
    expect(models.model('GadgetNote')).toBeUndefined();
  });
});

describe('Go request bodies', () => {
  const gadgetBody = object({ label: str, size: { kind: 'integer' } }, ['label', 'size']);

  function example(schemaName: string, sdk: SdkInfo, body: Schema = gadgetBody, bodyExample?: unknown): string {
    const schemas: Record<string, Schema> = { [schemaName]: body };
    const lookup = (name: string) => schemas[name];
    const op: Operation = operation('patch', '/gadgets/{id}', {
      parameters: [pathParam('id')],
      requestBody: { ...jsonBody({ kind: 'ref', name: schemaName })!, ...(bodyExample ? { example: bodyExample } : {}) },
      ...ok(object({ id: str })),
    });
    const method: Method = { name: 'update', operation: op.key, source: 'config', positionalParams: ['id'] };
    return goTarget.example(oneMethodInput({ op, method, resourcePath: ['gadgets'], schemas, sdk, exampleOf: (o, lookup) => buildMethodExample(o, lookup) }));
  }

  const declared: SdkInfo = { ...ACME_SDK, declaredTypes: [...readDeclaredTypes(NODE_API_MD), ...readDeclaredTypes(GO_API_MD)] };

  it('wraps a body whose schema is a declared model under the model name', () => {
    const code = example('UpdateGadgetRequest', declared);
    expect(code).toContain('acme.GadgetUpdateParams{\n\t\t\tUpdateGadget: acme.UpdateGadgetParam{\n\t\t\t\tLabel: "label",');
  });

  it('flattens a body whose schema the SDK does not declare, even when the spec names it', () => {
    const code = example('GadgetPatch', declared);
    expect(code).toContain('acme.GadgetUpdateParams{\n\t\t\tLabel: "label",');
    expect(code).not.toContain('GadgetPatch');
  });

  it('writes optional primitive fields with the param.Opt constructors, required ones and enums bare', () => {
    const body = object(
      {
        label: str,
        note: str,
        size: { kind: 'integer' },
        ratio: { kind: 'number' },
        on: { kind: 'boolean' },
        at: { kind: 'string', format: 'date-time' },
        color: { kind: 'string', enum: ['red'] },
      },
      ['label'],
    );
    const code = example('GadgetPatch', ACME_SDK, body, {
      label: 'a',
      note: 'b',
      size: 2,
      ratio: 0.5,
      on: true,
      at: '2020-01-01T00:00:00Z',
      color: 'red',
    });
    expect(code).toContain('Label: "a",');
    expect(code).toContain('At:    acme.Time(time.Now()),');
    expect(code).toContain('Color: acme.GadgetUpdateParamsColorRed,');
    expect(code).toContain('Note:  acme.String("b"),');
    expect(code).toContain('On:    acme.Bool(true),');
    expect(code).toContain('Ratio: acme.Float(0.5),');
    expect(code).toContain('Size:  acme.Int(2),');
  });
});

describe('Go initialisms', () => {
  it('spells the Stainless Go initialisms in capitals and keeps other abbreviations words', () => {
    const namer = createGoNamer();
    expect(namer.param('idp_sso_target_url')).toBe('IdpSSOTargetURL');
    expect(namer.param('dns_record_type')).toBe('DNSRecordType');
    expect(namer.param('country_iso')).toBe('CountryISO');
    expect(namer.param('json_schema')).toBe('JsonSchema');
    expect(namer.paramsType(['oauth_clients'], 'create')).toBe('OAuthClientNewParams');
  });

  it('adds the configured initialisms', () => {
    expect(createGoNamer({ initialisms: ['TLS'] }).param('tls_mode')).toBe('TLSMode');
  });
});

describe('Go values the SDK types its own way', () => {
  const lookup = (schemas: Record<string, Schema>) => (name: string) => schemas[name];
  function body(
    schema: Schema,
    example: unknown,
    schemas: Record<string, Schema> = {},
    sdk: SdkInfo = ACME_SDK,
    bodyName = 'Body',
  ): string {
    const all: Record<string, Schema> = { [bodyName]: schema, ...schemas };
    const find = lookup(all);
    const op: Operation = operation('post', '/gadgets', {
      requestBody: { ...jsonBody({ kind: 'ref', name: bodyName })!, example },
      ...ok(object({ id: str })),
    });
    const method: Method = { name: 'create', operation: op.key, source: 'config', positionalParams: [] };
    const resource: Resource = { name: 'gadgets', path: ['gadgets'], methods: [method], subresources: [] };
    const ir: IR = {
      api: { title: 'Acme', version: '1', openapi: '3.1.0' },
      servers: [],
      auth: [],
      schemas: Object.entries(all).map(([name, s]) => ({ name, schema: s })),
      operations: [op],
      resources: [resource],
      webhooks: [],
      tags: [],
    };
    const input: OperationSnippetInput = {
      ir,
      lookup: find,
      operation: op,
      method,
      resourcePath: ['gadgets'],
      example: buildMethodExample(op, find),
      sdk,
      style: 'v2',
    };
    return goTarget.example(input);
  }

  it('writes enums inside slices as plain strings, and slices of enums as []string', () => {
    const role: Schema = { kind: 'string', enum: ['system', 'user'] };
    const schema = object(
      {
        messages: { kind: 'array', items: object({ role, text: str }, ['role', 'text']) },
        kinds: { kind: 'array', items: role },
        mode: role,
      },
      ['messages', 'kinds', 'mode'],
    );
    const code = body(schema, { messages: [{ role: 'system', text: 'hi' }], kinds: ['user'], mode: 'user' });
    expect(code).toContain('Role: "system"');
    expect(code).toContain('Kinds: []string{"user"}');
    expect(code).toContain('Mode: acme.GadgetNewParamsModeUser');
  });

  it('writes a union of string formats as a plain string', () => {
    const code = body(
      object(
        {
          codes: {
            kind: 'array',
            items: {
              kind: 'union',
              combinator: 'anyOf',
              variants: [
                { kind: 'ref', name: 'Iso' },
                { kind: 'ref', name: 'Mcc' },
              ],
            },
          },
        },
        ['codes'],
      ),
      { codes: ['US'] },
      {
        Iso: { kind: 'string', pattern: '^[A-Z]{2}$' } as Schema,
        Mcc: { kind: 'string', pattern: '^[0-9]{3}$' } as Schema,
      },
    );
    expect(code).toContain('Codes: []string{"US"}');
  });

  it('names an object variant of a discriminated union by its discriminator value', () => {
    const store: Schema = {
      kind: 'union',
      combinator: 'oneOf',
      variants: [
        { kind: 'ref', name: 'GcsStorage' },
        { kind: 'ref', name: 'S3Storage' },
      ],
      discriminator: {
        propertyName: 'kind',
        mapping: [
          { value: 'gcs', target: 'GcsStorage' },
          { value: 's3', target: 'S3Storage' },
        ],
      },
    };
    const code = body(object({ store }, ['store']), undefined, {
      GcsStorage: object({ kind: { kind: 'string', enum: ['gcs'] }, bucket: str }, ['kind']),
      S3Storage: object({ kind: { kind: 'string', enum: ['s3'] }, region: str }, ['kind']),
    });
    expect(code).toContain('OfGcs: &');
    expect(code).not.toContain('OfGcsStorage');
  });

  it('names the types nested in a Params-named model after it, without another suffix', () => {
    const sdk: SdkInfo = { ...ACME_SDK, declaredTypes: ['ImportJobParams'] };
    const schema = object({ auth: object({ token: str }, ['token']) }, ['auth']);
    const code = body(schema, { auth: { token: 't' } }, {}, sdk, 'ImportJobParams');
    expect(code).toContain('acme.ImportJobParamsAuth{');
  });
});

describe('Java model classes', () => {
  const gadget = object({ label: str }, ['label']);
  const lookup = (name: string) => (name === 'UpdateGadgetRequest' || name === 'GadgetNote' ? gadget : undefined);
  const models = new JavaModels(emptyIR(), lookup, javaNamer, 'com.acme.api', ['UpdateGadget', 'GadgetActionResponse'], {
    UpdateGadget: 'gadgets',
    GadgetActionResponse: 'gadgets/by-owner/actions',
  });

  it('are the declared models, in the package of the module declaring them', () => {
    expect(models.schemaClass('UpdateGadgetRequest')).toEqual({ name: 'UpdateGadget', packageName: 'com.acme.api.models.gadgets' });
    expect(models.schemaClass('GadgetNote')).toBeUndefined();
  });

  it('put a response type in the package of its declaring module, wherever the method is', () => {
    expect(models.responseClass('GadgetActionResponse', ['owners'])).toEqual({
      name: 'GadgetActionResponse',
      packageName: 'com.acme.api.models.gadgets.byowner.actions',
    });
  });
});

describe('Java body fields', () => {
  it('keep their wire names where the config renames one for JavaScript; the clashing path parameter is renamed', () => {
    const schema = object({ gadget_id: str }, ['gadget_id']);
    const op: Operation = operation('post', '/gadgets/{gadget_id}/actions/link', {
      parameters: [pathParam('gadget_id')],
      requestBody: jsonBody(schema),
      ...ok(object({ id: str })),
    });
    const method: Method = {
      name: 'link',
      operation: op.key,
      source: 'config',
      positionalParams: ['gadget_id'],
      paramNames: { gadget_id: 'gadget_id_to_link_with' },
    };
    const find = () => undefined;
    const ir: IR = {
      ...emptyIR(),
      operations: [op],
      resources: [{ name: 'actions', path: ['gadgets', 'actions'], methods: [method], subresources: [] }],
    };
    const code = javaTarget.example({
      ir,
      lookup: find,
      operation: op,
      method,
      resourcePath: ['gadgets', 'actions'],
      example: buildMethodExample(op, find, method),
      sdk: ACME_SDK,
      style: 'v2',
    });
    expect(code).toContain('.gadgetIdToLink("gadget_id")');
    expect(code).toContain('.gadgetId("gadget_id")');
    expect(code).not.toContain('gadgetIdToLinkWith');
  });
});

describe('Java integer literals', () => {
  it('are int for an int32 field and long otherwise', () => {
    const schema = object({ level: { kind: 'integer', format: 'int32' }, count: { kind: 'integer' } }, ['level', 'count']);
    const op: Operation = operation('post', '/gadgets', { requestBody: jsonBody(schema), ...ok(object({ id: str })) });
    const method: Method = { name: 'create', operation: op.key, source: 'config', positionalParams: [] };
    const find = () => undefined;
    const ir: IR = {
      ...emptyIR(),
      operations: [op],
      resources: [{ name: 'gadgets', path: ['gadgets'], methods: [method], subresources: [] }],
    };
    const code = javaTarget.example({
      ir,
      lookup: find,
      operation: op,
      method,
      resourcePath: ['gadgets'],
      example: buildMethodExample(op, find, method),
      sdk: ACME_SDK,
      style: 'v2',
    });
    expect(code).toContain('.level(0)');
    expect(code).toContain('.count(0L)');
  });
});
