// What every benchmark here needs first: the repo, ../shared with the Telnyx specs, and a built dist/.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const shared = path.resolve(root, '../shared');

/** Exits with a clear message unless ../shared/specs/telnyx and dist/<builtFile> exist. */
export function requireInputs(builtFile) {
  if (!existsSync(path.join(shared, 'specs/telnyx'))) {
    console.error('bench: ../shared/specs/telnyx is missing');
    process.exit(2);
  }
  if (!existsSync(path.join(root, 'dist', builtFile))) {
    console.error('bench: run `npm run build` first');
    process.exit(2);
  }
}
