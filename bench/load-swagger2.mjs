#!/usr/bin/env node
// Loading the Swagger 2.0 corpus specs (read, check refs, bundle, convert to OpenAPI 3.0) against loading the
// 07-16 Telnyx spec (3.1, no conversion): median of N runs after one warm-up, in one process.
//   node bench/load-swagger2.mjs [runs]          (needs `npm run build` and ../shared)
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { requireInputs, root, shared } from './support.mjs';

requireInputs('load/swagger2/index.js');
const runs = Number(process.argv[2] ?? 5);
const { loadSpec } = await import(pathToFileURL(path.join(root, 'dist/load/index.js')).href);
const v2 = 'corpus/oai-examples/examples/v2.0';
const specs = [
  'corpus/slack/slack_web_openapi_v2.json',
  `${v2}/json/petstore.json`,
  `${v2}/yaml/petstore-expanded.yaml`,
  `${v2}/yaml/petstore-separate/spec/swagger.yaml`,
  `${v2}/json/uber.json`,
  'specs/telnyx/openapi-2026-07-16.yml',
];
console.log('| spec | converted | paths | median ms |\n| --- | --- | --- | --- |');
for (const spec of specs) {
  const file = path.join(shared, spec);
  const first = await loadSpec(file);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await loadSpec(file);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const converted = first.document.openapi === '3.0.3' && !spec.startsWith('specs/') ? 'yes' : 'no';
  console.log(`| ${path.basename(spec)} | ${converted} | ${Object.keys(first.document.paths).length} | ${times[Math.floor(runs / 2)].toFixed(1)} |`);
}
