// The agent profile: per product × language, a SKILL.md under 500 lines (core tasks in full, the rest indexed) and
// references/api-details.md (response schemas, optional parameters, webhook payloads), in one flat skills/ tree.
import { baseUrlFromServers } from '../../../examples/http-request.js';
import type { SchemaLookup } from '../../../ir/pagination.js';
import type { IR } from '../../../ir/types.js';
import type { SdkInfo, SnippetTarget } from '../../snippets/target.js';
import { indexMethods, type SkillBranding } from '../document.js';
import { loadLocale } from '../locale.js';
import type { ProductCatalog } from '../products.js';
import type { PublishClient } from '../publish/config.js';
import { renderPublishFiles, type PublishedSkill, type PublishInfo } from '../publish/index.js';
import { TemplateSet } from '../templates.js';
import { titleFromSlug } from '../text.js';
import { cgiHeaderName, loadV3Blocks } from '../v3.js';
import { readFileSync } from 'node:fs';
import { CurationError, parseCuration, type Curation, type ProductCuration } from './curation.js';
import { extractCuration } from './extract.js';
import { buildDetailsView, buildSkillView, specKey, type AgentContext, type AgentDetailsView, type AgentProduct, type AgentSkillView, type LanguageBlocks } from './model.js';
import { regroupStrays } from './regroup.js';
import { spellingOf } from './spelling.js';
import type { UseWhenKind } from './text.js';
import { envPrefix } from '../../../naming/brand.js';

export interface AgentSkillsOptions {
  targets: SnippetTarget[];
  /** The products without curation (a products file, or one per tag). */
  products: ProductCatalog;
  /** The products come from a products file (kept as they are), not from tags (stray operations regrouped). */
  productsFromFile?: boolean;
  /** With curation, its products are the ones written. */
  curation?: Curation;
  sdk: SdkInfo;
  branding: SkillBranding & { profile?: string };
  webhookHeaders: { timestamp: string; signature: string };
  initialisms?: string[];
  templatesDir?: string;
  /** The folder of the tree under the skills output ("" for the output itself). */
  root: string;
  publish?: { clients: PublishClient[]; info: PublishInfo };
}

const USE_WHEN: Record<UseWhenKind, string> = {
  inspect: 'Inspect available resources or choose an existing resource before mutating it.',
  fetch: 'Fetch the current state before updating, deleting, or making control-flow decisions.',
  create: 'Create or provision an additional resource when the core tasks do not cover this flow.',
  action: 'Trigger a follow-up action in an existing workflow rather than creating a new top-level resource.',
  modify: 'Modify an existing resource without recreating it.',
  remove: 'Remove, detach, or clean up an existing resource.',
};

/** The longest description agent clients show in full in their skill listings. */
const LISTING_LIMIT = 250;

export async function generateAgentSkills(ir: IR, lookup: SchemaLookup, options: AgentSkillsOptions): Promise<{ files: Map<string, string>; warnings: string[] }> {
  const templates = new TemplateSet(options.templatesDir);
  const ctx: AgentContext = {
    ir,
    lookup,
    operations: new Map(ir.operations.map((op) => [op.key, op])),
    methods: indexMethods(ir),
    webhooks: new Map(ir.webhooks.map((w) => [w.name, w])),
    sdk: options.sdk,
    branding: options.branding,
    webhookHeaders: options.webhookHeaders,
    useWhen: USE_WHEN,
    warnings: [],
  };
  const params: Record<string, string> = {
    brand: options.branding.brand,
    timestampHeader: options.webhookHeaders.timestamp,
    signatureHeader: options.webhookHeaders.signature,
    apiKeyEnv: options.sdk.apiKeyEnv,
    packageName: options.sdk.packageName,
    javaPackage: options.sdk.javaPackage,
    baseUrl: baseUrlFromServers(ir),
    signatureHeaderCgi: cgiHeaderName(options.webhookHeaders.signature),
    publicKeyEnv: `${envPrefix(options.sdk.apiKeyEnv)}_PUBLIC_KEY`,
    timestampHeaderCgi: cgiHeaderName(options.webhookHeaders.timestamp),
  };
  const t = loadLocale(templates, 'en', params);
  const products = agentProducts(options, ctx);
  const views: { view: AgentSkillView; target: SnippetTarget; details: AgentDetailsView }[] = [];
  for (const target of options.targets) {
    const spelling = spellingOf(target.language, options.initialisms);
    const v3 = loadV3Blocks(templates, target, t, params);
    const blocks: LanguageBlocks = { webhookVerification: v3.webhookVerification, paginationNote: v3.paginationNote, phoneNumbersNote: t.phoneNumbersNote ?? '' };
    for (const product of products) {
      const view = buildSkillView(ctx, product, target, spelling, blocks, '');
      const details = buildDetailsView(ctx, product, target, spelling);
      views.push({ view, target, details });
    }
  }
  await formatExamples(views);
  const files = new Map<string, string>();
  const published: PublishedSkill[] = [];
  const at = (path: string) => (options.root ? `${options.root}/${path}` : path);
  for (const { view, target, details } of views) {
    if (view.errorHandling === '') {
      // The example's own imports (Go, Java) go first: the template wraps only its statements.
      const lines = (view.coreTasks[0]?.code ?? '').split('\n');
      const imports = lines.filter((line) => /^import\b/.test(line));
      let statements = lines.filter((line) => !/^import\b/.test(line));
      // Go examples stop at their own `if err != nil { log.Fatal(err) }`: the template inspects the error instead.
      const errCheck = statements.findIndex((line) => /^\s*if err != nil \{/.test(line));
      if (target.language === 'go' && errCheck > 0) statements = statements.slice(0, errCheck);
      const margin = Math.min(...statements.filter((line) => line.trim()).map((line) => /^\s*/.exec(line)![0].length));
      const example = statements.map((line) => line.slice(Number.isFinite(margin) ? margin : 0)).join('\n').replace(/^\n+/, '').replace(/\n+$/, '');
      const indent = (n: number) => example.split('\n').map((line) => (line ? ' '.repeat(n) + line : line)).join('\n');
      const wrapped = templates
        .renderString(templates.read(`skills/agent/${target.language}/error-handling.hbs`), { ...params, example, example2: indent(2), example4: indent(4) })
        .replace(/\n+$/, '');
      const own = wrapped.split('\n');
      const allImports = [...new Set([...own.filter((line) => /^import\b/.test(line)), ...imports])];
      const body = own.filter((line) => !/^import\b/.test(line)).join('\n').replace(/^\n+/, '');
      view.errorHandling = allImports.length > 0 ? `${allImports.join('\n')}\n\n${body}` : body;
    }
    for (const task of [...view.coreTasks, ...view.supporting]) {
      task.rendered = templates.render('skills/agent/task.md.hbs', { ...task, fence: view.fence }).replace(/\n+$/, '');
    }
    files.set(at(`skills/${view.name}/SKILL.md`), renderWithinBudget(templates, view, details));
    files.set(at(`skills/${view.name}/references/api-details.md`), templates.render('skills/agent/api-details.md.hbs', details));
    published.push({ name: view.name, description: view.descriptionLines.map((l) => l.trim()).join(' '), product: view.product, language: view.language, displayName: view.displayName });
  }
  if (options.publish) {
    for (const [path, text] of renderPublishFiles(options.publish.clients, options.publish.info, published, templates)) files.set(at(path), text);
  }
  return { files, warnings: ctx.warnings };
}

/** The Agent Skills guidance: a SKILL.md body stays under 500 lines, the rest goes to references. */
export const MAX_SKILL_LINES = 500;

/**
 * SKILL.md within MAX_SKILL_LINES: when the index tables make it longer, their last rows (Additional Operations
 * first, then Other Webhook Events) move to the references' "More Operations" / payload sections, and SKILL.md
 * says how many moved.
 */
function renderWithinBudget(templates: TemplateSet, view: AgentSkillView, details: AgentDetailsView): string {
  let text = templates.render('skills/agent/SKILL.md.hbs', view);
  for (let round = 0; round < 4; round++) {
    const excess = text.split('\n').length - MAX_SKILL_LINES;
    if (excess <= 0) break;
    const fromAdditional = Math.min(view.additional.length, excess + 3);
    if (fromAdditional > 0) {
      details.moreOperations = [...view.additional.splice(view.additional.length - fromAdditional), ...(details.moreOperations ?? [])];
      view.movedOperations = details.moreOperations.length;
    }
    const left = excess + 3 - fromAdditional;
    if (left > 0 && view.otherWebhooks.length > 0) {
      view.otherWebhooks.splice(Math.max(0, view.otherWebhooks.length - left));
      view.movedWebhooks = details.payloads.length - view.otherWebhooks.length;
    }
    text = templates.render('skills/agent/SKILL.md.hbs', view);
  }
  return text;
}

/** The generated (not curated) examples of each language, through its formatter in one batch. */
async function formatExamples(views: { view: AgentSkillView; target: SnippetTarget }[]): Promise<void> {
  const byTarget = new Map<SnippetTarget, { code: string; curatedCode: boolean }[]>();
  for (const { view, target } of views) {
    const tasks = [...view.coreTasks, ...view.supporting].filter((task) => !task.curatedCode);
    byTarget.set(target, [...(byTarget.get(target) ?? []), ...tasks]);
  }
  for (const [target, tasks] of byTarget) {
    if (!target.format || tasks.length === 0) continue;
    const formatted = await target.format(tasks.map((task) => task.code));
    tasks.forEach((task, i) => (task.code = formatted[i]!));
  }
}

/** The curation's products (operations: its tasks, then the indexed ones), else the catalog's. */
function agentProducts(options: AgentSkillsOptions, ctx: AgentContext): AgentProduct[] {
  if (options.curation) {
    return Object.entries(options.curation.products).map(([slug, curation]) => ({
      slug,
      description: curation.description ?? '',
      operations: [
        ...new Set([
          ...(curation.coreTasks ?? []).map((task) => specKey(task.operation)),
          ...(curation.supportingOperations ?? []).map((task) => specKey(task.operation)),
          ...Object.keys(curation.useWhen ?? {}).map(specKey),
        ]),
      ],
      webhookEvents: curation.webhookEvents ?? (curation.webhooks ?? []).map((w) => w.event),
      curation,
    }));
  }
  // Products from tags only: a products file is someone's choice, tags can be accidents.
  const catalog = options.productsFromFile ? options.products.products : regroupStrays(options.products.products, ctx.methods).products;
  return catalog.map((product) => {
    const curation: ProductCuration = { description: defaultDescription(options.branding.brand, product.title ?? titleFromSlug(product.slug), product.description) };
    return {
      slug: product.slug,
      description: product.description,
      operations: product.operations.map((op) => `${op.method} ${op.path}`),
      webhookEvents: product.webhookEvents.map((e) => e.event),
      curation,
    };
  });
}

/** "Use when …" first (what client listings show), then the product's own words, within 250 characters. */
export function defaultDescription(brand: string, title: string, description: string): string {
  const lead = `Use when calling the ${brand} ${title} API from {Lang}.`;
  const rest = description.replace(/\s+/g, ' ').trim();
  const text = rest ? `${lead} ${rest}` : lead;
  if (text.length <= LISTING_LIMIT) return text;
  const cut = text.slice(0, LISTING_LIMIT - 3);
  return `${cut.slice(0, cut.lastIndexOf(' '))}...`;
}

/** The curation a config names: a file, or extracted from documents at generation time. */
export function loadCuration(source: { file: string } | { extract: string }): Curation {
  if ('extract' in source) return extractCuration(source.extract);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(source.file, 'utf8'));
  } catch (error) {
    throw new CurationError(`${source.file}: not a readable JSON file (${(error as Error).message})`);
  }
  return parseCuration(json, source.file);
}
