// Agent Skills conformance (agentskills.io/specification): the checker catches each rule, and what sdkgen
// writes passes it (demo in both styles; Telnyx v1/v2 in one language).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { skillProblems, treeProblems } from '../generator/emit/skills/conformance.js';
import { cleanTempDirs, runCli, tempDir } from './support/cli.js';
import { hasShared, repoRoot, sharedSkipReason } from './support/shared.js';
import { telnyxSkillFiles } from './support/telnyx.js';

const doc = (front: string) => `---\n${front}\n---\n\n# Title\n`;
const good = 'name: acme-notes-python\ndescription: >-\n  Use when taking notes.\nmetadata:\n  author: acme\n  product: notes';

afterAll(cleanTempDirs);

describe('Agent Skills conformance checker', () => {
  it('accepts a conforming document', () => {
    expect(skillProblems('acme-notes-python/SKILL.md', doc(good))).toEqual([]);
  });

  const cases: [string, string, string, string[]?][] = [
    ['a name that is not its folder', 'x/acme-notes/SKILL.md', good, undefined],
    ['an upper-case name', 'Acme-Notes/SKILL.md', good.replace('acme-notes-python', 'Acme-Notes'), undefined],
    ['a name over 64 characters', `${'a'.repeat(65)}/SKILL.md`, good.replace('acme-notes-python', 'a'.repeat(65)), undefined],
    ['a missing description', 'acme-notes-python/SKILL.md', 'name: acme-notes-python', undefined],
    ['a description over 1024 characters', 'acme-notes-python/SKILL.md', `name: acme-notes-python\ndescription: ${'word '.repeat(210)}`, undefined],
    ['a key outside the specification', 'acme-notes-python/SKILL.md', `${good}\nversion: 1`, undefined],
    ['metadata that is not a string', 'acme-notes-python/SKILL.md', `${good}\n  stars: 5`, undefined],
    ['a reference two levels deep', 'acme-notes-python/SKILL.md', good, ['acme-notes-python/references/deep/a.md']],
  ];
  for (const [what, file, front, others] of cases) {
    it(`reports ${what}`, () => {
      expect(skillProblems(file, doc(front), others)).toHaveLength(1);
    });
  }

  it('reports a document without front matter', () => {
    expect(skillProblems('a/SKILL.md', '# no front matter\n')).toEqual(['a/SKILL.md: no YAML front matter (--- … ---) at the top']);
  });
});

describe('generated trees conform', () => {
  it('demo, v1 and v2 in five languages: generate reports no conformance problem', async () => {
    const dir = tempDir('conformance');
    const config = {
      spec: path.join(repoRoot, 'specs/demo/openapi.yml'),
      targets: { skills: { out: path.join(dir, 'out'), styles: ['v1', 'v2'] } },
    };
    writeFileSync(path.join(dir, 'sdkgen.config.yml'), JSON.stringify(config));
    const result = await runCli(['generate', '--quiet', '--config', path.join(dir, 'sdkgen.config.yml')]);
    expect(result.code).toBe(0);
    expect(result.stderr + result.progress).not.toContain('Agent Skills specification');
  });

  it('a name prefix that breaks the naming rule is reported with the file', async () => {
    const dir = tempDir('conformance-bad');
    const config = {
      spec: path.join(repoRoot, 'specs/demo/openapi.yml'),
      targets: { skills: { out: path.join(dir, 'out'), languages: ['python'], branding: { brand: 'Orbit', namePrefix: 'Orbit_Co', author: 'orbit' } } },
    };
    writeFileSync(path.join(dir, 'sdkgen.config.yml'), JSON.stringify(config));
    const result = await runCli(['generate', '--quiet', '--config', path.join(dir, 'sdkgen.config.yml')]);
    expect(result.stderr + result.progress).toContain('Agent Skills specification: Orbit_Co-python/skills/Orbit_Co-tasks-python/SKILL.md: name "Orbit_Co-tasks-python" must be lowercase');
  });

  it.skipIf(!hasShared)(`Telnyx v1 and v2 (python): every SKILL.md conforms${sharedSkipReason}`, async () => {
    const files = await telnyxSkillFiles(['python']);
    expect(files.size).toBeGreaterThan(60);
    expect(treeProblems(files)).toEqual([]);
  });
});
