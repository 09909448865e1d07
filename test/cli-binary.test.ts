// The real binary (bin/sdkgen.js → dist/cli.js, what `npx sdkgen` runs): bad specs leave no trace, and a bare
// spec generates the v2 skill docs (JavaScript and curl without a config).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableTargets, buildDist, cleanTempDirs, fixture, listFiles, runBinary, tempDir, typescriptPending } from './support/cli.js';
import { hasShared, repoRoot, shared, sharedSkipReason } from './support/shared.js';

beforeAll(buildDist, 120_000);
afterAll(cleanTempDirs);

describe('bin/sdkgen.js', () => {
  it('is the package bin, and answers --help', () => {
    expect(JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).bin).toEqual({ sdkgen: 'bin/sdkgen.js' });
    const result = runBinary(['generate', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--spec <file>');
  });
});

describe('a bad spec through the real CLI: the file and the place, exit 1, and no output folder at all', () => {
  const cases: [string, RegExp][] = [
    ['bad/malformed.yml', /malformed\.yml:\d+:\d+: invalid YAML/],
    ['bad/dangling-ref.yml', /dangling-ref\.yml:14:\d+: \$ref "#\/components\/schemas\/Thing" points to nothing.*\(at #\/paths\/~1things\/get\//],
    ['bad/missing-file.yml', /missing-file\.yml:14:\d+: \$ref "\.\/schemas\/thing\.yml" names a file that does not exist/],
    ['bad/empty.yml', /empty\.yml: the file is empty/],
    ['bad/not-openapi.json', /not-openapi\.json: not an OpenAPI document/],
  ];
  for (const [spec, message] of cases) {
    it(spec, () => {
      const parent = tempDir('bad');
      const out = path.join(parent, 'generated');
      const result = runBinary(['generate', '--spec', fixture(spec), '--out', out]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^sdkgen: /m);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe('');
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(parent)).toEqual([]); // no .sdkgen-tmp-* either
    });
  }

  it('a spec that does not exist', () => {
    const parent = tempDir('bad');
    const result = runBinary(['generate', '--spec', path.join(parent, 'nope.yml'), '--out', path.join(parent, 'out')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/nope\.yml: no such file/);
    expect(readdirSync(parent)).toEqual([]);
  });
});

const PETSTORE = 'corpus/oai-examples/examples/v3.0/petstore.yaml';
// With no config, the docs show what exists: the client sdkgen writes (JavaScript) and raw HTTP (curl).
const LANGUAGES = ['javascript', 'curl'];

describe.skipIf(!hasShared)(`sdkgen generate --spec petstore.yaml --out DIR, no config${sharedSkipReason}`, () => {
  let out: string;
  let result: ReturnType<typeof runBinary>;
  beforeAll(() => {
    out = path.join(tempDir('petstore'), 'generated');
    result = runBinary(['generate', '--spec', shared(PETSTORE), '--out', out, ...availableTargets]);
  });

  it('exits 0 with one progress line per phase (CI is set)', () => {
    expect(result.code, result.stderr).toBe(0);
    const phases = result.stderr.trimEnd().split('\n').map((line) => /^✓ \[\d\/\d\] ([^:]+):/.exec(line)?.[1]);
    expect(phases).toEqual(['load spec and build IR', ...(availableTargets.length ? [] : ['typescript client']), 'skill docs', 'write']);
  });

  it('writes DIR/skills in the v2 layout: one plugin per language, one skill per tag (pets)', () => {
    const docs = listFiles(path.join(out, 'skills')).filter((f) => f.endsWith('SKILL.md'));
    expect(docs).toEqual(LANGUAGES.map((l) => `petstore-${l}/skills/petstore-pets-${l}/SKILL.md`).sort());
    for (const language of LANGUAGES) {
      const text = readFileSync(path.join(out, 'skills', `petstore-${language}/skills/petstore-pets-${language}/SKILL.md`), 'utf8');
      expect(text).toMatch(new RegExp(`^---\\nname: petstore-pets-${language}\\n`));
      for (const endpoint of ['`GET /pets`', '`POST /pets`', '`GET /pets/{petId}`']) expect(text).toContain(endpoint);
    }
    const marketplace = JSON.parse(readFileSync(path.join(out, 'skills/.claude-plugin/marketplace.json'), 'utf8'));
    expect(marketplace.plugins).toHaveLength(LANGUAGES.length);
    expect(existsSync(path.join(out, 'skills/.sdkgen-manifest.json'))).toBe(true);
  });

  it.skipIf(availableTargets.length > 0)(`writes DIR/typescript${typescriptPending}`, () => {
    expect(listFiles(path.join(out, 'typescript')).length).toBeGreaterThan(1);
  });

  it('leaves nothing else beside DIR', () => {
    expect(readdirSync(path.dirname(out))).toEqual(['generated']);
    expect(readdirSync(out).sort()).toEqual(availableTargets.length ? ['skills'] : ['skills', 'typescript']);
  });
});

describe('the binary again with nothing changed (bin/sdkgen.js checks the stamps before the CLI loads)', () => {
  it('says up to date, and regenerates a file edited by hand', () => {
    const out = path.join(tempDir('noop'), 'generated');
    const spec = path.join(repoRoot, 'specs/demo/openapi.yml');
    expect(runBinary(['generate', '--spec', spec, '--out', out]).code).toBe(0);
    const again = runBinary(['generate', '--spec', spec, '--out', out]);
    expect(again.code).toBe(0);
    expect(again.stderr).toBe('sdkgen: up to date (no input changed since the last run; --force regenerates)\n');
    expect(runBinary(['generate', '--spec', spec, '--out', out, '--quiet']).stderr).toBe('');
    const readme = path.join(out, 'typescript', 'README.md');
    writeFileSync(readme, `${readFileSync(readme, 'utf8')}edited\n`);
    expect(runBinary(['generate', '--spec', spec, '--out', out]).stderr).toMatch(/write: 1 written/);
  });
});
