// Page classes: one per distinct pagination config, named as the official SDK names them (api.md) where known.
import type { CodeBlockWriter } from 'ts-morph';
import type { Pagination } from '../../ir/types.js';
import { writeDoc } from './jsdoc.js';
import { quote, wrapList } from './names.js';
import type { MethodShape } from './shape.js';

export interface PageClass {
  name: string;
  config: Pagination;
  /** The runtime class it extends. */
  base: 'PageNumberPage' | 'CursorPage' | 'ArrayPage';
}

/** Members of AbstractPage and its subclasses a declared body field must not redeclare. */
const PAGE_MEMBERS = new Set([
  'body', 'response', 'options', 'config', 'items', 'getPaginatedItems', 'nextPageRequestOptions', 'hasNextPage',
  'getNextPage', 'iterPages', 'withQuery', 'queryParam', 'itemsAt', 'currentPage', 'nextCursor', 'constructor',
]);

const DEFAULT_NAMES: Record<Pagination['kind'], string> = {
  'page-number': 'PageNumberPagination',
  cursor: 'CursorPagination',
  'top-level-array': 'TopLevelArrayPagination',
};

/**
 * Groups paginated methods by config. A page class name (api.md's, else one per kind) used with several
 * configs stays with the config most methods use (the first seen on ties); the others get numbered names.
 */
export function planPageClasses(shapes: readonly MethodShape[], taken: (name: string) => boolean): Map<MethodShape, PageClass> {
  const byName = new Map<string, Map<string, { config: Pagination; shapes: MethodShape[] }>>();
  for (const shape of shapes) {
    if (!shape.page) continue;
    const name = shape.method.pageType ?? DEFAULT_NAMES[shape.page.config.kind];
    const key = configKey(shape.page.config);
    const configs = byName.get(name) ?? new Map<string, { config: Pagination; shapes: MethodShape[] }>();
    const entry = configs.get(key) ?? { config: shape.page.config, shapes: [] };
    entry.shapes.push(shape);
    configs.set(key, entry);
    byName.set(name, configs);
  }
  const used = new Set<string>();
  const claim = (wish: string): string => {
    let name = wish;
    for (let n = 2; used.has(name) || taken(name); n++) name = `${wish}${n}`;
    used.add(name);
    return name;
  };
  const result = new Map<MethodShape, PageClass>();
  const classes = new Map<string, PageClass>();
  for (const [name, configs] of byName) {
    const ordered = [...configs.values()].sort((a, b) => b.shapes.length - a.shapes.length);
    for (const entry of ordered) {
      const key = configKey(entry.config);
      let pageClass = classes.get(key);
      if (!pageClass) {
        pageClass = { name: claim(name), config: entry.config, base: baseOf(entry.config) };
        classes.set(key, pageClass);
      }
      for (const shape of entry.shapes) result.set(shape, pageClass);
    }
  }
  return result;
}

function baseOf(config: Pagination): PageClass['base'] {
  if (config.kind === 'page-number') return 'PageNumberPage';
  if (config.kind === 'cursor') return 'CursorPage';
  return 'ArrayPage';
}

function configKey(config: Pagination): string {
  return JSON.stringify(config, Object.keys(config).sort());
}

/** src/pagination.ts: the page classes, each a runtime page class with its own static config. */
export function writePagination(writer: CodeBlockWriter, classes: readonly PageClass[]): void {
  const bases = [...new Set(classes.map((c) => c.base))].sort();
  const configs = bases.map((b) => CONFIG_TYPES[b]).sort().map((t) => `type ${t}`);
  writer.writeLine('// The page classes of this API: list methods return them inside a PagePromise (`for await` walks every item).');
  writer.writeLine(wrapList('import ', [...bases, ...configs], ` from './core/pagination.js';`));
  for (const pageClass of classes) {
    writer.blankLine();
    writePageClass(writer, pageClass);
  }
}

const CONFIG_TYPES: Record<PageClass['base'], string> = {
  PageNumberPage: 'PageNumberConfig',
  CursorPage: 'CursorConfig',
  ArrayPage: 'TopLevelArrayConfig',
};

function writePageClass(writer: CodeBlockWriter, { name, config, base }: PageClass): void {
  writeDoc(writer, describe(config));
  writer.write(`export class ${name}<Item> extends ${base}<Item>`).block(() => {
    const entries = configEntries(config);
    if (entries.length === 0) writer.writeLine(`static override config: ${CONFIG_TYPES[base]} = {};`);
    else {
      writer.write(`static override config: ${CONFIG_TYPES[base]} = `).inlineBlock(() => {
        for (const [key, value] of entries) writer.writeLine(`${key}: ${value},`);
      });
      writer.write(';').newLine();
    }
    const fields = declaredFields(config);
    if (fields.length) writer.blankLine();
    for (const field of fields) writer.writeLine(field);
  });
}

function configEntries(config: Pagination): [string, string][] {
  const path = (p: string[]) => `[${p.map(quote).join(', ')}]`;
  switch (config.kind) {
    case 'page-number': {
      const entries: [string, string][] = [
        ['itemsField', quote(config.itemsField)],
        ['pageParam', quote(config.pageParam)],
      ];
      if (config.sizeParam) entries.push(['sizeParam', quote(config.sizeParam)]);
      entries.push(['totalPagesPath', config.totalPagesPath ? path(config.totalPagesPath) : 'undefined']);
      // The base class reads meta.page_number by default; this API's pages may not report it.
      entries.push(['currentPagePath', config.totalPagesPath?.length === 2 ? path([config.totalPagesPath[0], 'page_number']) : 'undefined']);
      return entries;
    }
    case 'cursor':
      return [
        ['itemsField', quote(config.itemsField)],
        ['cursorParam', quote(config.cursorParam)],
        ['nextCursorPath', path(config.nextCursorPath)],
      ];
    case 'top-level-array':
      return [];
  }
}

/** Typed views of the body fields the page walks by (the runtime copies every body field onto the page). */
function declaredFields(config: Pagination): string[] {
  if (config.kind === 'top-level-array') return [];
  const fields: string[] = [];
  if (!PAGE_MEMBERS.has(config.itemsField)) fields.push(`declare ${propertyName(config.itemsField)}: Array<Item>;`);
  const nested = config.kind === 'page-number' ? config.totalPagesPath : config.nextCursorPath;
  if (nested && nested.length > 1 && !PAGE_MEMBERS.has(nested[0]) && nested[0] !== config.itemsField) {
    const leaf = config.kind === 'page-number' ? 'number' : 'string | null';
    fields.push(`declare ${propertyName(nested[0])}?: ${nestedType(nested.slice(1), leaf)};`);
  }
  return fields;
}

function nestedType(path: string[], leaf: string): string {
  if (path.length === 0) return leaf;
  return `{ ${propertyName(path[0])}?: ${nestedType(path.slice(1), leaf)}; [key: string]: unknown }`;
}

function propertyName(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : quote(name);
}

function describe(config: Pagination): string {
  switch (config.kind) {
    case 'page-number':
      return `Pages by \`${config.pageParam}\`; items in \`${config.itemsField}\`.`;
    case 'cursor':
      return `Pages by the cursor in \`${config.nextCursorPath.join('.')}\`; items in \`${config.itemsField}\`.`;
    case 'top-level-array':
      return 'A response that is a bare JSON array: one page.';
  }
}
