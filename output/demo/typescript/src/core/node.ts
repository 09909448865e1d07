// Node-only helpers, reached through the package's `./node` export only: the default entry stays free of `node:`.
import { openAsBlob } from 'node:fs';
import { basename } from 'node:path';
import type { ToFileOptions } from './uploads.js';

/** A `File` read lazily from disk (Node ≥ 20): pass it as any upload field. */
export async function fileFromPath(path: string, name?: string | null, options: ToFileOptions = {}): Promise<File> {
  const blob = await openAsBlob(path, options.type !== undefined ? { type: options.type } : {});
  return new File([blob], name || basename(path), {
    type: blob.type,
    ...(options.lastModified !== undefined && { lastModified: options.lastModified }),
  });
}
