// The TypeScript client emitter on a small inline spec (test/fixtures/client/shapes.yml): call shapes, a schema
// named Record, operationIds differing only in case, hostile descriptions, a multipart upload, a paginated list.
// Type-level expectations are checked by compiling a usage module (`@ts-expect-error` fails when unused); runtime
// behaviour by loading the generated code and calling it against a fake fetch.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTypescript } from '../generator/emit/typescript/index.js';
import type { Project } from '../generator/pipeline.js';
import { fakeFetch, generateInto, type GeneratedClient, importClient, jsdocExamples, projectFromSpec, removeTempDirs, typeCheck } from './client-helpers.js';
import { repoRoot } from './support/shared.js';

const SPEC = path.join(repoRoot, 'test/fixtures/client/shapes.yml');

let project: Project;
let client: GeneratedClient;
let name: string;

beforeAll(async () => {
  project = await projectFromSpec(SPEC);
  name = project.config.client.name;
  client = generateInto(project, 'shapes');
});

afterAll(removeTempDirs);

const source = (file: string) => client.files.get(file) ?? '';

describe('the generated client of a small spec', () => {
  it('type-checks under --strict, with the call shapes the official SDKs use', () => {
    const usage = path.join(client.root, 'usage.ts');
    writeFileSync(
      usage,
      `import ${name}, { toFile } from './src/index.js';

const client = new ${name}({ apiKey: 'key' });

export async function usage(): Promise<void> {
  // The last path parameter is positional; the others travel in params, which they make required.
  await client.orgs.members.retrieve('m1', { org_id: 'o1' });
  await client.orgs.members.retrieve('m1', { org_id: 'o1', expand: ['a'], 'X-Request-Tag': 't' });
  // @ts-expect-error org_id is a required field of the params
  await client.orgs.members.retrieve('m1');
  // @ts-expect-error the last path parameter is positional, not a field
  await client.orgs.members.retrieve({ org_id: 'o1', member_id: 'm1' });

  // Params may be left out when none of their fields is required.
  await client.widgets.update('w1');
  await client.widgets.update('w1', { name: 'renamed' });
  await client.widgets.list();
  // Required body fields make them required; read-only ones (id) are not asked for.
  await client.widgets.create({ name: 'n', kind: 'small' });
  // @ts-expect-error name and kind are required
  await client.widgets.create();
  // @ts-expect-error kind is an enum
  await client.widgets.create({ name: 'n', kind: 'huge' });
  await client.widgets.create({ name: 'n', kind: "it's large" });
  await client.widgets.create({ name: 'n', kind: '*/' });
  const size: number | null | undefined = (await client.widgets.create({ name: 'n', kind: 'small' })).size;

  // A schema named Record neither shadows nor is shadowed by the built-in.
  const record = await client.records.retrieve('r1');
  const labels: Record<string, string> | undefined = record.labels;
  const id: string = record.id;
  const odd: string | undefined = record['odd\\'key\\\\name\\nwith a line break'];

  const nothing: void = await client.widgets.delete('w1');

  // Lists return pages: awaited, a page with typed items; iterated, every item of every page.
  const page = await client.widgets.list({ 'page[size]': 10 });
  const first: ${name}.Widget | undefined = page.data[0];
  for await (const widget of client.widgets.list()) {
    const kind: 'small' | "it's large" | '*/' = widget.kind;
    void kind;
  }

  for await (const event of client.events.list({ 'page[after]': 'c1' })) {
    const eventID: string = event.id;
    void eventID;
  }

  // Files go up as multipart.
  await client.files.create({ file: await toFile(Buffer.from('bytes'), 'a.txt'), purpose: 'test' });
  // @ts-expect-error a file field takes a file
  await client.files.create({ file: 42 });

  // Path, query, header and body fields in one params object; the required ones make it required.
  await client.orgs.searches.create('o1', { text: 'x', 'X-Correlation-Identifier': 'c', sort_order_of_the_results_returned: 'asc' });
  // @ts-expect-error the header param is required
  await client.orgs.searches.create('o1', { text: 'x' });

  // Inline objects of params are interfaces in the params type's namespace, named after their properties; one that
  // would shadow the module's SearchOptions (which its defaults field is) takes another name.
  const options: ${name}.Orgs.Searches.SearchCreateParams.SearchOptions2 = {
    defaults: { fuzzy: true },
    fields: [{ name: 'title', boost: { weight: 2 } }],
    window: null,
    match: { phrase: 'exact words' },
  };
  const field: ${name}.SearchCreateParams.SearchOptions2.Field = { name: 'body' };
  const window: ${name}.SearchCreateParams.SearchOptions2.Window = { from: 'a' };
  // @ts-expect-error a field needs its name
  const nameless: ${name}.SearchCreateParams.SearchOptions2.Field = { boost: {} };
  // @ts-expect-error defaults is the SearchOptions schema
  const wrong: ${name}.SearchCreateParams.SearchOptions2 = { defaults: { fuzzy: 'yes' } };
  await client.orgs.searches.create('o1', { text: 'x', 'X-Correlation-Identifier': 'c', search_options: options });

  // Two operationIds that differ only in case become two methods with types of their own.
  const reports: string[] = await client.reports.list();
  const latest: ${name}.ReportRetrieveLatestResponse = await client.reports.retrieveLatest();

  // Raw responses and typed errors.
  const raw: Response = await client.reports.list().asResponse();
  try {
    await client.widgets.delete('missing');
  } catch (error) {
    if (error instanceof ${name}.NotFoundError) {
      const status: 404 = error.status;
      void status;
    }
  }
  void [size, labels, id, odd, nothing, first, reports, latest, raw, field, window, nameless, wrong];
}
`,
    );
    expect(typeCheck([...client.sources, usage], undefined, client.root)).toEqual([]);
  });

  it('names a schema called Record so that it does not shadow the built-in', () => {
    const all = [...client.files.entries()].filter(([f]) => f.startsWith('src/') && !f.startsWith('src/core/'));
    for (const [file, text] of all) {
      expect(text, file).not.toMatch(/\b(interface|type|class) (Record|Error)\b/);
    }
    expect(source('src/resources/shared.ts')).toMatch(/export interface RecordModel \{/);
    expect(source('src/resources/shared.ts')).toMatch(/export interface ErrorModel \{/);
  });

  it('keeps hostile descriptions inside their comments', () => {
    for (const [file, text] of client.files) {
      if (!file.endsWith('.ts') || file.startsWith('src/core/')) continue;
      expect(text, file).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
      // Every `*/` in generated code closes a comment that its line opened with `/**` or continues with ` *`.
      for (const line of text.split('\n')) {
        if (!line.includes('*/') || /'[^']*\*\/[^']*'/.test(line)) continue;
        expect(line.trim(), file).toMatch(/^(\/\*\*.*)?\*\/$/);
      }
    }
    expect(source('src/resources/widgets.ts')).toContain('Create a widget *\\/ /* nested');
    expect(source('src/resources/widgets.ts')).toContain('a closing *\\/ marker');
    expect(source('src/resources/shared.ts')).toContain("*\\/ console.log('escaped');");
  });

  it('gives every method an @example that compiles against the client', () => {
    const examples = jsdocExamples(client.files);
    expect([...examples.keys()].sort()).toEqual(project.ir.operations.map((o) => o.key).sort());
    expect(examples.get('delete /widgets/{widget_id}')).toBe("await client.widgets.delete('widget_id');");
    const modules = [...examples.values()].map((code, i) => {
      const file = path.join(client.root, `example-${i}.ts`);
      const imports = code.split('\n').filter((l) => l.startsWith('import '));
      const body = code.split('\n').filter((l) => !l.startsWith('import '));
      writeFileSync(
        file,
        `${imports.join('\n')}\nimport ${name} from './src/index.js';\n\nconst client = new ${name}({ apiKey: 'key' });\n\n` +
          `export async function example(): Promise<void> {\n${body.join('\n')}\n}\n`,
      );
      return file;
    });
    expect(modules.length).toBe(project.ir.operations.length);
    expect(typeCheck([...client.sources, ...modules], undefined, client.root)).toEqual([]);
  });

  it('leaves out the @example of a method the docs call by another name, and says so', () => {
    // The docs name calls with the default initialisms; a config's own initialisms rename the client's method.
    const renamed = generateTypescript({ ...project, naming: { resources: {}, ...project.naming, initialisms: ['LATEST'] } });
    const examples = jsdocExamples(renamed.files);
    expect(examples.has('get /reports/latest')).toBe(false);
    expect(examples.size).toBe(project.ir.operations.length - 1);
    expect(renamed.warnings).toEqual([
      'no @example in the client where the JavaScript docs call the method by another name: client.reports.retrieveLatest → client.reports.retrieveLATEST',
    ]);
    expect(client.warnings).toEqual([]);
  });

  it('is the same for the same input', () => {
    const again = generateTypescript(project).files;
    expect([...again.keys()]).toEqual([...client.files.keys()]);
    for (const [file, text] of again) expect(text, file).toBe(client.files.get(file));
  });

  it('lists every method in api.md in the Stainless format', () => {
    const lines = source('api.md').split('\n').filter((l) => l.startsWith('- <code title='));
    expect(lines).toHaveLength(project.ir.operations.length);
    expect(lines).toContain(
      '- <code title="get /orgs/{org_id}/members/{member_id}">client.orgs.members.<a href="./src/resources/orgs/members.ts">retrieve</a>(memberID, { ...params }) -> MemberRetrieveResponse</code>',
    );
    expect(lines).toContain('- <code title="delete /widgets/{widget_id}">client.widgets.<a href="./src/resources/widgets.ts">delete</a>(widgetID) -> void</code>');
  });

  it('ships a package that builds ESM and CommonJS with types', () => {
    const pkg = JSON.parse(source('package.json'));
    expect(pkg.name).toBe(project.config.client.packageName);
    expect(pkg.dependencies).toBeUndefined();
    expect(pkg.engines.node).toBe('>=20');
    expect(pkg.exports['.'].import.types).toMatch(/^\.\/dist\/esm\/.*\.d\.ts$/);
    expect(pkg.exports['.'].require.default).toMatch(/^\.\/dist\/cjs\/.*\.js$/);
    expect(JSON.parse(source('tsconfig.json')).compilerOptions.strict).toBe(true);
    expect(JSON.parse(source('tsconfig.cjs.json')).compilerOptions.module).toBe('CommonJS');
    const core = readFileSync(path.join(repoRoot, 'templates/typescript/core/client.ts'), 'utf8');
    expect(source('src/core/client.ts')).toBe(core);
  });
});

describe('requests made by the generated client', () => {
  let Client: any;

  beforeAll(async () => {
    Client = (await importClient(client)).default;
  });

  it('puts the positional and the params path parameters in the path, encoded, and query and headers where they go', async () => {
    const { fetch, requests } = fakeFetch(() => ({ id: 'm1' }));
    const api = new Client({ apiKey: 'key', fetch });
    const member = await api.orgs.members.retrieve('m 1/x', { org_id: 'o+1', expand: ['a', 'b'], 'X-Request-Tag': 'tag' });
    expect(member).toEqual({ id: 'm1' });
    const [request] = requests;
    expect(request.method).toBe('GET');
    expect(request.url.origin + request.url.pathname).toBe('https://api.shapes.test/v1/orgs/o+1/members/m%201%2Fx');
    expect(request.url.searchParams.get('expand')).toBe('a,b');
    expect(request.headers.get('x-request-tag')).toBe('tag');
    expect(request.headers.get('authorization')).toBe('Bearer key');
  });

  it('splits one params object into path, query, header and body', async () => {
    const { fetch, requests } = fakeFetch(() => ['hit']);
    const api = new Client({ apiKey: 'key', fetch });
    const params = {
      text: 'needle',
      limit: 5,
      include_archived_members_in_the_results: true,
      sort_order_of_the_results_returned: 'desc',
      'X-Correlation-Identifier': 'corr-1',
    };
    await expect(api.orgs.searches.create('org/1', params)).resolves.toEqual(['hit']);
    const [request] = requests;
    expect(request.url.pathname).toBe('/v1/orgs/org%2F1/searches');
    expect(Object.fromEntries(request.url.searchParams)).toEqual({
      include_archived_members_in_the_results: 'true',
      sort_order_of_the_results_returned: 'desc',
    });
    expect(request.headers.get('x-correlation-identifier')).toBe('corr-1');
    expect(JSON.parse(String(request.body))).toEqual({ text: 'needle', limit: 5 });
  });

  it('sends the params of a body method as the JSON body, an empty object when they are left out', async () => {
    const { fetch, requests } = fakeFetch(() => ({ id: 'w1', name: 'n', kind: 'small' }));
    const api = new Client({ apiKey: 'key', fetch });
    await api.widgets.create({ name: 'n', kind: 'small' });
    await api.widgets.update('w1');
    expect(requests[0].method).toBe('POST');
    expect(JSON.parse(String(requests[0].body))).toEqual({ name: 'n', kind: 'small' });
    expect(requests[0].headers.get('content-type')).toBe('application/json');
    expect(requests[1].method).toBe('PATCH');
    expect(requests[1].url.pathname).toBe('/v1/widgets/w1');
    expect(JSON.parse(String(requests[1].body))).toEqual({});
  });

  it('walks every page of a list with for await', async () => {
    const { fetch, requests } = fakeFetch((request) => {
      const number = Number(request.url.searchParams.get('page[number]') ?? 1);
      return { data: [{ id: `w${number}` }], meta: { total_pages: 3, page_number: number } };
    });
    const api = new Client({ apiKey: 'key', fetch });
    const ids: string[] = [];
    for await (const widget of api.widgets.list({ kind: 'small' })) ids.push(widget.id);
    expect(ids).toEqual(['w1', 'w2', 'w3']);
    expect(requests.map((r) => r.url.searchParams.get('page[number]'))).toEqual([null, '2', '3']);
    expect(requests.every((r) => r.url.searchParams.get('kind') === 'small')).toBe(true);
  });

  it('follows the cursor of a cursor-paginated list until it runs out', async () => {
    const pages: Record<string, { ids: string[]; after: string | null }> = {
      '': { ids: ['e1', 'e2'], after: 'c2' },
      c2: { ids: ['e3'], after: 'c3' },
      c3: { ids: [], after: null },
    };
    const { fetch, requests } = fakeFetch((request) => {
      const page = pages[request.url.searchParams.get('page[after]') ?? '']!;
      return { data: page.ids.map((id) => ({ id })), meta: { cursors: { after: page.after } } };
    });
    const api = new Client({ apiKey: 'key', fetch });
    const ids: string[] = [];
    for await (const event of api.events.list({ 'page[limit]': 2 })) ids.push(event.id);
    expect(ids).toEqual(['e1', 'e2', 'e3']);
    expect(requests.map((r) => r.url.searchParams.get('page[after]'))).toEqual([null, 'c2', 'c3']);
  });

  it('uploads files as multipart/form-data', async () => {
    const { fetch, requests } = fakeFetch(() => ({ id: 'f1', bytes: 5 }));
    const { toFile } = await importClient(client);
    const api = new Client({ apiKey: 'key', fetch });
    await api.files.create({ file: await toFile(Buffer.from('bytes'), 'a.txt'), purpose: 'test' });
    const body = requests[0].body;
    expect(body).toBeInstanceOf(FormData);
    const file = (body as FormData).get('file') as File;
    expect(file.name).toBe('a.txt');
    expect(await file.text()).toBe('bytes');
    expect((body as FormData).get('purpose')).toBe('test');
  });

  it('asks for bytes when the spec allows any content type, and hands back the raw response', async () => {
    const { fetch, requests } = fakeFetch(() => new Response('raw bytes', { status: 200, headers: { 'content-type': 'application/pdf' } }));
    const api = new Client({ apiKey: 'key', fetch });
    const response = await api.files.content('f1');
    expect(await response.text()).toBe('raw bytes');
    expect(requests[0]!.headers.get('accept')).toBe('application/octet-stream');
  });

  it('sends the hostile example text of a JSDoc @example unchanged when the example runs', async () => {
    const code = jsdocExamples(client.files).get('post /orgs/{org_id}/searches')!;
    expect(code).toContain("'X-Correlation-Identifier': '*\\/*'");
    const { fetch, requests } = fakeFetch(() => ['hit']);
    const logged: unknown[] = [];
    const run = new Function('client', 'console', `return (async () => {\n${code}\n})();`);
    await run(new Client({ apiKey: 'key', fetch }), { log: (value: unknown) => logged.push(value) });
    expect(logged).toEqual([['hit']]);
    expect(JSON.parse(String(requests[0]!.body))).toEqual({ text: 'needle */ in\u0085 a\u2028 hay\u0007stack' });
    expect(requests[0]!.headers.get('x-correlation-identifier')).toBe('*/*');
  });

  it('resolves a 204 without a body and rejects error statuses with the matching class', async () => {
    const { fetch } = fakeFetch((request) =>
      request.url.pathname.endsWith('/missing')
        ? new Response(JSON.stringify({ message: 'no such widget' }), { status: 404, headers: { 'content-type': 'application/json' } })
        : new Response(null, { status: 204 }),
    );
    const api = new Client({ apiKey: 'key', fetch, maxRetries: 0 });
    await expect(api.widgets.delete('w1')).resolves.toBeNull();
    const error = await api.widgets.delete('missing').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Client.NotFoundError);
    expect((error as Error).message).toBe('404 no such widget');
  });

  it('reads the API key and base URL from the configured environment variables', async () => {
    const { apiKeyEnv, baseUrlEnv } = project.config.client;
    const saved = [process.env[apiKeyEnv], process.env[baseUrlEnv]];
    process.env[apiKeyEnv] = 'from-env';
    process.env[baseUrlEnv] = 'https://staging.shapes.test/v9';
    try {
      const { fetch, requests } = fakeFetch(() => []);
      await new Client({ fetch }).reports.list();
      expect(requests[0].url.href).toBe('https://staging.shapes.test/v9/reports');
      expect(requests[0].headers.get('authorization')).toBe('Bearer from-env');
    } finally {
      if (saved[0] === undefined) delete process.env[apiKeyEnv];
      else process.env[apiKeyEnv] = saved[0];
      if (saved[1] === undefined) delete process.env[baseUrlEnv];
      else process.env[baseUrlEnv] = saved[1];
    }
  });
});
