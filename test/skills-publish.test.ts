// Publishing one flat skills tree for every agent client: the files, and what each client's validator says.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, listFiles, runCli, tempDir } from './support/cli.js';
import { hasShared, repoRoot, shared, sharedSkipReason } from './support/shared.js';
import { testTool } from './support/tools.js';

const claude = testTool('claude');
const skillsRef = testTool('skills-ref');
const ALL = ['claude', 'cursor', 'gemini', 'codex', 'agent-plugins'];
const MANIFESTS = [
  '.claude-plugin/marketplace.json',
  '.claude-plugin/plugin.json',
  '.codex-plugin/plugin.json',
  '.cursor-plugin/plugin.json',
  'AGENTS.md',
  'README.md',
  'gemini-extension.json',
  'plugin.json',
];

/** Writes a config for `spec` with the given skills target lines, generates it, returns the output folder. */
async function generate(label: string, spec: string, skills: Record<string, unknown>): Promise<string> {
  const dir = tempDir(label);
  const out = path.join(dir, 'out');
  const config = { spec, client: { name: 'Orbit', packageName: 'orbit' }, targets: { skills: { out, ...skills } } };
  writeFileSync(path.join(dir, 'sdkgen.config.yml'), JSON.stringify(config));
  const result = await runCli(['generate', '--quiet', '--config', path.join(dir, 'sdkgen.config.yml')]);
  expect(result.stderr).toBe('');
  expect(result.progress).not.toContain('Agent Skills specification');
  expect(result.code).toBe(0);
  return out;
}

/** `claude plugin validate --strict --json PATH`: errors and warnings (strict fails on both). */
function claudeValidate(target: string): { success: boolean; problems: string[] } {
  const run = spawnSync(claude.path, ['plugin', 'validate', '--strict', '--json', target], { encoding: 'utf8', timeout: 60_000 });
  const report = JSON.parse(run.stdout) as { success: boolean; manifest: { errors: unknown[]; warnings: unknown[] } };
  return { success: report.success && run.status === 0, problems: [...report.manifest.errors, ...report.manifest.warnings].map((p) => JSON.stringify(p)) };
}

function skillsRefValidate(dir: string): string {
  const run = spawnSync(skillsRef.path, ['validate', dir], { encoding: 'utf8', timeout: 60_000 });
  return run.status === 0 ? '' : `${dir}: ${run.stdout}${run.stderr}`;
}

afterAll(cleanTempDirs);

const trees: [string, () => string, string[]][] = [
  ['demo', () => path.join(repoRoot, 'specs/demo/openapi.yml'), []],
  ['petstore', () => shared('corpus/oai-examples/examples/v3.0/petstore.yaml'), []],
];

for (const [label, spec] of trees) {
 for (const style of ['v2', 'agent']) {
  const needsShared = label === 'petstore';
  describe.skipIf(needsShared && !hasShared)(`publish: ${label}, style ${style}, every agent client${needsShared ? sharedSkipReason : ''}`, () => {
    let out: string;
    beforeAll(async () => {
      const languages = style === 'agent' ? ['python', 'javascript', 'curl'] : ['python', 'javascript', 'go'];
      out = await generate(label, spec(), { languages, styles: [style], publish: ALL });
    });

    it('writes one flat skills/ folder and every manifest beside it', () => {
      const files = listFiles(out).filter((f) => !f.startsWith('.sdkgen'));
      const skills = files.filter((f) => f.startsWith('skills/'));
      expect(files.filter((f) => !f.startsWith('skills/'))).toEqual(MANIFESTS);
      expect(skills.length).toBeGreaterThan(0);
      const own = style === 'agent' ? /^skills\/[a-z0-9-]+\/(SKILL|references\/api-details)\.md$/ : /^skills\/[a-z0-9-]+\/SKILL\.md$/;
      for (const file of skills) expect(file).toMatch(own);
    });

    it('names the same package in every manifest and lists every skill in AGENTS.md', () => {
      const json = (file: string) => JSON.parse(readFileSync(path.join(out, file), 'utf8')) as Record<string, unknown>;
      const names = MANIFESTS.filter((f) => f.endsWith('.json') && !f.includes('marketplace')).map((f) => json(f).name);
      expect(new Set(names).size).toBe(1);
      const marketplace = json('.claude-plugin/marketplace.json') as { plugins: { name: string; source: string }[] };
      expect(marketplace.plugins).toEqual([expect.objectContaining({ name: names[0], source: './' })]);
      expect(json('gemini-extension.json').contextFileName).toBe('AGENTS.md');
      const agents = readFileSync(path.join(out, 'AGENTS.md'), 'utf8');
      for (const file of listFiles(out).filter((f) => f.startsWith('skills/') && f.endsWith('/SKILL.md'))) {
        expect(agents).toContain(`](${file})`);
      }
    });

    it.skipIf(!claude.available)(`claude plugin validate --strict passes on the marketplace and the plugin${claude.skipReason}`, () => {
      for (const target of [out, path.join(out, '.claude-plugin/plugin.json')]) {
        const report = claudeValidate(target);
        expect(report.problems).toEqual([]);
        expect(report.success).toBe(true);
      }
    });

    it.skipIf(!skillsRef.available)(`skills-ref validate passes on every skill${skillsRef.skipReason}`, () => {
      const dirs = [...new Set(listFiles(out).filter((f) => f.startsWith('skills/') && f.endsWith('/SKILL.md')).map((f) => path.dirname(f)))];
      expect(dirs.map((dir) => skillsRefValidate(path.join(out, dir))).filter(Boolean)).toEqual([]);
    });
  });
 }
}

describe('publish: config', () => {
  it('writes only the clients listed (Claude alone: its two manifests, the index and the README)', async () => {
    const out = await generate('claude-only', path.join(repoRoot, 'specs/demo/openapi.yml'), { languages: ['python'], publish: ['claude'] });
    expect(listFiles(out).filter((f) => !f.startsWith('skills/') && !f.startsWith('.sdkgen'))).toEqual([
      '.claude-plugin/marketplace.json',
      '.claude-plugin/plugin.json',
      'AGENTS.md',
      'README.md',
    ]);
  });

  for (const [publish, message] of [
    [['claude', 'vscode'], 'targets.skills.publish[1]: unknown agent client "vscode"; one of claude, cursor, gemini, codex, agent-plugins'],
    [['gemini', 'gemini'], 'targets.skills.publish[1]: "gemini" is listed twice'],
    ['claude', 'targets.skills.publish: expected a list of agent clients'],
  ] as const) {
    it(`rejects publish: ${JSON.stringify(publish)}`, async () => {
      const dir = tempDir('publish-bad');
      const config = { spec: path.join(repoRoot, 'specs/demo/openapi.yml'), targets: { skills: { out: path.join(dir, 'out'), publish } } };
      writeFileSync(path.join(dir, 'sdkgen.config.yml'), JSON.stringify(config));
      const result = await runCli(['generate', '--config', path.join(dir, 'sdkgen.config.yml')]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(message);
      expect(listFiles(path.join(dir, 'out'))).toEqual([]);
    });
  }
});
