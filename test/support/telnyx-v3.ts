// The Telnyx v3 project of specs/telnyx/v3.config.yml (the 03-20 spec, products-v3), loaded once per test file.
import path from 'node:path';
import { readConfigFile, type SdkgenConfig } from '../../generator/config.js';
import { loadProject, skillFiles, type Project } from '../../generator/pipeline.js';
import { repoRoot } from './shared.js';

export const TELNYX_V3_CONFIG = path.join(repoRoot, 'specs/telnyx/v3.config.yml');

let project: Promise<Project> | undefined;
let files: Promise<Map<string, string>> | undefined;

export function telnyxV3Project(): Promise<Project> {
  project ??= loadProject(readConfigFile(TELNYX_V3_CONFIG) as SdkgenConfig);
  return project;
}

/** Every v3 file (relative to the v3 output folder): skills/telnyx-<product>-<lang>/SKILL.md and the marketplace. */
export function telnyxV3SkillFiles(): Promise<Map<string, string>> {
  files ??= telnyxV3Project().then(async (p) => (await skillFiles(p)).files);
  return files;
}
