// `sdkgen i18n extract`: a translation catalog from an English SKILL.md and its translation, section by section.
import type { Catalog } from './locale.js';
import { operationKey } from './locale.js';

interface ParsedSection {
  heading: string;
  description?: string;
  endpoint: string;
}

interface ParsedDocument {
  product?: string;
  title?: string;
  sections: ParsedSection[];
}

const ENDPOINT_LINE = /^`([A-Z]+) (\/[^`]*)`/;

/** Reads the parts a catalog needs: the product, the title, and each operation's heading and description. */
export function parseSkillDocument(text: string): ParsedDocument {
  const lines = text.split('\n');
  const doc: ParsedDocument = { sections: [] };
  const product = /^\s+product:\s*(\S+)\s*$/m.exec(text);
  if (product) doc.product = product[1];
  let inCode = false;
  let heading: string | undefined;
  let paragraph: string[] = [];
  for (const line of lines) {
    if (line.startsWith('```')) {
      inCode = !inCode;
      continue;
    }
    if (inCode) continue;
    if (line.startsWith('# ') && doc.title === undefined) {
      doc.title = line.slice(2).replace(/ - [^-]+$/, '');
    } else if (line.startsWith('## ')) {
      heading = line.slice(3);
      paragraph = [];
    } else if (heading !== undefined && ENDPOINT_LINE.test(line)) {
      const [, method, path] = ENDPOINT_LINE.exec(line)!;
      const section: ParsedSection = { heading, endpoint: operationKey(method!, path!) };
      if (paragraph.length > 0) section.description = paragraph.join('\n');
      doc.sections.push(section);
      heading = undefined;
    } else if (heading !== undefined && line.trim() !== '') {
      paragraph.push(line);
    }
  }
  return doc;
}

export class CatalogExtractError extends Error {}

/**
 * Pairs the sections of both documents by their endpoint line. A translated heading or description equal to
 * the English one is not recorded (English is the fallback anyway).
 */
export function extractCatalog(source: string, translated: string, locale: string, names = { source: 'source', translated: 'translated' }): Catalog {
  const en = parseSkillDocument(source);
  const xx = parseSkillDocument(translated);
  const catalog: Catalog = { locale, products: {}, operations: {} };
  const byEndpoint = new Map(xx.sections.map((s) => [s.endpoint, s]));
  const missing = en.sections.filter((s) => !byEndpoint.has(s.endpoint)).map((s) => s.endpoint);
  if (missing.length > 0) {
    throw new CatalogExtractError(
      `${names.translated}: no section for ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ` (+${missing.length - 3} more)` : ''} of ${names.source}; both documents must list the same operations`,
    );
  }
  const product = en.product ?? xx.product;
  if (product && xx.title && xx.title !== en.title) catalog.products[product] = { title: xx.title };
  for (const section of en.sections) {
    const other = byEndpoint.get(section.endpoint)!;
    const entry: { summary?: string; description?: string } = {};
    if (other.heading !== section.heading) entry.summary = other.heading;
    if (other.description !== undefined && other.description !== section.description) entry.description = other.description;
    if (Object.keys(entry).length > 0) catalog.operations[section.endpoint] = entry;
  }
  return catalog;
}
