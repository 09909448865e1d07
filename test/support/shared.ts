// ../shared holds the reference material: tests that need it skip without it, and fail instead under CI.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedDir = path.resolve(repoRoot, '../shared');
export const hasShared = existsSync(path.join(sharedDir, 'reference'));

if (!hasShared && process.env.CI === 'true') {
  throw new Error(`../shared is missing (looked at ${sharedDir}); CI needs the reference material beside the checkout`);
}

/** Why a test that needs ../shared is skipped (shown by vitest as the suite name). */
export const sharedSkipReason = hasShared ? '' : ' (skipped: ../shared with the reference material is absent)';

export function shared(...parts: string[]): string {
  return path.join(sharedDir, ...parts);
}
