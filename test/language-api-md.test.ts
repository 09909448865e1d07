import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../generator/config.js';
import { attachLanguageNames } from '../generator/naming/language-names.js';
import type { IR } from '../generator/ir/types.js';
import { importLanguageApiMd, normalizeEndpoint } from '../generator/naming/language-api-md.js';
import { hasShared, shared, sharedSkipReason } from './support/shared.js';

// Made-up listings in the shape every Stainless SDK prints its api.md method lines.
const PYTHON = [
  '# Widgets',
  '- <code title="patch /widgets/{id}">client.widgets.<a href="./src/acme/resources/widgets.py">update</a>(widget_id, \\*\\*<a href="src/acme/types/widget_update_params.py">params</a>) -> <a href="./src/acme/types/widget.py">Widget</a></code>',
  '- <code title="get /widgets/{id}/parts/{part_id}">client.widgets.parts.<a href="./x.py">retrieve</a>(part_id, \\*, widget_id) -> <a href="./y.py">Part</a></code>',
].join('\n');
const GO = [
  '- <code title="patch /widgets/{id}">client.Widgets.<a href="https://pkg.go.dev/x#WidgetService.Update">Update</a>(ctx <a href="https://pkg.go.dev/context">context</a>.<a href="https://pkg.go.dev/context#Context">Context</a>, widgetID <a href="https://pkg.go.dev/builtin#string">string</a>, body <a href="https://pkg.go.dev/x">acme</a>.<a href="https://pkg.go.dev/x#WidgetUpdateParams">WidgetUpdateParams</a>) (\\*<a href="https://pkg.go.dev/x">acme</a>.<a href="https://pkg.go.dev/x#Widget">Widget</a>, <a href="https://pkg.go.dev/builtin#error">error</a>)</code>',
  '- <code title="delete /widgets/{id}">client.Widgets.<a href="https://pkg.go.dev/x#WidgetService.Delete">Delete</a>(ctx <a href="https://pkg.go.dev/context">context</a>.<a href="https://pkg.go.dev/context#Context">Context</a>, widgetID <a href="https://pkg.go.dev/builtin#string">string</a>) <a href="https://pkg.go.dev/builtin#error">error</a></code>',
].join('\n');
const NODE = '- <code title="post /widgets">client.widgets.<a href="./src/resources/widgets.ts">create</a>({ ...params }) -> Widget</code>';

describe('importLanguageApiMd', () => {
  it('reads the Python names: path arguments as the SDK renames them, params type from its file', () => {
    const names = importLanguageApiMd(PYTHON);
    expect(names.get('patch /widgets/{}')).toEqual([
      { resourcePath: ['widgets'], method: 'update', pathParams: ['widget_id'], paramsType: 'WidgetUpdateParams', responseType: 'Widget' },
    ]);
    expect(names.get('get /widgets/{}/parts/{}')![0]!.pathParams).toEqual(['part_id', 'widget_id']);
  });

  it('reads the Go names: the context and the params argument are not path arguments; Go returns without an arrow', () => {
    const names = importLanguageApiMd(GO);
    expect(names.get('patch /widgets/{}')![0]).toEqual({
      resourcePath: ['Widgets'], method: 'Update', pathParams: ['widgetID'], paramsType: 'WidgetUpdateParams', responseType: 'Widget',
    });
    expect(names.get('delete /widgets/{}')![0]!.responseType).toBe('error');
  });

  it('reads the Node names: a params object is not a path argument', () => {
    expect(importLanguageApiMd(NODE).get('post /widgets')![0]).toEqual({ resourcePath: ['widgets'], method: 'create', pathParams: [], responseType: 'Widget' });
  });

  it('matches endpoints whatever the path parameters are called', () => {
    expect(normalizeEndpoint('GET /a/{a_id}/b/{id}/')).toBe('get /a/{}/b/{}');
  });
});

describe('naming.apiMd per language', () => {
  const config = (apiMd: unknown) => parseConfig({ spec: 'openapi.yml', naming: { apiMd }, targets: { skills: { out: 'docs' } } }, '/p/sdkgen.config.yml');

  it('a string stays the JavaScript (and tree) api.md; a mapping names one per language, the javascript one names the tree', () => {
    expect(config('api.md').naming).toEqual({ apiMd: path.resolve('/p/api.md') });
    expect(config({ javascript: 'node.md', go: 'go.md' }).naming).toEqual({
      apiMd: path.resolve('/p/node.md'),
      languageApiMd: { javascript: path.resolve('/p/node.md'), go: path.resolve('/p/go.md') },
    });
  });

  it('an unknown language is an error naming the key', () => {
    expect(() => config({ rust: 'rust.md' })).toThrow(ConfigError);
    expect(() => config({ rust: 'rust.md' })).toThrow(/naming\.apiMd/);
  });

  it("attaches each language's names to the method of the same endpoint, preferring the same method name", () => {
    const ir = {
      operations: [{ key: 'patch /widgets/{id}', method: 'patch', path: '/widgets/{id}' }],
      resources: [{ name: 'widgets', path: ['widgets'], subresources: [], methods: [{ name: 'update', operation: 'patch /widgets/{id}', source: 'config' }] }],
    } as unknown as IR;
    attachLanguageNames(ir, new Map([['python', importLanguageApiMd(PYTHON)], ['go', importLanguageApiMd(GO)]]));
    const method = ir.resources[0]!.methods[0]!;
    expect(method.languages?.python?.pathParams).toEqual(['widget_id']);
    expect(method.languages?.go?.method).toBe('Update');
  });
});

describe.skipIf(!hasShared)(`the reference SDKs' api.md${sharedSkipReason}`, () => {
  it('every method line of the Go and Python api.md is read', () => {
    for (const file of ['telnyx-go-4.22.0.api.md', 'telnyx-python-4.22.0.api.md', 'telnyx-node-5.23.0.api.md']) {
      const text = readFileSync(shared('sdks', 'api-md', file), 'utf8');
      const lines = text.split('\n').filter((l) => l.startsWith('- <code title=')).length;
      const read = [...importLanguageApiMd(text).values()].reduce((n, list) => n + list.length, 0);
      expect(read, file).toBe(lines);
    }
  });
});
