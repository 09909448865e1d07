// Stainless `resources:` → sdkgen's naming.resources (the same tree: methods, subresources, models).

import type { MethodEntry, ResourceConfig } from '../config.js';

/** Method keys sdkgen carries; every other key of a method object is reported. */
const CARRIED_METHOD_KEYS = new Set(['endpoint', 'type', 'paginated', 'positional_params']);

export interface ResourceImport {
  resources: Record<string, ResourceConfig>;
  /** Keys not carried, as dotted paths ("resources.users.methods.get_preferences.positional_params"). */
  dropped: string[];
  /** method path → pagination scheme named by `paginated: <scheme>` (false: not paginated). */
  paginated: Map<string, string | false>;
}

export function importResources(raw: unknown): ResourceImport {
  const result: ResourceImport = { resources: {}, dropped: [], paginated: new Map() };
  if (!isMapping(raw)) return result;
  for (const [name, resource] of Object.entries(raw)) {
    if (name === '$shared') {
      result.dropped.push(...Object.keys(isMapping(resource) ? resource : {}).map((key) => `resources.$shared.${key}`));
      continue;
    }
    result.resources[name] = importResource(resource, `resources.${name}`, result);
  }
  return result;
}

function importResource(raw: unknown, at: string, result: ResourceImport): ResourceConfig {
  const out: ResourceConfig = {};
  if (!isMapping(raw)) return out;
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'models' && isMapping(value)) {
      out.models = Object.fromEntries(Object.entries(value).filter(([, ref]) => typeof ref === 'string')) as Record<string, string>;
      for (const [model, ref] of Object.entries(value)) if (typeof ref !== 'string') result.dropped.push(`${at}.models.${model}`);
    } else if (key === 'methods' && isMapping(value)) {
      out.methods = {};
      for (const [method, entry] of Object.entries(value)) {
        const imported = importMethod(entry, `${at}.methods.${method}`, result);
        if (imported !== undefined) out.methods[method] = imported;
      }
    } else if (key === 'subresources' && isMapping(value)) {
      out.subresources = {};
      for (const [name, sub] of Object.entries(value)) out.subresources[name] = importResource(sub, `${at}.subresources.${name}`, result);
    } else {
      result.dropped.push(`${at}.${key}`);
    }
  }
  return out;
}

function importMethod(raw: unknown, at: string, result: ResourceImport): MethodEntry | undefined {
  if (typeof raw === 'string') return raw;
  if (!isMapping(raw) || typeof raw.endpoint !== 'string') {
    result.dropped.push(at);
    return undefined;
  }
  if (raw.type !== undefined && raw.type !== 'http') result.dropped.push(`${at}.type`);
  for (const key of Object.keys(raw)) if (!CARRIED_METHOD_KEYS.has(key)) result.dropped.push(`${at}.${key}`);
  if (raw.paginated === false || typeof raw.paginated === 'string') result.paginated.set(at, raw.paginated);
  const positional = raw.positional_params;
  if (Array.isArray(positional) && positional.every((name) => typeof name === 'string')) {
    return { endpoint: raw.endpoint, positionalParams: positional as string[] };
  }
  if (positional !== undefined) result.dropped.push(`${at}.positional_params`);
  return raw.endpoint;
}

export function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
