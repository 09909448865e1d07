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

/** Operation examples count in passed/total; a document's shared Setup blocks are counted apart. */
export interface StyleCount {
  style: string;
  passed: number;
  warned: number;
  total: number;
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
    const outcomes = all.filter((o) => o.example.section !== 'Setup');
    const setupsPassed = setups.filter((o) => o.status !== 'fail').length;
    const passed = outcomes.filter((o) => o.status !== 'fail').length;
    const warned = outcomes.filter((o) => o.status === 'warn').length;
    const minimum = run.minimum?.[style];
    const ok = (minimum === undefined ? passed === outcomes.length : passed >= minimum) && setupsPassed === setups.length;
    const count = { style, passed, warned, total: outcomes.length, setupsPassed, setups: setups.length, ok };
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
      lines.push(
        `${count.ok ? '✓' : '✗'} ${run.language} ${count.style}: ${count.passed}/${count.total}${warned}${floor}${setups} against ${run.sdk} (${run.seconds.toFixed(1)} s)`,
      );
    }
  }
  const failures = report.runs.flatMap((run) => run.outcomes.filter((o) => o.status === 'fail').map((o) => ({ run, o })));
  const warnings = report.runs.flatMap((run) => run.outcomes.filter((o) => o.status === 'warn').map((o) => ({ run, o })));
  if (failures.length) lines.push('', 'failures:');
  for (const { run, o } of failures) lines.push(`  ${run.language} ${where(o.example)}: ${firstLine(o.message)}`);
  if (warnings.length) lines.push('', 'warnings:');
  for (const { run, o } of warnings) lines.push(`  ${run.language} ${where(o.example)}: ${firstLine(o.message)}`);
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
      failures: run.outcomes
        .filter((o) => o.status !== 'pass')
        .map((o) => ({ status: o.status, file: o.example.file, line: o.example.line, section: o.example.section, style: o.example.style, message: o.message ?? '' })),
    })),
  };
}

function firstLine(message: string | undefined): string {
  return (message ?? '(no message)').split('\n')[0]!;
}
