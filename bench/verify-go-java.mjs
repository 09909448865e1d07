// Time of `sdkgen verify` for Go and Java over the generated Telnyx docs (v1 + v2, ~1670 examples each):
// Go cold (an empty build cache: the SDK compiles once) and warm (the cache kept, as between CI runs), Java
// (one javac run; no cache). Needs `npm run build`, `npm run generate:telnyx`, Go 1.22+ and a JDK.
// Usage: node bench/verify-go-java.mjs [docs folder, default output/telnyx/skills] [runs, default 3]
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { requireInputs, root, shared } from './support.mjs';

requireInputs('verify/go.js');
const dir = path.resolve(process.argv[2] ?? path.join(root, 'output/telnyx/skills'));
const runs = Number(process.argv[3] ?? 3);
const { extractExamples } = await import(path.join(root, 'dist/verify/extract.js'));
const { goVerifier } = await import(path.join(root, 'dist/verify/go.js'));
const { javaVerifier } = await import(path.join(root, 'dist/verify/java.js'));

const examples = extractExamples(dir);
const of = (language) => examples.filter((e) => e.language === language);
const jars = ['jackson-databind', 'jackson-core', 'jackson-annotations', 'error_prone_annotations', 'httpclient5', 'httpcore5'].map(
  (j) => `/usr/share/java/${j}.jar`,
);

async function time(label, verify) {
  const work = mkdtempSync(path.join(os.tmpdir(), 'sdkgen-bench-verify-'));
  const started = performance.now();
  try {
    const outcomes = await verify(work);
    const seconds = (performance.now() - started) / 1000;
    const passed = outcomes.filter((o) => o.status !== 'fail').length;
    console.log(`${label.padEnd(12)} ${seconds.toFixed(1).padStart(6)} s  ${passed}/${outcomes.length} pass`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const coldCache = mkdtempSync(path.join(os.tmpdir(), 'sdkgen-bench-gocache-'));
await time('go cold', (work) =>
  goVerifier({ cache: coldCache }).verify(of('go'), { sdk: path.join(shared, 'sdks/telnyx-go-4.22.0.tar.gz') }, work),
);
for (let i = 0; i < runs; i++) {
  await time('go warm', (work) =>
    goVerifier({ cache: coldCache }).verify(of('go'), { sdk: path.join(shared, 'sdks/telnyx-go-4.22.0.tar.gz') }, work),
  );
}
rmSync(coldCache, { recursive: true, force: true });
for (let i = 0; i < runs; i++) {
  await time('java', (work) => javaVerifier({ classpath: jars }).verify(of('java'), { sdk: path.join(shared, 'sdks/java') }, work));
}
