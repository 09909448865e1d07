// The commands, run in-process through main(): help, generate, check, init, ir, import api-md, i18n extract,
// template overrides and progress.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReporter } from '../generator/progress.js';
import { acmeSpec, availableTargets, cleanTempDirs, fixture, listFiles, runCli, tempDir, typescriptPending } from './support/cli.js';
import { hasShared, shared, sharedSkipReason } from './support/shared.js';

afterAll(cleanTempDirs);

const LANGUAGES = ['python', 'javascript', 'go', 'ruby', 'java'];

/** A config generating the Acme docs only (the skills target), written in a fresh folder. */
function skillsConfig(extra = '', languages = LANGUAGES): { file: string; out: string } {
  const dir = tempDir('cli');
  const file = path.join(dir, 'sdkgen.config.yml');
  writeFileSync(
    file,
    `spec: ${acmeSpec}
client: { name: AcmeNotes }
targets:
  skills:
    out: ./out/skills
    languages: [${languages.join(', ')}]
    sdks: { python: { package: acme-notes }, javascript: { package: acme-notes }, go: { package: github.com/acme-notes/acme-notes-go }, ruby: { package: acme-notes }, java: { package: com.acmenotes.api } }
${extra}`,
  );
  return { file, out: path.join(dir, 'out/skills') };
}

const doc = (out: string, product: string, language: string, locale = '') =>
  path.join(out, locale, `acme-notes-${language}/skills/acme-notes-${product}-${language}/SKILL.md`);

describe('--help', () => {
  // Each command and the options its help must mention.
  const commands: [string[], string[]][] = [
    [['generate'], ['--config', '--spec', '--out', '--templates', '--targets', '--quiet']],
    [['check'], ['--config', '--spec', '--out', '--templates', '--targets', 'Exit codes']],
    [['init'], ['--spec', '--out', '--config', '--force']],
    [['ir'], ['--spec', '--config']],
    [['import', 'api-md'], ['<file>', '--out']],
    [['i18n', 'extract'], ['--source', '--translated', '--locale', '--out']],
  ];
  for (const [command, options] of commands) {
    it(`sdkgen ${command.join(' ')} --help mentions ${options.join(', ')}`, async () => {
      const result = await runCli([...command, '--help']);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`Usage: sdkgen ${command.join(' ')}`);
      for (const option of options) expect(result.stdout).toContain(option);
    });
  }

  it('sdkgen --help lists every command', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    for (const command of ['generate', 'check', 'init', 'ir', 'import', 'i18n']) expect(result.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
  });

  it('sdkgen alone prints the help on stderr and exits 2; --version prints the package version', async () => {
    const bare = await runCli([]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('Usage: sdkgen');
    const version = await runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(path.resolve('package.json'), 'utf8')).version);
  });

  it('an unknown option or command is a usage error (exit 2)', async () => {
    expect((await runCli(['generate', '--bogus'])).code).toBe(2);
    expect((await runCli(['regenerate'])).code).toBe(2);
  });
});

describe('sdkgen generate', () => {
  it('with a config: one product per tag, every language, the v2 layout and the marketplace index', async () => {
    const { file, out } = skillsConfig();
    const result = await runCli(['generate', '--config', file]);
    expect(result.code, result.stderr).toBe(0);
    for (const language of LANGUAGES) {
      for (const product of ['notes', 'labels']) expect(existsSync(doc(out, product, language)), `${product} ${language}`).toBe(true);
    }
    const notes = readFileSync(doc(out, 'notes', 'python'), 'utf8');
    expect(notes).toMatch(/^name: acme-notes-notes-python$/m);
    for (const heading of ['List notes', 'Create a note', 'Retrieve a note', 'Delete a note']) expect(notes).toContain(`## ${heading}\n`);
    expect(notes).not.toContain('Create a label');
    const marketplace = JSON.parse(readFileSync(path.join(out, '.claude-plugin/marketplace.json'), 'utf8'));
    expect(marketplace.plugins.map((p: { name: string }) => p.name)).toEqual(LANGUAGES.map((l) => `acme-notes-${l}`).sort());
  });

  it(`with --spec and --out: DIR/skills named after the API title${typescriptPending}`, async () => {
    const out = path.join(tempDir('cli'), 'generated');
    const result = await runCli(['generate', '--spec', acmeSpec, '--out', out, ...availableTargets]);
    expect(result.code, result.stderr).toBe(0);
    // Only the generated client is known to exist: JavaScript examples call it, curl is raw HTTP, nothing else.
    expect(existsSync(doc(path.join(out, 'skills'), 'labels', 'javascript'))).toBe(true);
    expect(existsSync(doc(path.join(out, 'skills'), 'labels', 'curl'))).toBe(true);
    expect(existsSync(doc(path.join(out, 'skills'), 'labels', 'go'))).toBe(false);
    if (availableTargets.length === 0) expect(listFiles(path.join(out, 'typescript')).length).toBeGreaterThan(1);
  });

  it('a config that names no client: names follow the API title, what it does set is kept', async () => {
    const dir = tempDir('cli');
    const file = path.join(dir, 'sdkgen.config.yml');
    writeFileSync(file, `spec: ${acmeSpec}\nclient: { apiKeyEnv: NOTES_TOKEN }\ntargets:\n  skills: { out: ./skills, languages: [python], sdks: { python: { package: acme-notes } } }\n`);
    expect((await runCli(['generate', '--config', file])).code).toBe(0);
    const text = readFileSync(doc(path.join(dir, 'skills'), 'notes', 'python'), 'utf8');
    expect(text).toContain('from acme_notes import AcmeNotes');
    expect(text).toContain('os.environ.get("NOTES_TOKEN")');
    expect(text).toContain('author: acme-notes');
  });

  it('--spec without --out, or with --config, is a usage error', async () => {
    const alone = await runCli(['generate', '--spec', acmeSpec]);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('--spec needs --out DIR');
    const both = await runCli(['generate', '--spec', acmeSpec, '--out', 'x', '--config', 'y.yml']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('either --config FILE or --spec FILE --out DIR');
  });

  it('--targets names only configured targets', async () => {
    const { file } = skillsConfig();
    const result = await runCli(['generate', '--config', file, '--targets', 'typescript']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('target "typescript" is not configured');
    expect((await runCli(['generate', '--config', file, '--targets', 'docs'])).stderr).toContain('unknown target "docs"; one of typescript, skills');
  });
});

describe('progress', () => {
  it('without a TTY: one line per phase with its counts and time, no escape codes', async () => {
    const { file } = skillsConfig('', ['python', 'go']);
    const result = await runCli(['generate', '--config', file]);
    expect(result.code, result.stderr).toBe(0);
    const lines = result.progress.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^✓ \[1\/3\] load spec and build IR: 6 operations, 3 schemas \(\d+\.\d s\)$/);
    // Two products × two languages, and the marketplace index.
    expect(lines[1]).toMatch(/^✓ \[2\/3\] skill docs: 5 files \(\d+\.\d s\)$/);
    expect(lines[2]).toMatch(/^✓ \[3\/3\] write: 5 written, 0 removed, 0 unchanged \(\d+\.\d s\)$/);
    expect(result.progress).not.toMatch(/[\r\x1b]/);
    const again = await runCli(['generate', '--config', file]);
    expect(again.stderr).toContain('up to date');
    const forced = await runCli(['generate', '--config', file, '--force']);
    expect(forced.progress).toMatch(/write: 0 written, 0 removed, 5 unchanged/);
  });

  it('--quiet prints nothing', async () => {
    const { file } = skillsConfig('', ['python']);
    const result = await runCli(['generate', '--config', file, '--quiet']);
    expect(result.code).toBe(0);
    expect(result.progress + result.stdout + result.stderr).toBe('');
  });

  it('on a TTY outside CI: a live line with the phase, its counts and the elapsed time', async () => {
    const saved = process.env.CI;
    delete process.env.CI;
    try {
      const { file } = skillsConfig('', ['python']);
      const result = await runCli(['generate', '--config', file], { tty: true });
      expect(result.code, result.stderr).toBe(0);
      expect(result.progress).toContain('\x1b'); // redraws in place
      expect(result.progress).toMatch(/\[2\/3\] skill docs · 6 operations × 1 language × 1 style × 1 locale · \d+s/);
      expect(result.progress).toMatch(/✓ \[3\/3\] write: 3 written/);
    } finally {
      if (saved === undefined) delete process.env.CI;
      else process.env.CI = saved;
    }
  });

  it('on a TTY in CI: the plain lines', () => {
    let text = '';
    const saved = process.env.CI;
    process.env.CI = 'true';
    try {
      const reporter = createReporter({ write: (t: string) => (text += t), isTTY: true });
      reporter.plan(1);
      reporter.phase('load', '1 file');
      reporter.done('3 operations');
      reporter.finish();
    } finally {
      if (saved === undefined) delete process.env.CI;
      else process.env.CI = saved;
    }
    expect(text).toMatch(/^✓ \[1\/1\] load: 3 operations \(\d+\.\d s\)\n$/);
  });
});

describe('sdkgen check', () => {
  let file: string;
  let out: string;
  beforeAll(async () => {
    ({ file, out } = skillsConfig('', ['python', 'ruby']));
    expect((await runCli(['generate', '--config', file])).code).toBe(0);
  });

  it('exits 0 when the output is up to date, also with a file of the user beside it', async () => {
    writeFileSync(path.join(out, 'README.md'), 'our notes\n');
    const result = await runCli(['check', '--config', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^sdkgen check: up to date \(5 files\)\n$/);
  });

  it('exits 1 naming the edited and the deleted file, then 0 after regenerating', async () => {
    const edited = doc(out, 'notes', 'python');
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nhand edit\n`);
    rmSync(doc(out, 'labels', 'ruby'));
    const stale = await runCli(['check', '--config', file]);
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain('1 changed, 1 missing, 0 stale');
    expect(stale.stdout).toContain('  changed  acme-notes-python/skills/acme-notes-notes-python/SKILL.md');
    expect(stale.stdout).toContain('  missing  acme-notes-ruby/skills/acme-notes-labels-ruby/SKILL.md');
    expect(stale.stdout).toContain('run `sdkgen generate`');
    expect(stale.stdout.split('\n').length).toBeLessThan(10);
    expect((await runCli(['generate', '--config', file])).code).toBe(0);
    expect((await runCli(['check', '--config', file])).code).toBe(0);
  });

  it('a file sdkgen no longer produces is reported stale', async () => {
    const fewer = path.join(path.dirname(file), 'fewer.yml');
    writeFileSync(fewer, readFileSync(file, 'utf8').replace('[python, ruby]', '[python]'));
    const result = await runCli(['check', '--config', fewer]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('  stale    acme-notes-ruby/skills/acme-notes-notes-ruby/SKILL.md');
  });
});

describe('sdkgen init', () => {
  it(`writes a starter config with the inferred names that then generates${typescriptPending}`, async () => {
    const dir = tempDir('init');
    const config = path.join(dir, 'sdkgen.config.yml');
    const result = await runCli(['init', '--spec', acmeSpec, '--config', config, '--out', path.join(dir, 'generated')]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`wrote ${config}`);
    const written = yaml.load(readFileSync(config, 'utf8')) as any;
    expect(written.client).toMatchObject({ name: 'AcmeNotes', packageName: 'acme-notes', apiKeyEnv: 'ACME_NOTES_API_KEY' });
    expect(path.resolve(dir, written.spec)).toBe(acmeSpec);
    expect(written.naming.resources.notes.methods).toEqual({
      list: 'get /notes',
      create: 'post /notes',
      retrieve: 'get /notes/{note_id}',
      delete: 'delete /notes/{note_id}',
    });
    expect(Object.keys(written.naming.resources)).toEqual(['notes', 'labels']);
    expect(written.targets.skills.out).toBe('./generated/skills');
    expect(written.targets.typescript.out).toBe('./generated/typescript');

    const generated = await runCli(['generate', '--config', config, ...availableTargets]);
    expect(generated.code, generated.stderr).toBe(0);
    for (const product of ['notes', 'labels']) expect(existsSync(doc(path.join(dir, 'generated/skills'), product, 'java'))).toBe(true);
  });

  it('renamed methods in the written config rename the SDK calls in the docs', async () => {
    const dir = tempDir('init');
    const config = path.join(dir, 'sdkgen.config.yml');
    expect((await runCli(['init', '--spec', acmeSpec, '--config', config, '--out', path.join(dir, 'generated')])).code).toBe(0);
    writeFileSync(config, readFileSync(config, 'utf8').replace('delete: delete /notes/{note_id}', 'archive: delete /notes/{note_id}'));
    expect((await runCli(['generate', '--config', config, '--targets', 'skills'])).code).toBe(0);
    // The JavaScript examples call the generated client (the other languages are raw HTTP).
    const javascript = readFileSync(doc(path.join(dir, 'generated/skills'), 'notes', 'javascript'), 'utf8');
    expect(javascript).toContain('client.notes.archive(');
    expect(javascript).not.toContain('client.notes.delete(');
  });

  it('does not overwrite a config without --force', async () => {
    const dir = tempDir('init');
    const config = path.join(dir, 'sdkgen.config.yml');
    writeFileSync(config, '# mine\n');
    const refused = await runCli(['init', '--spec', acmeSpec, '--config', config]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('exists; pass --force');
    expect(readFileSync(config, 'utf8')).toBe('# mine\n');
    expect((await runCli(['init', '--spec', acmeSpec, '--config', config, '--force'])).code).toBe(0);
    expect(readFileSync(config, 'utf8')).toContain('naming:');
  });

  it('a bad spec: the loader error, and no config written', async () => {
    const config = path.join(tempDir('init'), 'sdkgen.config.yml');
    const result = await runCli(['init', '--spec', fixture('bad/not-openapi.json'), '--config', config]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('not-openapi.json: not an OpenAPI document');
    expect(existsSync(config)).toBe(false);
  });
});

describe('sdkgen ir', () => {
  it('prints the IR as JSON with the operations and the resource tree', async () => {
    const result = await runCli(['ir', '--spec', acmeSpec]);
    expect(result.code, result.stderr).toBe(0);
    const ir = JSON.parse(result.stdout);
    expect(ir.api).toMatchObject({ title: 'Acme Notes', version: '2.1.0' });
    expect(ir.operations.map((o: { method: string; path: string }) => `${o.method} ${o.path}`)).toEqual([
      'get /notes',
      'post /notes',
      'get /notes/{note_id}',
      'delete /notes/{note_id}',
      'get /labels',
      'post /labels',
    ]);
    expect(ir.resources.map((r: { name: string }) => r.name)).toEqual(['notes', 'labels']);
    expect(ir.resources[1].methods.map((m: { name: string; operation: string }) => `${m.name}=${m.operation}`)).toEqual([
      'list=get /labels',
      'create=post /labels',
    ]);
  });

  it('with --config, names come from the config', async () => {
    const { file } = skillsConfig('naming:\n  resources:\n    notebook:\n      methods: { entries: get /notes }\n');
    const result = await runCli(['ir', '--config', file]);
    expect(result.code, result.stderr).toBe(0);
    const ir = JSON.parse(result.stdout);
    const notebook = ir.resources.find((r: { name: string }) => r.name === 'notebook');
    expect(notebook.methods[0]).toMatchObject({ name: 'entries', operation: 'get /notes', source: 'config' });
  });

  it('needs a spec', async () => {
    expect((await runCli(['ir'])).code).toBe(2);
  });
});

describe('sdkgen import api-md', () => {
  it('turns our small api.md into naming config YAML', async () => {
    const result = await runCli(['import', 'api-md', fixture('api.md')]);
    expect(result.code, result.stderr).toBe(0);
    const naming = yaml.load(result.stdout) as any;
    const notes = naming.resources.notes;
    expect(notes.methods.archive).toEqual({ endpoint: 'delete /notes/{note_id}', response: 'void' });
    expect(notes.methods.list.endpoint).toBe('get /notes');
    expect(notes.subresources.labels.methods.list).toEqual({ endpoint: 'get /labels', response: 'Label', page: 'DefaultFlatPagination' });
    expect(Object.keys(naming.resources)).toEqual(['notes']);
  });

  it('writes the YAML to --out, which a config can then use', async () => {
    const dir = tempDir('apimd');
    const target = path.join(dir, 'naming.yml');
    const result = await runCli(['import', 'api-md', fixture('api.md'), '--out', target]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`wrote ${target}\n`);
    const { file } = skillsConfig(`naming:\n  apiMd: ${fixture('api.md')}\n`, ['python']);
    const ir = JSON.parse((await runCli(['ir', '--config', file])).stdout);
    const labels = ir.resources.find((r: { name: string }) => r.name === 'notes').subresources.find((r: { name: string }) => r.name === 'labels');
    expect(labels.methods.map((m: { name: string }) => m.name)).toEqual(['list', 'create']);
  });

  it('a file that is not an api.md, or no file: exit 1 naming it', async () => {
    const notApiMd = await runCli(['import', 'api-md', acmeSpec]);
    expect(notApiMd.code).toBe(1);
    expect(notApiMd.stderr).toContain(`${acmeSpec}: no method lines found`);
    const missing = await runCli(['import', 'api-md', fixture('nope.md')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nope.md: cannot read the api.md (no such file)');
  });

  it.skipIf(!hasShared)(`imports the Telnyx SDK's api.md: every method line of the file becomes an entry${sharedSkipReason}`, async () => {
    const file = shared('reference/stainless/telnyx-node.api.md');
    const text = readFileSync(file, 'utf8');
    // What the file lists, read independently: "client.a.b.<a …>name</a>" with its endpoint, per line.
    const listed = new Map<string, string>();
    for (const m of text.matchAll(/<code title="([a-z]+ [^"]+)">client\.((?:\w+\.)+)<a [^>]*>(\w+)<\/a>/g)) listed.set(`${m[2]}${m[3]}`, m[1]!);
    expect(listed.size).toBeGreaterThan(500);

    const result = await runCli(['import', 'api-md', file]);
    expect(result.code, result.stderr).toBe(0);
    const naming = yaml.load(result.stdout) as any;
    const entries = new Map<string, string>();
    const camel = (snake: string) => snake.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
    const walk = (resources: Record<string, any>, prefix: string) => {
      for (const [name, resource] of Object.entries(resources)) {
        for (const [method, entry] of Object.entries<any>(resource.methods ?? {})) {
          entries.set(`${prefix}${camel(name)}.${camel(method)}`, typeof entry === 'string' ? entry : entry.endpoint);
        }
        walk(resource.subresources ?? {}, `${prefix}${camel(name)}.`);
      }
    };
    walk(naming.resources, '');
    expect(entries.size).toBe(listed.size);
    expect(entries.get('ai.assistants.list')).toBe(listed.get('ai.assistants.list'));
    expect(entries.get('messages.send')).toBe('post /messages');
  });
});

describe('sdkgen i18n extract', () => {
  const source = fixture('i18n/acme-notes-notes-python.v2.SKILL.md');
  const translated = fixture('i18n/acme-notes-notes-python.v2.fr.SKILL.md');

  it('builds a catalog of what the translation changes, the locale taken from the file name', async () => {
    const result = await runCli(['i18n', 'extract', '--source', source, '--translated', translated]);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      locale: 'fr',
      products: { notes: { title: 'AcmeNotes Carnet' } },
      operations: {
        'GET /notes': { summary: 'Lister les notes', description: "Renvoie les notes du compte, les plus récentes d'abord." },
        'POST /notes': { summary: 'Créer une note' },
      },
    });
  });

  it('--out writes the catalog; --locale overrides the file name', async () => {
    const target = path.join(tempDir('i18n'), 'fr-CA.json');
    const result = await runCli(['i18n', 'extract', '--source', source, '--translated', translated, '--locale', 'fr-CA', '--out', target]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`wrote ${target} (2 operations)\n`);
    expect(JSON.parse(readFileSync(target, 'utf8')).locale).toBe('fr-CA');
  });

  it('a translation missing a section is rejected, naming both files', async () => {
    const partial = path.join(tempDir('i18n'), 'partial.fr.SKILL.md');
    writeFileSync(partial, readFileSync(translated, 'utf8').replace(/## Créer une note[\s\S]*?(?=## Delete a note)/, ''));
    const result = await runCli(['i18n', 'extract', '--source', source, '--translated', partial]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${partial}: no section for POST /notes of ${source}`);
  });

  it('without a locale in the file name, asks for --locale', async () => {
    const plain = path.join(tempDir('i18n'), 'translation.md');
    writeFileSync(plain, readFileSync(translated, 'utf8'));
    const result = await runCli(['i18n', 'extract', '--source', source, '--translated', plain]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('pass --locale');
  });
});

describe('custom templates change the docs', () => {
  let defaultDoc: string;
  beforeAll(async () => {
    const { file, out } = skillsConfig('', ['python']);
    expect((await runCli(['generate', '--config', file])).code).toBe(0);
    defaultDoc = readFileSync(doc(out, 'notes', 'python'), 'utf8');
  });

  it('a skills/skill-v2.md.hbs of the config\'s templates folder replaces the built-in page', async () => {
    const { file, out } = skillsConfig('', ['python']);
    writeFileSync(file, `templates: ${fixture('templates-page')}\n${readFileSync(file, 'utf8')}`);
    expect((await runCli(['generate', '--config', file])).code).toBe(0);
    const custom = readFileSync(doc(out, 'notes', 'python'), 'utf8');
    expect(custom).not.toBe(defaultDoc);
    expect(custom).toContain('# AcmeNotes Notes (Python) — custom page');
    expect(custom).toContain('### DELETE /notes/{note_id}: Delete a note');
    expect(custom).toContain('Operations documented: 4');
    expect(custom).not.toContain('## Installation');
    // The code examples are the same ones the built-in page shows.
    const example = /```python\n(note = client\.notes\.create\([\s\S]*?)```/.exec(defaultDoc)?.[1];
    expect(example).toBeDefined();
    expect(custom).toContain(example);
  });

  it('--templates on the command line does the same', async () => {
    const { file, out } = skillsConfig('', ['python']);
    expect((await runCli(['generate', '--config', file, '--templates', fixture('templates-page')])).code).toBe(0);
    expect(readFileSync(doc(out, 'labels', 'python'), 'utf8')).toContain('Operations documented: 2');
  });

  it('a locale file overrides the English strings, and a new locale with an extract pair translates the docs', async () => {
    const { file, out } = skillsConfig(
      `    locales:
      - locale: fr
        languages: [python]
        products: [notes]
        extract:
          source: ${fixture('i18n/acme-notes-notes-python.v2.SKILL.md')}
          translated: ${fixture('i18n/acme-notes-notes-python.v2.fr.SKILL.md')}
`,
      ['python'],
    );
    writeFileSync(file, `templates: ${fixture('templates-locale')}\n${readFileSync(file, 'utf8')}`);
    const result = await runCli(['generate', '--config', file]);
    expect(result.code, result.stderr).toBe(0);
    const english = readFileSync(doc(out, 'notes', 'python'), 'utf8');
    expect(english).toContain('## Install the SDK\n');
    expect(english).toContain('## Create a client\n');
    expect(english).toContain('Written by sdkgen from the AcmeNotes API description');
    expect(defaultDoc).toContain('## Installation\n');

    // A locale that does not limit its styles gets a folder per style.
    const french = readFileSync(doc(out, 'notes', 'python', 'fr/v2'), 'utf8');
    expect(french).toContain('# AcmeNotes Carnet - Python');
    expect(french).toContain('## Mise en route\n');
    expect(french).toContain('## Lister les notes\n\nRenvoie les notes du compte');
    expect(french).toContain('`POST /notes` — Obligatoire : `title`');
    expect(french).toContain('## Retrieve a note\n'); // not translated: English is the fallback
    expect(existsSync(doc(out, 'labels', 'python', 'fr/v2'))).toBe(false);
  });

  it('a locale without a strings file is a config error naming the key', async () => {
    const { file } = skillsConfig(`    locales:\n      - locale: fr\n        catalog: ${fixture('spec/openapi.yml')}\n`, ['python']);
    const result = await runCli(['generate', '--config', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('targets.skills.locales[0].locale: no skills/locales/fr.json for "fr"');
  });
});
