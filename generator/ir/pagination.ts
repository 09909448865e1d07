// Recognises the paginated list shapes from an operation's parameters and success response.
import type { ObjectSchema, Operation, Pagination, Parameter, Property, Schema } from './types.js';

export type SchemaLookup = (name: string) => Schema | undefined;

/** Follows refs and flattens allOf object parts, so that shape questions can be asked of one object. */
export function resolveShape(schema: Schema | undefined, lookup: SchemaLookup, depth = 0): Schema | undefined {
  if (!schema || depth > 20) return schema;
  if (schema.kind === 'ref') return resolveShape(lookup(schema.name), lookup, depth + 1);
  if (schema.kind === 'allOf') {
    const objects = schema.parts
      .map((p) => resolveShape(p, lookup, depth + 1))
      .filter((p): p is ObjectSchema => p?.kind === 'object');
    if (objects.length === 0) return schema;
    return {
      kind: 'object',
      properties: objects.flatMap((o) => o.properties),
      required: objects.flatMap((o) => o.required),
    };
  }
  return schema;
}

const PAGE_NUMBER_NAMES = ['page[number]', 'page_number', 'page', 'pageNumber'];
const PAGE_SIZE_NAMES = ['page[size]', 'page_size', 'per_page', 'pageSize', 'recordsPerPage', 'limit'];
const CURSOR_NAMES = ['page[after]', 'cursor', 'starting_after', 'page_token', 'pageToken', 'next_token', 'after'];
const ITEM_FIELDS = ['data', 'items', 'results', 'records'];

/** Query parameter names, with deepObject `page: { number, size }` expanded to `page[number]`, `page[size]`. */
function queryNames(parameters: Parameter[], lookup: SchemaLookup): Set<string> {
  const names = new Set<string>();
  for (const p of parameters) {
    if (p.in !== 'query') continue;
    const shape = resolveShape(p.schema, lookup);
    if (shape?.kind === 'object' && shape.properties.length > 0) {
      for (const prop of shape.properties) names.add(`${p.name}[${prop.name}]`);
    } else {
      names.add(p.name);
    }
  }
  return names;
}

export function detectPagination(operation: Operation, lookup: SchemaLookup): Pagination | undefined {
  if (operation.method !== 'get') return undefined;
  const body = resolveShape(operation.success?.schema, lookup);
  if (!body) return undefined;
  const names = queryNames(operation.parameters, lookup);
  const pageParam = PAGE_NUMBER_NAMES.find((n) => names.has(n));
  const sizeParam = PAGE_SIZE_NAMES.find((n) => names.has(n));
  const cursorParam = CURSOR_NAMES.find((n) => names.has(n));
  if (body.kind === 'array') {
    return pageParam || sizeParam || cursorParam ? { kind: 'top-level-array' } : undefined;
  }
  if (body.kind !== 'object') return undefined;
  const itemsField = findItemsField(body.properties, lookup);
  if (!itemsField) return undefined;
  if (cursorParam) {
    const nextCursorPath = findCursorPath(body, lookup);
    if (nextCursorPath) return { kind: 'cursor', itemsField, cursorParam, nextCursorPath };
  }
  if (pageParam) {
    const pagination: Pagination = { kind: 'page-number', itemsField, pageParam };
    if (sizeParam) pagination.sizeParam = sizeParam;
    const totalPagesPath = findPath(body, lookup, ['total_pages', 'totalPages', 'page_count']);
    if (totalPagesPath) pagination.totalPagesPath = totalPagesPath;
    return pagination;
  }
  return undefined;
}

function findItemsField(properties: Property[], lookup: SchemaLookup): string | undefined {
  const arrays = properties.filter((p) => resolveShape(p.schema, lookup)?.kind === 'array').map((p) => p.name);
  return ITEM_FIELDS.find((n) => arrays.includes(n)) ?? (arrays.length === 1 ? arrays[0] : undefined);
}

function findCursorPath(body: ObjectSchema, lookup: SchemaLookup): string[] | undefined {
  return (
    findPath(body, lookup, ['after', 'next_cursor', 'nextCursor', 'next_page_token', 'nextPageToken', 'next_token']) ??
    undefined
  );
}

/** Breadth-first search (two levels deep) for a property with one of the names; returns its path. */
function findPath(body: ObjectSchema, lookup: SchemaLookup, wanted: string[]): string[] | undefined {
  let frontier: { path: string[]; schema: ObjectSchema }[] = [{ path: [], schema: body }];
  for (let depth = 0; depth < 3 && frontier.length > 0; depth++) {
    const next: typeof frontier = [];
    for (const { path, schema } of frontier) {
      const hit = schema.properties.find((p) => wanted.includes(p.name));
      if (hit) return [...path, hit.name];
      for (const prop of schema.properties) {
        const shape = resolveShape(prop.schema, lookup);
        if (shape?.kind === 'object') next.push({ path: [...path, prop.name], schema: shape });
      }
    }
    frontier = next;
  }
  return undefined;
}
