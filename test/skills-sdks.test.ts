// targets.skills.sdks: a declared SDK is what its language's examples install, import and call; a language
// without one gets raw HTTP in that language; the description says which.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acmeSpec, cleanTempDirs, runCli, tempDir } from './support/cli.js';

afterAll(cleanTempDirs);

const doc = (out: string, product: string, language: string) => path.join(out, `acme-notes-${language}/skills/acme-notes-${product}-${language}/SKILL.md`);

/** The folded front-matter description as one line. */
const description = (text: string) => /^description: >-\n([\s\S]*?)\nmetadata:/m.exec(text)![1]!.split('\n').map((l) => l.trim()).join(' ');

async function generate(skills: string): Promise<string> {
  const dir = tempDir('sdks');
  const file = path.join(dir, 'sdkgen.config.yml');
  writeFileSync(file, `spec: ${acmeSpec}\nclient: { name: AcmeNotes, apiKeyEnv: ACME_KEY }\ntargets:\n  typescript: { out: ./ts }\n  skills:\n    out: ./skills\n${skills}`);
  const result = await runCli(['generate', '--config', file, '--targets', 'skills']);
  expect(result.code, result.stderr).toBe(0);
  return path.join(dir, 'skills');
}

describe('targets.skills.sdks', () => {
  it('a declared SDK: its install command, import, client class and key variable', async () => {
    const out = await generate(
      '    languages: [python, go]\n    sdks:\n      python: { package: acme-notes-sdk, import: acme, client: Acme, apiKeyEnv: ACME_TOKEN, install: pip install acme-notes-sdk==2.1 }\n',
    );
    const python = readFileSync(doc(out, 'notes', 'python'), 'utf8');
    expect(python).toContain('pip install acme-notes-sdk==2.1');
    expect(python).toContain('from acme import Acme');
    expect(python).toContain('os.environ.get("ACME_TOKEN")');
    expect(description(python)).toContain('This skill provides Python SDK examples.');
    const go = readFileSync(doc(out, 'notes', 'go'), 'utf8');
    expect(go).toContain('"net/http"');
    expect(go).toContain('os.Getenv("ACME_KEY")');
    expect(go).not.toMatch(/go get|acme-notes-go/);
    expect(description(go)).toContain('Go examples that call the HTTP API directly (no SDK)');
  });

  it('without sdks: JavaScript calls the generated client (installed from its folder), curl the HTTP API', async () => {
    const out = await generate('');
    const javascript = readFileSync(doc(out, 'notes', 'javascript'), 'utf8');
    expect(javascript).toContain('npm install ../ts');
    expect(javascript).toContain("import AcmeNotes from 'acme-notes';");
    expect(description(javascript)).toContain('JavaScript examples that call the TypeScript client generated with these docs');
    expect(readFileSync(doc(out, 'notes', 'curl'), 'utf8')).toContain('curl');
  });
});
