// `sdkgen init`: a starter config from a bare spec, with the inferred names written out to edit.
import path from 'node:path';
import * as yaml from 'js-yaml';
import { brandClient } from './naming/brand.js';
import { SNIPPET_LANGUAGES } from './emit/snippets/index.js';
import { buildIR } from './ir/builder.js';
import type { Resource } from './ir/types.js';
import { loadSpec } from './load/index.js';
import { buildResourceTree } from './naming/tree.js';

export async function initConfig(specFile: string, outDir: string, configFile: string): Promise<string> {
  const spec = await loadSpec(specFile);
  const ir = buildIR(spec.document);
  const { resources } = buildResourceTree(ir.operations);
  const client = brandClient(ir.api.title, ir.api.extensions);
  const base = path.dirname(path.resolve(configFile));
  const rel = (p: string) => {
    const r = path.relative(base, path.resolve(p)).split(path.sep).join('/');
    return r.startsWith('.') ? r : `./${r}`;
  };
  const config = {
    spec: rel(specFile),
    client: { name: client.name, packageName: client.packageName, apiKeyEnv: client.apiKeyEnv, baseUrlEnv: client.baseUrlEnv },
    naming: { resources: Object.fromEntries(resources.map((r) => [r.name, resourceEntry(r)])) },
    targets: {
      typescript: { out: rel(path.join(outDir, 'typescript')), packageName: client.packageName },
      skills: { out: rel(path.join(outDir, 'skills')), languages: [...SNIPPET_LANGUAGES], styles: ['v2'] },
    },
  };
  const header = [
    `# sdkgen config for ${ir.api.title}, written by \`sdkgen init\`.`,
    '# naming.resources holds the inferred SDK names: rename resources and methods here as you like.',
    '# Skill docs: one product per tag (targets.skills.products can name a products file instead).',
    '',
  ].join('\n');
  return header + yaml.dump(config, { lineWidth: 120, noRefs: true, sortKeys: false });
}

function resourceEntry(resource: Resource): Record<string, unknown> {
  const entry: Record<string, unknown> = {};
  if (resource.methods.length > 0) entry.methods = Object.fromEntries(resource.methods.map((m) => [m.name, m.operation]));
  if (resource.subresources.length > 0) {
    entry.subresources = Object.fromEntries(resource.subresources.map((r) => [r.name, resourceEntry(r)]));
  }
  return entry;
}
