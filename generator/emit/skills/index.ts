// Skill docs for every product × language × style × locale, as a map of relative paths to contents.
import type { SchemaLookup } from '../../ir/pagination.js';
import type { IR } from '../../ir/types.js';
import type { SdkInfo, SnippetLanguage, SnippetStyle, SnippetTarget } from '../snippets/target.js';
import { treeProblems } from './conformance.js';
import { buildSkillDocument, indexMethods, type DocumentContext, type SkillBranding } from './document.js';
import { emptyCatalog, loadLocale, type Catalog, type LocaleStrings } from './locale.js';
import { renderMarketplace, type MarketplaceInfo, type MarketplacePlugin } from './marketplace.js';
import type { PublishClient } from './publish/config.js';
import { renderPublishFiles, type PublishedSkill, type PublishInfo } from './publish/index.js';
import type { ProductCatalog } from './products.js';
import { TemplateSet } from './templates.js';
import { cgiHeaderName, loadV3Blocks, type V3LanguageBlocks } from './v3.js';
import { baseUrlFromServers } from '../../examples/http-request.js';
import { envPrefix } from '../../naming/brand.js';

export interface LocaleOutput {
  locale: string;
  catalog?: Catalog;
  /** Limits for a partial translation; all when absent. */
  languages?: SnippetLanguage[];
  products?: string[];
  styles?: SnippetStyle[];
}

export interface SkillsOptions {
  targets: SnippetTarget[];
  styles: SnippetStyle[];
  /** Output folder of each style relative to the skills root ("" for the root itself). */
  styleFolders: Record<SnippetStyle, string>;
  /** The first entry is the main locale (written at the style folders); others go under their own folder. */
  locales: LocaleOutput[];
  products: ProductCatalog;
  sdk: SdkInfo;
  branding: SkillBranding;
  marketplace?: MarketplaceInfo;
  /** Package each style's tree for these agent clients: skills go flat under `skills/`, manifests beside it. */
  publish?: { clients: PublishClient[]; info: PublishInfo };
  webhookHeaders: { timestamp: string; signature: string };
  templatesDir?: string;
}

export interface SkillsResult {
  files: Map<string, string>;
  warnings: string[];
}

export async function generateSkills(ir: IR, options: SkillsOptions, lookup: SchemaLookup): Promise<SkillsResult> {
  const templates = new TemplateSet(options.templatesDir);
  const ctx: DocumentContext = {
    ir,
    lookup,
    operations: new Map(ir.operations.map((op) => [op.key, op])),
    methods: indexMethods(ir),
    sdk: options.sdk,
    branding: options.branding,
    descriptionSuffix: options.products.descriptionSuffix,
    warnings: [],
  };
  const localeParams = {
    brand: options.branding.brand,
    timestampHeader: options.webhookHeaders.timestamp,
    signatureHeader: options.webhookHeaders.signature,
    apiKeyEnv: options.sdk.apiKeyEnv,
  };
  if (options.products.languageDescriptions) ctx.languageDescriptions = options.products.languageDescriptions;
  if (options.products.textFixes) ctx.textFixes = options.products.textFixes;
  if (options.styles.includes('v3')) ctx.v3Blocks = v3BlockCache(templates, ir, options, localeParams);
  const pending: { path: string; render: (codes: string[]) => string; target: SnippetTarget; codes: string[] }[] = [];
  const plugins = new Map<string, MarketplacePlugin>();
  const v3Plugins = new Map<string, MarketplacePlugin>();
  const published = new Map<string, PublishedSkill[]>();
  const [main, ...others] = options.locales;
  for (const localeOutput of [main!, ...others]) {
    const isMain = localeOutput === main;
    const t = loadLocale(templates, localeOutput.locale, localeParams);
    const catalog = localeOutput.catalog ?? emptyCatalog(localeOutput.locale);
    for (const style of options.styles) {
      if (localeOutput.styles && !localeOutput.styles.includes(style)) continue;
      for (const target of options.targets) {
        if (localeOutput.languages && !localeOutput.languages.includes(target.language)) continue;
        for (const product of options.products.products) {
          if (localeOutput.products && !localeOutput.products.includes(product.slug)) continue;
          const doc = buildSkillDocument(ctx, product, target, style, t, catalog);
          const pluginFolder = `${options.branding.namePrefix}-${target.language}`;
          const relative = options.publish
            ? `skills/${doc.name}/SKILL.md`
            : style === 'v1' ? `${doc.name}/SKILL.md`
            : style === 'v3' ? `skills/${doc.name}/SKILL.md`
            : `${pluginFolder}/skills/${doc.name}/SKILL.md`;
          const root = isMain
            ? options.styleFolders[style]
            : joinPath(localeOutput.locale, localeOutput.styles?.length === 1 ? '' : style);
          if (isMain && options.publish) {
            const skills = published.get(root) ?? [];
            skills.push({ name: doc.name, description: doc.descriptionLines.map((line) => line.trim()).join(' '), product: product.slug, language: target.language, displayName: target.displayName });
            published.set(root, skills);
          } else if (isMain && (style === 'v2' || style === 'v3')) {
            const byLanguage = style === 'v3' ? v3Plugins : plugins;
            const plugin = byLanguage.get(target.language) ?? {
              language: target.language,
              displayName: target.displayName,
              folder: pluginFolder,
              skills: [],
              ...(style === 'v3' ? { flat: true } : {}),
            };
            plugin.skills.push(doc.name);
            byLanguage.set(target.language, plugin);
          }
          const templateName = `skills/skill-${style}.md.hbs`;
          pending.push({
            path: joinPath(root, relative),
            target,
            codes: doc.sections.map((s) => s.code),
            render: (codes) => {
              doc.sections.forEach((section, i) => (section.code = codes[i]!));
              const text = templates.render(templateName, doc);
              return t.finalNewline ? text : text.replace(/\n$/, '');
            },
          });
        }
      }
    }
  }
  const files = new Map<string, string>();
  for (const [target, jobs] of groupBy(pending, (job) => job.target)) {
    const all = jobs.flatMap((job) => job.codes);
    const formatted = target.format ? await target.format(all) : all;
    let offset = 0;
    for (const job of jobs) {
      files.set(job.path, job.render(formatted.slice(offset, offset + job.codes.length)));
      offset += job.codes.length;
    }
  }
  for (const [root, skills] of published) {
    for (const [path, text] of renderPublishFiles(options.publish!.clients, options.publish!.info, skills, templates)) files.set(joinPath(root, path), text);
  }
  if (options.marketplace && options.styles.includes('v2') && !options.publish) {
    const path = joinPath(options.styleFolders.v2, '.claude-plugin/marketplace.json');
    files.set(path, renderMarketplace(options.marketplace, [...plugins.values()]));
  }
  if (options.marketplace && v3Plugins.size > 0) {
    const path = joinPath(options.styleFolders.v3, '.claude-plugin/marketplace.json');
    files.set(path, renderMarketplace(options.marketplace, [...v3Plugins.values()]));
  }
  const conformance = treeProblems(files).map((problem) => `Agent Skills specification: ${problem}`);
  return { files: new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), warnings: [...ctx.warnings, ...conformance] };
}

/** The v3 per-language blocks, rendered once per target and locale. */
function v3BlockCache(templates: TemplateSet, ir: IR, options: SkillsOptions, localeParams: Record<string, string>) {
  const cache = new Map<string, V3LanguageBlocks>();
  const params = {
    ...localeParams,
    packageName: options.sdk.packageName,
    javaPackage: options.sdk.javaPackage,
    baseUrl: baseUrlFromServers(ir),
    signatureHeaderCgi: cgiHeaderName(options.webhookHeaders.signature),
    publicKeyEnv: `${envPrefix(options.sdk.apiKeyEnv)}_PUBLIC_KEY`,
    timestampHeaderCgi: cgiHeaderName(options.webhookHeaders.timestamp),
  };
  return (target: SnippetTarget, t: LocaleStrings): V3LanguageBlocks => {
    const key = `${target.language}/${target.client ?? 'sdk'}/${t.setupNote}`;
    let blocks = cache.get(key);
    if (!blocks) cache.set(key, (blocks = loadV3Blocks(templates, target, t, params)));
    return blocks;
  };
}

function joinPath(...parts: string[]): string {
  return parts.filter(Boolean).join('/');
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(item);
  }
  return groups;
}
