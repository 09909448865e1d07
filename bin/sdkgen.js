#!/usr/bin/env node
// The compiled CLI lives in dist/ (built by `npm run build`, which `npm ci` runs through `prepare`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
if (!existsSync(compiled)) {
  process.stderr.write('sdkgen: dist/cli.js is missing; run `npm run build` first.\n');
  process.exit(2);
}
// A generate run with nothing to do stops before the CLI and its modules load (dist/fast-noop.js).
const argv = process.argv.slice(2);
const fast = fileURLToPath(new URL('../dist/fast-noop.js', import.meta.url));
const done = argv[0] === 'generate' && existsSync(fast) && (await (await import(fast)).fastNoop(argv, process.cwd(), (t) => process.stderr.write(t)));
if (!done) {
  const { main } = await import(compiled);
  process.exitCode = await main(argv);
}
