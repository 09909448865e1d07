// The CI workflow and the benchmark script: the steps the project relies on are there, and the script parses.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/shared.js';

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
}

describe('.github/workflows/sdkgen.yml', () => {
  const workflow = yaml.load(readFileSync(path.join(repoRoot, '.github/workflows/sdkgen.yml'), 'utf8')) as {
    on: Record<string, unknown>;
    jobs: Record<string, { steps: Step[] }>;
  };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const runs = steps.map((step) => step.run ?? '');
  const indexOf = (pattern: RegExp) => runs.findIndex((run) => pattern.test(run));

  it('runs on pushes and pull requests', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
  });

  it('installs, tests, regenerates, then checks the demo, in that order', () => {
    const order = [/^npm ci$/, /^npm test$/, /^npm run generate$/, /sdkgen(\.js)? check --config specs\/demo\/sdkgen\.config\.yml/].map(indexOf);
    expect(order.every((i) => i >= 0), `steps found at ${order}`).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const scripts = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).scripts;
    expect(scripts.generate).toContain('specs/demo/sdkgen.config.yml');
    expect(existsSync(path.join(repoRoot, 'specs/demo/sdkgen.config.yml'))).toBe(true);
  });

  it('uploads output/demo/skills as an artifact, hidden files included', () => {
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with).toMatchObject({ path: 'output/demo/skills', 'include-hidden-files': true, 'if-no-files-found': 'error' });
  });
});

describe('bench/compare-hey-api.sh', () => {
  const script = path.join(repoRoot, 'bench/compare-hey-api.sh');

  it('is valid bash', () => {
    const result = spawnSync('bash', ['-n', script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('installs hey-api into a temporary folder, never into the project', () => {
    const text = readFileSync(script, 'utf8');
    const installs = text.split('\n').filter((line) => /npm (install|i|add)\b/.test(line) && !line.trimStart().startsWith('#'));
    expect(installs.length).toBeGreaterThan(0);
    for (const line of installs) expect(line).toMatch(/cd "\$tmp\/hey-api"/);
    expect(text).toContain('@hey-api/openapi-ts@$hey_version');
    expect(text).toMatch(/hey_version="\$\{HEY_API_VERSION:-0\.99\}"/);
  });
});
