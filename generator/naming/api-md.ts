// A Stainless api.md (the resource and method listing of an official SDK) → NamingConfig, and the config → YAML.
import { COLLECTION_STYLE_FLOW, dump, type Node as YamlNode } from 'js-yaml';
import type { MethodConfig, NamingConfig, ResourceConfig } from './config.js';
import { NO_INITIALISMS, singularTypeName, snakeCase, splitWords } from './words.js';

const HEADING = /^(#{1,6})\s+(\S+)\s*$/;
const TYPE_LINE = /^- <code><a href="[^"]*">([A-Za-z_][A-Za-z0-9_]*)<\/a><\/code>\s*$/;
const METHOD_LINE =
  /^- <code title="([^"]+)">client\.((?:[A-Za-z0-9_]+\.)*)<a href="[^"]*">([A-Za-z0-9_]+)<\/a>\(([^)]*)\) -> ([^<]+?)<\/code>\s*$/;

interface MethodLine {
  endpoint: string;
  chain: string[];
  method: string;
  args: string;
  returns: string;
  /** The section headings in force (PascalCase resource names), outermost first. */
  headings: string[];
}

/**
 * Reads the resource tree of a Stainless api.md: `# Resource` / `## Sub` sections with lines such as
 * `- <code title="get /ai/assistants">client.ai.assistants.<a href="…">list</a>() -> AssistantsList</code>`.
 * Names become canonical snake_case; paginated return types are split into item type and page class; the
 * initialisms the SDK spells (SMS, IP, OAuth…) are collected. Lines naming an endpoint twice are all kept:
 * buildResourceTree decides which one names the operation.
 */
export function importApiMd(text: string): NamingConfig {
  const { lines, declaredTypes } = scan(text);
  const resources: Record<string, ResourceConfig> = {};
  const spellings = new Map<string, string>();
  for (const line of lines) {
    let level = resources;
    let resource: ResourceConfig | undefined;
    for (const segment of line.chain) {
      const name = snakeCase(segment);
      resource = level[name] ??= {};
      level = resource.subresources ??= {};
    }
    if (!resource) continue; // A method on the client itself: no resource to hold it.
    (resource.methods ??= {})[snakeCase(line.method)] = methodEntry(line, declaredTypes);
    collectSpellings(line, spellings);
  }
  pruneEmpty(resources);
  const initialisms = [...spellings.values()].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
  return initialisms.length ? { resources, initialisms } : { resources };
}

function scan(text: string): { lines: MethodLine[]; declaredTypes: Set<string> } {
  const lines: MethodLine[] = [];
  const declaredTypes = new Set<string>();
  const headings: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const heading = HEADING.exec(raw);
    if (heading) {
      headings.length = heading[1].length - 1;
      headings.push(heading[2]);
      continue;
    }
    const type = TYPE_LINE.exec(raw);
    if (type) {
      declaredTypes.add(type[1]);
      continue;
    }
    const method = METHOD_LINE.exec(raw);
    if (method) {
      lines.push({
        endpoint: method[1],
        chain: method[2].split('.').filter(Boolean),
        method: method[3],
        args: method[4],
        returns: method[5].trim(),
        headings: [...headings],
      });
    }
  }
  return { lines, declaredTypes };
}

function methodEntry(line: MethodLine, declaredTypes: ReadonlySet<string>): MethodConfig {
  const page = splitPage(line.returns, declaredTypes);
  return page ? { endpoint: line.endpoint, response: page.item, page: page.page } : { endpoint: line.endpoint, response: line.returns };
}

/**
 * `ScheduledEventListResponsesDefaultFlatPagination` → item ScheduledEventListResponse, page DefaultFlatPagination.
 * The page class is a run of words containing "Pagination"; the item is the (Stainless-pluralised) model before it.
 * Split points are tried from the right; the first whose item is a declared type wins, else the first plural one.
 */
export function splitPage(returns: string, declaredTypes: ReadonlySet<string> = new Set()): { item: string; page: string } | undefined {
  const at = returns.lastIndexOf('Pagination');
  if (at <= 0) return undefined;
  const cuts: number[] = [];
  for (let k = at; k > 0; k--) if (/[A-Z]/.test(returns[k])) cuts.push(k);
  const candidates = cuts.map((k) => {
    const plural = returns.slice(0, k);
    return { plural, singular: singularTypeName(plural, NO_INITIALISMS), page: returns.slice(k) };
  });
  for (const c of candidates) {
    if (declaredTypes.has(c.singular)) return { item: c.singular, page: c.page };
    if (declaredTypes.has(c.plural)) return { item: c.plural, page: c.page };
  }
  const plural = candidates.find((c) => c.singular !== c.plural);
  if (plural) return { item: plural.singular, page: plural.page };
  return undefined;
}

/**
 * The SDK's spelling of a word shows where it differs from plain capitalisation: in JS names (`sendSMS`,
 * `taskID`) and in section headings aligned with the JS property (`OAuthClients` over `oauthClients`).
 */
function collectSpellings(line: MethodLine, spellings: Map<string, string>): void {
  const names = [...line.chain, line.method, ...positionalArgs(line.args)];
  for (const name of names) for (const word of splitWords(name, NO_INITIALISMS).slice(1)) addSpelling(word, spellings);
  if (line.headings.length !== line.chain.length) return;
  line.chain.forEach((segment, i) => {
    const heading = line.headings[i];
    if (!heading || heading.toLowerCase() !== segment.toLowerCase()) return;
    let at = 0;
    for (const word of splitWords(segment, NO_INITIALISMS)) {
      addSpelling(heading.slice(at, at + word.length), spellings);
      at += word.length;
    }
  });
}

function addSpelling(word: string, spellings: Map<string, string>): void {
  const capitals = word.replace(/[^A-Z]/g, '').length;
  if (capitals < 2) return;
  const spelling = /^[A-Z0-9]+s$/.test(word) ? word.slice(0, -1) : word;
  if (!spellings.has(spelling.toLowerCase())) spellings.set(spelling.toLowerCase(), spelling);
}

function positionalArgs(args: string): string[] {
  return args
    .split(',')
    .map((a) => a.trim())
    .filter((a) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(a));
}

function pruneEmpty(resources: Record<string, ResourceConfig>): void {
  for (const [name, resource] of Object.entries(resources)) {
    if (resource.subresources) {
      pruneEmpty(resource.subresources);
      if (Object.keys(resource.subresources).length === 0) delete resource.subresources;
    }
    if (!resource.methods && !resource.subresources) delete resources[name];
  }
}

/** Stable YAML: keys in config order, method entries on one line, shorthand kept where the config uses it. */
export function dumpNamingConfig(config: NamingConfig): string {
  const ordered: Record<string, unknown> = { resources: config.resources };
  if (config.initialisms) ordered.initialisms = config.initialisms;
  return dump(ordered, {
    lineWidth: -1,
    noRefs: true,
    flowBracketPadding: true,
    transform: (documents) => {
      for (const document of documents) if (document.contents) flowMethodEntries(document.contents, false);
    },
  });
}

function flowMethodEntries(node: YamlNode, inMethods: boolean): void {
  if (node.kind === 'mapping') {
    if (inMethods) {
      for (const item of node.items) if (item.value.kind === 'mapping') item.value.style = COLLECTION_STYLE_FLOW;
      return;
    }
    for (const item of node.items) {
      const key = item.key.kind === 'scalar' ? item.key.value : undefined;
      flowMethodEntries(item.value, key === 'methods');
    }
  } else if (node.kind === 'sequence') {
    for (const item of node.items) flowMethodEntries(item, false);
  }
}
