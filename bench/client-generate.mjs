#!/usr/bin/env node
// Time and peak memory of the TypeScript client target, each step in a fresh Node process:
//   1. load the spec and build the IR, then generate the client package (in memory) and write it out;
//   2. type-check the written package with its own tsconfig.json (what `tsc --noEmit` does, strict).
//   node bench/client-generate.mjs [runs]        (needs `npm run build` and ../shared)
// Specs: the 2026-07-16 Telnyx spec without a config (1156 operations) and the 2026-02-06 one with the Telnyx
// config (878 operations, api.md names). Prints a Markdown table; JSON goes to bench/results/client-generate.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { requireInputs, root, shared } from './support.mjs';

requireInputs('emit/typescript/index.js');
const runs = Number(process.argv[2] ?? 3);
const dist = (file) => JSON.stringify(path.join(root, 'dist', file));

/** Step 1 in a child: reports its phases, files, bytes and maxRSS as JSON on the last line. */
const generateChild = `
const [, spec, config, out] = process.argv;
const { mkdirSync, writeFileSync } = await import('node:fs');
const path = await import('node:path');
const started = performance.now();
const { readConfigFile } = await import(${dist('config.js')});
const { adoptTitle, configFromSpec } = await import(${dist('generate.js')});
const { loadProject } = await import(${dist('pipeline.js')});
const { generateTypescript } = await import(${dist('emit/typescript/index.js')});
const imported = performance.now();
const sdkgenConfig = config === '-' ? configFromSpec(spec, out) : readConfigFile(config);
const project = await loadProject(sdkgenConfig);
if (config === '-') adoptTitle(sdkgenConfig, project, true);
const loaded = performance.now();
const { files } = generateTypescript(project);
const generated = performance.now();
let bytes = 0;
for (const [file, text] of files) {
  mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
  writeFileSync(path.join(out, file), text);
  bytes += Buffer.byteLength(text);
}
const written = performance.now();
console.log(JSON.stringify({
  operations: project.ir.operations.length,
  importS: (imported - started) / 1000,
  loadS: (loaded - imported) / 1000,
  generateS: (generated - loaded) / 1000,
  writeS: (written - generated) / 1000,
  totalS: (written - started) / 1000,
  files: files.size,
  megabytes: bytes / 1e6,
  maxRssMb: process.resourceUsage().maxRSS / 1024,
}));
`;

/** Step 2 in a child: the package's tsconfig.json through the compiler API, no emit. */
const typecheckChild = `
const [, dir] = process.argv;
const started = performance.now();
const ts = (await import('typescript')).default;
const parsed = ts.getParsedCommandLineOfConfigFile(dir + '/tsconfig.json', { noEmit: true }, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\\n')); } });
const program = ts.createProgram(parsed.fileNames, parsed.options);
const diagnostics = ts.getPreEmitDiagnostics(program);
console.log(JSON.stringify({
  files: parsed.fileNames.length,
  diagnostics: diagnostics.length,
  seconds: (performance.now() - started) / 1000,
  maxRssMb: process.resourceUsage().maxRSS / 1024,
}));
`;

function runChild(script, args) {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script, '--', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (result.status !== 0) throw new Error(`child failed (${result.status}):\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop());
}

const cases = [
  { name: '2026-07-16, no config', spec: path.join(shared, 'specs/telnyx/openapi-2026-07-16.yml'), config: '-' },
  { name: '2026-02-06, Telnyx config', spec: '-', config: path.join(root, 'specs/telnyx/sdkgen.config.yml') },
];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fixed = (n, digits = 2) => n.toFixed(digits);
const results = [];
console.log('| spec | operations | load + IR s | generate s | write s | total s | peak RSS MB | files / MB | tsc --noEmit s | tsc peak RSS MB | tsc diagnostics |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const c of cases) {
  const gen = [];
  const check = [];
  for (let i = 0; i < runs; i++) {
    const dir = mkdtempSync(path.join(tmpdir(), 'sdkgen-bench-client-'));
    try {
      gen.push(runChild(generateChild, [c.spec, c.config, dir]));
      // The package's tsconfig wants @types/node from its own node_modules.
      mkdirSync(path.join(dir, 'node_modules'));
      symlinkSync(path.join(root, 'node_modules/@types'), path.join(dir, 'node_modules/@types'), 'dir');
      check.push(runChild(typecheckChild, [dir]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const row = {
    spec: c.name,
    operations: gen[0].operations,
    loadS: median(gen.map((g) => g.loadS)),
    generateS: median(gen.map((g) => g.generateS)),
    writeS: median(gen.map((g) => g.writeS)),
    totalS: median(gen.map((g) => g.totalS)),
    maxRssMb: Math.max(...gen.map((g) => g.maxRssMb)),
    files: gen[0].files,
    megabytes: gen[0].megabytes,
    tscS: median(check.map((t) => t.seconds)),
    tscMaxRssMb: Math.max(...check.map((t) => t.maxRssMb)),
    tscDiagnostics: Math.max(...check.map((t) => t.diagnostics)),
    runs,
  };
  results.push(row);
  console.log(
    `| ${row.spec} | ${row.operations} | ${fixed(row.loadS)} | ${fixed(row.generateS)} | ${fixed(row.writeS)} | ${fixed(row.totalS)} | ` +
      `${fixed(row.maxRssMb, 0)} | ${row.files} / ${fixed(row.megabytes, 1)} | ${fixed(row.tscS)} | ${fixed(row.tscMaxRssMb, 0)} | ${row.tscDiagnostics} |`,
  );
}
mkdirSync(path.join(root, 'bench/results'), { recursive: true });
writeFileSync(path.join(root, 'bench/results/client-generate.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nmedian of ${runs} run(s); total = importing sdkgen + load + generate + write; peak RSS is the whole process.`);
