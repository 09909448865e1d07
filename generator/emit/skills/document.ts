// The view model of one SKILL.md: product × language × style × locale.
import { buildMethodExample } from '../../examples/method.js';
import type { SchemaLookup } from '../../ir/pagination.js';
import type { IR, Operation, Schema } from '../../ir/types.js';
import { resourceMethods, type PlacedMethod } from '../../ir/walk.js';
import type { CodeBlock, SdkInfo, SnippetStyle, SnippetTarget } from '../snippets/target.js';
import { operationKey, type Catalog, type LocaleStrings } from './locale.js';
import type { Product, ProductOperation } from './products.js';
import { usesGeneratedClient } from './sdks.js';
import { applyTextFixes, type NotesInput, type TextFix } from './facts/index.js';
import { foldLines, shortDescription, titleFromSlug } from './text.js';
import { v3DocumentFacts, v3Entries, v3SectionFacts, type V3DocumentFacts, type V3LanguageBlocks } from './v3.js';

export interface SkillBranding {
  /** Brand in titles and boilerplate, e.g. "Telnyx". */
  brand: string;
  /** Prefix of skill names, e.g. "telnyx" → "telnyx-fax-python". */
  namePrefix: string;
  /** metadata.author */
  author: string;
  /** metadata.generated_by of v2 documents, when set. */
  generatedBy?: string;
}

export interface SkillSection {
  heading: string;
  description?: string;
  httpMethod: string;
  path: string;
  required?: string;
  /** v3: the optional body fields with their types, formatted. */
  optional?: string;
  /** v3: the response fields with their types, formatted. */
  returns?: string;
  code: string;
}

export interface SkillDocument {
  name: string;
  descriptionLines: string[];
  author: string;
  generatedBy?: string;
  product: string;
  language: string;
  title: string;
  displayName: string;
  fence: string;
  installation: CodeBlock;
  setup: string;
  t: LocaleStrings;
  sections: SkillSection[];
  webhookEvents: Product['webhookEvents'];
  /** v3: the note under Setup, the per-language blocks, Important Notes bullets and webhook payload tables. */
  setupNote?: string;
  errorHandling?: string;
  webhookVerification?: string;
  notes?: string[];
  webhookPayloads?: V3DocumentFacts['webhookPayloads'];
}

export type MethodIndexEntry = PlacedMethod;

/** Each operation's method and resource path, by operation key. */
export function indexMethods(ir: IR): Map<string, MethodIndexEntry> {
  return new Map(resourceMethods(ir.resources).map((placed) => [placed.method.operation, placed]));
}

export interface DocumentContext {
  ir: IR;
  lookup: SchemaLookup;
  operations: Map<string, Operation>;
  methods: Map<string, MethodIndexEntry>;
  sdk: SdkInfo;
  branding: SkillBranding;
  descriptionSuffix: string;
  /** {langDesc} of the description suffix, by language. */
  languageDescriptions?: Record<string, string>;
  textFixes?: TextFix[];
  /** The v3 style's per-language blocks for a target in a locale. */
  v3Blocks?: (target: SnippetTarget, t: LocaleStrings) => V3LanguageBlocks;
  /** Warnings collected while building (operations a product lists that the spec lacks). */
  warnings: string[];
}

export function buildSkillDocument(
  ctx: DocumentContext,
  product: Product,
  target: SnippetTarget,
  style: SnippetStyle,
  t: LocaleStrings,
  catalog: Catalog,
): SkillDocument {
  const entries = style === 'v3' ? v3Entries(product, target) : style === 'v1' ? product.operationsV1 : product.operations;
  const sections: SkillSection[] = [];
  const notesInput: NotesInput[] = [];
  for (const entry of entries) {
    const section = buildSection(ctx, entry, target, style, t, catalog);
    if (!section) continue;
    sections.push(section);
    const operation = ctx.operations.get(`${entry.method} ${entry.path}`)!;
    notesInput.push({ operation, required: documentedRequired(operation, ctx.lookup) });
  }
  const langDesc =
    ctx.languageDescriptions?.[target.language] ??
    examplesDescription(target, t);
  const description =
    product.description + ctx.descriptionSuffix.replaceAll('{Lang}', target.displayName).replaceAll('{langDesc}', langDesc);
  const title =
    catalog.products[product.slug]?.title ?? `${ctx.branding.brand} ${product.title ?? titleFromSlug(product.slug)}`;
  const doc: SkillDocument = {
    name: `${ctx.branding.namePrefix}-${product.slug}-${target.language}`,
    descriptionLines: foldLines(description, '  '),
    author: ctx.branding.author,
    product: product.slug,
    language: target.language,
    title,
    displayName: target.displayName,
    fence: target.fence,
    installation: target.installation(ctx.sdk, style),
    setup: target.setup(ctx.sdk),
    // Raw-HTTP examples have no `client` to assume: the note says where the key comes from.
    t: target.client === 'http' && style !== 'v3' && t.setupNoteHttp ? { ...t, setupNote: t.setupNoteHttp } : t,
    sections,
    webhookEvents: style === 'v2' ? product.webhookEvents : [],
  };
  if (ctx.branding.generatedBy) doc.generatedBy = ctx.branding.generatedBy;
  if (style === 'v3' && ctx.v3Blocks) {
    const blocks = ctx.v3Blocks(target, t);
    const facts = v3DocumentFacts(ctx.ir, ctx.lookup, product, notesInput, t, blocks, ctx.textFixes ?? []);
    Object.assign(doc, {
      setupNote: blocks.setupNote,
      errorHandling: blocks.errorHandling,
      webhookVerification: blocks.webhookVerification,
      notes: facts.notes,
      webhookEvents: facts.webhookEvents,
      webhookPayloads: facts.webhookPayloads,
    });
  }
  return doc;
}

function buildSection(
  ctx: DocumentContext,
  entry: ProductOperation,
  target: SnippetTarget,
  style: SnippetStyle,
  t: LocaleStrings,
  catalog: Catalog,
): SkillSection | undefined {
  const key = `${entry.method} ${entry.path}`;
  const operation = ctx.operations.get(key);
  const named = ctx.methods.get(key);
  // A raw-HTTP target (curl) needs no SDK method: it shows operations the SDKs lack too.
  if (!operation || (!named && target.client !== 'http')) {
    ctx.warnings.push(`products: ${entry.method.toUpperCase()} ${entry.path} is not an operation of the spec; left out`);
    return undefined;
  }
  const translated =
    catalog.operations[operationKey(entry.method, entry.path)] ??
    (entry.docPath ? catalog.operations[operationKey(entry.method, entry.docPath)] : undefined) ??
    {};
  const fixes = style === 'v3' ? (ctx.textFixes ?? []) : [];
  const summary = applyTextFixes(operation.summary ?? operation.operationId ?? key, fixes);
  const code = target.example({
    ir: ctx.ir,
    lookup: ctx.lookup,
    operation,
    method: named?.method ?? { name: operation.operationId ?? key, operation: key, source: 'inferred' },
    resourcePath: named?.resourcePath ?? [],
    // v3 examples show realistic stand-ins where v1/v2 repeat a parameter's name.
    example: buildMethodExample(operation, ctx.lookup, named?.method, style === 'v3' ? { names: 'placeholder' } : {}),
    sdk: ctx.sdk,
    style,
  });
  const section: SkillSection = {
    heading: translated.summary ?? summary,
    httpMethod: entry.method.toUpperCase(),
    path: entry.docPath ?? entry.path,
    code,
  };
  if (style === 'v2') {
    const description = translated.description ?? shortDescription(operation.description, operation.summary);
    if (description !== undefined) section.description = description;
    const required = documentedRequired(operation, ctx.lookup);
    if (required.length > 0) section.required = required.map((name) => `\`${name}\``).join(t.listSeparator);
  }
  if (style === 'v3') {
    const required = documentedRequired(operation, ctx.lookup);
    if (required.length > 0) section.required = required.map((name) => `\`${name}\``).join(t.listSeparator);
    const facts = v3SectionFacts(operation, ctx.lookup, fixes, t.listSeparator);
    if (translated.description ?? facts.description) section.description = translated.description ?? facts.description;
    if (facts.optional) section.optional = facts.optional;
    if (facts.returns) section.returns = facts.returns;
  }
  return section;
}

/**
 * The `Required:` list: the `required` array of the application/json body schema as written (a $ref to
 * components/schemas followed once, no allOf merge); none for a body that is a $ref to components/requestBodies.
 */
export function documentedRequired(operation: Operation, lookup: SchemaLookup): string[] {
  const body = operation.requestBody;
  if (!body || body.componentName !== undefined || body.contentType !== 'application/json') return [];
  let schema: Schema | undefined = body.schema;
  if (schema.kind === 'ref') schema = lookup(schema.name);
  if (!schema) return [];
  if (schema.kind === 'object') return schema.required;
  if (schema.kind === 'allOf') return schema.required ?? [];
  return [];
}

/** {langDesc} by default: what the examples call — an SDK, the generated client, or the HTTP API. */
function examplesDescription(target: SnippetTarget, t: LocaleStrings): string {
  const text = target.client === 'http' ? t.httpExamples : usesGeneratedClient(target) ? t.generatedClientExamples : undefined;
  return text ? text.replaceAll('{Lang}', target.displayName) : `${target.displayName} SDK examples`;
}
