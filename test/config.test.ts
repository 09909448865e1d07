// sdkgen.config.yml: every kind of mistake is reported with the key and what is wrong, by the reader and the CLI.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkConfigFiles, ConfigError, readConfigFile } from '../generator/config.js';
import { acmeSpec, cleanTempDirs, fixture, runCli, tempDir } from './support/cli.js';

afterAll(cleanTempDirs);

/** Writes `text` as sdkgen.config.yml in a fresh folder (beside a copy-free reference to the fixture spec). */
function configFile(text: string): string {
  const file = path.join(tempDir('config'), 'sdkgen.config.yml');
  writeFileSync(file, text.replaceAll('SPEC', acmeSpec));
  return file;
}

function configError(text: string): ConfigError {
  const file = configFile(text);
  try {
    checkConfigFiles(readConfigFile(file));
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`expected this config to be rejected:\n${text}`);
}

const skills = (extra: string) => `spec: SPEC
targets:
  skills:
    out: ./docs
${extra}`;

describe('a valid config', () => {
  it('resolves paths against the config file and fills defaults from the client name', () => {
    const file = configFile(`spec: ../somewhere/openapi.yml
client: { name: AcmeNotes }
targets:
  typescript: { out: ./client }
  skills:
    out: ./docs
    languages: [python, go]
`);
    const config = readConfigFile(file);
    const dir = path.dirname(file);
    expect(config.spec).toBe(path.resolve(dir, '../somewhere/openapi.yml'));
    expect(config.targets.typescript).toEqual({ out: path.join(dir, 'client'), packageName: 'acme-notes' });
    expect(config.targets.skills?.out).toBe(path.join(dir, 'docs'));
    expect(config.targets.skills?.languages).toEqual(['python', 'go']);
    expect(config.targets.skills?.styles).toEqual(['v2']);
    expect(config.client).toMatchObject({ name: 'AcmeNotes', packageName: 'acme-notes', apiKeyEnv: 'ACME_NOTES_API_KEY' });
    expect(config.targets.skills?.branding).toEqual({ brand: 'AcmeNotes', namePrefix: 'acme-notes', author: 'acme-notes' });
  });

  it('without languages: those with a declared SDK, then curl (raw HTTP); nothing else is assumed', () => {
    expect(readConfigFile(configFile(skills(''))).targets.skills?.languages).toEqual(['curl']);
    const declared = readConfigFile(configFile(skills('    sdks: { go: { package: example.com/acme-go }, python: { package: acme, import: acme_sdk } }\n')));
    expect(declared.targets.skills?.languages).toEqual(['python', 'go', 'curl']);
    expect(declared.targets.skills?.sdks?.python).toEqual({ package: 'acme', import: 'acme_sdk' });
  });

  it('with a TypeScript target and no sdks: JavaScript examples call the generated client', () => {
    const config = readConfigFile(configFile(`spec: SPEC\ntargets:\n  typescript: { out: ./client }\n  skills: { out: ./docs }\n`));
    expect(config.targets.skills?.languages).toEqual(['javascript', 'curl']);
    expect(config.targets.skills?.sdks).toEqual({ javascript: { generated: config.targets.typescript } });
  });
});

interface Case {
  name: string;
  yaml: string;
  key: string | RegExp;
  what: RegExp;
}

const cases: Case[] = [
  { name: 'an unknown top-level key', yaml: 'spek: SPEC\ntargets: { skills: { out: ./docs } }\n', key: 'spek', what: /unknown key \(did you mean "spec"\?\); expected one of spec, client/ },
  { name: 'an unknown nested key', yaml: skills('    langauges: [python]\n'), key: 'targets.skills.langauges', what: /unknown key \(did you mean "languages"\?\)/ },
  { name: 'an unknown key without a near match', yaml: skills('    colour: blue\n'), key: 'targets.skills.colour', what: /^unknown key; expected one of out, languages, styles/ },
  { name: 'a number where a string goes', yaml: `spec: SPEC\nclient: { name: 3 }\ntargets: { skills: { out: ./docs } }\n`, key: 'client.name', what: /expected a non-empty string, got number 3/ },
  { name: 'a client name that is no class name', yaml: `spec: SPEC\nclient: { name: Acme Notes }\ntargets: { skills: { out: ./docs } }\n`, key: 'client.name', what: /"Acme Notes" is not a class name; write it as one word, e.g. "AcmeNotes"/ },
  { name: 'a string where a list goes', yaml: skills('    languages: python\n'), key: 'targets.skills.languages', what: /expected a list of strings, got string "python"/ },
  { name: 'a list where a mapping goes', yaml: 'spec: SPEC\ntargets: [skills]\n', key: 'targets', what: /expected a mapping, got a list/ },
  { name: 'an unknown language', yaml: skills('    languages: [python, rust]\n'), key: 'targets.skills.languages[1]', what: /unknown language "rust"; one of python, javascript, go, ruby, java/ },
  { name: 'an empty language list', yaml: skills('    languages: []\n'), key: 'targets.skills.languages', what: /empty; list one or more of python/ },
  { name: 'an unknown style', yaml: skills('    styles: [v2, v4]\n'), key: 'targets.skills.styles[1]', what: /unknown style "v4"; one of v1, v2, v3/ },
  { name: 'an SDK of an unknown language', yaml: skills('    sdks: { rust: { package: acme } }\n'), key: 'targets.skills.sdks.rust', what: /unknown language; one of python, javascript, go, ruby, java, curl/ },
  { name: 'an SDK for curl', yaml: skills('    sdks: { curl: { package: acme } }\n'), key: 'targets.skills.sdks.curl', what: /curl has no SDK examples/ },
  { name: 'an SDK without a package', yaml: skills('    sdks: { python: { client: Acme } }\n'), key: 'targets.skills.sdks.python.package', what: /missing: the package/ },
  { name: 'an unknown key of an SDK', yaml: skills('    sdks: { python: { package: acme, pip: acme } }\n'), key: 'targets.skills.sdks.python.pip', what: /unknown key; one of package, install, import, client, apiKeyEnv/ },
  { name: '"generated" without a TypeScript target', yaml: skills('    sdks: { javascript: generated }\n'), key: 'targets.skills.sdks.javascript', what: /add that target/ },
  { name: '"generated" for another language', yaml: skills('    sdks: { python: generated }\n'), key: 'targets.skills.sdks.python', what: /javascript only/ },
  { name: 'no spec', yaml: 'targets: { skills: { out: ./docs } }\n', key: 'spec', what: /missing; the OpenAPI document to read/ },
  { name: 'an empty spec', yaml: 'spec: ""\ntargets: { skills: { out: ./docs } }\n', key: 'spec', what: /expected a non-empty string, got string ""/ },
  { name: 'no out folder', yaml: 'spec: SPEC\ntargets: { skills: { languages: [go] } }\n', key: 'targets.skills.out', what: /missing; the folder the skill docs are written to/ },
  { name: 'no target at all', yaml: 'spec: SPEC\n', key: 'targets', what: /nothing to generate/ },
  {
    name: 'a locale without catalog or extract',
    yaml: skills('    locales:\n      - locale: zh-CN\n'),
    key: 'targets.skills.locales[0]',
    what: /needs a "catalog" file or an "extract" pair/,
  },
  {
    name: 'a locale with both catalog and extract',
    yaml: skills('    locales:\n      - locale: zh-CN\n        catalog: a.json\n        extract: { source: a.md, translated: b.md }\n'),
    key: 'targets.skills.locales[0]',
    what: /has both "catalog" and "extract"/,
  },
  {
    name: 'a locale for a language the target does not generate',
    yaml: skills('    languages: [python]\n    locales:\n      - locale: zh-CN\n        catalog: c.json\n        languages: [go]\n'),
    key: 'targets.skills.locales[0].languages[0]',
    what: /"go" is not in targets.skills.languages/,
  },
  {
    name: 'the main locale listed as a translation',
    yaml: skills('    locales:\n      - locale: en\n        catalog: c.json\n'),
    key: 'targets.skills.locales[0].locale',
    what: /"en" is the main locale/,
  },
  { name: 'an unknown extract key', yaml: skills('    locales:\n      - locale: fr\n        extract: { source: a.md, translation: b.md }\n'), key: 'targets.skills.locales[0].extract.translation', what: /did you mean "translated"/ },
  { name: 'a YAML syntax error', yaml: 'spec: SPEC\ntargets:\n  skills:\n    out: [./docs\n  typescript: {}\n', key: /^line \d+, column \d+$/, what: /^not valid YAML: / },
  { name: 'a tab-indented YAML', yaml: 'spec: SPEC\ntargets:\n\tskills: {}\n', key: /^line 3, column \d+$/, what: /not valid YAML/ },
  { name: 'an empty file', yaml: '', key: '(root)', what: /the file is empty/ },
  { name: 'a file that is a list', yaml: '- spec: SPEC\n', key: '(root)', what: /expected a mapping, got a list/ },
  {
    name: 'two targets writing into one folder',
    yaml: 'spec: SPEC\ntargets:\n  typescript: { out: ./out }\n  skills: { out: ./out/skills }\n',
    key: 'targets.skills.out',
    what: /each target owns its folder/,
  },
  { name: 'a webhook scheme we do not support', yaml: 'spec: SPEC\nclient: { webhooks: { scheme: hmac } }\ntargets: { skills: { out: ./docs } }\n', key: 'client.webhooks.scheme', what: /must be "ed25519"/ },
  {
    name: 'a naming entry with a malformed endpoint',
    yaml: 'spec: SPEC\nnaming:\n  resources:\n    notes:\n      methods:\n        list: fetch /notes\ntargets: { skills: { out: ./docs } }\n',
    key: 'naming.resources.notes.methods.list',
    what: /fetch \/notes/,
  },
  {
    name: 'a marketplace owner without a name',
    yaml: skills('    marketplace: { name: m, owner: { email: a@b.c }, description: d, pluginDescription: p }\n'),
    key: 'targets.skills.marketplace.owner.name',
    what: /expected a non-empty string, got nothing/,
  },
  { name: 'a products file that does not exist', yaml: skills('    products: ./products.json\n'), key: 'targets.skills.products', what: /no such file: .*products\.json/ },
  {
    name: 'a locale with no strings file',
    yaml: skills(`    locales:\n      - locale: pt-BR\n        catalog: ${fixture('spec/openapi.yml')}\n`),
    key: 'targets.skills.locales[0].locale',
    what: /no skills\/locales\/pt-BR\.json for "pt-BR" \(built in: en, zh-CN\)/,
  },
  { name: 'a templates folder that does not exist', yaml: 'spec: SPEC\ntemplates: ./my-templates\ntargets: { skills: { out: ./docs } }\n', key: 'templates', what: /no such folder: .*my-templates/ },
];

describe('config errors name the key and what is wrong', () => {
  for (const c of cases) {
    it(c.name, () => {
      const error = configError(c.yaml);
      if (typeof c.key === 'string') expect(error.key).toBe(c.key);
      else expect(error.key).toMatch(c.key);
      expect(error.what).toMatch(c.what);
      expect(error.message).toContain(`: ${error.key}: `);
    });
  }

  it('a YAML syntax error gives the line of the mistake', () => {
    const error = configError('spec: SPEC\ntargets:\n  skills:\n    out: "unterminated\n');
    expect(error.key).toMatch(/^line [45], column \d+$/);
  });

  it('a naming config with several problems lists them all', () => {
    const error = configError('spec: SPEC\nnaming:\n  resources:\n    notes:\n      methods: { list: fetch /notes, Bad-Name: get /x }\ntargets: { skills: { out: ./docs } }\n');
    expect(error.what.split('\n').length).toBeGreaterThanOrEqual(2);
    expect(error.what).toContain('also naming.resources.notes.methods.');
  });
});

describe('sdkgen with a bad config', () => {
  for (const c of cases) {
    it(`exits 1 with the key on stderr: ${c.name}`, async () => {
      const file = configFile(c.yaml);
      const result = await runCli(['generate', '--config', file]);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      const [first] = result.stderr.split('\n');
      expect(first).toMatch(/^sdkgen: \S*sdkgen\.config\.yml: /);
      if (typeof c.key === 'string') expect(first).toContain(`: ${c.key}: `);
      else expect(first).toMatch(new RegExp(`: ${c.key.source.replace(/^\^|\$$/g, '')}: `));
      expect(result.stderr).toMatch(c.what.source.startsWith('^') ? new RegExp(c.what.source.slice(1)) : c.what);
      expect(result.progress).toBe('');
    });
  }

  it('check and ir report config errors the same way', async () => {
    const file = configFile(skills('    languages: [cobol]\n'));
    for (const argv of [['check', '--config', file], ['ir', '--config', file]]) {
      const result = await runCli(argv);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('targets.skills.languages[0]: unknown language "cobol"');
    }
  });

  it('a config file that does not exist is named', async () => {
    const result = await runCli(['generate', '--config', path.join(tempDir('config'), 'nope.yml')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/nope\.yml: \(file\): cannot be read \(ENOENT\)/);
  });
});
