// No-op regeneration of the Telnyx config (client + 5 languages × 2 styles + zh-CN): one full run into a
// temporary folder, then `sdkgen generate` again N times as a process (start-up included); prints the median.
// Usage: npm run build && node bench/noop-telnyx.mjs [runs=9]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { requireInputs, root, shared } from './support.mjs';

requireInputs('cli.js');
const runs = Number(process.argv[2] ?? 9);
const dir = mkdtempSync(path.join(tmpdir(), 'sdkgen-noop-bench-'));
const config = readFileSync(path.join(root, 'specs/telnyx/sdkgen.config.yml'), 'utf8')
  .replaceAll('../../../shared', shared)
  .replaceAll('../../output/telnyx', path.join(dir, 'out'));
const configFile = path.join(dir, 'sdkgen.config.yml');
writeFileSync(configFile, config);
const cli = path.join(root, 'bin/sdkgen.js');
const generate = (...extra) => execFileSync(process.execPath, [cli, 'generate', '--config', configFile, '--quiet', ...extra], { stdio: 'pipe' });

try {
  let start = performance.now();
  generate();
  console.log(`full run: ${((performance.now() - start) / 1000).toFixed(2)} s`);
  const times = [];
  for (let i = 0; i < runs; i++) {
    start = performance.now();
    generate();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const bare = [];
  for (let i = 0; i < runs; i++) {
    start = performance.now();
    execFileSync(process.execPath, ['-e', '0']);
    bare.push(performance.now() - start);
  }
  bare.sort((a, b) => a - b);
  const ms = (t) => `${(t / 1000).toFixed(3)} s`;
  // The check itself, in one process: what a no-op run adds to node's own start-up.
  const { fastNoop } = await import(path.join(root, 'dist/fast-noop.js'));
  const argv = ['generate', '--config', configFile, '--quiet'];
  const checks = [];
  for (let i = 0; i < runs; i++) {
    start = performance.now();
    if (!(await fastNoop(argv, process.cwd(), () => {}))) throw new Error('bench: the recorded run is not a no-op');
    checks.push(performance.now() - start);
  }
  checks.sort((a, b) => a - b);
  console.log(`the no-op check alone (in process): median ${(checks[runs >> 1]).toFixed(1)} ms`);
  console.log(`no-op runs: ${runs}, median ${ms(times[runs >> 1])}, min ${ms(times[0])}, max ${ms(times[runs - 1])}`);
  console.log(`bare node start (for scale): median ${ms(bare[runs >> 1])}`);
  start = performance.now();
  generate('--force');
  console.log(`--force run: ${((performance.now() - start) / 1000).toFixed(2)} s`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
