// Time of `sdkgen verify` per language over the generated Telnyx docs: every target of the verify: section of
// specs/telnyx/sdkgen.config.yml (Python pyright, Ruby gem, JavaScript tsc against telnyx@5.23.0 and the generated
// client, and Go and Java once configured), each run on its own, with the examples checked and passed.
// Needs `npm run build`, `npm run generate:telnyx`, the toolchains (.ci/toolchains.sh) and pyright (.ci/test-tools.sh).
// Usage: node bench/verify.mjs [runs, default 1]; SDKGEN_TELNYX_OUT=DIR reads output/telnyx/… from DIR/… instead
// (a generation of your own, e.g. with a copy of the config whose out: folders point there).
import os from 'node:os';
import path from 'node:path';
import { requireInputs, root } from './support.mjs';

requireInputs('verify/index.js');
const runs = Number(process.argv[2] ?? 1);
const { readConfigFile } = await import(path.join(root, 'dist/config.js'));
const { verifyDocs } = await import(path.join(root, 'dist/verify/index.js'));
const { styleCounts } = await import(path.join(root, 'dist/verify/report.js'));
const config = readConfigFile(path.join(root, 'specs/telnyx/sdkgen.config.yml'));
const outputs = path.join(root, 'output/telnyx');
const rebase = (file) => (process.env.SDKGEN_TELNYX_OUT && file.startsWith(outputs) ? path.join(process.env.SDKGEN_TELNYX_OUT, file.slice(outputs.length)) : file);
const dir = rebase(config.verify.dir);
const tools = process.env.SDKGEN_TEST_TOOLS ?? path.join(os.homedir(), '.cache/sdkgen-test-tools');
process.env.PATH = `${path.join(tools, 'node_modules/.bin')}:${process.env.PATH}`;

console.log(`sdkgen verify, ${dir}, ${os.cpus().length} cores, ${runs} run(s) per target`);
let total = 0;
for (const configured of config.verify.targets) {
  const target = { ...configured, sdk: rebase(configured.sdk) };
  const times = [];
  let line = '';
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const report = await verifyDocs({ dir, targets: [target], languages: [target.language], ...(config.verify.styles ? { styles: config.verify.styles } : {}) });
    times.push((performance.now() - started) / 1000);
    const run = report.runs[0];
    line = run.skipped ?? styleCounts(run).map((c) => `${c.style} ${c.passed}/${c.total}`).join(', ');
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  total += median;
  console.log(`${target.language.padEnd(11)} ${median.toFixed(1).padStart(6)} s  ${line}  (${target.sdk.replace(root + '/', '')})`);
}
console.log(`${'total'.padEnd(11)} ${total.toFixed(1).padStart(6)} s`);
