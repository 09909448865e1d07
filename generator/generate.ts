// `generate` and `check`: run every configured target in memory, then write atomically or compare.
import path from 'node:path';
import { defaultClient, type SdkgenConfig } from './config.js';
import { SNIPPET_LANGUAGES } from './emit/snippets/index.js';
import { loadProject, skillFiles, type Project } from './pipeline.js';
import type { Reporter } from './progress.js';
import { checkOutput, writeOutput, type CheckResult, type WriteSummary } from './write/output.js';

export interface TargetOutput {
  name: 'typescript' | 'skills';
  dir: string;
  files: Map<string, string>;
}

/** The config sdkgen uses for `--spec X --out DIR` without a config file. */
export function configFromSpec(spec: string, out: string, title?: string): SdkgenConfig {
  const client = defaultClient(title ?? path.basename(spec).replace(/\.(ya?ml|json)$/i, ''));
  return {
    spec: path.resolve(spec),
    client,
    naming: {},
    targets: {
      typescript: { out: path.resolve(out, 'typescript'), packageName: client.packageName },
      skills: {
        out: path.resolve(out, 'skills'),
        languages: [...SNIPPET_LANGUAGES],
        styles: ['v2'],
        branding: { brand: client.name, namePrefix: client.packageName, author: client.packageName },
        locales: [],
      },
    },
  };
}

/** Names the client after the API's title when the config was made from a bare spec. */
export function adoptTitle(config: SdkgenConfig, project: Project, fromSpec: boolean): void {
  if (!fromSpec) return;
  const client = defaultClient(project.ir.api.title);
  config.client = client;
  if (config.targets.typescript) config.targets.typescript.packageName = client.packageName;
  if (config.targets.skills) {
    config.targets.skills.branding = { brand: client.name, namePrefix: client.packageName, author: client.packageName };
  }
}

export async function renderTargets(project: Project, reporter: Reporter): Promise<TargetOutput[]> {
  const outputs: TargetOutput[] = [];
  const { typescript, skills } = project.config.targets;
  if (typescript) {
    reporter.phase('typescript client');
    const { typescriptFiles } = await import('./emit/typescript/index.js');
    const files = await typescriptFiles(project);
    reporter.done(`${files.size} files`);
    outputs.push({ name: 'typescript', dir: typescript.out, files });
  }
  if (skills) {
    reporter.phase('skill docs');
    const result = await skillFiles(project);
    for (const warning of result.warnings) reporter.warn(warning);
    reporter.done(`${result.files.size} files`);
    outputs.push({ name: 'skills', dir: skills.out, files: result.files });
  }
  return outputs;
}

export async function prepare(config: SdkgenConfig, reporter: Reporter, fromSpec = false): Promise<TargetOutput[]> {
  reporter.phase('load spec and build IR');
  const project = await loadProject(config);
  adoptTitle(config, project, fromSpec);
  for (const warning of project.warnings) reporter.warn(warning);
  reporter.done(`${project.ir.operations.length} operations, ${project.ir.schemas.length} schemas`);
  return renderTargets(project, reporter);
}

export async function writeTargets(outputs: TargetOutput[], reporter: Reporter): Promise<WriteSummary[]> {
  reporter.phase('write');
  const summaries: WriteSummary[] = [];
  for (const output of outputs) summaries.push(await writeOutput(output.dir, output.files));
  const written = summaries.reduce((n, s) => n + s.written.length, 0);
  const removed = summaries.reduce((n, s) => n + s.removed.length, 0);
  reporter.done(`${written} written, ${removed} removed, ${summaries.reduce((n, s) => n + s.unchanged, 0)} unchanged`);
  return summaries;
}

export async function checkTargets(outputs: TargetOutput[]): Promise<CheckResult[]> {
  return Promise.all(outputs.map((output) => checkOutput(output.dir, output.files)));
}
