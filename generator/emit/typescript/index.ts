// The TypeScript client target: the IR → a complete npm package (sources, runtime, README, api.md, build config).
// Code is written already formatted (ts-morph's CodeBlockWriter) into an in-memory file system; nothing is parsed
// or re-printed, which keeps a 1 000-operation API well under a second or two.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Project as MorphProject } from 'ts-morph';
import type { Resource } from '../../ir/types.js';
import { apiDisplayName } from '../../naming/brand.js';
import { createJavascriptNamer } from '../../naming/languages/javascript.js';
import type { Project } from '../../pipeline.js';
import { sdkInfo } from '../../pipeline.js';
import { apiMarkdown } from './api-md.js';
import { clientAuth } from './auth.js';
import { envPrefix } from '../../naming/brand.js';
import { clientModule, indexModule } from './client-file.js';
import { MethodExamples } from './examples.js';
import { gitignore, packageJson, tsconfigCjsJson, tsconfigJson } from './package-files.js';
import { writePagination } from './pages.js';
import { buildPlan, type ResourceFile } from './plan.js';
import { readme } from './readme.js';
import { requestOperationKey } from './readme-examples.js';
import { type ClassExtras, GENERATED_HEADER, newWriter, resourceModule, typesModule } from './resource-file.js';
import { webhookExtras } from './webhooks.js';

const TEMPLATES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../templates/typescript');

export interface TypescriptOutput {
  files: Map<string, string>;
  warnings: string[];
}

/** The client package as relative path → content (relative to targets.typescript.out), with warnings. */
export function generateTypescript(project: Project): TypescriptOutput {
  const { ir, lookup, config } = project;
  const client = config.client;
  const packageName = config.targets.typescript?.packageName ?? client.packageName;
  const namer = createJavascriptNamer(project.naming?.initialisms ? { initialisms: project.naming.initialisms } : {});
  const resources: Resource[] = [...ir.resources];
  if (client.webhooks && !resources.some((r) => r.name === 'webhooks')) {
    resources.push({ name: 'webhooks', path: ['webhooks'], methods: [], subresources: [] });
  }
  const plan = buildPlan({ ...ir, resources }, lookup, namer);
  const warnings = [...plan.warnings];
  const version = /^\d+\.\d+\.\d+/.test(ir.api.version) ? ir.api.version : '0.1.0';
  const defaultBaseURL = client.baseUrl ?? ir.servers[0]?.url ?? 'http://localhost';
  const auth = clientAuth(ir, client.apiKeyEnv, envPrefix(client.apiKeyEnv), warnings);

  const morph = new MorphProject({ useInMemoryFileSystem: true });
  const fs = morph.getFileSystem();
  const out = (file: string, text: string) => fs.writeFileSync(`/${file}`, text);

  const sdk = { ...sdkInfo(config), packageName };
  const examples = new MethodExamples({ ir, plan, lookup, sdk });
  const webhooksFile = client.webhooks ? plan.topLevel.find((f) => f.resource.name === 'webhooks') : undefined;
  const extraTypes = new Map<ResourceFile, string[]>();
  for (const file of plan.files) {
    let extras: ClassExtras | undefined;
    if (file === webhooksFile) extras = webhookExtras(file, client, ir.webhooks, namer.typeName, warnings);
    if (extras) extraTypes.set(file, extras.declarationNames);
    out(file.path, resourceModule(file, plan, lookup, namer, extras, examples, auth.operationSecurity));
  }
  warnings.push(...examples.warnings());
  out(plan.shared.path, typesModule(plan.shared, plan, lookup));
  if (plan.pageClasses.length) {
    const writer = newWriter();
    writePagination(writer, plan.pageClasses);
    out('src/pagination.ts', `${GENERATED_HEADER}\n${writer.toString().trimEnd()}\n`);
  }
  out('src/client.ts', clientModule({ plan, ir, client, version, warnings, auth, extraTypes }));
  out('src/index.ts', indexModule(client.name, !!client.webhooks, plan.pageClasses.length > 0));
  for (const [name, text] of runtimeFiles()) out(`src/core/${name}`, text);

  out('package.json', packageJson({ packageName, version, description: `TypeScript client for the ${apiDisplayName(ir.api.title, client.name)} API` }));
  out('tsconfig.json', tsconfigJson());
  out('tsconfig.cjs.json', tsconfigCjsJson());
  out('.gitignore', gitignore());
  out('api.md', apiMarkdown(plan, namer));
  out(
    'README.md',
    readme({
      plan,
      ir,
      lookup,
      client,
      packageName,
      sdk,
      templatePath: templatePath(config.templates, 'README.md.hbs'),
      defaultBaseURL,
      auth,
      examples: config.targets.typescript?.readme,
    }),
  );
  for (const request of Object.values(config.targets.typescript?.readme ?? {})) {
    if (!ir.operations.some((op) => op.key === requestOperationKey(request))) {
      warnings.push(`targets.typescript.readme: ${request.endpoint} is no operation of the spec; the README shows a call of its own choice`);
    }
  }

  const files = new Map<string, string>();
  for (const file of listFiles(fs, '/').sort()) files.set(file.slice(1), fs.readFileSync(file));
  return { files, warnings };
}

/** A template of templates/typescript/, unless the config's templates folder has its own (typescript/<name>). */
function templatePath(overrideDir: string | undefined, name: string): string {
  const custom = overrideDir ? path.join(overrideDir, 'typescript', name) : undefined;
  return custom && existsSync(custom) ? custom : path.join(TEMPLATES, name);
}

/** templates/typescript/core/*.ts, copied verbatim into src/core/. */
function runtimeFiles(): [string, string][] {
  const dir = path.join(TEMPLATES, 'core');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]);
}

function listFiles(fs: ReturnType<MorphProject['getFileSystem']>, dir: string): string[] {
  const result: string[] = [];
  for (const entry of fs.readDirSync(dir)) {
    if (entry.isDirectory) result.push(...listFiles(fs, entry.name));
    else if (entry.isFile) result.push(entry.name);
  }
  return result;
}
