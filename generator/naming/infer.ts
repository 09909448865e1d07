// Names for operations that no config names: resources from path segments, methods from HTTP shapes.
import type { HttpMethod, Operation } from '../ir/types.js';
import pluralize from 'pluralize';
import { isVerb, operationIdVerb, standardMethodOf } from './verbs.js';
import { letterLeading, snakeCase } from './words.js';

export interface InferredName {
  /** Operation.key. */
  operation: string;
  /** Canonical resource names from the root. */
  resourcePath: string[];
  /** Canonical method name; unique within its resource once returned by inferNames. */
  method: string;
}

interface Segment {
  /** Canonical snake name of a literal segment; undefined for a path parameter. */
  name?: string;
  /** Canonical snake name of a path parameter. */
  param?: string;
  /** A parameter with text around it (`{Sid}.json`). */
  templated?: boolean;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  /** Operations whose path ends at this node. */
  operations: number;
  /** Their HTTP methods. */
  methods: Set<HttpMethod>;
  parameterChild: boolean;
  /** Names of the path parameters below (the PARAM child). */
  parameterNames: Set<string>;
  /** Whether one of them has text around it (`…/Keys/{Sid}.json`). */
  templatedParameter: boolean;
  resource?: boolean;
}

const PARAM = '{}';
const VERSION = /^v\d+$/i;
/** `v1alpha`, `v2beta1`: a version with a stability level, which names a namespace of its own (alpha, beta). */
const STABILITY = /^v\d+(alpha|beta)\d*$/i;

/** Inferred names for every operation, in the order given, unique within each resource. */
export function inferNames(operations: readonly Operation[]): InferredName[] {
  const names = inferCandidates(operations);
  const subresources = subresourceNames(names.map((n) => n.resourcePath));
  const taken = new Map<string, Set<string>>();
  return names.map((name, i) => {
    const key = name.resourcePath.join('.');
    let set = taken.get(key);
    if (!set) taken.set(key, (set = new Set(subresources.get(key))));
    const method = uniqueMethodName(name.method, operations[i], set);
    set.add(method);
    return { ...name, method };
  });
}

/**
 * Resource path and method name of each operation, judged against the whole API (whether a segment is a
 * resource depends on its siblings and descendants); names may still collide.
 */
export function inferCandidates(operations: readonly Operation[]): InferredName[] {
  const paths = operations.map((op) => segmentsOf(op.path));
  const root = newNode();
  paths.forEach((segments, i) => {
    let node = root;
    for (const s of segments) {
      const key = s.name ?? PARAM;
      if (key === PARAM) {
        node.parameterChild = true;
        node.parameterNames.add(s.param!);
        if (s.templated) node.templatedParameter = true;
      }
      let child = node.children.get(key);
      if (!child) node.children.set(key, (child = newNode()));
      node = child;
    }
    node.operations++;
    node.methods.add(operations[i].method);
  });
  markResources(root, 0);
  return operations.map((op, i) => nameOperation(op, paths[i], root));
}

/**
 * Picks a free name for a colliding candidate: the operationId's name, else the candidate numbered from 2.
 * Deterministic: operations keep their plain names in the order they are named.
 */
export function uniqueMethodName(candidate: string, operation: Operation, taken: ReadonlySet<string>): string {
  if (!taken.has(candidate)) return candidate;
  const fromId = operation.operationId ? identifierName(operation.operationId) : '';
  if (fromId && !taken.has(fromId)) return fromId;
  for (let n = 2; ; n++) if (!taken.has(`${candidate}_${n}`)) return `${candidate}_${n}`;
}

/** A canonical name from any spelling: snake_case, starting with a letter. */
export function identifierName(text: string): string {
  return letterLeading(snakeCase(text));
}

function newNode(): TrieNode {
  return { children: new Map(), operations: 0, methods: new Set(), parameterChild: false, parameterNames: new Set(), templatedParameter: false };
}

function segmentsOf(path: string): Segment[] {
  const segments: Segment[] = [];
  // A query-string variant (`/messages?beta=true`) is the same resource: it names nothing.
  for (const raw of path.split('?')[0].split('/')) {
    if (!raw) continue;
    const stability = STABILITY.exec(raw);
    if (raw.includes('{')) segments.push({ param: identifierName(raw.replace(/[{}]/g, '')), templated: !/^\{[^}]*\}$/.test(raw) });
    else if (stability) segments.push({ name: stability[1].toLowerCase() });
    else if (!VERSION.test(raw)) {
      const name = identifierName(raw);
      if (name) segments.push({ name });
    }
  }
  return segments;
}

/**
 * A literal segment is a resource when it is top-level, has anything below it (items `/x/{id}`, actions, other
 * segments) or hosts several operations. A leaf segment with one operation names a method of the resource above,
 * and so do a state that is set and unset, a look-up key and items without a collection (see below).
 */
function markResources(node: TrieNode, literalDepth: number): void {
  for (const [key, child] of node.children) {
    const isLiteral = key !== PARAM;
    markResources(child, literalDepth + (isLiteral ? 1 : 0));
    if (isLiteral) {
      child.resource =
        literalDepth === 0 ||
        (!(isVerbLed(key) && !hasLiteralBelow(child)) &&
          (child.children.size > 0 || child.operations >= 2 || (child.methods.has('post') && isPluralNoun(key))) &&
          !isStateToggle(key, child) &&
          !isLookupKey(key, child) &&
          !isItemsOnly(child));
    }
  }
}

/**
 * `PUT|DELETE /messages/{id}/archived`: a leaf that is set and unset, named by a state rather than a collection, is
 * a pair of actions on the resource above (evidence: knock archived/seen/read, telnyx comments/{id}/read).
 */
function isStateToggle(segment: string, node: TrieNode): boolean {
  return node.children.size === 0 && !isPluralNoun(segment) && [...node.methods].every((m) => m === 'put' || m === 'delete');
}

/**
 * `GET /apps/name/{name}`: a segment naming the parameter after it, with nothing else below, looks an item up by
 * another key than its id: `get_by_name` of the resource above (evidence: honcho apps, users and collections by
 * name; telnyx campaign_builder.brand.qualify_by_usecase).
 */
function isLookupKey(segment: string, node: TrieNode): boolean {
  const item = node.children.get(PARAM);
  return node.children.size === 1 && item !== undefined && item.children.size === 0 && node.operations === 0 &&
    [...node.parameterNames].every((p) => p === segment);
}

/**
 * `GET|PUT|DELETE /users/{id}/channel_data/{channel_id}`: items with no collection (nothing lists or creates them)
 * and nothing below are what the resource above has, not a resource (evidence: knock users and objects channel_data,
 * telnyx external_connections.update_location).
 */
function isItemsOnly(node: TrieNode): boolean {
  const item = node.children.get(PARAM);
  // `/Keys/{Sid}.json` beside `/Keys.json`: the collection is there, under another spelling.
  return node.operations === 0 && !node.templatedParameter && node.children.size === 1 && item !== undefined && item.children.size === 0;
}

/** `cancel`, `attach`, `apply_to_resources`, `get_or_create`: a segment naming what is done, not a thing. */
function isVerbLed(segment: string): boolean {
  return isVerb(segment.split('_')[0]);
}

function hasLiteralBelow(node: TrieNode): boolean {
  for (const [key, child] of node.children) if (key !== PARAM || hasLiteralBelow(child)) return true;
  return false;
}

/** `locations` → location: the words of a path that ends at one item (a regular plural only: data stays data). */
function singularLast(words: readonly string[]): string {
  const last = words[words.length - 1];
  const singular = last.endsWith('s') && isPluralNoun(last) ? pluralize.singular(last) : last;
  return [...words.slice(0, -1), singular].join('_');
}

/** `POST …/{id}/attachments` adds to a collection even when that is the only operation on it. */
function isPluralNoun(segment: string): boolean {
  const last = segment.split('_').pop()!;
  return pluralize.isPlural(last) && pluralize.singular(last) !== last;
}

function nameOperation(op: Operation, segments: Segment[], root: TrieNode): InferredName {
  const resourcePath: string[] = [];
  let node = root;
  let resourceNode: TrieNode | undefined;
  let rest: Segment[] = segments;
  segments.forEach((s, i) => {
    node = node.children.get(s.name ?? PARAM)!;
    if (s.name && node.resource) {
      resourcePath.push(s.name);
      resourceNode = node;
      rest = segments.slice(i + 1);
    }
  });
  if (!resourceNode) {
    // No literal segment at all (e.g. "/{id}"): the first tag, or the operationId, has to carry the name.
    const tag = op.tags[0] ? identifierName(op.tags[0]) : '';
    return { operation: op.key, resourcePath: [tag || 'root'], method: methodFromId(op) };
  }
  const words = rest.filter((s) => s.name).map((s) => s.name!);
  let method: string;
  // The operationId's verb unless it only restates the resource (`searchOrg` on …/searches creates a search).
  const resourceName = resourcePath[resourcePath.length - 1];
  const ownVerb = op.method === 'get' || pluralize.singular(resourceName.split('_').pop()!) === ownVerbOf(op) ? undefined : ownVerbOf(op);
  if (rest.length === 0) method = ownVerb ?? collectionMethod(op, resourceNode, resourcePath[resourcePath.length - 1]);
  else if (words.length === 0) method = ownVerb ?? itemMethod(op, node);
  // `…/name/{name}` (isLookupKey): get_by_name.
  else if (words.length === 1 && rest[rest.length - 1].param === words[0] && !node.children.size) method = `${lookupVerb(op)}_by_${words[0]}`;
  else if (rest[rest.length - 1].param) method = actionMethod(op, returnsList(op) ? words.join('_') : singularLast(words), node);
  else method = actionMethod(op, words.join('_'));
  return { operation: op.key, resourcePath, method };
}

/** GET looks up by a key as the operationId says (get_app_by_name → get), else as the standard methods do. */
function lookupVerb(op: Operation): string {
  const said = idVerbOf(op);
  if (said && (said === 'get' || standardMethodOf(said) === undefined)) return said;
  return op.method === 'get' ? 'retrieve' : (VERB_OF[op.method] || op.method);
}

/** The verb the operationId starts with, if any (`getUserPreferences` → get). */
function idVerbOf(op: Operation): string | undefined {
  return op.operationId ? operationIdVerb(identifierName(op.operationId).split('_')) : undefined;
}

/** Query parameters that page through a list (offset paging, which the IR does not model, included). */
const PAGING_PARAMS = new Set(['limit', 'offset', 'page', 'page_size', 'per_page', 'cursor', 'page_token', 'starting_after']);

/** A list: paginated, an array, paged by its query parameters, or listed by its operationId (`listChannels`). */
function returnsList(op: Operation): boolean {
  if (op.pagination !== undefined || op.success?.schema?.kind === 'array') return true;
  if (op.parameters.some((p) => p.in === 'query' && PAGING_PARAMS.has(identifierName(p.name)))) return true;
  return op.operationId !== undefined && standardMethodOf(operationIdVerb(identifierName(op.operationId).split('_')) ?? '') === 'list';
}

/**
 * GET on a collection lists it; on a singleton (no items, other methods beside it) it retrieves it. PUT, PATCH
 * and DELETE on a collection that has items act on many of them at once.
 */
function collectionMethod(op: Operation, node: TrieNode, name: string): string {
  const bulk = node.parameterChild ? '_bulk' : '';
  switch (op.method) {
    case 'get': {
      // A `…/list` action beside it lists the collection: this GET returns one thing (of the caller, say).
      if (node.children.has('list') && !returnsList(op)) return 'retrieve';
      // `GET /albums?ids=…` beside `GET /albums/{id}`: several items by id at once.
      if (node.parameterChild && op.parameters.some((p) => p.in === 'query' && p.required && p.name === 'ids')) return 'bulk_retrieve';
      if (node.parameterChild || returnsList(op)) return 'list';
      const alone = node.methods.size === 1;
      return alone && isPluralNoun(name) ? 'list' : 'retrieve';
    }
    case 'post':
      return 'create';
    case 'put':
    case 'patch':
      return `update${bulk}`;
    case 'delete':
      return `delete${bulk}`;
    default:
      return op.method;
  }
}

/**
 * POST on an item updates it, unless PUT or PATCH does that already: then POST creates it (upsert by id). A paginated
 * GET lists (`/objects/{collection}`): 184 of the 189 paginated GETs of the six APIs are list methods.
 */
function itemMethod(op: Operation, node: TrieNode): string {
  switch (op.method) {
    case 'get':
      return op.pagination !== undefined ? 'list' : 'retrieve';
    case 'post':
      return node.methods.has('put') || node.methods.has('patch') ? 'create' : 'update';
    case 'put':
    case 'patch':
      return 'update';
    case 'delete':
      return 'delete';
    default:
      return op.method;
  }
}

/** Segments that name what an operation does rather than a thing: the verb is the method name as it is. */
const ACTION_VERBS = new Set(['search', 'count', 'export', 'import', 'validate', 'verify', 'lookup', 'preview', 'summarize']);

/** Verbs that segment names put last (`record_start`, `client_state_update`) but method names put first. */
const TRAILING_VERBS = new Set(['start', 'stop', 'pause', 'resume', 'update', 'enable', 'disable', 'refresh', 'check']);

/**
 * `POST …/{id}/clone` → clone, `POST …/actions/record_start` → start_record, `GET …/texml` → retrieve_texml,
 * `GET …/{id}/phone_numbers` (paginated) → list_phone_numbers, `DELETE …/bulk` → delete_bulk.
 */
function actionMethod(op: Operation, base: string, item?: TrieNode): string {
  const words = base.split('_');
  const last = words[words.length - 1];
  const state = markedState(op, last);
  if (state) return state;
  if (words.length > 1 && TRAILING_VERBS.has(last)) return [last, ...words.slice(0, -1)].join('_');
  if (words.length === 1 && ACTION_VERBS.has(base)) return base;
  // The bytes of an item: `files.content` in Stainless's OpenAI-style SDKs and llama-stack (2), get_content in knock (2).
  if (op.method === 'get' && base === 'content') return idVerbOf(op) === 'get' ? 'get_content' : 'content';
  if (isVerb(words[0])) return base;
  const own = ownVerbOf(op);
  if (own && !words.includes(own)) {
    // `GET /me/albums/contains` (check-users-saved-albums) → check: the operationId says what the path does not.
    // `POST /messages/whatsapp` (sendWhatsapp) → send_whatsapp: the path names the thing the verb acts on.
    const idWords = new Set(identifierName(op.operationId!).split('_'));
    const unnamed = !words.some((w) => idWords.has(w) || idWords.has(pluralize.plural(w)) || idWords.has(pluralize.singular(w)));
    // A GET asks: a question verb (check, verify…) is the method; another (download) leaves the path's noun be.
    if (unnamed && (op.method !== 'get' || QUESTION_VERBS.has(own))) return own;
    if (op.method !== 'get') return `${own}_${base}`;
  }
  // On one item (`POST …/domains/{id}/services/{service_id}`) the verbs are those of an item: update_service.
  const verb = item ? itemMethod(op, item) : VERB_OF[op.method];
  if (verb === '') return base;
  if (words[0] === verb) return base;
  if (op.method === 'get' && returnsList(op)) return `list_${base}`;
  return `${verb ?? op.method}_${base}`;
}

/**
 * `markMessageUnread` on `…/read` → mark_as_unread; `batchMarkMessagesAsArchived` on `…/archived` → archive (the
 * participle of a verb is that verb). Evidence: knock (messages and messages.batch, 10), telnyx comments.mark_as_read.
 */
function markedState(op: Operation, segment: string): string | undefined {
  if (!op.operationId) return undefined;
  const idWords = identifierName(op.operationId).split('_');
  if (operationIdVerb(idWords) !== 'mark') return undefined;
  const state = idWords.find((w) => w === segment || w === `un${segment}`);
  if (!state) return undefined;
  const verb = [state.slice(0, -1), state.slice(0, -2)].find((stem) => state.endsWith('ed') && isVerb(stem));
  return verb ?? `mark_as_${state}`;
}

const QUESTION_VERBS = new Set(['check', 'verify', 'validate', 'test', 'lookup', 'count']);

/** The operationId's verb when it means more than the HTTP method does: `register_model` → register, `getX` → none. */
function ownVerbOf(op: Operation): string | undefined {
  if (!op.operationId) return undefined;
  const verb = operationIdVerb(identifierName(op.operationId).split('_'));
  return verb && !standardMethodOf(verb) ? verb : undefined;
}

const VERB_OF: Partial<Record<HttpMethod, string>> = { post: '', get: 'retrieve', put: 'update', patch: 'update', delete: 'delete' };

function methodFromId(op: Operation): string {
  return (op.operationId && identifierName(op.operationId)) || op.method;
}

/** Resource path → names of its subresources, which its methods must not take. */
function subresourceNames(paths: readonly string[][]): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  for (const path of paths) {
    for (let i = 0; i < path.length; i++) {
      const parent = path.slice(0, i).join('.');
      let set = result.get(parent);
      if (!set) result.set(parent, (set = new Set()));
      set.add(path[i]);
    }
  }
  return result;
}
