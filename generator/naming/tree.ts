// Operations + naming config → the resource tree every SDK and doc emitter names things by.
import type { Method, Operation, Resource } from '../ir/types.js';
import { type Endpoint, methodConfig, type MethodConfig, type NamingConfig, parseEndpoint, type ResourceConfig } from './config.js';
import { inferCandidates, type InferredName, uniqueMethodName } from './infer.js';

export interface ResourceTree {
  resources: Resource[];
  warnings: string[];
}

interface Node {
  name: string;
  path: string[];
  methods: Method[];
  children: Map<string, Node>;
}

interface ConfigEntry {
  resourcePath: string[];
  name: string;
  config: MethodConfig;
  endpoint?: Endpoint;
}

/**
 * Config entries first, in config order (source 'config'); every operation the config does not name is
 * inferred and placed after them, in spec order (source 'inferred'). Every operation appears once, plus the
 * aliases: further config entries naming the same plain endpoint (Method.aliasOf).
 * Warnings: config endpoints matching no operation, and content-type variants of an operation another entry names.
 */
export function buildResourceTree(operations: readonly Operation[], config?: NamingConfig): ResourceTree {
  const warnings: string[] = [];
  const root = newNode('', []);
  const entries = config ? configEntries(config.resources, [], root) : [];
  const operationOf = operationFinder(operations);

  const claims = new Map<string, ConfigEntry[]>();
  for (const entry of entries) {
    const where = `${[...entry.resourcePath, entry.name].join('.')} (${entry.config.endpoint})`;
    if (!entry.endpoint) {
      warnings.push(`config method ${where}: not an endpoint of the form "<http method> <path>"`);
      continue;
    }
    const op = operationOf(entry.endpoint);
    if (!op) {
      warnings.push(`config method ${where}: matches no operation of the spec`);
      continue;
    }
    const list = claims.get(op.key) ?? [];
    list.push(entry);
    claims.set(op.key, list);
  }

  const winners = new Map<ConfigEntry, Operation>();
  const aliases = new Map<ConfigEntry, { op: Operation; of: ConfigEntry }>();
  const byKey = new Map(operations.map((op) => [op.key, op]));
  for (const [key, list] of claims) {
    // An entry without a variant qualifier ("?content-type=…") names the operation itself; else the first one.
    const winner = list.find((e) => e.endpoint!.variant === undefined) ?? list[0];
    winners.set(winner, byKey.get(key)!);
    for (const other of list) {
      if (other === winner) continue;
      // Two plain entries for one endpoint: the SDK has both methods (the later one is an alias).
      if (other.endpoint!.variant === undefined && winner.endpoint!.variant === undefined) {
        aliases.set(other, { op: byKey.get(key)!, of: winner });
        continue;
      }
      warnings.push(
        `config method ${[...other.resourcePath, other.name].join('.')} (${other.config.endpoint}) names the same operation as ` +
          `${[...winner.resourcePath, winner.name].join('.')}; only the latter is kept`,
      );
    }
  }
  for (const entry of entries) {
    const alias = aliases.get(entry);
    const op = winners.get(entry) ?? alias?.op;
    if (!op) continue;
    const method: Method = { name: entry.name, operation: op.key, source: 'config', positionalParams: lastPathParam(op.path) };
    if (alias) method.aliasOf = [...alias.of.resourcePath, alias.of.name].join('.');
    if (entry.config.response !== undefined) method.responseType = entry.config.response;
    if (entry.config.page !== undefined) method.pageType = entry.config.page;
    if (entry.config.params !== undefined) method.paramNames = { ...entry.config.params };
    if (entry.config.bodyParam !== undefined) method.bodyParam = entry.config.bodyParam;
    if (entry.config.positionalParams !== undefined) method.positionalParams = positionalParams(entry, op, warnings);
    nodeAt(root, entry.resourcePath).methods.push(method);
  }

  placeInferred(operations, new Set(claims.keys()), root);
  return { resources: toResources(root), warnings };
}

/** The config's positional parameters that are path parameters of the operation, in the config's order. */
function positionalParams(entry: ConfigEntry, op: Operation, warnings: string[]): string[] {
  const inPath = new Set([...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!));
  const unknown = entry.config.positionalParams!.filter((name) => !inPath.has(name));
  if (unknown.length) {
    warnings.push(`config method ${[...entry.resourcePath, entry.name].join('.')} (${entry.config.endpoint}): positionalParams ${unknown.join(', ')} not in the path; left out`);
  }
  return entry.config.positionalParams!.filter((name) => inPath.has(name));
}

function configEntries(resources: Record<string, ResourceConfig>, parent: string[], parentNode: Node): ConfigEntry[] {
  const entries: ConfigEntry[] = [];
  for (const [name, resource] of Object.entries(resources)) {
    const path = [...parent, name];
    const node = childNode(parentNode, name);
    for (const [methodName, entry] of Object.entries(resource.methods ?? {})) {
      const config = methodConfig(entry);
      const endpoint = typeof config.endpoint === 'string' ? parseEndpoint(config.endpoint) : undefined;
      entries.push(endpoint ? { resourcePath: path, name: methodName, config, endpoint } : { resourcePath: path, name: methodName, config });
    }
    entries.push(...configEntries(resource.subresources ?? {}, path, node));
  }
  return entries;
}

/** Exact "method path" first; else the one operation with the same shape once parameter names are ignored. */
function operationFinder(operations: readonly Operation[]): (endpoint: Endpoint) => Operation | undefined {
  const exact = new Map<string, Operation>();
  const byShape = new Map<string, Operation[]>();
  for (const op of operations) {
    exact.set(`${op.method} ${op.path}`, op);
    const shape = `${op.method} ${shapeOf(op.path)}`;
    byShape.set(shape, [...(byShape.get(shape) ?? []), op]);
  }
  return (endpoint) => {
    const found = exact.get(`${endpoint.method} ${endpoint.path}`);
    if (found) return found;
    const same = byShape.get(`${endpoint.method} ${shapeOf(endpoint.path)}`);
    return same?.length === 1 ? same[0] : undefined;
  };
}

function shapeOf(path: string): string {
  return path.replace(/\{[^}]*\}/g, '{}').replace(/\/+$/, '');
}

/**
 * Inferred operations go where the config put their neighbours: an inferred resource path whose operations the
 * config names under another path (e.g. room_sessions → rooms.sessions) is mapped there, by its longest prefix.
 */
function placeInferred(operations: readonly Operation[], claimed: ReadonlySet<string>, root: Node): void {
  const unclaimed = operations.filter((op) => !claimed.has(op.key));
  if (unclaimed.length === 0) return;
  const candidates = inferCandidates(operations);
  const configPathOf = configPaths(root);
  const graft = graftMap(candidates, configPathOf);

  const placed = candidates
    .filter((c) => !claimed.has(c.operation))
    .map((c) => ({ candidate: c, path: graftedPath(c.resourcePath, graft) }));
  // Create every resource first, so that no method takes the name of a subresource made later.
  const nodes = placed.map((p) => inferredNodeAt(root, p.path));
  const byKey = new Map(operations.map((op) => [op.key, op]));
  placed.forEach((p, i) => {
    const node = nodes[i];
    const op = byKey.get(p.candidate.operation)!;
    const taken = new Set([...node.methods.map((m) => m.name), ...node.children.keys()]);
    const name = uniqueMethodName(p.candidate.method, op, taken);
    node.methods.push({ name, operation: op.key, source: 'inferred', positionalParams: lastPathParam(op.path) });
  });
}

function configPaths(root: Node): Map<string, { path: string[]; name: string }> {
  const result = new Map<string, { path: string[]; name: string }>();
  const walk = (node: Node): void => {
    for (const m of node.methods) result.set(m.operation, { path: node.path, name: m.name });
    for (const child of node.children.values()) walk(child);
  };
  walk(root);
  return result;
}

/**
 * Inferred resource path → the config path most of its config-named operations live under (first on ties).
 * Only operations the config names as inference does (list, retrieve, list_0…) vote: a config that folds a
 * collection into a method of its parent (conferences.list_participants) says nothing about where the
 * collection's other operations belong.
 */
function graftMap(
  candidates: readonly InferredName[],
  configPathOf: ReadonlyMap<string, { path: string[]; name: string }>,
): Map<string, string[]> {
  const votes = new Map<string, Map<string, { path: string[]; count: number }>>();
  for (const c of candidates) {
    const named = configPathOf.get(c.operation);
    if (!named || named.name.replace(/_\d+$/, '') !== c.method) continue;
    const target = named.path;
    const key = c.resourcePath.join('.');
    const tally = votes.get(key) ?? new Map<string, { path: string[]; count: number }>();
    const vote = tally.get(target.join('.')) ?? { path: target, count: 0 };
    vote.count++;
    tally.set(target.join('.'), vote);
    votes.set(key, tally);
  }
  const result = new Map<string, string[]>();
  for (const [key, tally] of votes) {
    let best: { path: string[]; count: number } | undefined;
    for (const vote of tally.values()) if (!best || vote.count > best.count) best = vote;
    result.set(key, best!.path);
  }
  return result;
}

function graftedPath(inferred: string[], graft: ReadonlyMap<string, string[]>): string[] {
  for (let k = inferred.length; k > 0; k--) {
    const target = graft.get(inferred.slice(0, k).join('.'));
    if (target) return [...target, ...inferred.slice(k)];
  }
  return inferred;
}

function lastPathParam(path: string): string[] {
  const params = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  return params.length ? [params[params.length - 1]] : [];
}

function newNode(name: string, path: string[]): Node {
  return { name, path, methods: [], children: new Map() };
}

function childNode(parent: Node, name: string): Node {
  let child = parent.children.get(name);
  if (!child) parent.children.set(name, (child = newNode(name, [...parent.path, name])));
  return child;
}

function nodeAt(root: Node, path: readonly string[]): Node {
  return path.reduce(childNode, root);
}

/** Like nodeAt, but a new resource never takes the name of a config method of its parent: it is numbered. */
function inferredNodeAt(root: Node, path: readonly string[]): Node {
  return path.reduce((parent, name) => {
    if (parent.children.has(name) || !parent.methods.some((m) => m.name === name)) return childNode(parent, name);
    let n = 2;
    while (parent.methods.some((m) => m.name === `${name}_${n}`)) n++;
    return childNode(parent, `${name}_${n}`);
  }, root);
}

/** Resources without a method anywhere below them are left out. */
function toResources(node: Node): Resource[] {
  const result: Resource[] = [];
  for (const child of node.children.values()) {
    const subresources = toResources(child);
    if (child.methods.length === 0 && subresources.length === 0) continue;
    result.push({ name: child.name, path: child.path, methods: child.methods, subresources });
  }
  return result;
}
