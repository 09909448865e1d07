// Where an SDK to verify against lives: a folder as it is, a tarball unpacked once into the user's cache.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const TARBALL = /\.(tar\.gz|tgz)$/;

export function verifyCacheDir(...parts: string[]): string {
  const base = process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache');
  return path.join(base, 'sdkgen-verify', ...parts);
}

/**
 * A folder holding the SDK. A tarball (one top folder inside, as GitHub's are) is unpacked under
 * ~/.cache/sdkgen-verify/sdks/<name>/ the first time and reused after; never inside the project.
 */
export async function sdkFolder(sdk: string): Promise<string> {
  const absolute = path.resolve(sdk);
  if (!TARBALL.test(sdk)) return absolute;
  const name = path.basename(sdk).replace(TARBALL, '');
  const into = verifyCacheDir('sdks', name);
  if (!existsSync(into)) {
    const staging = `${into}.partial-${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    await promisify(execFile)('tar', ['-xzf', absolute, '-C', staging]);
    if (!existsSync(into)) renameSync(staging, into);
    else rmSync(staging, { recursive: true, force: true });
  }
  const entries = readdirSync(into, { withFileTypes: true });
  return entries.length === 1 && entries[0]!.isDirectory() ? path.join(into, entries[0]!.name) : into;
}
