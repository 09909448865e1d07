// The verify report: one line per language and style with N/M, then each failure with file, section and message.
import type { DocExample, Outcome } from './types.js';

/** One language checked against one SDK (a language may be checked against several). */
export interface LanguageRun {
  language: string;
  /** What it was checked against, as configured (npm name@version, a folder, a tarball). */
  sdk: string;
  /** Set when the language was not checked: what to install, or why. */
  skipped?: string;
  /** A required language that could not be checked fails the run. */
  required: boolean;
  /** The least number of passing examples per style that is accepted (known SDK mismatches); absent: all. */
  minimum?: Record<string, number>;
  outcomes: Outcome[];
  seconds: number;
}

export interface VerifyReport {
  dir: string;
  runs: LanguageRun[];
  ok: boolean;
}

/**
 * Operation examples count in passed/total; a document's shared Setup blocks are counted apart, and so are the
 * examples skipped because the SDK release predates their operation (not in total).
 */
export interface StyleCount {
  style: string;
  passed: number;
  warned: number;
  total: number;
  skipped: number;
  setupsPassed: number;
  setups: number;
  minimum?: number;
  ok: boolean;
}

export function styleCounts(run: LanguageRun): StyleCount[] {
  const byStyle = new Map<string, Outcome[]>();
  for (const outcome of run.outcomes) byStyle.set(outcome.example.style, [...(byStyle.get(outcome.example.style) ?? []), outcome]);
  return [...byStyle.keys()].sort().map((style) => {
    const all = byStyle.get(style)!;
    const setups = all.filter((o) => o.example.section === 'Setup');
    const operations = all.filter((o) => o.example.section !== 'Setup');
    const outcomes = operations.filter((o) => o.status !== 'skip');
    const setupsPassed = setups.filter((o) => o.status !== 'fail').length;
    const passed = outcomes.filter((o) => o.status !== 'fail').length;
    const warned = outcomes.filter((o) => o.status === 'warn').length;
    const skipped = operations.length - outcomes.length;
    const minimum = run.minimum?.[style];
    const ok = (minimum === undefined ? passed === outcomes.length : passed >= minimum) && setupsPassed === setups.length;
    const count = { style, passed, warned, total: outcomes.length, skipped, setupsPassed, setups: setups.length, ok };
    return minimum === undefined ? count : { ...count, minimum };
  });
}

export function runOk(run: LanguageRun): boolean {
  if (run.skipped !== undefined) return !run.required;
  return styleCounts(run).every((c) => c.ok);
}

export function where(example: DocExample): string {
  return `${example.file}:${example.line} § ${example.section}`;
}

export function formatReport(report: VerifyReport): string {
  const lines: string[] = [];
  for (const run of report.runs) {
    if (run.skipped !== undefined) {
      lines.push(`${run.language}: ${run.required ? 'FAILED (required)' : 'skipped'}: ${run.skipped}`);
      continue;
    }
    for (const count of styleCounts(run)) {
      const warned = count.warned ? `, ${count.warned} with warnings` : '';
      const floor = count.minimum !== undefined ? ` (at least ${count.minimum} expected)` : '';
      const setups = count.setups ? `, setups ${count.setupsPassed}/${count.setups}` : '';
      const skipped = count.skipped ? `, ${count.skipped} skipped (operations the SDK release predates)` : '';
      lines.push(
        `${count.ok ? '✓' : '✗'} ${run.language} ${count.style}: ${count.passed}/${count.total}${warned}${floor}${skipped}${setups} against ${run.sdk} (${run.seconds.toFixed(1)} s)`,
      );
    }
  }
  const failures = report.runs.flatMap((run) => run.outcomes.filter((o) => o.status === 'fail').map((o) => ({ run, o })));
  const warnings = report.runs.flatMap((run) => run.outcomes.filter((o) => o.status === 'warn').map((o) => ({ run, o })));
  if (failures.length) lines.push('', 'failures:');
  for (const { run, o } of failures) lines.push(`  ${run.language} ${where(o.example)}: ${firstLine(o.message)}`);
  if (warnings.length) lines.push('', 'warnings:');
  for (const { run, o } of warnings) lines.push(`  ${run.language} ${where(o.example)}: ${firstLine(o.message)}`);
  const skips = skippedOperations(report);
  if (skips.length) lines.push('', 'skipped (not checked: the SDK release predates the operation):');
  for (const skip of skips) lines.push(`  ${skip.endpoint} (${skip.languages.join(', ')}): ${skip.cause}`);
  lines.push('', report.ok ? 'verify: every language passed' : 'verify: FAILED');
  return lines.join('\n');
}

export function reportJson(report: VerifyReport): unknown {
  return {
    dir: report.dir,
    ok: report.ok,
    languages: report.runs.map((run) => ({
      language: run.language,
      sdk: run.sdk,
      ...(run.skipped !== undefined ? { skipped: run.skipped, required: run.required } : {}),
      ok: runOk(run),
      seconds: Number(run.seconds.toFixed(2)),
      styles: styleCounts(run),
      failures: run.outcomes.filter((o) => o.status === 'fail' || o.status === 'warn').map(outcomeJson),
      skips: run.outcomes.filter((o) => o.status === 'skip').map(outcomeJson),
    })),
  };
}

function outcomeJson(o: Outcome): Record<string, unknown> {
  const { example } = o;
  return { status: o.status, file: example.file, line: example.line, section: example.section, style: example.style, message: o.message ?? '', ...(example.endpoint ? { endpoint: example.endpoint } : {}) };
}

/** The skipped examples once per operation and cause (the same cause skips it in every language). */
function skippedOperations(report: VerifyReport): { endpoint: string; cause: string; languages: string[] }[] {
  const byKey = new Map<string, { endpoint: string; cause: string; languages: string[] }>();
  for (const run of report.runs) {
    for (const o of run.outcomes) {
      if (o.status !== 'skip') continue;
      const endpoint = o.example.endpoint ?? where(o.example);
      const cause = firstLine(o.message);
      const key = `${endpoint}\n${cause}`;
      const entry = byKey.get(key) ?? { endpoint, cause, languages: [] };
      if (!entry.languages.includes(run.language)) entry.languages.push(run.language);
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()];
}

function firstLine(message: string | undefined): string {
  return (message ?? '(no message)').split('\n')[0]!;
}
