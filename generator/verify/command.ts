// `sdkgen verify`: options and config → verifyDocs → the report on stdout (text or JSON), progress on stderr.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { SdkgenConfig } from '../config.js';
import { verifyDocs, type VerifyLanguageTarget } from './index.js';
import { formatReport, reportJson, styleCounts, type VerifyReport } from './report.js';

export interface VerifyCommandOptions {
  config?: SdkgenConfig;
  dir?: string;
  languages?: string[];
  styles?: string[];
  sdk?: string[];
  /** The spec the SDKs were generated from (overrides verify.sdkSpec). */
  sdkSpec?: string;
  json?: boolean;
}

export class VerifyUsageError extends Error {}

export async function verifyFromOptions(options: VerifyCommandOptions, io: { stdout: (t: string) => void; stderr: (t: string) => void }): Promise<VerifyReport> {
  const dir = options.dir ? path.resolve(options.dir) : (options.config?.verify?.dir ?? options.config?.targets.skills?.out);
  if (!dir) throw new VerifyUsageError('verify needs --dir DIR, or a config with verify.dir or targets.skills.out');
  if (!existsSync(dir)) throw new VerifyUsageError(`${dir}: no such folder (generate the docs first)`);
  const targets: VerifyLanguageTarget[] = [...(options.config?.verify?.targets ?? [])];
  for (const pair of options.sdk ?? []) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new VerifyUsageError(`--sdk ${pair}: expected language=sdk`);
    const sdk = pair.slice(at + 1);
    targets.push({ language: pair.slice(0, at), sdk: /@[^/]+$/.test(sdk) && !existsSync(sdk) ? sdk : path.resolve(sdk) });
  }
  const languages = options.languages?.flatMap((l) => l.split(',')).filter(Boolean);
  const styles = options.styles?.flatMap((l) => l.split(',')).filter(Boolean) ?? options.config?.verify?.styles;
  const sdkSpec = options.sdkSpec ? path.resolve(options.sdkSpec) : options.config?.verify?.sdkSpec;
  if (sdkSpec && !existsSync(sdkSpec)) throw new VerifyUsageError(`${sdkSpec}: no such file (the SDK's spec)`);
  const report = await verifyDocs({
    dir,
    targets,
    ...(languages?.length ? { languages } : {}),
    ...(styles?.length ? { styles } : {}),
    // The config's spec is what the docs were generated from: with it, changed operations are skipped too.
    ...(sdkSpec ? { sdkSpec, ...(options.config ? { docsSpec: options.config.spec } : {}) } : {}),
    onRun: (run) => {
      if (options.json) return;
      const counts = styleCounts(run).map((c) => `${c.style} ${c.passed}/${c.total}`).join(', ');
      io.stderr(`verify: ${run.language}${run.sdk ? ` (${run.sdk})` : ''}: ${run.skipped ?? counts} [${run.seconds.toFixed(1)} s]\n`);
    },
  });
  io.stdout(options.json ? `${JSON.stringify(reportJson(report), null, 2)}\n` : `${formatReport(report)}\n`);
  return report;
}
