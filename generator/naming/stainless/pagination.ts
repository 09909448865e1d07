// Stainless pagination schemes → the page class of each paginated method. sdkgen detects how a list pages by
// itself (ir/pagination.ts); a scheme gives the page class its name (`entries_cursor` → `EntriesCursor`, as
// the Stainless SDKs name it). A method takes the scheme it names (`paginated: <scheme>`), else the scheme
// whose kind, items field and cursor or page parameter match what sdkgen detected.

import type { Operation, Pagination } from '../../ir/types.js';
import type { MethodEntry, ResourceConfig } from '../config.js';
import { isMapping } from './resources.js';

interface Scheme {
  name: string;
  kind: Pagination['kind'];
  arrays: string[];
  params: string[];
}

const KINDS: Record<string, Pagination['kind']> = { cursor: 'cursor', page_number: 'page-number', cursor_id: 'cursor', cursor_url: 'cursor' };

export function readSchemes(raw: unknown, notCarried: string[]): Scheme[] {
  if (!Array.isArray(raw)) return [];
  const schemes: Scheme[] = [];
  raw.forEach((entry, i) => {
    if (!isMapping(entry) || typeof entry.name !== 'string') return void notCarried.push(`pagination[${i}]`);
    const kind = typeof entry.type === 'string' ? KINDS[entry.type] : undefined;
    if (!kind) return void notCarried.push(`pagination.${entry.name} (type ${String(entry.type)}: sdkgen has no such page kind)`);
    const response = isMapping(entry.response) ? entry.response : {};
    const arrays = Object.keys(response).filter((key) => isMapping(response[key]) && (response[key] as Record<string, unknown>).type === 'array');
    const params = Object.keys(isMapping(entry.request) ? entry.request : {}).map((key) => key.replace(/^.*\./, ''));
    schemes.push({ name: entry.name, kind, arrays, params });
  });
  return schemes;
}

/** Stainless names the page class after the scheme, in PascalCase. */
export function pageClassName(scheme: string): string {
  return scheme.split(/[^A-Za-z0-9]+/).filter(Boolean).map((word) => word[0]!.toUpperCase() + word.slice(1)).join('');
}

/**
 * Sets `page` on every method of `resources` whose operation pages; `paginated` holds the methods' explicit
 * choices by config path. A method the config marks `paginated: false` but that sdkgen pages is reported.
 */
export function assignPages(
  resources: Record<string, ResourceConfig>,
  operations: readonly Operation[],
  schemes: readonly Scheme[],
  paginated: ReadonlyMap<string, string | false>,
  notCarried: string[],
  at = 'resources',
): void {
  const byEndpoint = new Map(operations.map((op) => [`${op.method} ${op.path}`, op]));
  for (const [name, resource] of Object.entries(resources)) {
    const here = `${at}.${name}`;
    for (const [method, entry] of Object.entries(resource.methods ?? {})) {
      const path = `${here}.methods.${method}`;
      const endpoint = typeof entry === 'string' ? entry : entry.endpoint;
      const [verb, route] = endpoint.split(/\s+/);
      const pagination = byEndpoint.get(`${verb?.toLowerCase()} ${route}`)?.pagination;
      const choice = paginated.get(path);
      if (!pagination || pagination.kind === 'top-level-array') continue;
      if (choice === false) {
        notCarried.push(`${path}.paginated (false: sdkgen pages this list)`);
        continue;
      }
      const scheme = typeof choice === 'string' ? schemes.find((s) => s.name === choice) : schemes.find((s) => matches(s, pagination));
      if (scheme) resource.methods![method] = withPage(entry, pageClassName(scheme.name));
    }
    if (resource.subresources) assignPages(resource.subresources, operations, schemes, paginated, notCarried, `${here}.subresources`);
  }
}

function matches(scheme: Scheme, pagination: Exclude<Pagination, { kind: 'top-level-array' }>): boolean {
  if (scheme.kind !== pagination.kind || !scheme.arrays.includes(pagination.itemsField)) return false;
  const param = pagination.kind === 'cursor' ? pagination.cursorParam : pagination.pageParam;
  return scheme.params.includes(param.replace(/^.*\[(.*)\]$/, '$1'));
}

function withPage(entry: MethodEntry, page: string): MethodEntry {
  return typeof entry === 'string' ? { endpoint: entry, page } : { ...entry, page };
}
