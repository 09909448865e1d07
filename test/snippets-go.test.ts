// The Go snippet target: call shapes (positional path parameter, params struct, argument wrapping), typed
// values (enum constants, model params, nested structs, unions, maps, times, files), imports, and the two
// layouts. Expectations follow the conventions of the official Go SDK's examples (the references in
// ../shared), written out by hand for small invented APIs.
import { describe, expect, it } from 'vitest';
import { goPackageName, goTarget } from '../generator/emit/snippets/go.js';
import { atom, goString, GOFMT_STYLE, printExpr, RAW_STYLE, type GoExpr } from '../generator/emit/snippets/go/syntax.js';
import type { SnippetStyle } from '../generator/emit/snippets/target.js';
import { buildMethodExample } from '../generator/examples/method.js';
import type { Method, Operation, Schema } from '../generator/ir/types.js';
import { ACME_SDK as sdk, jsonBody, object, ok, operation, pathParam, queryParam, oneMethodInput, str } from './support/ir-fixtures.js';

const widget = object({ id: str, name: str }, ['id']);

interface Fixture {
  op: Operation;
  method: Partial<Method> & { name: string };
  resourcePath: string[];
  /** Named schemas; `others` are further operations of the API (they make schemas shared). */
  schemas?: Record<string, Schema>;
  others?: Operation[];
}

function example(fixture: Fixture, style: SnippetStyle = 'v2'): string {
  const method: Method = { operation: fixture.op.key, source: 'config', positionalParams: lastPathParam(fixture.op.path), ...fixture.method };
  return goTarget.example(
    oneMethodInput({
      op: fixture.op,
      method,
      resourcePath: fixture.resourcePath,
      schemas: { Widget: widget, ...fixture.schemas },
      sdk,
      style,
      others: fixture.others,
      exampleOf: (op, lookup) => buildMethodExample(op, lookup),
    }),
  );
}

function lastPathParam(path: string): string[] {
  const names = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  return names.length ? [names[names.length - 1]!] : [];
}

const ref = (name: string): Schema => ({ kind: 'ref', name });

describe('goPackageName', () => {
  it('is the last module path element without a go affix or a major version', () => {
    expect(goPackageName('github.com/team-telnyx/telnyx-go')).toBe('telnyx');
    expect(goPackageName('example.com/acme-go/v2')).toBe('acme');
    expect(goPackageName('example.com/go-widgets')).toBe('widgets');
  });
});

describe('installation and setup', () => {
  it('installs with go get and builds the client from the environment', () => {
    expect(goTarget.installation(sdk)).toEqual({ fence: 'bash', code: 'go get example.com/acme-go' });
    expect(goTarget.setup(sdk)).toBe(
      [
        'import (',
        '  "context"',
        '  "fmt"',
        '  "os"',
        '',
        '  "example.com/acme-go"',
        '  "example.com/acme-go/option"',
        ')',
        '',
        'client := acme.NewClient(',
        '  option.WithAPIKey(os.Getenv("ACME_API_KEY")),',
        ')',
      ].join('\n'),
    );
  });
});

describe('v1 programs', () => {
  const get: Fixture = {
    op: operation('get', '/widgets/{widget_id}', { parameters: [pathParam('widget_id')], ...ok(ref('Widget')) }),
    method: { name: 'retrieve', responseType: 'Widget' },
    resourcePath: ['widgets'],
  };

  it('is a whole program: imports, a client with a literal key, the call, the error check, the print', () => {
    expect(example(get, 'v1')).toBe(
      [
        'package main',
        '',
        'import (',
        '  "context"',
        '  "fmt"',
        '',
        '  "example.com/acme-go"',
        '  "example.com/acme-go/option"',
        ')',
        '',
        'func main() {',
        '  client := acme.NewClient(',
        '    option.WithAPIKey("My API Key"),',
        '  )',
        '  widget, err := client.Widgets.Get(context.TODO(), "widget_id")',
        '  if err != nil {',
        '    panic(err.Error())',
        '  }',
        '  fmt.Printf("%+v\\n", widget.ID)',
        '}',
      ].join('\n'),
    );
  });

  it('drops fmt and the result variable when the call returns nothing', () => {
    const del: Fixture = {
      op: operation('delete', '/widgets/{widget_id}', { parameters: [pathParam('widget_id')], ...ok(undefined, '204') }),
      method: { name: 'delete', responseType: 'void' },
      resourcePath: ['widgets'],
    };
    const code = example(del, 'v1');
    expect(code).toContain('import (\n  "context"\n\n  "example.com/acme-go"');
    expect(code).toContain('  err := client.Widgets.Delete(context.TODO(), "widget_id")\n  if err != nil {\n    panic(err.Error())\n  }\n}');
    expect(code).not.toContain('fmt');
  });

  it('imports time when a value is a date-time, in sorted order', () => {
    const create: Fixture = {
      op: operation('post', '/widgets', {
        requestBody: jsonBody(object({ starts_at: { kind: 'string', format: 'date-time' } }, ['starts_at'])),
        ...ok(ref('Widget')),
      }),
      method: { name: 'create', responseType: 'Widget' },
      resourcePath: ['widgets'],
    };
    const code = example(create, 'v1');
    expect(code).toContain('import (\n  "context"\n  "fmt"\n  "time"\n\n');
    expect(code).toContain('client.Widgets.New(context.TODO(), acme.WidgetNewParams{\n    StartsAt: time.Now(),\n  })');
  });

  it('keeps a blank line in an empty params struct and the element types of slices', () => {
    const list: Fixture = {
      op: operation('get', '/widgets', { parameters: [queryParam('name', false)], ...ok(object({ data: { kind: 'array', items: ref('Widget') } })) }),
      method: { name: 'list', responseType: 'Widget', pageType: 'DefaultPagination' },
      resourcePath: ['widgets'],
    };
    expect(example(list, 'v1')).toContain('  page, err := client.Widgets.List(context.TODO(), acme.WidgetListParams{\n\n  })\n');
    const parts = object({ name: str, size: { kind: 'integer' } }, ['name', 'size']);
    const create: Fixture = {
      op: operation('post', '/widgets', { requestBody: jsonBody(object({ parts: { kind: 'array', items: parts } }, ['parts'])), ...ok(ref('Widget')) }),
      method: { name: 'create', responseType: 'Widget' },
      resourcePath: ['widgets'],
    };
    expect(example(create, 'v1')).toContain(
      [
        '    Parts: []acme.WidgetNewParamsPart{acme.WidgetNewParamsPart{',
        '      Name: "name",',
        '      Size: 0,',
        '    }},',
      ].join('\n'),
    );
  });
});

describe('v2 calls', () => {
  it('passes the last path parameter positionally and the others in the params struct, one argument a line', () => {
    const get: Fixture = {
      op: operation('get', '/shops/{shop_id}/widgets/{widget_id}', { parameters: [pathParam('shop_id'), pathParam('widget_id')], ...ok(ref('Widget')) }),
      method: { name: 'retrieve', responseType: 'Widget' },
      resourcePath: ['shops', 'widgets'],
    };
    expect(example(get)).toBe(
      [
        '\twidget, err := client.Shops.Widgets.Get(',
        '\t\tcontext.TODO(),',
        '\t\t"widget_id",',
        '\t\tacme.ShopWidgetGetParams{',
        '\t\t\tShopID: "shop_id",',
        '\t\t},',
        '\t)',
        '\tif err != nil {',
        '\t\tpanic(err.Error())',
        '\t}',
        '\tfmt.Printf("%+v\\n", widget.ID)',
      ].join('\n'),
    );
  });

  it('has a params struct as soon as the operation takes an optional parameter, and prints a page whole', () => {
    const list: Fixture = {
      op: operation('get', '/widgets', { parameters: [queryParam('name', false)], ...ok(object({ data: { kind: 'array', items: ref('Widget') } })) }),
      method: { name: 'list', responseType: 'Widget', pageType: 'DefaultPagination' },
      resourcePath: ['widgets'],
    };
    expect(example(list)).toBe(
      [
        '\tpage, err := client.Widgets.List(context.TODO(), acme.WidgetListParams{})',
        '\tif err != nil {',
        '\t\tpanic(err.Error())',
        '\t}',
        '\tfmt.Printf("%+v\\n", page)',
      ].join('\n'),
    );
  });

  it('sorts required fields by Go name, aligns their values, and spells enums as constants of their type', () => {
    const color: Schema = { kind: 'string', enum: ['deep_blue', 'red'] };
    const create: Fixture = {
      op: operation('post', '/widgets', {
        parameters: [queryParam('dry_run', true, { kind: 'boolean' })],
        requestBody: jsonBody(
          object({ name: str, color, shade: ref('Shade'), weight: { kind: 'number', minimum: 1.5 }, api_key: str }, ['name', 'color', 'shade', 'weight', 'api_key']),
        ),
        ...ok(ref('Widget')),
      }),
      method: { name: 'create', responseType: 'Widget' },
      resourcePath: ['widgets'],
      schemas: { Shade: { kind: 'string', enum: ['light'] } },
      // A second user makes Shade a shared schema: a model of its own.
      others: [operation('get', '/shades', { parameters: [queryParam('shade', false, ref('Shade'))] })],
    };
    expect(example(create)).toContain(
      [
        '\twidget, err := client.Widgets.New(context.TODO(), acme.WidgetNewParams{',
        '\t\tAPIKey: "api_key",',
        '\t\tColor:  acme.WidgetNewParamsColorDeepBlue,',
        '\t\tDryRun: true,',
        '\t\tName:   "name",',
        '\t\tShade:  acme.ShadeLight,',
        '\t\tWeight: 1.5,',
        '\t})',
      ].join('\n'),
    );
  });

  it('nests inline objects under the params type and shared ones as model params; a shared body is one field', () => {
    const dimensions = object({ width: { kind: 'integer' } }, ['width']);
    const create: Fixture = {
      op: operation('post', '/widgets', { requestBody: jsonBody(ref('WidgetSpecRequest')), ...ok(ref('Widget')) }),
      method: { name: 'create', responseType: 'Widget' },
      resourcePath: ['widgets'],
      schemas: {
        WidgetSpecRequest: object({ dimensions, parts: { kind: 'array', items: ref('Part') } }, ['dimensions', 'parts']),
        Part: object({ name: str }, ['name']),
      },
      others: [
        operation('put', '/widgets/{widget_id}', { parameters: [pathParam('widget_id')], requestBody: jsonBody(ref('WidgetSpecRequest')) }),
        operation('post', '/parts', { requestBody: jsonBody(ref('Part')) }),
      ],
    };
    expect(example(create)).toContain(
      [
        '\twidget, err := client.Widgets.New(context.TODO(), acme.WidgetNewParams{',
        '\t\tWidgetSpec: acme.WidgetSpecParam{',
        '\t\t\tDimensions: acme.WidgetSpecDimensionsParam{',
        '\t\t\t\tWidth: 0,',
        '\t\t\t},',
        '\t\t\tParts: []acme.PartParam{{',
        '\t\t\t\tName: "name",',
        '\t\t\t}},',
        '\t\t},',
        '\t})',
      ].join('\n'),
    );
  });

  it('renders unions as their Of… field, maps with quoted keys, and files as readers', () => {
    const create: Fixture = {
      op: operation('post', '/widgets', {
        requestBody: jsonBody(
          object(
            {
              to: { kind: 'union', combinator: 'oneOf', variants: [str, { kind: 'array', items: str }] },
              labels: { kind: 'object', properties: [], required: [], additionalProperties: str, example: { team: 'core' }, hasExample: true },
              maybe: { kind: 'union', combinator: 'type', variants: [{ kind: 'integer' }, { kind: 'null' }] },
            },
            ['to', 'labels', 'maybe'],
          ),
        ),
        ...ok(ref('Widget')),
      }),
      method: { name: 'create', responseType: 'Widget' },
      resourcePath: ['widgets'],
    };
    expect(example(create)).toContain(
      [
        '\t\tLabels: map[string]string{',
        '\t\t\t"team": "core",',
        '\t\t},',
        '\t\tMaybe: 0,',
        '\t\tTo: acme.WidgetNewParamsToUnion{',
        '\t\t\tOfString: acme.String("to"),',
        '\t\t},',
      ].join('\n'),
    );
    const upload: Fixture = {
      op: operation('post', '/files', {
        requestBody: jsonBody(object({ file: { kind: 'string', format: 'binary' } }, ['file']), 'multipart/form-data'),
        ...ok(ref('Widget')),
      }),
      method: { name: 'create', responseType: 'Widget' },
      resourcePath: ['files'],
    };
    const program = example(upload, 'v1');
    expect(program).toContain('import (\n  "bytes"\n  "context"\n  "fmt"\n  "io"\n\n');
    expect(program).toContain('File: io.Reader(bytes.NewBuffer([]byte("some file contents"))),');
  });

  it('takes a body that is not an object whole, as Body', () => {
    const create: Fixture = {
      op: operation('post', '/tags', { requestBody: jsonBody({ kind: 'array', items: str }), ...ok(ref('Widget')) }),
      method: { name: 'create', responseType: 'Widget' },
      resourcePath: ['tags'],
    };
    expect(example(create)).toContain('client.Tags.New(context.TODO(), acme.TagNewParams{\n\t\tBody: []string{"string"},\n\t})');
  });
});

describe('the two layouts', () => {
  const struct = (elements: [string, GoExpr][]): GoExpr => ({
    kind: 'composite',
    type: 'acme.T',
    elements: elements.map(([key, value]) => ({ key, value })),
    inline: false,
  });

  it('aligns runs of one-line fields and lets a multi-line field stand alone', () => {
    const tree = struct([
      ['A', atom('1')],
      ['Long', atom('2')],
      ['Nested', struct([['B', atom('3')]])],
      ['C', atom('4')],
      ['Empty', struct([])],
    ]);
    expect(printExpr(tree, 0, GOFMT_STYLE)).toBe(
      ['acme.T{', '\tA:    1,', '\tLong: 2,', '\tNested: acme.T{', '\t\tB: 3,', '\t},', '\tC:     4,', '\tEmpty: acme.T{},', '}'].join('\n'),
    );
    expect(printExpr(tree, 0, RAW_STYLE)).toBe(
      ['acme.T{', '  A: 1,', '  Long: 2,', '  Nested: acme.T{', '    B: 3,', '  },', '  C: 4,', '  Empty: acme.T{', '', '  },', '}'].join('\n'),
    );
  });

  it('breaks the alignment where a long key is far from the others in size', () => {
    const long = 'K'.repeat(45);
    const tree = struct([
      ['A', atom('1')],
      ['Bb', atom('2')],
      [long, atom('3')],
      ['C', atom('4')],
    ]);
    expect(printExpr(tree, 0, GOFMT_STYLE)).toBe(['acme.T{', '\tA:  1,', '\tBb: 2,', `\t${long}: 3,`, '\tC: 4,', '}'].join('\n'));
  });

  it('writes Go string literals with escapes', () => {
    expect(goString('say "hi"\n\\ \t\u0001')).toBe('"say \\"hi\\"\\n\\\\ \\t\\x01"');
    expect(goString('café ☕')).toBe('"café ☕"');
  });
});
