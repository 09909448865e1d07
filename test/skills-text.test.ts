import { describe, expect, it } from 'vitest';
import { CatalogExtractError, extractCatalog, parseSkillDocument } from '../generator/emit/skills/catalog-extract.js';
import { documentedRequired } from '../generator/emit/skills/document.js';
import { asciiJson, renderMarketplace } from '../generator/emit/skills/marketplace.js';
import { parseProductCatalog, productsFromTags, slugify } from '../generator/emit/skills/products.js';
import { foldLines, shortDescription, titleFromSlug } from '../generator/emit/skills/text.js';
import { buildIR } from '../generator/ir/builder.js';
import type { Schema } from '../generator/ir/types.js';

describe('the v2 description line', () => {
  it('cuts after the first period followed by white space', () => {
    expect(shortDescription('Deletes a project. This cannot be undone.', 'Delete')).toBe('Deletes a project.');
    expect(shortDescription('States: `media.processed` or `sending`', 'Cancel')).toBe('States: `media.processed` or `sending`');
    expect(shortDescription('First line.\nSecond line.', 'x')).toBe('First line.');
  });

  it('cuts to 197 characters plus "..." past 200', () => {
    const long = 'a'.repeat(250);
    expect(shortDescription(long, 's')).toBe(`${'a'.repeat(197)}...`);
    expect(shortDescription('b'.repeat(200), 's')).toBe('b'.repeat(200));
  });

  it('is left out when missing, empty or equal to the summary', () => {
    expect(shortDescription(undefined, 'Send a fax')).toBeUndefined();
    expect(shortDescription('  ', 'Send a fax')).toBeUndefined();
    expect(shortDescription('Send a fax', 'Send a fax')).toBeUndefined();
    expect(shortDescription('Send a fax.', 'Send a fax')).toBe('Send a fax.');
  });
});

describe('text helpers', () => {
  it('titles a slug by capitalising each word', () => {
    expect(titleFromSlug('ai-assistants')).toBe('Ai Assistants');
    expect(titleFromSlug('10dlc')).toBe('10dlc');
  });

  it('folds a YAML description at 80 columns, indent included', () => {
    const lines = foldLines('word '.repeat(40).trim(), '  ');
    expect(lines.every((l) => l.length <= 80 && l.startsWith('  '))).toBe(true);
    expect(lines.join(' ').replace(/\s+/g, ' ').trim()).toBe('word '.repeat(40).trim());
    expect(lines[0]!.length + ' word'.length).toBeGreaterThan(80);
  });

  it('slugifies tags', () => {
    expect(slugify('Programmable Fax Commands')).toBe('programmable-fax-commands');
    expect(slugify('MessagingProfiles')).toBe('messaging-profiles');
  });
});

describe('the Required: list', () => {
  const spec = (requestBody: object, schemas: object = {}) =>
    buildIR({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: { '/x/{id}': { post: { parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], requestBody, responses: {} } } },
      components: { schemas, requestBodies: { Shared: { content: { 'application/json': { schema: { type: 'object', required: ['z'] } } } } } },
    });
  const lookupOf = (ir: ReturnType<typeof buildIR>) => (name: string): Schema | undefined => ir.schemas.find((s) => s.name === name)?.schema;

  it('is the required array of the JSON body schema as written, a $ref followed', () => {
    const ir = spec(
      { content: { 'application/json': { schema: { $ref: '#/components/schemas/Body' } } } },
      { Body: { type: 'object', required: ['name', 'model', 'instructions'], properties: {} } },
    );
    expect(documentedRequired(ir.operations[0]!, lookupOf(ir))).toEqual(['name', 'model', 'instructions']);
  });

  it('does not merge allOf parts and lists nothing for components/requestBodies or other media types', () => {
    const allOf = spec({ content: { 'application/json': { schema: { allOf: [{ type: 'object', required: ['a'] }] } } } });
    expect(documentedRequired(allOf.operations[0]!, lookupOf(allOf))).toEqual([]);
    const shared = spec({ $ref: '#/components/requestBodies/Shared' });
    expect(documentedRequired(shared.operations[0]!, lookupOf(shared))).toEqual([]);
    const form = spec({ content: { 'multipart/form-data': { schema: { type: 'object', required: ['file'] } } } });
    expect(documentedRequired(form.operations[0]!, lookupOf(form))).toEqual([]);
  });
});

describe('products', () => {
  it('makes one product per tag, in tag order, with the webhooks of that tag', () => {
    const ir = buildIR({
      openapi: '3.1.0',
      info: { title: 'Demo', version: '1' },
      tags: [{ name: 'Tasks', description: 'Task things.\nMore.' }, { name: 'Projects' }],
      paths: {
        '/projects': { get: { tags: ['Projects'], responses: {} } },
        '/tasks': { get: { tags: ['Tasks'], responses: {} }, post: { tags: ['Tasks'], responses: {} } },
        '/misc': { get: { responses: {} } },
      },
      webhooks: { 'task.done': { post: { tags: ['Tasks'], summary: 'Task done', responses: {} } } },
    });
    const { products } = productsFromTags(ir);
    expect(products.map((p) => [p.slug, p.description, p.operations.length])).toEqual([
      ['tasks', 'Task things.', 2],
      ['projects', 'Demo: Projects operations.', 1],
      ['default', 'Demo: default operations.', 1],
    ]);
    expect(products[0]!.webhookEvents).toEqual([{ event: 'task.done', description: 'Task done' }]);
  });

  it('rejects a products file with errors naming the place', () => {
    expect(() => parseProductCatalog({ products: [{ slug: 'x', operations: [{ method: 'GET' }] }] }, 'p.json')).toThrow(
      'p.json: products[0].operations[0]: expected { method, path }',
    );
    expect(() => parseProductCatalog({}, 'p.json')).toThrow('p.json: products: expected an array');
  });
});

describe('translation catalogs', () => {
  const english = [
    '---', 'metadata:', '  product: things', '---', '', '# Acme Things - Python', '', '## Installation', '',
    '## List things', '', 'Lists the things.', '', '`GET /things` — Required: `a`', '', '```python', 'x = 1', '```',
    '', '## Get a thing', '', '`GET /things/{id}`', '',
  ].join('\n');
  const translated = english
    .replace('# Acme Things', '# Acme 事物')
    .replace('## List things', '## 列出事物')
    .replace('Lists the things.', '列出所有事物。')
    .replace('— Required:', '— 必需参数：');

  it('pairs sections by endpoint and keeps only what differs', () => {
    const catalog = extractCatalog(english, translated, 'zh-CN');
    expect(catalog).toEqual({
      locale: 'zh-CN',
      products: { things: { title: 'Acme 事物' } },
      operations: { 'GET /things': { summary: '列出事物', description: '列出所有事物。' } },
    });
  });

  it('refuses documents that do not list the same operations', () => {
    expect(() => extractCatalog(english, translated.replace('`GET /things/{id}`', '`GET /other`'), 'zh-CN')).toThrow(CatalogExtractError);
  });

  it('ignores headings inside code blocks', () => {
    const doc = parseSkillDocument('## A\n\n```\n## not a heading\n`GET /x`\n```\n\n`GET /y`\n');
    expect(doc.sections).toEqual([{ heading: 'A', endpoint: 'GET /y' }]);
  });
});

describe('the marketplace index', () => {
  it('sorts plugins and skills and escapes non-ASCII as \\u sequences', () => {
    const text = renderMarketplace(
      { name: 'm', owner: { name: 'O' }, description: 'd', version: '1', pluginDescription: 'SDK for {Lang} — {SdkLabel}', sdkLabels: { javascript: 'Node.js' } },
      [
        { language: 'python', displayName: 'Python', folder: 'x-python', skills: ['x-b-python', 'x-a-python'] },
        { language: 'javascript', displayName: 'JavaScript', folder: 'x-javascript', skills: ['x-a-javascript'] },
      ],
    );
    const parsed = JSON.parse(text);
    expect(parsed.plugins.map((p: { name: string }) => p.name)).toEqual(['x-javascript', 'x-python']);
    expect(parsed.plugins[1].skills).toEqual(['./x-python/skills/x-a-python', './x-python/skills/x-b-python']);
    expect(parsed.plugins[0].description).toBe('SDK for JavaScript — Node.js');
    expect(text).toContain('\\u2014');
    expect(asciiJson({ a: 'é' })).toBe('{\n  "a": "\\u00e9"\n}');
  });
});
