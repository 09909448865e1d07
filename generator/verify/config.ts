// The `verify:` section of sdkgen.config.yml: which folder of docs to check, and per language the SDK to check
// its examples against (types and validation; config.ts calls parseVerifyConfig).
import path from 'node:path';
import type { VerifyLanguageTarget } from './index.js';

export interface VerifyConfig {
  /** The docs folder (default: targets.skills.out). */
  dir?: string;
  /** Only examples of these styles (default: all). */
  styles?: string[];
  /** The spec the SDKs were generated from, when older than the docs' spec (sdk-spec.ts): absolute path. */
  sdkSpec?: string;
  targets: VerifyLanguageTarget[];
}

type Fail = (key: string, what: string) => never;
type Raw = Record<string, unknown>;

const TARGET_KEYS = ['sdk', 'required', 'minimum', 'options'];
const NPM_SPEC = /^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*@[^@/\s]+$/i;

/**
 * ```yaml
 * verify:
 *   dir: ./docs                       # default: targets.skills.out
 *   styles: [v1, v2]                  # default: every style found
 *   sdkSpec: ./specs/openapi-1.0.yml  # the SDKs' spec: examples of operations newer than it are skipped
 *   languages:
 *     python: { sdk: ./sdks/acme-python-1.0.0.tar.gz, required: true }
 *     javascript:                     # one SDK, or a list of them
 *       - { sdk: acme@1.0.0, minimum: { v2: 700 } }   # an npm name@version from node_modules
 *       - { sdk: ./generated/typescript }
 * ```
 * Paths are relative to the config file; an npm name@version stays as written.
 */
export function parseVerifyConfig(value: unknown, dir: string, fail: Fail): VerifyConfig {
  const raw = object(value, 'verify', fail);
  for (const key of Object.keys(raw)) if (!['dir', 'styles', 'sdkSpec', 'languages'].includes(key)) fail(`verify.${key}`, 'unknown key; verify takes dir, styles, sdkSpec and languages');
  const config: VerifyConfig = { targets: [] };
  if (raw.dir !== undefined) config.dir = path.resolve(dir, string(raw.dir, 'verify.dir', fail));
  if (raw.sdkSpec !== undefined) config.sdkSpec = path.resolve(dir, string(raw.sdkSpec, 'verify.sdkSpec', fail));
  if (raw.styles !== undefined) {
    if (!Array.isArray(raw.styles)) fail('verify.styles', `expected a list of styles (v1, v2…), got ${JSON.stringify(raw.styles)}`);
    config.styles = (raw.styles as unknown[]).map((style, i) => string(style, `verify.styles[${i}]`, fail));
  }
  const languages = raw.languages === undefined ? {} : object(raw.languages, 'verify.languages', fail);
  for (const [language, entry] of Object.entries(languages)) {
    const key = `verify.languages.${language}`;
    const list = Array.isArray(entry) ? entry : [entry];
    if (list.length === 0) fail(key, 'empty; give an SDK ({ sdk: … })');
    list.forEach((item, i) => config.targets.push(target(item, language, Array.isArray(entry) ? `${key}[${i}]` : key, dir, fail)));
  }
  return config;
}

function target(value: unknown, language: string, key: string, dir: string, fail: Fail): VerifyLanguageTarget {
  const raw = typeof value === 'string' ? { sdk: value } : object(value, key, fail);
  for (const k of Object.keys(raw)) if (!TARGET_KEYS.includes(k)) fail(`${key}.${k}`, `unknown key; one of ${TARGET_KEYS.join(', ')}`);
  const sdk = string(raw.sdk, `${key}.sdk`, fail);
  const result: VerifyLanguageTarget = { language, sdk: NPM_SPEC.test(sdk) ? sdk : path.resolve(dir, sdk) };
  if (raw.required !== undefined) {
    if (typeof raw.required !== 'boolean') fail(`${key}.required`, `expected true or false, got ${JSON.stringify(raw.required)}`);
    result.required = raw.required;
  }
  if (raw.minimum !== undefined) {
    const minimum = object(raw.minimum, `${key}.minimum`, fail);
    result.minimum = {};
    for (const [style, count] of Object.entries(minimum)) {
      if (!Number.isInteger(count) || (count as number) < 0) fail(`${key}.minimum.${style}`, `expected a count of examples, got ${JSON.stringify(count)}`);
      result.minimum[style] = count as number;
    }
  }
  if (raw.options !== undefined) result.options = object(raw.options, `${key}.options`, fail);
  return result;
}

function object(value: unknown, key: string, fail: Fail): Raw {
  if (!value || typeof value !== 'object' || Array.isArray(value)) fail(key, `expected a mapping, got ${JSON.stringify(value)}`);
  return value as Raw;
}

function string(value: unknown, key: string, fail: Fail): string {
  if (typeof value !== 'string' || value === '') fail(key, `expected a non-empty string, got ${JSON.stringify(value)}`);
  return value as string;
}
