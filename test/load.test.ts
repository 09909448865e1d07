import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSpec, resolvePointer, SpecError, type LoadedSpec } from '../generator/load/index.js';
import { internalRef, parseFragment } from '../generator/load/json-pointer.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(repoRoot, 'test/fixtures/load');
const fixture = (name: string) => join(fixtures, name);
const shared = resolve(repoRoot, '../shared');
const hasShared = existsSync(shared);
// Without the reference material the shared-spec tests are skipped locally, but must run (and fail) in CI.
const skipShared = !hasShared && process.env.CI !== 'true';
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

async function loadError(file: string): Promise<SpecError> {
  try {
    await loadSpec(file);
  } catch (error) {
    expect(error).toBeInstanceOf(SpecError);
    return error as SpecError;
  }
  throw new Error(`expected ${file} to be rejected`);
}

/** Every {$ref} in the document, with its JSON path. */
function refsIn(document: unknown): Array<{ ref: string; path: string }> {
  const refs: Array<{ ref: string; path: string }> = [];
  const visit = (node: unknown, path: string): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((item, i) => visit(item, `${path}/${i}`));
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') refs.push({ ref: value, path });
      else visit(value, `${path}/${key}`);
    }
  };
  visit(document, '');
  return refs;
}

function expectSelfContained(spec: LoadedSpec): void {
  const refs = refsIn(spec.document);
  expect(refs.filter(({ ref }) => !ref.startsWith('#'))).toEqual([]);
  for (const ref of new Set(refs.map((r) => r.ref))) {
    expect(() => resolvePointer(spec, ref), ref).not.toThrow();
  }
  expect(refs.length).toBeGreaterThan(0);
}

function countOperations(document: Record<string, any>): number {
  let count = 0;
  for (const item of Object.values<Record<string, unknown>>(document.paths ?? {})) {
    for (const method of METHODS) if (item?.[method]) count++;
  }
  return count;
}

describe('loadSpec: malformed input', () => {
  it('reports a YAML syntax error with file, line and column', async () => {
    const error = await loadError(fixture('malformed.yml'));
    expect(error.file).toBe(fixture('malformed.yml'));
    // "responses:" is indented one space less than "summary:"; column 6 is its first letter.
    expect([error.line, error.column]).toEqual([9, 6]);
    expect(error.message).toMatch(/malformed\.yml:9:\d+: invalid YAML: .*indentation/);
  });

  it('reports a JSON syntax error with the line and column computed from the position', async () => {
    const error = await loadError(fixture('malformed.json'));
    expect(error.message).toMatch(/^\S*malformed\.json:5:1: invalid JSON/);
    expect([error.line, error.column]).toEqual([5, 1]); // the "}" after the trailing comma
  });

  it('rejects an empty file and a whitespace-only file', async () => {
    for (const name of ['empty.yml', 'blank.yml']) {
      const error = await loadError(fixture(name));
      expect(error.message).toContain(`${name}: the file is empty`);
    }
  });

  it('rejects JSON that is not OpenAPI, saying what it looks like', async () => {
    const error = await loadError(fixture('not-openapi.json'));
    expect(error.message).toMatch(/not an OpenAPI document: this looks like a package\.json/);
    expect(error.hint).toMatch(/OpenAPI 3\.0 or 3\.1/);
  });

  it('rejects a document whose top level is not a mapping', async () => {
    const error = await loadError(fixture('top-level-list.yml'));
    expect(error.message).toMatch(/not an OpenAPI document: the top level is a list/);
  });

  it('loads Swagger 2.0 as OpenAPI 3.0 (the conversion: load-swagger2.test.ts)', async () => {
    const { version, document } = await loadSpec(fixture('swagger2.yml'));
    expect(version).toBe('3.0.3');
    expect(document).toEqual({ openapi: '3.0.3', info: { title: 'Old style', version: '1.0.0' }, paths: {} });
  });

  it('reports a missing spec file', async () => {
    const error = await loadError(fixture('no-such-spec.yml'));
    expect(error.message).toMatch(/no-such-spec\.yml: no such file/);
  });

  it('applies YAML merge keys and keeps dates as strings', async () => {
    const spec = await loadSpec(fixture('merge-keys.yml'));
    expect(spec.document.components.schemas.Dated).toEqual({ type: 'object', description: 'Shared.', example: '2024-05-01' });
  });

  it('chooses the parser by content: JSON text in a .yml file loads', async () => {
    const spec = await loadSpec(fixture('json-content.yml'));
    expect(spec.version).toBe('3.1.0');
    expect(spec.document.info.title).toBe('JSON in a .yml file');
  });
});

describe('loadSpec: references', () => {
  it('reports a dangling internal $ref with its line, its pointer and a did-you-mean', async () => {
    const error = await loadError(fixture('dangling-ref.yml'));
    expect([error.line, error.column]).toEqual([14, 24]); // where the ref text starts, after the quote
    expect(error.pointer).toBe('/paths/~1widgets/get/responses/200/content/application~1json/schema');
    expect(error.message).toMatch(/dangling-ref\.yml:14:\d+: \$ref "#\/components\/schemas\/Widgets" points to nothing/);
    expect(error.hint).toContain('"#/components/schemas/Widget"');
  });

  it('reports a missing referenced file at the ref that names it', async () => {
    const error = await loadError(fixture('missing-file/openapi.yml'));
    expect(error.file).toBe(fixture('missing-file/openapi.yml'));
    expect([error.line, error.column]).toEqual([8, 14]);
    expect(error.pointer).toBe('/paths/~1things/get');
    expect(error.message).toContain(fixture('missing-file/paths/nowhere.yml'));
  });

  it('reports a dangling ref inside a referenced file in that file', async () => {
    const error = await loadError(fixture('dangling-external/openapi.yml'));
    expect(error.file).toBe(fixture('dangling-external/op.yml'));
    expect(error.line).toBe(8);
    expect(error.hint).toContain('"schemas.yml#/Things"');
  });

  it('decodes ~1, ~0 and %-escapes in pointers', async () => {
    const spec = await loadSpec(fixture('escaped-ref.yml'));
    expect(resolvePointer(spec, '#/components/schemas/gadget~1v2')).toHaveProperty('type', 'object');
    expect(resolvePointer(spec, '#/components/schemas/til~0de')).toEqual({ type: 'string' });
    const viaPercent = resolvePointer(spec, '#/paths/~1gadgets~1%7Bid%7D/get/responses/200');
    expect(viaPercent).toBe(spec.document.paths['/gadgets/{id}'].get.responses['200']);
  });

  it('resolvePointer follows a $ref met on the way and names the pointer when nothing is there', async () => {
    const spec = await loadSpec(fixture('escaped-ref.yml'));
    // Alias is {$ref: gadget/v2}: its "properties" are those of the target.
    expect(resolvePointer(spec, '#/components/schemas/Alias/properties/owner')).toEqual({ $ref: '#/components/schemas/til~0de' });
    expect(() => resolvePointer(spec, '#/components/schemas/Gizmo')).toThrow(SpecError);
    expect(() => resolvePointer(spec, '#/components/schemas/Gizmo')).toThrow(/escaped-ref\.yml#\/components\/schemas\/Gizmo: /);
    expect(() => resolvePointer(spec, 'other.yml#/a')).toThrow(/not an internal JSON-pointer ref/);
  });

  it('internalRef and parseFragment round-trip any key', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 4 }), (segments) => {
        expect(parseFragment(internalRef(segments).slice(1))).toEqual(segments);
      }),
    );
  });
});

describe('loadSpec: a multi-file spec', () => {
  const file = fixture('multi-file/openapi.yaml');

  it('bundles every file so that all refs are internal and resolve', async () => {
    const spec = await loadSpec(file);
    expect(spec.version).toBe('3.0.3');
    expect(countOperations(spec.document)).toBe(3);
    expectSelfContained(spec);
  });

  it('puts reusable objects under components, named after their file or fragment', async () => {
    const { document } = await loadSpec(file);
    const list = document.paths['/pets'].get;
    expect(list.parameters[0]).toEqual({ $ref: '#/components/parameters/limit' });
    expect(document.components.parameters.limit.name).toBe('limit');
    expect(list.responses['200'].content['application/json'].schema.items).toEqual({ $ref: '#/components/schemas/Pet' });
    expect(list.responses.default).toEqual({ $ref: '#/components/responses/error' });
    // Pet was declared in the root as {$ref: ./schemas/Pet.yml}: its content replaces the ref there.
    expect(document.components.schemas.Pet.required).toEqual(['id', 'name']);
    // Nested refs are relative to the file they are written in.
    expect(document.components.schemas.Pet.properties.tag).toEqual({ $ref: '#/components/schemas/Tag' });
    expect(document.components.schemas.Tag.properties.created).toEqual({ $ref: '#/components/schemas/created' });
    // "#/Code" inside shared/errors.yml means errors.yml's Code, not the root's.
    expect(document.components.schemas.Error.properties.code).toEqual({ $ref: '#/components/schemas/Code' });
    expect(document.components.responses.error.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Error' });
  });

  it('keeps recursion as a ref and points a ref back to the root file inside the document', async () => {
    const { document } = await loadSpec(file);
    expect(document.components.schemas.Node.properties.children.items).toEqual({ $ref: '#/components/schemas/Node' });
    expect(document.components.schemas.Dog.allOf[1].properties.last_error).toEqual({ $ref: '#/components/schemas/Error' });
  });

  it('inlines operations, path items, texts and examples, and rewrites discriminator mappings', async () => {
    const spec = await loadSpec(file);
    const { document } = spec;
    expect(document.tags[0].description).toBe('Everything about pets.');
    expect(document.paths['/pets'].post.operationId).toBe('createPet');
    const get = document.paths['/pets/{petId}'].get;
    expect(get.operationId).toBe('getPet');
    expect(document.paths['/pets'].get.responses['200'].content['application/json'].example).toEqual([
      { id: '0b6a3c1e-0000-4000-8000-000000000001', name: 'Rex' },
    ]);
    const schema = get.responses['200'].content['application/json'].schema;
    expect(schema.discriminator.mapping).toEqual({ cat: schema.oneOf[0].$ref, dog: schema.oneOf[1].$ref });
    expect(schema.oneOf[0]).toEqual({ $ref: '#/components/schemas/Cat' });
    // An inlined file that refers to itself becomes a ref to where it was inlined.
    expect(resolvePointer(spec, get['x-loop'].next.$ref)).toBe(get['x-loop']);
  });

  it('is deterministic', async () => {
    const [a, b] = await Promise.all([loadSpec(file), loadSpec(file)]);
    expect(JSON.stringify(a.document)).toBe(JSON.stringify(b.document));
  });
});

describe.skipIf(skipShared)('loadSpec: reference specs in ../shared', () => {
  it('bundles the multi-file DigitalOcean spec', async () => {
    const file = join(shared, 'corpus/digitalocean/specification/DigitalOcean-public.v2.yaml');
    expect(existsSync(file), `${file} is missing`).toBe(true);
    const started = performance.now();
    const spec = await loadSpec(file);
    console.log(`DigitalOcean (multi-file) loaded in ${Math.round(performance.now() - started)} ms`);
    expect(countOperations(spec.document)).toBeGreaterThan(500);
    expectSelfContained(spec);
  });

  it('loads the Telnyx 2026-02-06 spec with its 878 operations', async () => {
    const file = join(shared, 'specs/telnyx/openapi-2026-02-06.yml');
    expect(existsSync(file), `${file} is missing`).toBe(true);
    const started = performance.now();
    const spec = await loadSpec(file);
    console.log(`Telnyx 2026-02-06 YAML loaded in ${Math.round(performance.now() - started)} ms`);
    expect(spec.version).toMatch(/^3\.1\./);
    expect(countOperations(spec.document)).toBe(878);
  });
});
