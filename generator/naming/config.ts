// The `resources:` part of sdkgen.config.yml (the shape of a Stainless config) and its validation.
import type { HttpMethod } from '../ir/types.js';

/** A method given in full. */
export interface MethodConfig {
  /** "<http method> <path>", e.g. "get /ai/assistants"; may carry a "?content-type=…" variant qualifier. */
  endpoint: string;
  /** The response model as the official SDK names it, e.g. "AssistantsList", "void". */
  response?: string;
  /**
   * The page class of a paginated method, e.g. "DefaultFlatPagination"; `response` is then the item type (without
   * it, the item type keeps the name sdkgen gives it).
   */
  page?: string;
  /**
   * Body fields the SDK calls by another name: wire name → SDK name (e.g. a body field that clashes with a path
   * parameter: `call_control_id: call_control_id_to_bridge_with`).
   */
  params?: Record<string, string>;
  /** The SDK takes the whole request body under this one parameter (e.g. `document`) instead of its fields. */
  bodyParam?: string;
  /** The path parameters the SDK method takes as positional arguments, in order (default: the last one). */
  positionalParams?: string[];
}

/** The shorthand `list: get /ai/assistants` or the full form. */
export type MethodEntry = string | MethodConfig;

export interface ResourceConfig {
  /** Canonical snake_case method name → endpoint. */
  methods?: Record<string, MethodEntry>;
  /** Canonical snake_case resource name → resource. */
  subresources?: Record<string, ResourceConfig>;
  /** Model name → schema reference, as in a Stainless config; kept for round trips, not used for naming. */
  models?: Record<string, string>;
}

export interface NamingConfig {
  resources: Record<string, ResourceConfig>;
  /** Initialism spellings the SDK uses beyond the defaults, e.g. ["AI", "ID", "SMS", "IP", "OAuth"]. */
  initialisms?: string[];
}

export interface Endpoint {
  method: HttpMethod;
  path: string;
  /** The variant qualifier after "?" (e.g. "content-type=multipart"), when present. */
  variant?: string;
}

export class NamingConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`invalid naming config:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'NamingConfigError';
  }
}

const HTTP_METHODS: readonly HttpMethod[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const CANONICAL_NAME = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;
const TYPE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const RESOURCE_KEYS = ['methods', 'subresources', 'models'];
const METHOD_KEYS = ['endpoint', 'response', 'page', 'params', 'bodyParam', 'positionalParams'];

/** Parses "get /ai/assistants" (any case for the HTTP method); undefined when malformed. */
export function parseEndpoint(text: string): Endpoint | undefined {
  const match = /^([A-Za-z]+) +(\/\S*)$/.exec(text.trim());
  if (!match) return undefined;
  const method = match[1].toLowerCase() as HttpMethod;
  if (!HTTP_METHODS.includes(method)) return undefined;
  const [path, variant] = splitOnce(match[2], '?');
  return variant === undefined ? { method, path } : { method, path, variant };
}

export function methodConfig(entry: MethodEntry): MethodConfig {
  return typeof entry === 'string' ? { endpoint: entry } : entry;
}

/**
 * `extra` laid over `base`, resource by resource and method by method: a method named in both keeps the base's
 * fields that `extra` does not set (so a config can add `params` to a method an api.md import named).
 */
export function mergeResources(base: Record<string, ResourceConfig>, extra: Record<string, ResourceConfig>): Record<string, ResourceConfig> {
  const merged: Record<string, ResourceConfig> = { ...base };
  for (const [name, resource] of Object.entries(extra)) {
    const under = base[name];
    if (!under) {
      merged[name] = resource;
      continue;
    }
    const out: ResourceConfig = { ...under, ...resource };
    if (under.methods && resource.methods) {
      out.methods = { ...under.methods };
      for (const [method, entry] of Object.entries(resource.methods)) {
        out.methods[method] = under.methods[method] ? { ...methodConfig(under.methods[method]!), ...methodConfig(entry) } : entry;
      }
    }
    if (under.subresources && resource.subresources) out.subresources = mergeResources(under.subresources, resource.subresources);
    if (under.models && resource.models) out.models = { ...under.models, ...resource.models };
    merged[name] = out;
  }
  return merged;
}

/**
 * Validates a parsed config object and returns it typed (keys left as undefined are dropped); throws
 * NamingConfigError listing every problem. `prefix` is prepended to key paths, e.g. "naming" in sdkgen.config.yml.
 */
export function validateNamingConfig(raw: unknown, prefix = ''): NamingConfig {
  const issues = namingConfigIssues(raw, prefix);
  if (issues.length) throw new NamingConfigError(issues);
  const { resources, initialisms } = raw as NamingConfig;
  return initialisms === undefined ? { resources } : { resources, initialisms };
}

/** Every problem of a parsed config object, each as "<key path>: <what is wrong>". Other top-level keys are ignored. */
export function namingConfigIssues(raw: unknown, prefix = ''): string[] {
  const issues: string[] = [];
  const at = (key: string): string => (prefix ? `${prefix}.${key}` : key);
  if (!isMapping(raw)) return [`${prefix || '(root)'}: expected a mapping with a "resources" key, got ${describe(raw)}`];
  if (raw.resources === undefined) issues.push(`${at('resources')}: missing; expected a mapping of resource names`);
  else checkResources(raw.resources, at('resources'), issues);
  if (raw.initialisms !== undefined) checkInitialisms(raw.initialisms, at('initialisms'), issues);
  return issues;
}

function checkResources(value: unknown, path: string, issues: string[]): void {
  if (!isMapping(value)) {
    issues.push(`${path}: expected a mapping of resource names, got ${describe(value)}`);
    return;
  }
  for (const [name, resource] of Object.entries(value)) {
    const at = `${path}.${name}`;
    checkName(name, at, 'resource', issues);
    checkResource(resource, at, issues);
  }
}

function checkResource(value: unknown, path: string, issues: string[]): void {
  if (!isMapping(value)) {
    issues.push(`${path}: expected a mapping with methods and/or subresources, got ${describe(value)}`);
    return;
  }
  for (const key of Object.keys(value)) {
    if (!RESOURCE_KEYS.includes(key)) issues.push(`${path}.${key}: unknown key (expected one of ${RESOURCE_KEYS.join(', ')})`);
  }
  if ('methods' in value) checkMethods(value.methods, `${path}.methods`, issues);
  if ('subresources' in value) checkResources(value.subresources, `${path}.subresources`, issues);
  if ('models' in value) checkModels(value.models, `${path}.models`, issues);
  if (isMapping(value.methods) && isMapping(value.subresources)) {
    for (const name of Object.keys(value.methods)) {
      if (name in value.subresources) {
        issues.push(`${path}: "${name}" is both a method and a subresource; an SDK cannot have both under one name`);
      }
    }
  }
}

function checkMethods(value: unknown, path: string, issues: string[]): void {
  if (!isMapping(value)) {
    issues.push(`${path}: expected a mapping of method names to endpoints, got ${describe(value)}`);
    return;
  }
  for (const [name, entry] of Object.entries(value)) {
    const at = `${path}.${name}`;
    checkName(name, at, 'method', issues);
    if (typeof entry === 'string') {
      checkEndpoint(entry, at, issues);
    } else if (isMapping(entry)) {
      for (const key of Object.keys(entry)) {
        if (!METHOD_KEYS.includes(key)) issues.push(`${at}.${key}: unknown key (expected one of ${METHOD_KEYS.join(', ')})`);
      }
      if (!('endpoint' in entry)) issues.push(`${at}.endpoint: missing; expected "<http method> <path>"`);
      else if (typeof entry.endpoint !== 'string') issues.push(`${at}.endpoint: expected a string such as "get /ai/assistants", got ${describe(entry.endpoint)}`);
      else checkEndpoint(entry.endpoint, `${at}.endpoint`, issues);
      for (const key of ['response', 'page'] as const) {
        if (key in entry && (typeof entry[key] !== 'string' || !TYPE_NAME.test(entry[key] as string))) {
          issues.push(`${at}.${key}: expected a type name such as "AssistantsList", got ${describe(entry[key])}`);
        }
      }
      if ('bodyParam' in entry && (typeof entry.bodyParam !== 'string' || !TYPE_NAME.test(entry.bodyParam))) {
        issues.push(`${at}.bodyParam: expected a parameter name such as "document", got ${describe(entry.bodyParam)}`);
      }
      if ('positionalParams' in entry) {
        const names = entry.positionalParams;
        if (!Array.isArray(names) || names.some((n) => typeof n !== 'string' || n === '')) {
          issues.push(`${at}.positionalParams: expected a list of path parameter names such as [user_id, id], got ${describe(names)}`);
        }
      }
      if ('params' in entry) {
        const renames = entry.params;
        if (!isMapping(renames) || Object.values(renames).some((v) => typeof v !== 'string' || !TYPE_NAME.test(v))) {
          issues.push(`${at}.params: expected a mapping of wire names to SDK parameter names, got ${describe(renames)}`);
        }
      }
    } else {
      issues.push(`${at}: expected an endpoint string such as "get /ai/assistants" or a mapping with "endpoint", got ${describe(entry)}`);
    }
  }
}

function checkEndpoint(text: string, path: string, issues: string[]): void {
  if (!parseEndpoint(text)) {
    issues.push(`${path}: expected "<http method> <path>" such as "get /ai/assistants", got ${JSON.stringify(text)}`);
  }
}

function checkModels(value: unknown, path: string, issues: string[]): void {
  if (!isMapping(value)) {
    issues.push(`${path}: expected a mapping of model names to schema references, got ${describe(value)}`);
    return;
  }
  for (const [name, ref] of Object.entries(value)) {
    if (typeof ref !== 'string') issues.push(`${path}.${name}: expected a schema reference string, got ${describe(ref)}`);
  }
}

function checkInitialisms(value: unknown, path: string, issues: string[]): void {
  if (!Array.isArray(value)) {
    issues.push(`${path}: expected a list of spellings such as [AI, ID, OAuth], got ${describe(value)}`);
    return;
  }
  const seen = new Map<string, number>();
  value.forEach((spelling, i) => {
    const at = `${path}[${i}]`;
    if (typeof spelling !== 'string' || !/^[A-Za-z][A-Za-z0-9]*$/.test(spelling)) {
      issues.push(`${at}: expected a word of letters and digits, got ${describe(spelling)}`);
      return;
    }
    if (!/[A-Z].*[A-Z]|^[A-Z]+$/.test(spelling)) {
      issues.push(`${at}: "${spelling}" is spelled like an ordinary word; give the SDK spelling, with its capitals, e.g. "${spelling.toUpperCase()}"`);
    }
    const lower = spelling.toLowerCase();
    const first = seen.get(lower);
    if (first !== undefined) issues.push(`${at}: "${spelling}" repeats ${path}[${first}]`);
    else seen.set(lower, i);
  });
}

function checkName(name: string, path: string, kind: 'resource' | 'method', issues: string[]): void {
  if (!CANONICAL_NAME.test(name)) {
    const hint = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '').toLowerCase();
    const suggestion = CANONICAL_NAME.test(hint) ? ` (e.g. "${hint}")` : '';
    issues.push(`${path}: ${kind} names must be snake_case starting with a letter${suggestion}`);
  }
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
