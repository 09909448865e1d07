#!/usr/bin/env node
// Time and peak memory of sdkgen on the Telnyx specs, each run in a fresh Node process.
//   node bench/generate-telnyx.mjs [runs]
// Cases: `generate:telnyx` (client + docs, 2026-02-06 spec, api.md names; then the v3 docs of the 2026-03-20 spec
// and the agent profile of the 2026-03-24 spec, its second and third configs: the script's time is the sum) and the docs alone for the larger
// 2026-07-16 spec. Needs `npm run build` and ../shared. Prints a Markdown table.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { requireInputs, root, shared } from './support.mjs';

requireInputs('cli.js');
const runs = Number(process.argv[2] ?? 3);

/** One case in a child process: it reports its own wall time and maxRSS as JSON on the last line. */
const child = `
const [, mode, out] = process.argv;
const started = performance.now();
const { readConfigFile } = await import(${JSON.stringify(path.join(root, 'dist/config.js'))});
const { prepare, writeTargets, configFromSpec } = await import(${JSON.stringify(path.join(root, 'dist/generate.js'))});
const quiet = { phase() {}, done() {}, warn() {}, info() {} };
const spec0716 = ${JSON.stringify(path.join(shared, 'specs/telnyx/openapi-2026-07-16.yml'))};
const configFile = { 'telnyx-v3': 'specs/telnyx/v3.config.yml', 'telnyx-agent': 'specs/telnyx/agent.config.yml' }[mode] ?? 'specs/telnyx/sdkgen.config.yml';
const config = mode === 'docs-0716-tags' ? configFromSpec(spec0716, out) : readConfigFile(${JSON.stringify(root)} + '/' + configFile);
if (mode === 'docs-0716-tags') delete config.targets.typescript;
if (mode === 'docs-0716') {
  config.spec = ${JSON.stringify(path.join(shared, 'specs/telnyx/openapi-2026-07-16.yml'))};
  delete config.targets.typescript;
}
for (const target of Object.values(config.targets)) target.out = out + '/' + (target === config.targets.skills ? 'skills' : 'typescript');
const outputs = await prepare(config, quiet);
await writeTargets(outputs, quiet);
const files = outputs.reduce((n, o) => n + o.files.size, 0);
console.log(JSON.stringify({ seconds: (performance.now() - started) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024, files }));
`;

const cases = [
  { name: 'generate:telnyx (2026-02-06: client + docs, 5 languages × v1/v2 + zh-CN)', mode: 'telnyx' },
  { name: 'generate:telnyx, its second config (2026-03-20: v3 docs, 6 languages incl. curl)', mode: 'telnyx-v3' },
  { name: 'generate:telnyx, its third config (2026-03-24: agent profile, messaging, 6 languages + publish targets)', mode: 'telnyx-agent' },
  { name: 'docs only, 2026-07-16 spec with the products file and api.md names (v1+v2, 5 languages)', mode: 'docs-0716' },
  { name: 'docs only, 2026-07-16 spec without config (all 1156 operations, one product per tag, v2, 5 languages)', mode: 'docs-0716-tags' },
];

console.log('| case | wall s (min / median) | peak RSS MB | files |');
console.log('| --- | --- | --- | --- |');
// BENCH_CASES=telnyx,telnyx-v3 runs only those modes.
const only = process.env.BENCH_CASES?.split(',');
for (const c of cases.filter((c) => !only || only.includes(c.mode))) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const out = mkdtempSync(path.join(tmpdir(), 'sdkgen-bench-'));
    const started = performance.now();
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', child, '--', c.mode, out], { encoding: 'utf8' });
    const wall = (performance.now() - started) / 1000;
    rmSync(out, { recursive: true, force: true });
    if (run.status !== 0) {
      console.error(run.stderr);
      process.exit(1);
    }
    const report = JSON.parse(run.stdout.trim().split('\n').pop());
    results.push({ wall, rss: report.maxRssMb, files: report.files });
  }
  const walls = results.map((r) => r.wall).sort((a, b) => a - b);
  const median = walls[Math.floor(walls.length / 2)];
  const rss = Math.max(...results.map((r) => r.rss));
  console.log(`| ${c.name} | ${walls[0].toFixed(2)} / ${median.toFixed(2)} | ${rss.toFixed(0)} | ${results[0].files} |`);
}
