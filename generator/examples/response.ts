// What an example does with the response of its call: the variable that holds it, the field it prints, the
// items of a page. Language-neutral: names are lower-case words, fields canonical snake_case property names.
import pluralize from 'pluralize';
import { resolveShape, type SchemaLookup } from '../ir/pagination.js';
import type { Method, Operation, Schema } from '../ir/types.js';
import { lowerWords as words, singularName, snakeCase as snakeName } from '../naming/words.js';

/** v1 and v2 name some responses differently (the same union as the snippet targets' SnippetStyle). */
export type ResponseStyle = 'v1' | 'v2' | 'v3';

/** Methods whose method-specific response type the official SDKs name after the resource (list: plural). */
const RESOURCE_NAMED_METHODS = new Set(['create', 'retrieve', 'update', 'delete', 'list']);
/** api.md return types that are not models: an example names their value `response`. */
const PRIMITIVE_TYPES = new Set(['string', 'number', 'boolean', 'unknown', 'object', 'Blob', 'Response']);
/** Stainless's page class for a response that is a bare JSON array keeps the items in `items`. */
const TOP_LEVEL_ARRAY_ITEMS = 'items';

export interface PageDescription {
  /** The field of the page holding the items, e.g. "data", "items", "records". */
  itemsField: string;
  /** The variable of one item when a language loops over items, as words: ["assistant", "test"]. */
  itemVariable: string[];
  /** The field printed of one item (snake_case path), empty to print the item whole. */
  printPath: string[];
}

export interface ResponseDescription {
  /** False when the call returns nothing (api.md `void`, a 204, no success schema): no variable, no print. */
  hasResponse: boolean;
  /**
   * The variable holding the result, as words, e.g. ["inference", "embedding"], ["response"]; ["page"] for a
   * page (the Python, Ruby, Go and Java references; languages that loop name items by `page.itemVariable`).
   */
  variable: string[];
  /** The field printed (snake_case path), e.g. ["id"]; empty to print the variable whole. */
  printPath: string[];
  /** Set for paginated methods. */
  page?: PageDescription;
}

export interface ResponseInput {
  operation: Operation;
  method: Method;
  /** Canonical snake_case resource names from the root, e.g. ["ai", "assistants", "versions"]. */
  resourcePath: string[];
  lookup: SchemaLookup;
  style: ResponseStyle;
}

/** Everything an example needs to know about the response of one call. */
export function describeResponse(input: ResponseInput): ResponseDescription {
  if (!hasResponse(input.operation, input.method)) return { hasResponse: false, variable: [], printPath: [] };
  const page = describePage(input);
  if (page) return { hasResponse: true, variable: ['page'], printPath: [], page };
  return {
    hasResponse: true,
    variable: responseVariable(input),
    printPath: printedField(input.operation.success?.schema, input.lookup),
  };
}

/** Whether the call returns a value: api.md's `void` says no; without api.md, a success with a schema says yes. */
export function hasResponse(operation: Operation, method: Method): boolean {
  if (method.responseType !== undefined) return method.responseType !== 'void';
  const success = operation.success;
  return !!success && success.status !== '204' && success.schema !== undefined;
}

/** Whether the method returns a page: api.md names a page class, or (without one) the IR detected pagination. */
export function isPaginated(operation: Operation, method: Method): boolean {
  if (method.pageType !== undefined) return true;
  if (method.responseType !== undefined) return false;
  return operation.pagination !== undefined;
}

/**
 * The variable holding a (non-page) response, as words.
 * - A response that is an array of a named schema: the plural of that schema (`test_run_responses`).
 * - A method-specific type, named `<Resource><Method>Response` (AssistantDeleteResponse), or api.md's `string`
 *   (the SDK's alias of that name): the resource's singular for create/retrieve/update/delete, its plural for
 *   list (also of a singular resource name: voice → voices), else `response`.
 * - A model type: its name (`InferenceEmbedding` → inference embedding). In v2, a model named after the
 *   namespace of a namespaced schema (`inference-embedding_Assistant`) takes the schema's own name (assistant).
 * - Other primitives (`Response`, `unknown`): `response`.
 * Without api.md the spec's schema name stands in for the model type.
 */
export function responseVariable(input: ResponseInput): string[] {
  const { operation, method, resourcePath, lookup, style } = input;
  const schema = operation.success?.schema;
  const arrayItem = schema?.kind === 'array' && schema.items.kind === 'ref' ? schema.items.name : undefined;
  if (arrayItem) return pluralWords(words(localSchemaName(arrayItem)));
  const resource = resourcePath[resourcePath.length - 1];
  const type = method.responseType;
  if (type === undefined) return specVariable(schema, method.name, resource, lookup);
  // api.md prints `string` for the SDK's alias `<Resource><Method>Response` (AutorespConfigDeleteResponse = string).
  if (resource && (type === 'string' || isMethodSpecific(type, resource, method.name))) return resourceVariable(method.name, resource);
  if (PRIMITIVE_TYPES.has(type)) return ['response'];
  if (style !== 'v1' && schema?.kind === 'ref') {
    const local = namespacedLocalName(schema.name, type);
    if (local) return words(local);
  }
  return words(type);
}

/** `AssistantDeleteResponse` for `assistants.delete`: the resource's singular, the method, "Response". */
export function isMethodSpecific(typeName: string, resource: string, methodName: string): boolean {
  const expected = [...singularWords(resource), ...words(methodName), 'response'];
  const actual = words(typeName);
  return expected.length === actual.length && expected.every((w, i) => w === actual[i]);
}

function resourceVariable(methodName: string, resource: string): string[] {
  if (methodName === 'list') return pluralWords(words(resource));
  if (RESOURCE_NAMED_METHODS.has(methodName)) return singularWords(resource);
  return ['response'];
}

/** Without api.md: a named schema gives its name, an inline one the method-specific rule. */
function specVariable(schema: Schema | undefined, methodName: string, resource: string | undefined, lookup: SchemaLookup): string[] {
  if (schema?.kind === 'ref') return words(localSchemaName(schema.name));
  const shape = resolveShape(schema, lookup);
  if (shape?.kind === 'object' && resource) return resourceVariable(methodName, resource);
  return ['response'];
}

/**
 * `inference-embedding_Assistant` with the SDK type `InferenceEmbedding` → "Assistant": the SDK named the
 * model after the spec's namespace, not after the schema. Undefined when the name is not of that form.
 */
export function namespacedLocalName(schemaName: string, typeName: string): string | undefined {
  const match = /^([a-z0-9][a-z0-9-]*)_([A-Z][A-Za-z0-9]*)$/.exec(schemaName);
  if (!match) return undefined;
  const namespace = words(match[1]);
  const type = words(typeName);
  return namespace.length === type.length && namespace.every((w, i) => w === type[i]) ? match[2] : undefined;
}

/** A namespaced schema name (`inference-embedding_Assistant`) without its namespace. */
function localSchemaName(name: string): string {
  const match = /^[a-z0-9][a-z0-9-]*_([A-Z][A-Za-z0-9]*)$/.exec(name);
  return match ? match[1] : name;
}

/**
 * The field an example prints of a response object: `id` when there is one, else the first required
 * `…_id`, else the first required property, else the first property. Empty (print it whole) for arrays,
 * unions, primitives and objects without properties whose names start with a letter.
 */
export function printedField(schema: Schema | undefined, lookup: SchemaLookup): string[] {
  const shape = resolveShape(schema, lookup);
  if (!shape || shape.kind !== 'object') return [];
  // A name no language can spell as an attribute (`10999`) is never the one printed.
  const props = shape.properties.filter((p) => /^[A-Za-z]/.test(p.name));
  if (props.length === 0) return [];
  const isRequired = (name: string) => shape.required.includes(name);
  const chosen =
    props.find((p) => p.name === 'id') ??
    props.find((p) => isRequired(p.name) && /(^|_)id$/i.test(snakeName(p.name)) && snakeName(p.name) !== 'id') ??
    props.find((p) => isRequired(p.name)) ??
    props[0]!;
  return [snakeName(chosen.name)];
}

/** For a paginated method: where the items are, what one item is called, what of it is printed. */
export function describePage(input: ResponseInput): PageDescription | undefined {
  const { operation, method, lookup } = input;
  if (!isPaginated(operation, method)) return undefined;
  const body = resolveShape(operation.success?.schema, lookup);
  let itemsField: string | undefined;
  let itemSchema: Schema | undefined;
  if (body?.kind === 'array') {
    itemsField = TOP_LEVEL_ARRAY_ITEMS;
    itemSchema = body.items;
  } else if (body?.kind === 'object') {
    const pagination = operation.pagination;
    itemsField = pagination && pagination.kind !== 'top-level-array' ? pagination.itemsField : arrayProperty(body, lookup);
    const prop = body.properties.find((p) => p.name === itemsField);
    const items = resolveShape(prop?.schema, lookup);
    if (items?.kind === 'array') itemSchema = items.items;
  }
  if (itemsField === undefined) return undefined;
  return { itemsField, itemVariable: itemVariable(input, itemSchema), printPath: printedField(itemSchema, lookup) };
}

/** One item of a page: api.md's item type (v2: with the namespace rule of responseVariable), else the item schema's name. */
function itemVariable(input: ResponseInput, itemSchema: Schema | undefined): string[] {
  const type = input.method.responseType;
  if (type !== undefined && !PRIMITIVE_TYPES.has(type)) {
    const local = input.style !== 'v1' && itemSchema?.kind === 'ref' ? namespacedLocalName(itemSchema.name, type) : undefined;
    return words(local ?? type);
  }
  return itemSchema?.kind === 'ref' ? words(localSchemaName(itemSchema.name)) : ['item'];
}

/** The array property holding the items when the IR found no pagination: `data` first, else the only array. */
function arrayProperty(body: Extract<Schema, { kind: 'object' }>, lookup: SchemaLookup): string | undefined {
  const arrays = body.properties.filter((p) => resolveShape(p.schema, lookup)?.kind === 'array').map((p) => p.name);
  if (arrays.includes('data')) return 'data';
  return arrays.length === 1 ? arrays[0] : undefined;
}

function singularWords(name: string): string[] {
  return words(singularName(name));
}

function pluralWords(w: string[]): string[] {
  if (w.length === 0) return w;
  return [...w.slice(0, -1), pluralize.plural(w[w.length - 1]!)];
}
