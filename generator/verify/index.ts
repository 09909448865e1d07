// `sdkgen verify`: every example of the docs on disk checked against the SDK of its language, with that
// language's own tools. The registry maps a language to its verifier (as generator/emit/snippets/index.ts does).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractExamples } from './extract.js';
import { type LanguageRun, runOk, type VerifyReport } from './report.js';
import { loadSdkSpecCheck, type SdkSpecCheck } from './sdk-spec.js';
import type { DocExample, LanguageVerifier, Outcome } from './types.js';

/** A loader may take the target's options (e.g. where the tool is) so that missingToolchain() can look there. */
const loaders: Record<string, (options?: Record<string, unknown>) => Promise<LanguageVerifier>> = {
  python: async (options) => (await import('./python.js')).pythonVerifier(options),
  go: async (options) => (await import('./go.js')).goVerifier(options),
  java: async (options) => (await import('./java.js')).javaVerifier(options),
  ruby: async (options) => (await import('./ruby.js')).rubyVerifier(options),
  javascript: async () => (await import('./typescript.js')).javascriptVerifier,
  typescript: async () => (await import('./typescript.js')).typescriptVerifier,
};

/** Examples of these languages are known but have no verifier yet: what the skip message says. */
const PENDING: Record<string, string> = {
  curl: 'no curl verifier yet (a mock-server one is planned); curl examples are not checked',
};

export function hasVerifier(language: string): boolean {
  return Object.hasOwn(loaders, language);
}

export async function loadVerifier(language: string, options?: Record<string, unknown>): Promise<LanguageVerifier | undefined> {
  return hasVerifier(language) ? loaders[language]!(options) : undefined;
}

/** One language to check, against one SDK (a language may be listed with several SDKs). */
export interface VerifyLanguageTarget {
  language: string;
  /** npm name@version, a folder, a tarball (unpacked into ~/.cache/sdkgen-verify), a classpath… */
  sdk: string;
  /** Skipping it (toolchain missing) fails the run. */
  required?: boolean;
  /** Passing examples accepted per style when the SDK is known to reject some (e.g. { v2: 731 }); absent: all. */
  minimum?: Record<string, number>;
  options?: Record<string, unknown>;
}

export interface VerifyOptions {
  /** The folder whose SKILL.md files are checked. */
  dir: string;
  targets: VerifyLanguageTarget[];
  /** Only these languages (default: every language with examples or a target). */
  languages?: string[];
  /** Only examples of these styles (v1, v2, v3, agent, unknown); default: all. */
  styles?: string[];
  /**
   * The OpenAPI document the SDKs under verification were generated from, when they may be older than the docs:
   * examples of operations absent from it, or whose call changed since, are skipped (status `skip`, sdk-spec.ts).
   */
  sdkSpec?: string;
  /** The spec the docs were generated from (the config's `spec`); without it only absent operations are skipped. */
  docsSpec?: string;
  /** Called as each language finishes (progress for the command). */
  onRun?: (run: LanguageRun) => void;
}

export async function verifyDocs(options: VerifyOptions): Promise<VerifyReport> {
  const examples = extractExamples(options.dir).filter((e) => !options.styles || options.styles.includes(e.style));
  const byLanguage = new Map<string, DocExample[]>();
  for (const example of examples) byLanguage.set(example.language, [...(byLanguage.get(example.language) ?? []), example]);
  const wanted = (language: string) => !options.languages || options.languages.includes(language);
  const targets = options.targets.filter((t) => wanted(t.language));
  const untargeted = [...byLanguage.keys()].filter((l) => wanted(l) && !targets.some((t) => t.language === l)).sort();
  const runs: LanguageRun[] = [];
  const record = (run: LanguageRun) => {
    runs.push(run);
    options.onRun?.(run);
  };
  const sdkSpecCheck = options.sdkSpec ? await loadSdkSpecCheck(options.sdkSpec, options.docsSpec) : undefined;
  for (const target of targets) record(await runTarget(target, byLanguage.get(target.language) ?? [], sdkSpecCheck));
  for (const language of untargeted) {
    const why = PENDING[language] ?? (hasVerifier(language) ? `no SDK configured (verify.languages.${language})` : `no verifier for ${language}`);
    record({ language, sdk: '', skipped: why, required: false, outcomes: [], seconds: 0 });
  }
  return { dir: options.dir, runs, ok: runs.every(runOk) };
}

async function runTarget(target: VerifyLanguageTarget, all: DocExample[], sdkSpecCheck?: SdkSpecCheck): Promise<LanguageRun> {
  const base = { language: target.language, sdk: target.sdk, required: target.required ?? false, outcomes: [], seconds: 0 };
  const withMinimum = target.minimum ? { ...base, minimum: target.minimum } : base;
  const verifier = await loadVerifier(target.language, target.options);
  if (!verifier) return { ...withMinimum, skipped: PENDING[target.language] ?? `no verifier for ${target.language}` };
  const missing = await verifier.missingToolchain();
  if (missing !== undefined) return { ...withMinimum, skipped: `toolchain missing: install ${missing}` };
  const skips = new Map<DocExample, Outcome>();
  for (const example of all) {
    const cause = sdkSpecCheck?.(example);
    if (cause !== undefined) skips.set(example, { example, status: 'skip', message: cause });
  }
  const examples = all.filter((e) => !skips.has(e));
  if (examples.length === 0) return { ...withMinimum, outcomes: [...skips.values()] };
  const started = performance.now();
  const workDir = mkdtempSync(path.join(os.tmpdir(), `sdkgen-verify-${target.language}-`));
  try {
    const checked = await verifier.verify(examples, target.options ? { sdk: target.sdk, options: target.options } : { sdk: target.sdk }, workDir);
    const byExample = new Map(checked.map((o, i) => [examples[i]!, o]));
    const outcomes = all.map((e) => skips.get(e) ?? byExample.get(e)!);
    return { ...withMinimum, outcomes, seconds: (performance.now() - started) / 1000 };
  } finally {
    if (!process.env.SDKGEN_VERIFY_KEEP) rmSync(workDir, { recursive: true, force: true });
  }
}
