// The view models of one agent-profile skill (SKILL.md) and its references/api-details.md, for the templates.
import { createHash } from 'node:crypto';
import { buildMethodExample } from '../../../examples/method.js';
import type { SchemaLookup } from '../../../ir/pagination.js';
import type { IR, Operation, Webhook } from '../../../ir/types.js';
import type { CodeBlock, SdkInfo, SnippetTarget } from '../../snippets/target.js';
import type { MethodIndexEntry, SkillBranding } from '../document.js';
import type { PayloadField, TypedField } from '../facts/index.js';
import { conformExample } from './conform.js';
import { payloadFields, responseFields } from './payload.js';
import { foldLines, titleFromSlug } from '../text.js';
import type { ProductCuration, TaskCuration } from './curation.js';
import type { Spelling } from './spelling.js';
import { defaultResponseFields, optionalRows, paramFacts, taskRows, type ParamRow } from './tasks.js';
import { cell, cut, useWhenKind, type UseWhenKind } from './text.js';

/** One product as the agent profile sees it: its operations (spec keys "post /messages") and webhook events. */
export interface AgentProduct {
  slug: string;
  description: string;
  /** Operation keys in the product's order. */
  operations: string[];
  webhookEvents: string[];
  curation: ProductCuration;
}

export interface AgentContext {
  ir: IR;
  lookup: SchemaLookup;
  operations: Map<string, Operation>;
  methods: Map<string, MethodIndexEntry>;
  webhooks: Map<string, Webhook>;
  sdk: SdkInfo;
  branding: SkillBranding & { profile?: string };
  webhookHeaders: { timestamp: string; signature: string };
  useWhen: Record<UseWhenKind, string>;
  warnings: string[];
}

export interface TaskView {
  title: string;
  rationale?: string;
  methodLine: string;
  rows: ParamRow[];
  more: number;
  code: string;
  /** The code is the curation's (kept as written, not formatted). */
  curatedCode: boolean;
  responseFields: string[];
  /** The task's block, rendered from skills/agent/task.md.hbs. */
  rendered?: string;
}

export interface AgentSkillView {
  name: string;
  descriptionLines: string[];
  author: string;
  generatedBy?: string;
  profile?: string;
  product: string;
  language: string;
  brand: string;
  title: string;
  displayName: string;
  fence: string;
  installation: CodeBlock;
  setup: string;
  http: boolean;
  apiKeyEnv: string;
  errorHandling: string;
  notes: string[];
  caveats: string[];
  coreTasks: TaskView[];
  webhookVerification?: string;
  inlineWebhooks: { title: string; rows: PayloadField[] }[];
  supporting: TaskView[];
  additional: { title: string; sdkMethod: string; endpoint: string; useWhen: string; required: string }[];
  otherWebhooks: { event: string; eventType: string; description: string }[];
  hasWebhooks: boolean;
  signatureHeader: string;
  timestampHeader: string;
  /** Rows moved to the references to keep SKILL.md short (set by the line budget). */
  movedOperations?: number;
  movedWebhooks?: number;
}

export interface AgentDetailsView {
  title: string;
  displayName: string;
  responseSchemas: { returnedBy: string; fields: TypedField[] }[];
  optional: { summary: string; methodCall?: string; rows: ParamRow[] }[];
  payloads: { event: string; rows: PayloadField[] }[];
  fieldTypeNotes: string[];
  /** Additional Operations rows that did not fit in SKILL.md. */
  moreOperations?: AgentSkillView['additional'];
}

export interface LanguageBlocks {
  webhookVerification: string;
  paginationNote: string;
  phoneNumbersNote: string;
}

/** The example a task shows: the curation's for this language, else the target's. */
function exampleOf(ctx: AgentContext, target: SnippetTarget, key: string, curation: ProductCuration, curatedKey: string): { code: string; curated: boolean } {
  const curated = curation.examples?.[curatedKey]?.[target.language];
  if (curated !== undefined) return { code: conformExample(ctx, target, key, curated).code, curated: true };
  const operation = ctx.operations.get(key)!;
  const placed = ctx.methods.get(key);
  if (!placed) return { code: '', curated: false };
  const code = target.example({
    ir: ctx.ir,
    lookup: ctx.lookup,
    operation,
    method: placed.method,
    resourcePath: placed.resourcePath,
    // Placeholder values (a UUID for *_id, my-resource for names…) rather than echoes of the parameter's name.
    example: buildMethodExample(operation, ctx.lookup, placed.method, { names: 'placeholder' }),
    sdk: ctx.sdk,
    style: 'v3',
  });
  return { code, curated: false };
}

/** The curation's Error Handling block, its call (the first core task's) conformed like the task's example. */
function curatedErrorHandling(ctx: AgentContext, target: SnippetTarget, curation: ProductCuration, firstTask: string | undefined): string {
  const code = curation.examples?.errorHandling?.[target.language];
  if (code === undefined) return '';
  return firstTask ? conformExample(ctx, target, firstTask, code).code : code;
}

/** The variable an example assigns the call's result to (`task = …`, `const task = await …`, `task, err := …`). */
export function resultVariable(code: string): string | undefined {
  const match = /^\s*(?:(?:const|let|var)\s+)?([A-Za-z_][A-Za-z0-9_]*)(?:\s*,\s*err)?\s*(?::=|=)\s*(?:await\s+)?client\b/m.exec(code)
    ?? /^\s*[A-Z][A-Za-z0-9_<>.]*\s+([a-z][A-Za-z0-9_]*)\s*=\s*client\b/m.exec(code);
  return match?.[1];
}

/** Agent Skills names have at most 64 characters. */
const MAX_NAME = 64;

/**
 * `<prefix>-<product>-<language>`; past 64 characters the product part is cut at a hyphen and given a short hash of
 * the whole slug, so that two long products still get two names.
 */
export function skillName(prefix: string, slug: string, language: string): string {
  const name = `${prefix}-${slug}-${language}`;
  if (name.length <= MAX_NAME) return name;
  const hash = createHash('sha1').update(slug).digest('hex').slice(0, 6);
  const room = MAX_NAME - prefix.length - language.length - hash.length - 3;
  let cut = slug.slice(0, Math.max(0, room));
  if (slug[cut.length] !== '-' && cut.includes('-')) cut = cut.slice(0, cut.lastIndexOf('-'));
  return [prefix, cut.replace(/-+$/, ''), hash, language].filter(Boolean).join('-');
}

/** "post /messages" ↔ "POST /messages". */
export const displayKey = (key: string) => key.replace(/^[a-z]+/, (m) => m.toUpperCase());
export const specKey = (display: string) => display.replace(/^[A-Z]+/, (m) => m.toLowerCase());

function methodCall(ctx: AgentContext, spelling: Spelling, key: string, product?: AgentProduct, language?: string): string | undefined {
  const curated = product?.curation.sdkMethods?.[displayKey(key)]?.[language as never];
  if (curated) return `\`${curated}\``;
  const placed = ctx.methods.get(key);
  return placed ? spelling.methodCall(placed.resourcePath, placed.method.name) : undefined;
}

function task(ctx: AgentContext, target: SnippetTarget, spelling: Spelling, product: AgentProduct, key: string, curated?: TaskCuration): TaskView {
  const operation = ctx.operations.get(key)!;
  const endpoint = `\`${displayKey(key)}\``;
  const call = methodCall(ctx, spelling, key, product, target.language);
  const { rows, more } = taskRows(operation, ctx.lookup, spelling, curated);
  const example = exampleOf(ctx, target, key, product.curation, displayKey(key));
  const view: TaskView = {
    title: curated?.title ?? operation.summary ?? displayKey(key),
    methodLine: call ? `${call} — ${endpoint}` : endpoint,
    rows,
    more,
    code: example.code,
    curatedCode: example.curated,
    responseFields: (curated?.responseFields ?? defaultResponseFields(operation, ctx.lookup)).map((f) => spelling.field(f, example.curated ? undefined : resultVariable(example.code))),
  };
  if (curated?.rationale) view.rationale = curated.rationale;
  return view;
}

/**
 * Core tasks without curation: the product's create, list and retrieve, one of each, taken from the resource with
 * the most operations first (the first operation when the product has none of them).
 */
export function defaultCoreTasks(ctx: AgentContext, product: AgentProduct): string[] {
  const size = new Map<string, number>();
  for (const key of product.operations) {
    const resource = ctx.methods.get(key)?.resourcePath.join('.');
    if (resource !== undefined) size.set(resource, (size.get(resource) ?? 0) + 1);
  }
  const bySize = [...product.operations].sort((a, b) => (size.get(ctx.methods.get(b)?.resourcePath.join('.') ?? '') ?? 0) - (size.get(ctx.methods.get(a)?.resourcePath.join('.') ?? '') ?? 0));
  const chosen = ['create', 'list', 'retrieve']
    .map((name) => bySize.find((key) => ctx.methods.get(key)?.method.name === name && ctx.operations.has(key)))
    .filter((key): key is string => key !== undefined);
  return chosen.length > 0 ? chosen : product.operations.filter((key) => ctx.operations.has(key)).slice(0, 1);
}

export function buildSkillView(
  ctx: AgentContext,
  product: AgentProduct,
  target: SnippetTarget,
  spelling: Spelling,
  blocks: LanguageBlocks,
  descriptionSuffix: string,
): AgentSkillView {
  const curation = product.curation;
  const known = (key: string) => {
    if (ctx.operations.has(key)) return true;
    ctx.warnings.push(`agent profile: ${product.slug}: ${displayKey(key)} is not an operation of the spec; left out`);
    return false;
  };
  const coreCurated = (curation.coreTasks ?? []).filter((t) => known(specKey(t.operation)));
  const coreKeys = coreCurated.length > 0 ? coreCurated.map((t) => specKey(t.operation)) : defaultCoreTasks(ctx, product);
  const coreTasks = coreKeys.map((key, i) => task(ctx, target, spelling, product, key, coreCurated[i]));
  const supportingCurated = (curation.supportingOperations ?? []).filter((t) => known(specKey(t.operation)));
  const supporting = supportingCurated.map((t) => task(ctx, target, spelling, product, specKey(t.operation), t));
  const shown = new Set([...coreKeys, ...supportingCurated.map((t) => specKey(t.operation))]);
  const additional = product.operations
    .filter((key) => !shown.has(key) && ctx.operations.has(key))
    .map((key) => {
      const operation = ctx.operations.get(key)!;
      const placed = ctx.methods.get(key);
      const { body, other } = paramFacts(operation, ctx.lookup);
      const required = [...body.filter((p) => p.required), ...other.filter((p) => p.required)].map((p) => `\`${spelling.param(p.name)}\``);
      const requiredText = required.length === 0 ? 'None' : required.length > 4 ? `${required.slice(0, 4).join(', ')}, +${required.length - 4} more` : required.join(', ');
      return {
        title: operation.summary ?? displayKey(key),
        sdkMethod: target.client === 'http' ? 'HTTP only' : (methodCall(ctx, spelling, key, product, target.language) ?? 'HTTP only'),
        endpoint: `\`${displayKey(key)}\``,
        useWhen: curation.useWhen?.[displayKey(key)] ?? ctx.useWhen[useWhenKind(operation, placed?.method.name ?? '')],
        required: requiredText,
      };
    });
  const inline = (curation.webhooks ?? []).filter((w) => product.webhookEvents.includes(w.event));
  const inlineWebhooks = inline.map((w) => {
    const webhook = ctx.webhooks.get(w.event);
    const fields = webhook ? payloadFields(webhook, ctx.lookup) : [];
    const rows = w.fields
      .map((path) => fields.find((f) => f.path === path))
      .filter((f): f is PayloadField => f !== undefined)
      .map((f) => ({ ...f, type: cell(f.type), description: cut(f.description, 77) }));
    return { title: w.title, rows };
  });
  const otherWebhooks = product.webhookEvents
    .filter((event) => !inline.some((w) => w.event === event))
    .map((event) => {
      const webhook = ctx.webhooks.get(event);
      const eventType = webhook ? payloadFields(webhook, ctx.lookup).find((f) => f.path === 'data.event_type')?.type ?? '' : '';
      const curatedType = product.curation.webhookEventTypes?.[event];
      // Without a typed data.event_type, the event's own name is what handlers match on.
      return { event, eventType: curatedType ?? (eventType.replace(/^enum: /, '') || event), description: webhook?.summary ?? event };
    });
  const sdkNotes: string[] = [];
  const requiredEverywhere = [...coreTasks, ...supporting].flatMap((t) => t.rows.filter((r) => r.required).map((r) => r.type));
  if (requiredEverywhere.includes('string (E.164)')) sdkNotes.push(blocks.phoneNumbersNote);
  if (product.operations.some((key) => (ctx.operations.get(key)?.summary ?? '').startsWith('List'))) sdkNotes.push(`**Pagination:** ${blocks.paginationNote}`);
  const description = ((curation.description ?? product.description) + descriptionSuffix).replaceAll('{Lang}', target.displayName);
  const view: AgentSkillView = {
    name: skillName(ctx.branding.namePrefix, product.slug, target.language),
    descriptionLines: foldLines(description, '  '),
    author: ctx.branding.author,
    product: product.slug,
    language: target.language,
    brand: ctx.branding.brand,
    title: `${ctx.branding.brand} ${curation.title ?? titleFromSlug(product.slug)}`,
    displayName: target.displayName,
    fence: target.fence,
    installation: target.installation(ctx.sdk, 'v3'),
    setup: target.setup(ctx.sdk),
    http: target.client === 'http',
    apiKeyEnv: ctx.sdk.apiKeyEnv,
    errorHandling: curatedErrorHandling(ctx, target, curation, coreKeys[0]),
    notes: [...sdkNotes, ...(curation.importantNotes ?? [])],
    caveats: curation.operationalCaveats ?? [],
    coreTasks,
    inlineWebhooks,
    supporting,
    additional,
    otherWebhooks,
    hasWebhooks: product.webhookEvents.length > 0,
    signatureHeader: ctx.webhookHeaders.signature,
    timestampHeader: ctx.webhookHeaders.timestamp,
  };
  if (view.hasWebhooks) view.webhookVerification = blocks.webhookVerification;
  if (ctx.branding.generatedBy) view.generatedBy = ctx.branding.generatedBy;
  if (ctx.branding.profile) view.profile = ctx.branding.profile;
  return view;
}

const pathOrder = (a: string, b: string) => {
  const [pa, pb] = [a.slice(a.indexOf(' ') + 1), b.slice(b.indexOf(' ') + 1)];
  if (pa !== pb) return pa < pb ? -1 : 1;
  const order = ['get', 'post', 'put', 'patch', 'delete'];
  return order.indexOf(a.slice(0, a.indexOf(' '))) - order.indexOf(b.slice(0, b.indexOf(' ')));
};

export function buildDetailsView(ctx: AgentContext, product: AgentProduct, target: SnippetTarget, spelling: Spelling): AgentDetailsView {
  const keys = product.operations.filter((key) => ctx.operations.has(key)).sort(pathOrder);
  const groups = new Map<string, { names: string[]; fields: TypedField[] }>();
  for (const key of keys) {
    const operation = ctx.operations.get(key)!;
    const fields = responseFields(operation, ctx.lookup).map((f) => ({ ...f, type: cell(f.type) }));
    if (fields.length === 0) continue;
    const signature = fields.map((f) => `${f.name}:${f.type}`).join('|');
    const group = groups.get(signature) ?? { names: [], fields };
    group.names.push(operation.summary ?? displayKey(key));
    groups.set(signature, group);
  }
  const optional = keys
    .map((key) => {
      const operation = ctx.operations.get(key)!;
      const entry: AgentDetailsView['optional'][number] = { summary: operation.summary ?? displayKey(key), rows: optionalRows(operation, ctx.lookup, spelling) };
      const call = methodCall(ctx, spelling, key, product, target.language);
      if (call) entry.methodCall = call;
      return entry;
    })
    .filter((entry) => entry.rows.length > 0);
  const payloads = product.webhookEvents.map((event) => {
    const webhook = ctx.webhooks.get(event);
    return { event, rows: (webhook ? payloadFields(webhook, ctx.lookup) : []).map((f) => ({ ...f, type: cell(f.type) })) };
  });
  return {
    title: product.curation.title ?? titleFromSlug(product.slug),
    displayName: target.displayName,
    responseSchemas: [...groups.values()].map((g) => ({ returnedBy: g.names.join(', '), fields: g.fields })),
    optional,
    payloads,
    fieldTypeNotes: product.curation.fieldTypeNotes ?? [],
  };
}

