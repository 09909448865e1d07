// The Python snippet target: literals (checked by evaluating them in Python), argument shapes and order,
// imports, and what is done with the response. Expectations follow the conventions of the official
// Python SDK's examples (the references in ../shared), written out by hand for small invented APIs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pythonTarget } from '../generator/emit/snippets/python.js';
import { PythonLiterals } from '../generator/emit/snippets/python/literals.js';
import type { OperationSnippetInput, SnippetStyle } from '../generator/emit/snippets/target.js';
import { buildMethodExample } from '../generator/examples/method.js';
import type { ExampleValue } from '../generator/examples/values.js';
import type { Method, Operation, Schema } from '../generator/ir/types.js';
import { ACME_SDK as sdk, emptyIR, jsonBody, object, ok, operation, pathParam, queryParam, str } from './support/ir-fixtures.js';
import { evalPythonLiterals, hasPython, pythonSkipReason } from './support/python.js';

const ir = emptyIR();

function example(
  op: Operation,
  method: Partial<Method> & { name: string },
  resourcePath: string[],
  style: SnippetStyle = 'v2',
  schemas: Record<string, Schema> = {},
): string {
  const lookup = (name: string) => schemas[name];
  const input: OperationSnippetInput = {
    ir,
    lookup,
    operation: op,
    method: { operation: op.key, source: 'config', ...method },
    resourcePath,
    example: buildMethodExample(op, lookup),
    sdk,
    style,
  };
  return pythonTarget.example(input);
}

describe('Python installation and setup', () => {
  it('installs the PyPI package and imports its module name', () => {
    expect(pythonTarget.installation(sdk)).toEqual({ fence: 'bash', code: 'pip install acme-sdk' });
    expect(pythonTarget.setup(sdk)).toBe(
      [
        'import os',
        'from acme_sdk import Acme',
        '',
        'client = Acme(',
        '    api_key=os.environ.get("ACME_API_KEY"),  # This is the default and can be omitted',
        ')',
      ].join('\n'),
    );
  });
});

describe('Python call arguments', () => {
  const widget = object({ id: str, name: str }, ['id', 'name']);

  it('passes a lone path parameter positionally when the method takes nothing else', () => {
    const op = operation('delete', '/widgets/{widget_id}', { parameters: [pathParam('widget_id')], ...ok() });
    expect(example(op, { name: 'delete', responseType: 'void' }, ['widgets'])).toBe('client.widgets.delete(\n    "widget_id",\n)');
  });

  it('passes it by keyword as soon as the method has any other parameter, even an optional one', () => {
    const op = operation('get', '/widgets/{widget_id}', {
      parameters: [pathParam('widget_id'), queryParam('expand', false)],
      ...ok({ kind: 'ref', name: 'Widget' }),
    });
    expect(example(op, { name: 'retrieve', responseType: 'Widget' }, ['widgets'], 'v2', { Widget: widget })).toBe(
      'widget = client.widgets.retrieve(\n    widget_id="widget_id",\n)\nprint(widget.id)',
    );
  });

  it('puts the last path parameter first, then the others, then required parameters in name order', () => {
    const op = operation('post', '/shops/{shop_id}/widgets/{widget_id}/paint', {
      parameters: [pathParam('shop_id'), pathParam('widget_id'), queryParam('zone', true), queryParam('mode', false)],
      requestBody: jsonBody(object({ to: str, from: str, colour: str, note: str }, ['to', 'from', 'colour'])),
      ...ok(),
    });
    expect(example(op, { name: 'paint', responseType: 'void' }, ['shops', 'widgets'])).toBe(
      [
        'client.shops.widgets.paint(',
        '    widget_id="widget_id",',
        '    shop_id="shop_id",',
        '    colour="colour",',
        '    from_="from",',
        '    to="to",',
        '    zone="zone",',
        ')',
      ].join('\n'),
    );
  });

  it('spells camelCase parameters in snake_case and renames a path parameter a body parameter shadows', () => {
    const op = operation('put', '/campaigns/{phoneNumber}', {
      parameters: [pathParam('phoneNumber')],
      requestBody: jsonBody(object({ phone_number: str, campaignId: str }, ['phone_number', 'campaignId'])),
      ...ok(),
    });
    expect(example(op, { name: 'update', responseType: 'void' }, ['phone_number_campaigns'])).toBe(
      [
        'client.phone_number_campaigns.update(',
        '    campaign_phone_number="phoneNumber",',
        '    campaign_id="campaignId",',
        '    phone_number="phone_number",',
        ')',
      ].join('\n'),
    );
  });

  it('takes a union-of-objects body whole under <method>_<resource singular>_request (it cannot be spread)', () => {
    const ios = object({ type: { kind: 'string', enum: ['ios'] }, certificate: str }, ['type', 'certificate']);
    const android = object({ type: { kind: 'string', enum: ['android'] }, server_key: str }, ['type', 'server_key']);
    const op = operation('post', '/credentials', {
      requestBody: jsonBody({ kind: 'union', combinator: 'oneOf', variants: [ios, android] }),
      ...ok(),
    });
    expect(example(op, { name: 'create', responseType: 'void' }, ['credentials'])).toBe(
      'client.credentials.create(\n    create_credential_request={\n        "certificate": "certificate",\n        "type": "ios",\n    },\n)',
    );
  });

  it("names path arguments as the SDK's api.md does, in its order (the last one first)", () => {
    const op = operation('patch', '/orgs/{org_id}/widgets/{id}', {
      parameters: [pathParam('org_id'), pathParam('id')],
      requestBody: jsonBody(object({ name: str }, [])),
      ...ok(),
    });
    const method = {
      name: 'update',
      responseType: 'void',
      languages: { python: { resourcePath: ['orgs', 'widgets'], method: 'update', pathParams: ['widget_id', 'org_id'] } },
    };
    expect(example(op, method, ['orgs', 'widgets'])).toBe('client.orgs.widgets.update(\n    widget_id="id",\n    org_id="org_id",\n)');
  });

  it("calls the accessors and method the SDK's api.md names, over the tree's", () => {
    const op = operation('get', '/widgets', { ...ok() });
    const method = { name: 'list', responseType: 'void', languages: { python: { resourcePath: ['gadgets', 'widgets'], method: 'list_all', pathParams: [] } } };
    expect(example(op, method, ['widgets'])).toBe('client.gadgets.widgets.list_all()');
  });

  it('keeps a trailing digit run on its word: businessAddr1 → business_addr1', () => {
    const op = operation('post', '/requests', { requestBody: jsonBody(object({ businessAddr1: str }, ['businessAddr1'])), ...ok() });
    expect(example(op, { name: 'create', responseType: 'void' }, ['requests'])).toContain('business_addr1="businessAddr1"');
  });

  it('calls with empty parentheses when nothing is required', () => {
    const op = operation('post', '/widgets/refresh', { parameters: [queryParam('force', false)], ...ok() });
    expect(example(op, { name: 'refresh', responseType: 'void' }, ['widgets'])).toBe('client.widgets.refresh()');
  });
});

describe('Python responses', () => {
  it('assigns and prints the id of a model', () => {
    const op = operation('post', '/widgets', { ...ok({ kind: 'ref', name: 'Widget' }) });
    const schemas = { Widget: object({ created_at: str, id: str }, ['created_at', 'id']) };
    expect(example(op, { name: 'create', responseType: 'Widget' }, ['widgets'], 'v2', schemas)).toBe(
      'widget = client.widgets.create()\nprint(widget.id)',
    );
  });

  it('takes the first item of a page and prints its field', () => {
    const op = operation('get', '/widgets', { ...ok(object({ data: { kind: 'array', items: { kind: 'ref', name: 'Widget' } } })) });
    const schemas = { Widget: object({ name: str, widget_id: str }, ['name', 'widget_id']) };
    expect(example(op, { name: 'list', responseType: 'Widget', pageType: 'DefaultFlatPagination' }, ['widgets'], 'v2', schemas)).toBe(
      'page = client.widgets.list()\npage = page.data[0]\nprint(page.widget_id)',
    );
  });

  it('reads the items of a page over a bare array from `items`', () => {
    const op = operation('get', '/widgets', { ...ok({ kind: 'array', items: object({ id: str }) }) });
    expect(example(op, { name: 'list', responseType: 'WidgetListResponse', pageType: 'DefaultFlatPaginationTopLevelArray' }, ['widgets'])).toBe(
      'page = client.widgets.list()\npage = page.items[0]\nprint(page.id)',
    );
  });

  it('prints a method-specific response whole when it is not an object', () => {
    const op = operation('get', '/widgets/{id}/svg', { parameters: [pathParam('id')], ...ok(str) });
    expect(example(op, { name: 'render', responseType: 'string' }, ['widgets'])).toBe('response = client.widgets.render(\n    "id",\n)\nprint(response)');
  });

  it('escapes a printed attribute that is a Python keyword', () => {
    const op = operation('post', '/widgets/{id}/move', { parameters: [pathParam('id')], ...ok(object({ from: str, to: str })) });
    expect(example(op, { name: 'move', responseType: 'WidgetMoveResponse' }, ['widgets'])).toBe(
      'response = client.widgets.move(\n    "id",\n)\nprint(response.from_)',
    );
  });
});

describe('Python date-times and imports', () => {
  const op = operation('post', '/events', {
    requestBody: jsonBody(object({ at: { kind: 'string', format: 'date-time', example: '2025-04-15T13:07:28.764Z', hasExample: true }, on: { kind: 'string', format: 'date' } }, ['at', 'on'])),
    ...ok(),
  });

  it('v2: imports datetime above the call, a blank line between', () => {
    expect(example(op, { name: 'create', responseType: 'void' }, ['events'])).toBe(
      [
        'from datetime import date, datetime',
        '',
        'client.events.create(',
        '    at=datetime.fromisoformat("2025-04-15T13:07:28.764"),',
        '    on=date.fromisoformat("2019-12-27"),',
        ')',
      ].join('\n'),
    );
  });

  it('v1: stands alone, the datetime import between os and the SDK', () => {
    expect(example(op, { name: 'create', responseType: 'void' }, ['events'], 'v1').split('\n').slice(0, 8)).toEqual([
      'import os',
      'from datetime import date, datetime',
      'from acme_sdk import Acme',
      '',
      'client = Acme(',
      '    api_key=os.environ.get("ACME_API_KEY"),  # This is the default and can be omitted',
      ')',
      'client.events.create(',
    ]);
  });
});

describe('Python literals', () => {
  const literals = () => new PythonLiterals(() => undefined);
  const text = (value: string): ExampleValue => ({ kind: 'string', value, enum: false });

  it('hugs a list of dicts and writes one key a line, keys in name order', () => {
    const item = (criteria: string, name: string): ExampleValue => ({
      kind: 'object',
      fields: [
        { name: 'name', value: text(name), schema: str, required: true },
        { name: 'criteria', value: text(criteria), schema: str, required: true },
      ],
    });
    const value: ExampleValue = { kind: 'array', items: [item('fast', 'Speed'), item('right', 'Accuracy')] };
    expect(literals().value(value, '    ')).toBe(
      ['[{', '        "criteria": "fast",', '        "name": "Speed",', '    }, {', '        "criteria": "right",', '        "name": "Accuracy",', '    }]'].join('\n'),
    );
  });

  it('keeps the keys of a free-form map and snake-cases declared properties', () => {
    const schema = object({ displayName: str }, ['displayName'], { additionalProperties: true });
    const value: ExampleValue = {
      kind: 'object',
      fields: [
        { name: 'displayName', value: text('x'), schema: str, required: true },
        { name: 'X-Custom', value: text('y'), schema: { kind: 'unknown' }, required: false },
      ],
    };
    expect(literals().value(value, '', schema)).toBe('{\n    "X-Custom": "y",\n    "display_name": "x",\n}');
  });

  it('writes scalars the Python way', () => {
    const l = literals();
    expect(l.value({ kind: 'boolean', value: false }, '')).toBe('False');
    expect(l.value({ kind: 'null' }, '')).toBe('None');
    expect(l.value({ kind: 'number', value: 1, enum: false }, '')).toBe('1');
    expect(l.value({ kind: 'string', value: 'f', enum: false, format: 'binary' }, '')).toBe('b"raw file contents"');
    expect(l.value({ kind: 'array', items: [text('a'), text('b')] }, '')).toBe('["a", "b"]');
    expect(l.value({ kind: 'object', fields: [] }, '')).toBe('{}');
  });
});

describe.skipIf(!hasPython)(`Python literals evaluate to the example values${pythonSkipReason}`, () => {
  it('strings: quotes, backslashes, braces, control characters, any Unicode', () => {
    const samples = fc.sample(fc.string({ unit: fc.oneof(fc.constantFrom('"', "'", '\\', '{', '\n', '\t', '\u0000', '\u007f', '\u2028'), fc.string({ unit: 'binary', maxLength: 1 })) }), 300);
    samples.push('', 'a\\"b', '{{code}}');
    const l = new PythonLiterals(() => undefined);
    expect(evalPythonLiterals(samples.map((s) => l.value({ kind: 'string', value: s, enum: false }, '')))).toEqual(samples);
  });

  it('free-form JSON, nested, evaluates to the same JSON', () => {
    const values = fc.sample(fc.jsonValue({ maxDepth: 4 }), 200).map((v) => JSON.parse(JSON.stringify(v)) as unknown);
    const l = new PythonLiterals(() => undefined);
    const evaluated = evalPythonLiterals(values.map((value) => l.value({ kind: 'json', value }, '')));
    expect(evaluated).toEqual(values);
  });

  it('bytes for binary fields', () => {
    const l = new PythonLiterals(() => undefined);
    expect(evalPythonLiterals([l.value({ kind: 'string', value: 'file', enum: false, format: 'binary' }, '')])).toEqual([{ bytes: 'raw file contents' }]);
  });
});
