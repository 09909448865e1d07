// `generate` and `check`: run every configured target in memory, then write atomically or compare.
import path from 'node:path';
import { defaultClient, type SdkgenConfig } from './config.js';
import { brandClient } from './naming/brand.js';
import { defaultLanguages, defaultSdks } from './emit/skills/sdks.js';
import { loadProject, skillFiles, type Project } from './pipeline.js';
import type { Reporter } from './progress.js';
import { checkOutput, writeOutputs, type CheckResult, type WriteSummary } from './write/output.js';

export interface TargetOutput {
  name: TargetName;
  dir: string;
  files: Map<string, string>;
}

/** The config sdkgen uses for `--spec X --out DIR` without a config file. */
export function configFromSpec(spec: string, out: string, title?: string): SdkgenConfig {
  const client = defaultClient(title ?? path.basename(spec).replace(/\.(ya?ml|json)$/i, ''));
  const typescript = { out: path.resolve(out, 'typescript'), packageName: client.packageName };
  // Only the client sdkgen writes is known to exist: JavaScript examples call it; curl is raw HTTP.
  const sdks = defaultSdks(typescript);
  return {
    spec: path.resolve(spec),
    client,
    naming: {},
    targets: {
      typescript,
      skills: {
        out: path.resolve(out, 'skills'),
        languages: defaultLanguages(sdks),
        sdks,
        styles: ['v2'],
        branding: { brand: client.name, namePrefix: client.packageName, author: client.packageName },
        locales: [],
      },
    },
  };
}

type InferredClientKey = 'name' | 'packageName' | 'apiKeyEnv' | 'baseUrlEnv' | 'goModule' | 'javaPackage' | 'javaRepository';

/** Names the client after the API's title when neither a config nor --spec named it. */
export function adoptTitle(config: SdkgenConfig, project: Project, fromSpec: boolean): void {
  const client = brandClient(project.ir.api.title, project.ir.api.extensions);
  if (fromSpec) {
    config.client = client;
    if (config.targets.typescript) config.targets.typescript.packageName = client.packageName;
    if (config.targets.skills) {
      config.targets.skills.branding = { brand: client.name, namePrefix: client.packageName, author: client.packageName };
    }
    return;
  }
  for (const key of config.inferred ?? []) {
    const [section, field] = [key.slice(0, key.lastIndexOf('.')), key.slice(key.lastIndexOf('.') + 1)];
    if (section === 'client') config.client[field as InferredClientKey] = client[field as InferredClientKey];
    else if (key === 'targets.typescript.packageName' && config.targets.typescript) config.targets.typescript.packageName = client.packageName;
    else if (key === 'targets.skills.branding.brand' && config.targets.skills) config.targets.skills.branding.brand = client.name;
    else if (section === 'targets.skills.branding' && config.targets.skills) config.targets.skills.branding[field as 'author'] = client.packageName;
  }
}

export const TARGET_NAMES = ['typescript', 'skills', 'openapiTypes'] as const;
export type TargetName = (typeof TARGET_NAMES)[number];

/** Keeps only the named targets (`--targets skills`); naming one the config lacks is an error. */
export function selectTargets(config: SdkgenConfig, names: string[]): void {
  for (const name of names) {
    if (!(TARGET_NAMES as readonly string[]).includes(name)) {
      throw new TargetSelectionError(`unknown target "${name}"; one of ${TARGET_NAMES.join(', ')}`);
    }
    if (!config.targets[name as TargetName]) {
      throw new TargetSelectionError(`target "${name}" is not configured${config.file ? ` in ${config.file}` : ''}`);
    }
  }
  for (const name of TARGET_NAMES) if (!names.includes(name)) delete config.targets[name];
}

export class TargetSelectionError extends Error {}

/** Phases of a run: loading, one per target, and the write when there is one. */
export function countPhases(config: SdkgenConfig, writing: boolean): number {
  return 1 + TARGET_NAMES.filter((name) => config.targets[name]).length + (writing ? 1 : 0);
}

export async function renderTargets(project: Project, reporter: Reporter): Promise<TargetOutput[]> {
  const outputs: TargetOutput[] = [];
  const { typescript, skills } = project.config.targets;
  if (typescript) {
    reporter.phase('typescript client', `${plural(project.ir.resources.length, 'resource')}, ${plural(project.ir.schemas.length, 'schema')}`);
    const { generateTypescript } = await import('./emit/typescript/index.js');
    const { files, warnings } = generateTypescript(project);
    for (const warning of warnings) reporter.warn(warning);
    reporter.done(`${files.size} files`);
    outputs.push({ name: 'typescript', dir: typescript.out, files });
  }
  if (skills) {
    const counts = [
      plural(project.ir.operations.length, 'operation'),
      plural(skills.languages.length, 'language'),
      plural(skills.styles.length, 'style'),
      plural(skills.locales.length + 1, 'locale'),
    ];
    reporter.phase('skill docs', counts.join(' × '));
    const result = await skillFiles(project);
    for (const warning of result.warnings) reporter.warn(warning);
    reporter.done(`${result.files.size} files`);
    outputs.push({ name: 'skills', dir: skills.out, files: result.files });
  }
  const { openapiTypes } = project.config.targets;
  if (openapiTypes) {
    reporter.phase('openapi-typescript types', openapiTypes.fileName);
    const { generateOpenapiTypes } = await import('./openapi-types/index.js');
    const { files, warnings } = await generateOpenapiTypes(project.config.spec, openapiTypes);
    for (const warning of warnings) reporter.warn(warning);
    reporter.done(`${files.size} file`);
    outputs.push({ name: 'openapiTypes', dir: openapiTypes.out, files });
  }
  return outputs;
}

export async function prepare(config: SdkgenConfig, reporter: Reporter, fromSpec = false): Promise<TargetOutput[]> {
  reporter.phase('load spec and build IR', path.basename(config.spec));
  const project = await loadProject(config);
  adoptTitle(config, project, fromSpec);
  for (const warning of project.warnings) reporter.warn(warning);
  reporter.done(`${project.ir.operations.length} operations, ${project.ir.schemas.length} schemas`);
  return renderTargets(project, reporter);
}

/** Writes every target all or nothing: when one fails, the others keep their previous files too. */
export async function writeTargets(outputs: TargetOutput[], reporter: Reporter): Promise<WriteSummary[]> {
  reporter.phase('write', `${outputs.reduce((n, o) => n + o.files.size, 0)} files`);
  const summaries = await writeOutputs(outputs);
  const written = summaries.reduce((n, s) => n + s.written.length, 0);
  const removed = summaries.reduce((n, s) => n + s.removed.length, 0);
  reporter.done(`${written} written, ${removed} removed, ${summaries.reduce((n, s) => n + s.unchanged, 0)} unchanged`);
  return summaries;
}

export async function checkTargets(outputs: TargetOutput[]): Promise<CheckResult[]> {
  return Promise.all(outputs.map((output) => checkOutput(output.dir, output.files)));
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
