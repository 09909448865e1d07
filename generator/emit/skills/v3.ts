// The v3 style's facts over the shared document model: sorted operations, Optional/Returns lists, Important Notes,
// webhook payload tables, and the per-language prose blocks (templates/skills/v3/<language>/).
import type { SchemaLookup } from '../../ir/pagination.js';
import type { IR, Operation } from '../../ir/types.js';
import type { SnippetTarget } from '../snippets/target.js';
import { applyTextFixes, importantNotes, optionalParams, returnFields, v3Description, webhookPayloadFields, type NotesInput, type PayloadField, type TextFix, type TypedField } from './facts/index.js';
import type { LocaleStrings } from './locale.js';
import type { Product, ProductOperation, WebhookEvent } from './products.js';
import type { TemplateSet } from './templates.js';

export interface V3LanguageBlocks {
  setupNote: string;
  errorHandling: string;
  webhookVerification: string;
  paginationNote: string;
}

export interface V3DocumentFacts {
  notes: string[];
  webhookEvents: WebhookEvent[];
  webhookPayloads: { event: string; fields: PayloadField[] }[];
}

const METHOD_ORDER = ['get', 'post', 'put', 'patch', 'delete'];

/** The product's operations the language shows (raw-HTTP-only ones for curl alone), by path then method. */
export function v3Entries(product: Product, target: SnippetTarget): ProductOperation[] {
  const http = target.client === 'http';
  return product.operations
    .filter((entry) => http || !entry.httpOnly)
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => {
      const pa = a.entry.docPath ?? a.entry.path;
      const pb = b.entry.docPath ?? b.entry.path;
      if (pa !== pb) return pa < pb ? -1 : 1;
      const ma = rank(a.entry.method);
      const mb = rank(b.entry.method);
      return ma !== mb ? ma - mb : a.i - b.i;
    })
    .map(({ entry }) => entry);
}

function rank(method: string): number {
  const at = METHOD_ORDER.indexOf(method);
  return at < 0 ? METHOD_ORDER.length : at;
}

export function v3SectionFacts(
  operation: Operation,
  lookup: SchemaLookup,
  fixes: readonly TextFix[],
  separator: string,
): { description?: string; optional?: string; returns?: string } {
  const out: { description?: string; optional?: string; returns?: string } = {};
  const description = v3Description(operation.description, operation.summary, fixes);
  if (description !== undefined) out.description = description;
  const list = (fields: TypedField[]) => applyTextFixes(fields.map((f) => `\`${f.name}\` (${f.type})`).join(separator), fixes);
  const optional = optionalParams(operation, lookup);
  if (optional.length) out.optional = list(optional);
  const returns = returnFields(operation, lookup);
  if (returns.length) out.returns = list(returns);
  return out;
}

export function v3DocumentFacts(
  ir: IR,
  lookup: SchemaLookup,
  product: Product,
  sections: NotesInput[],
  t: LocaleStrings,
  blocks: V3LanguageBlocks,
  fixes: readonly TextFix[],
): V3DocumentFacts {
  const flags = importantNotes(sections);
  const notes: string[] = [];
  if (flags.phoneNumbers) notes.push(t.phoneNumbersNote ?? '');
  if (flags.pagination) notes.push(`${t.paginationLabel ?? ''}${blocks.paginationNote}`);
  const byName = new Map(ir.webhooks.map((w) => [w.name, w]));
  const events = [...product.webhookEvents].sort((a, b) => (a.event < b.event ? -1 : a.event > b.event ? 1 : 0));
  return {
    notes,
    webhookEvents: events.map((e) => ({ event: e.event, description: e.description || applyTextFixes(byName.get(e.event)?.summary ?? '', fixes) })),
    webhookPayloads: events.map((e) => {
      const webhook = byName.get(e.event);
      const fields = webhook ? webhookPayloadFields(webhook, lookup) : [];
      return { event: e.event, fields: fields.map((f) => ({ ...f, description: applyTextFixes(f.description, fixes) })) };
    }),
  };
}

/** The language's fixed blocks, rendered with the SDK's names (brand, package, env variable, webhook headers). */
export function loadV3Blocks(templates: TemplateSet, target: SnippetTarget, t: LocaleStrings, params: Record<string, string>): V3LanguageBlocks {
  const dir = `skills/v3/${target.language}`;
  const render = (name: string) => templates.renderString(templates.read(`${dir}/${name}`), params).replace(/\n+$/, '');
  let strings: Record<string, string>;
  try {
    strings = JSON.parse(templates.read(`${dir}/strings.json`)) as Record<string, string>;
  } catch (error) {
    throw new Error(`v3 style: cannot read ${dir}/strings.json: ${(error as Error).message}`);
  }
  return {
    setupNote: target.client === 'http' ? (t.setupNoteHttp ?? t.setupNote) : t.setupNote,
    errorHandling: render('error-handling.hbs'),
    webhookVerification: render('webhook-verification.hbs'),
    paginationNote: templates.renderString(strings.paginationNote ?? '', params),
  };
}

/** `X-Signature` → `HTTP_X_SIGNATURE`: how Rack/CGI name a request header. */
export function cgiHeaderName(header: string): string {
  return `HTTP_${header.toUpperCase().replace(/-/g, '_')}`;
}
