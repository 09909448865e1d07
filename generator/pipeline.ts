// The pipeline: spec → IR (with its resource tree) → each target's files, in memory.
import { readFileSync } from 'node:fs';
import type { SdkgenConfig } from './config.js';
import { extractCatalog } from './emit/skills/catalog-extract.js';
import { generateSkills, type LocaleOutput } from './emit/skills/index.js';
import type { Catalog } from './emit/skills/locale.js';
import { parseProductCatalog, productsFromTags, type ProductCatalog } from './emit/skills/products.js';
import type { PublishInfo } from './emit/skills/publish/index.js';
import { defaultSdks, skillTargets } from './emit/skills/sdks.js';
import { loadTargets } from './emit/snippets/index.js';
import type { SdkInfo, SnippetTarget } from './emit/snippets/target.js';
import { baseUrlFromServers } from './examples/http-request.js';
import { buildIR } from './ir/builder.js';
import type { SchemaLookup } from './ir/pagination.js';
import type { IR, Schema } from './ir/types.js';
import { loadSpec } from './load/index.js';
import { importApiMd } from './naming/api-md.js';
import { mergeResources, validateNamingConfig, type NamingConfig } from './naming/config.js';
import { declaredModulesOf, declaredTypesOf } from './naming/declared-types.js';
import { attachLanguageNames, languageApiMds } from './naming/language-names.js';
import { buildResourceTree } from './naming/tree.js';

export interface Project {
  config: SdkgenConfig;
  ir: IR;
  lookup: SchemaLookup;
  naming?: NamingConfig;
  warnings: string[];
}

export async function loadProject(config: SdkgenConfig): Promise<Project> {
  const spec = await loadSpec(config.spec);
  const ir = buildIR(spec.document);
  const naming = namingConfig(config);
  const tree = buildResourceTree(ir.operations, naming);
  ir.resources = tree.resources;
  attachLanguageNames(ir, languageApiMds(config.naming.languageApiMd));
  const byName = new Map<string, Schema>(ir.schemas.map((s) => [s.name, s.schema]));
  const project: Project = { config, ir, lookup: (name) => byName.get(name), warnings: [...tree.warnings] };
  if (naming) project.naming = naming;
  return project;
}

function namingConfig(config: SdkgenConfig): NamingConfig | undefined {
  let naming: NamingConfig | undefined;
  if (config.naming.apiMd) naming = importApiMd(readFileSync(config.naming.apiMd, 'utf8'));
  if (config.naming.resources) {
    const own = validateNamingConfig({ resources: config.naming.resources, initialisms: config.naming.initialisms });
    naming = naming ? { ...naming, resources: mergeResources(naming.resources, own.resources) } : own;
  }
  if (naming && config.naming.initialisms) {
    naming = { ...naming, initialisms: [...new Set([...(naming.initialisms ?? []), ...config.naming.initialisms])] };
  }
  return naming;
}

export function sdkInfo(config: SdkgenConfig): SdkInfo {
  const c = config.client;
  const apiMds = [config.naming.apiMd, ...Object.values(config.naming.languageApiMd ?? {})];
  const declaredTypes = declaredTypesOf(apiMds);
  const declaredModules = declaredModulesOf(apiMds);
  return {
    name: c.name,
    apiKeyEnv: c.apiKeyEnv,
    packageName: c.packageName,
    goModule: c.goModule,
    javaPackage: c.javaPackage,
    javaRepository: c.javaRepository,
    ...(c.javaVersion ? { javaVersion: c.javaVersion } : {}),
    ...(declaredTypes.length ? { declaredTypes } : {}),
    ...(Object.keys(declaredModules).length ? { declaredModules } : {}),
  };
}

/** The skill docs as relative path → content (relative to targets.skills.out). */
export async function skillFiles(project: Project): Promise<{ files: Map<string, string>; warnings: string[] }> {
  const skills = project.config.targets.skills;
  if (!skills) return { files: new Map(), warnings: [] };
  const products = skills.products
    ? parseProductCatalog(JSON.parse(readFileSync(skills.products, 'utf8')), skills.products)
    : productsFromTags(project.ir);
  const locales: LocaleOutput[] = [{ locale: 'en' }, ...skills.locales.map(localeOutput)];
  const several = skills.styles.length > 1;
  const targets = await skillTargets({
    languages: skills.languages,
    sdks: skills.sdks ?? defaultSdks(project.config.targets.typescript),
    client: { ...sdkInfo(project.config), baseUrl: project.config.client.baseUrl ?? baseUrlFromServers(project.ir) },
    skillsOut: skills.out,
  });
  const result = await generateSkills(
    project.ir,
    {
      targets,
      styles: skills.styles,
      styleFolders: { v1: several ? 'v1' : '', v2: several ? 'v2' : '', v3: several ? 'v3' : '' },
      locales,
      products,
      sdk: sdkInfo(project.config),
      branding: skills.branding,
      ...(skills.marketplace ? { marketplace: skills.marketplace } : { marketplace: defaultMarketplace(project, targets) }),
      ...(skills.publish ? { publish: { clients: skills.publish, info: publishInfo(project) } } : {}),
      webhookHeaders: {
        timestamp: project.config.client.webhooks?.timestampHeader ?? 'webhook-timestamp',
        signature: project.config.client.webhooks?.signatureHeader ?? 'webhook-signature',
      },
      ...(project.config.templates ? { templatesDir: project.config.templates } : {}),
    },
    project.lookup,
  );
  if (skills.agent) await addAgentSkills(project, products, several ? 'agent' : '', result);
  return result;
}

/** The agent profile's tree (curated products, or every product with the documented defaults). */
async function addAgentSkills(project: Project, products: ProductCatalog, root: string, result: { files: Map<string, string>; warnings: string[] }): Promise<void> {
  const skills = project.config.targets.skills!;
  const { generateAgentSkills, loadCuration } = await import('./emit/skills/agent/index.js');
  const { treeProblems } = await import('./emit/skills/conformance.js');
  const curation = skills.agent!.curation ? loadCuration(skills.agent!.curation) : undefined;
  const agent = await generateAgentSkills(project.ir, project.lookup, {
    targets: await loadTargets(skills.languages),
    products,
    productsFromFile: skills.products !== undefined,
    ...(curation ? { curation } : {}),
    sdk: sdkInfo(project.config),
    branding: skills.branding,
    webhookHeaders: {
      timestamp: project.config.client.webhooks?.timestampHeader ?? 'webhook-timestamp',
      signature: project.config.client.webhooks?.signatureHeader ?? 'webhook-signature',
    },
    ...(project.naming?.initialisms ? { initialisms: project.naming.initialisms } : {}),
    ...(project.config.templates ? { templatesDir: project.config.templates } : {}),
    root,
    ...(skills.publish ? { publish: { clients: skills.publish, info: publishInfo(project) } } : {}),
  });
  for (const [file, text] of agent.files) result.files.set(file, text);
  result.files = new Map([...result.files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  result.warnings.push(...agent.warnings, ...treeProblems(agent.files).map((problem) => `Agent Skills specification: ${problem}`));
}

function localeOutput(locale: NonNullable<SdkgenConfig['targets']['skills']>['locales'][number]): LocaleOutput {
  let catalog: Catalog | undefined;
  if (locale.catalog) catalog = JSON.parse(readFileSync(locale.catalog, 'utf8')) as Catalog;
  else if (locale.extract) {
    catalog = extractCatalog(readFileSync(locale.extract.source, 'utf8'), readFileSync(locale.extract.translated, 'utf8'), locale.locale, {
      source: locale.extract.source,
      translated: locale.extract.translated,
    });
  }
  const out: LocaleOutput = { locale: locale.locale };
  if (catalog) out.catalog = catalog;
  if (locale.languages) out.languages = locale.languages;
  if (locale.products) out.products = locale.products;
  if (locale.styles) out.styles = locale.styles;
  return out;
}

/** The package's name and description: the marketplace config's, else defaults from the brand. */
function publishInfo(project: Project): PublishInfo {
  const { name, description, version, owner } = project.config.targets.skills!.marketplace ?? defaultMarketplace(project);
  return { name, brand: project.config.targets.skills!.branding.brand, description, version, owner };
}

/** Without marketplace config; `targets` (absent: SDK labels) label each plugin with what its examples use. */
function defaultMarketplace(project: Project, targets: SnippetTarget[] = []) {
  const brand = project.config.targets.skills!.branding.brand;
  return {
    name: `${project.config.targets.skills!.branding.namePrefix}-skills`,
    owner: { name: brand },
    description: `${brand} API skills for AI coding agents`,
    version: project.ir.api.version || '1.0.0',
    pluginDescription: `${brand} {SdkLabel} skills. Install this plugin to give your agent ${brand} API expertise in {Lang}.`,
    sdkLabels: Object.fromEntries(
      targets.map((t) => [t.language, t.client === 'http' ? `${t.displayName} HTTP API` : `${t.displayName} SDK`]),
    ) as Record<string, string>,
  };
}
