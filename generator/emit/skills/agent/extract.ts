// `sdkgen curation extract`: the curated parts of agent-profile documents (SKILL.md + references/api-details.md),
// read back into a curation file, so that a product curated once can be regenerated from a newer spec.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import * as yaml from 'js-yaml';
import type { SnippetLanguage } from '../../snippets/target.js';
import type { Curation, ProductCuration, TaskCuration, WebhookCuration } from './curation.js';

export class CurationExtractError extends Error {}

export interface AgentDocument {
  /** Where it was read from (for messages). */
  file: string;
  product: string;
  language: SnippetLanguage;
  skill: string;
  details?: string;
}

/** Languages whose documents spell parameters and fields as the spec does, best first. */
const SPEC_SPELLING: string[] = ['curl', 'python', 'ruby', 'go', 'java', 'javascript'];

/** The agent-profile documents under `dir`: `<skill>.SKILL.md` (+ `.api-details.md`) or `<skill>/SKILL.md` (+ `references/api-details.md`). */
export function findAgentDocuments(dir: string): AgentDocument[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new CurationExtractError(`${dir}: no such folder`);
  const docs: AgentDocument[] = [];
  const files = (readdirSync(dir, { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/')).sort();
  for (const relative of files) {
    let details: string | undefined;
    if (relative.endsWith('.SKILL.md')) details = relative.replace(/\.SKILL\.md$/, '.api-details.md');
    else if (relative === 'SKILL.md' || relative.endsWith('/SKILL.md')) details = path.posix.join(path.posix.dirname(relative), 'references/api-details.md');
    else continue;
    const file = path.join(dir, relative);
    const text = readFileSync(file, 'utf8');
    if (!/^## Core Tasks$/m.test(text)) continue;
    const meta = frontMatter(text, file).metadata as Record<string, unknown> | undefined;
    const product = meta?.product;
    const language = meta?.language;
    if (typeof product !== 'string' || typeof language !== 'string') {
      throw new CurationExtractError(`${file}: front matter has no metadata.product and metadata.language; is it a document of the agent profile?`);
    }
    const doc: AgentDocument = { file, product, language: language as SnippetLanguage, skill: text };
    const detailsFile = path.join(dir, details);
    if (existsSync(detailsFile)) doc.details = readFileSync(detailsFile, 'utf8');
    docs.push(doc);
  }
  return docs;
}

/** The curation of every product found under `dir`. */
export function extractCuration(dir: string): Curation {
  const docs = findAgentDocuments(dir);
  if (docs.length === 0) {
    throw new CurationExtractError(`${dir}: no document of the agent profile (a SKILL.md with "## Core Tasks") in it or below it`);
  }
  const byProduct = new Map<string, AgentDocument[]>();
  for (const doc of docs) byProduct.set(doc.product, [...(byProduct.get(doc.product) ?? []), doc]);
  const products: Record<string, ProductCuration> = {};
  for (const [product, group] of [...byProduct].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const ordered = [...group].sort((a, b) => rank(a.language) - rank(b.language));
    products[product] = productCuration(ordered[0]!, ordered);
  }
  return { format: 'sdkgen-curation/1', products };
}

function rank(language: string): number {
  const at = SPEC_SPELLING.indexOf(language);
  return at < 0 ? SPEC_SPELLING.length : at;
}

function productCuration(main: AgentDocument, all: AgentDocument[]): ProductCuration {
  const sections = splitSections(main.skill, '## ');
  const curation: ProductCuration = {};
  const title = main.details ? /^# (.+) \([^)]*\) — API Details$/m.exec(main.details)?.[1] : undefined;
  if (title) curation.title = title;
  const description = frontMatter(main.skill, main.file).description;
  if (typeof description === 'string') curation.description = description.trim();
  const notes = bullets(sections.get('Important Notes')).filter((b) => !/^\*\*(Phone numbers|Pagination:)\*\*/.test(b));
  if (notes.length > 0) curation.importantNotes = notes;
  const caveats = bullets(sections.get('Operational Caveats'));
  if (caveats.length > 0) curation.operationalCaveats = caveats;
  const spell = spelling(main.language);
  const core = tasks(sections.get('Core Tasks'), spell);
  if (core.length > 0) curation.coreTasks = core;
  const supporting = tasks(sections.get('Important Supporting Operations'), spell);
  if (supporting.length > 0) curation.supportingOperations = supporting;
  const useWhen = additionalUseWhen(sections.get('Additional Operations'));
  if (Object.keys(useWhen).length > 0) curation.useWhen = useWhen;
  const webhooks = inlineWebhooks(sections.get('Webhooks'), main.details);
  if (webhooks.length > 0) curation.webhooks = webhooks;
  const events = main.details ? [...(splitSections(main.details, '## ').get('Webhook Payload Fields') ?? '').matchAll(/^### `([^`]+)`$/gm)].map((m) => m[1]!) : [];
  if (events.length > 0) curation.webhookEvents = events;
  const typeNotes = main.details ? bullets(splitSections(main.details, '### ').get('Field Type Notes')) : [];
  if (typeNotes.length > 0) curation.fieldTypeNotes = typeNotes;
  const eventTypes = otherEventTypes(sections.get('Additional Operations'));
  if (Object.keys(eventTypes).length > 0) curation.webhookEventTypes = eventTypes;
  const sdkMethods: NonNullable<ProductCuration['sdkMethods']> = {};
  const examples: NonNullable<ProductCuration['examples']> = {};
  for (const doc of all) {
    const docSections = splitSections(doc.skill, '## ');
    for (const [operation, call] of methodCalls(doc.skill)) (sdkMethods[operation] ??= {})[doc.language] = call;
    const errorCode = firstCode(docSections.get('Error Handling'));
    if (errorCode !== undefined) (examples.errorHandling ??= {})[doc.language] = errorCode;
    for (const name of ['Core Tasks', 'Important Supporting Operations']) {
      for (const [heading, body] of splitSections(docSections.get(name) ?? '', '### ')) {
        if (heading === 'Webhook Verification') continue;
        const operation = operationOf(body);
        const code = firstCode(body);
        if (operation && code !== undefined) (examples[operation] ??= {})[doc.language] = code;
      }
    }
  }
  if (Object.keys(sdkMethods).length > 0) curation.sdkMethods = sortKeys(sdkMethods);
  if (Object.keys(examples).length > 0) curation.examples = examples;
  return curation;
}

/** Every "`client.x.y()` — `METHOD /path`" line and Additional Operations row: operation → the call printed. */
function methodCalls(skill: string): [string, string][] {
  const calls: [string, string][] = [];
  for (const match of skill.matchAll(/^`([^`]+\(\))` — `((?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \/[^`]*)`$/gm)) calls.push([match[2]!, match[1]!]);
  const lines = (splitSections(skill, '## ').get('Additional Operations') ?? '').split('\n').filter((line) => line.startsWith('|'));
  const header = lines.length > 0 ? cells(lines[0]!) : [];
  const [method, endpoint] = [header.indexOf('SDK method'), header.indexOf('Endpoint')];
  for (const line of lines.slice(2)) {
    const row = cells(line);
    const call = row[method] ?? '';
    if (method >= 0 && endpoint >= 0 && /^`.+\(\)`$/.test(call)) calls.push([unquote(row[endpoint]!), unquote(call)]);
  }
  return calls;
}

/** The Other Webhook Events table: event key → its `data.event_type`. */
function otherEventTypes(section: string | undefined): Record<string, string> {
  const table = splitSections(section ?? '', '### ').get('Other Webhook Events');
  const out: Record<string, string> = {};
  for (const row of tableRows(table ?? '')) if (row[0] && row[1]) out[unquote(row[0])] = unquote(row[1]);
  return out;
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** How a language's document spells a spec name: Python adds "_" to reserved words, JavaScript camel-cases. */
function spelling(language: string): (name: string) => string {
  if (language === 'python') return (name) => name.replace(/_$/, '');
  if (language === 'javascript' || language === 'java') return (name) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return (name) => name;
}

function tasks(section: string | undefined, spell: (name: string) => string): TaskCuration[] {
  const out: TaskCuration[] = [];
  for (const [title, body] of splitSections(section ?? '', '### ')) {
    if (title === 'Webhook Verification') continue;
    const operation = operationOf(body);
    if (!operation) continue;
    const task: TaskCuration = { operation, title };
    const before = body.slice(0, body.indexOf(`\`${operation}\``));
    const rationale = before
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('`'))
      .join(' ')
      .trim();
    if (rationale) task.rationale = rationale;
    const rows = tableRows(body).filter((row) => row[0] !== '...');
    if (rows.length > 0) {
      task.params = rows.map((row) => spell(unquote(row[0]!)));
      task.required = rows.filter((row) => row[2] === 'Yes').map((row) => spell(unquote(row[0]!)));
    }
    const fieldsAt = body.indexOf('Primary response fields:');
    if (fieldsAt >= 0) {
      task.responseFields = bullets(body.slice(fieldsAt)).map((field) => responsePath(unquote(field), spell));
    }
    out.push(task);
  }
  return out;
}

/** "response.data.sent_at", ".data.sent_at", "response.Data.SentAt" → "data.sent_at". */
function responsePath(field: string, spell: (name: string) => string): string {
  const parts = field.replace(/^(response|resp|result)?\./, '').split('.');
  return parts.map((part) => spell(part)).join('.');
}

function additionalUseWhen(section: string | undefined): Record<string, string> {
  const lines = (section ?? '').split('\n').filter((line) => line.startsWith('|'));
  if (lines.length < 2) return {};
  const header = cells(lines[0]!);
  const endpoint = header.indexOf('Endpoint');
  const useWhen = header.indexOf('Use when');
  const out: Record<string, string> = {};
  if (endpoint < 0 || useWhen < 0) return out;
  for (const line of lines.slice(2)) {
    const row = cells(line);
    if (row[endpoint] && row[useWhen]) out[unquote(row[endpoint]!)] = row[useWhen]!;
  }
  return out;
}

function inlineWebhooks(section: string | undefined, details: string | undefined): WebhookCuration[] {
  const keys = details ? [...details.matchAll(/^### `([^`]+)`$/gm)].map((m) => m[1]!) : [];
  const out: WebhookCuration[] = [];
  for (const [title, body] of splitSections(section ?? '', '### ')) {
    const rows = tableRows(body);
    if (rows.length === 0) continue;
    const camel = title.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : '')).replace(/^./, (c) => c.toLowerCase());
    const event = keys.find((key) => key.toLowerCase() === camel.toLowerCase()) ?? camel;
    out.push({ event, title, fields: rows.map((row) => unquote(row[0]!)) });
  }
  return out;
}

/** The operation of a task block: the endpoint in its method line ("`client.x()` — `POST /x`" or "`POST /x`"). */
function operationOf(body: string): string | undefined {
  return /^(?:`[^`]+` — )?`((?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \/[^`]*)`$/m.exec(body)?.[1];
}

/** Sections by heading (`## ` or `### `), in order; fenced code is not searched for headings. */
export function splitSections(text: string, marker: '## ' | '### '): Map<string, string> {
  const sections = new Map<string, string>();
  let heading: string | undefined;
  let body: string[] = [];
  let fenced = false;
  const flush = () => {
    if (heading !== undefined && !sections.has(heading)) sections.set(heading, body.join('\n'));
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const isHeading = !fenced && (line.startsWith(marker) || (marker === '### ' && line.startsWith('## ')));
    if (isHeading) {
      flush();
      heading = line.startsWith(marker) ? line.slice(marker.length).trim() : undefined;
      body = [];
    } else body.push(line);
  }
  flush();
  return sections;
}

function bullets(section: string | undefined): string[] {
  return (section ?? '').split('\n').filter((line) => line.startsWith('- ')).map((line) => line.slice(2).trim());
}

function firstCode(section: string | undefined): string | undefined {
  const match = /^```[^\n]*\n([\s\S]*?)\n```$/m.exec(section ?? '');
  return match?.[1];
}

function tableRows(body: string): string[][] {
  const lines = body.split('\n').filter((line) => line.startsWith('|'));
  return lines.slice(2).map(cells);
}

function cells(line: string): string[] {
  return line
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

function unquote(cell: string): string {
  return cell.replace(/^`|`$/g, '');
}

function frontMatter(text: string, file: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new CurationExtractError(`${file}: no front matter`);
  try {
    return (yaml.load(match[1]!) ?? {}) as Record<string, unknown>;
  } catch (error) {
    throw new CurationExtractError(`${file}: front matter is not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
}
