// targets.openapiTypes of sdkgen.config.yml: openapi-typescript's `paths`/`components` types of the same spec.

export interface OpenapiTypesTargetConfig {
  out: string;
  /** The file written in `out`. */
  fileName: string;
}

export const OPENAPI_TYPES_KEYS = ['out', 'fileName'];
const DEFAULT_FILE_NAME = 'openapi.d.ts';

/** The validator calls of config.ts this section needs (kept as callbacks so this module stays on its own). */
export interface SectionValidator {
  object(value: unknown, key: string): Record<string, unknown>;
  known(object: Record<string, unknown>, key: string, keys: string[]): void;
  string(value: unknown, key: string): string;
  path(value: string, dir: string): string;
  required(value: unknown, key: string, what: string): string;
  fail(key: string, what: string): never;
}

export function parseOpenapiTypesTarget(v: SectionValidator, raw: unknown, dir: string): OpenapiTypesTargetConfig {
  const key = 'targets.openapiTypes';
  const t = v.object(raw, key);
  v.known(t, key, OPENAPI_TYPES_KEYS);
  const out = v.path(v.required(t.out, `${key}.out`, 'the folder the types are written to'), dir);
  const fileName = t.fileName === undefined ? DEFAULT_FILE_NAME : v.string(t.fileName, `${key}.fileName`);
  if (!/^[^/\\]+\.d\.ts$/.test(fileName)) v.fail(`${key}.fileName`, `"${fileName}" must be a file name ending in .d.ts, without folders`);
  return { out, fileName };
}
