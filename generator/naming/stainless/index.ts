// `sdkgen import stainless`: a Stainless config (stainless.yml) → a complete sdkgen.config.yml. What sdkgen has a
// place for is carried (resources, the client's name, package, API key env var and base URL); every other key
// is reported by name.

import path from 'node:path';
import { dump, load } from 'js-yaml';
import { defaultClient } from '../../config.js';
import type { Operation } from '../../ir/types.js';
import { assignPages, readSchemes } from './pagination.js';
import { importResources, isMapping } from './resources.js';

export interface StainlessImport {
  /** The sdkgen config as YAML. */
  text: string;
  /** Keys of the Stainless config that the sdkgen config does not carry, as dotted paths. */
  notCarried: string[];
}

export class StainlessImportError extends Error {}

/** `outFile` is where the config will be written: the spec path and the output folder are relative to it. */
/** `operations` (the spec's, with their detected pagination) let the pagination schemes name the page classes. */
export function importStainless(
  text: string,
  options: { file: string; spec: string; outFile: string; operations?: readonly Operation[] },
): StainlessImport {
  let raw: unknown;
  try {
    raw = load(text);
  } catch (error) {
    throw new StainlessImportError(`${options.file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (!isMapping(raw) || !isMapping(raw.resources)) {
    throw new StainlessImportError(`${options.file}: not a Stainless config (no "resources:" mapping)`);
  }
  const notCarried: string[] = [];
  const { resources, dropped, paginated } = importResources(raw.resources);
  notCarried.push(...dropped);
  const schemes = readSchemes(raw.pagination, notCarried);
  if (options.operations) assignPages(resources, options.operations, schemes, paginated, notCarried);
  else if (schemes.length) notCarried.push('pagination');
  const client = importClient(raw, notCarried);
  for (const key of Object.keys(raw)) if (!CARRIED_TOP_KEYS.has(key)) notCarried.push(key);
  const dir = path.dirname(path.resolve(options.outFile));
  const config = {
    spec: relativePath(dir, options.spec),
    client,
    naming: { resources },
    targets: { typescript: { out: './typescript', ...readmeExamples(raw.readme, notCarried) } },
  };
  const header = `# Imported from ${relativePath(dir, options.file)} by \`sdkgen import stainless\`.\n`;
  return { text: header + dump(config, { lineWidth: -1, noRefs: true }), notCarried: notCarried.sort() };
}

const CARRIED_TOP_KEYS = new Set(['organization', 'resources', 'targets', 'client_settings', 'environments', 'pagination', 'readme']);

/** readme.example_requests: the headline request is the README's first call, the pagination one its paging call. */
function readmeExamples(raw: unknown, notCarried: string[]): { readme?: Record<string, unknown> } {
  const readme = isMapping(raw) ? raw : {};
  for (const key of Object.keys(readme)) if (key !== 'example_requests') notCarried.push(`readme.${key}`);
  const requests = isMapping(readme.example_requests) ? readme.example_requests : {};
  const out: Record<string, unknown> = {};
  for (const [name, request] of Object.entries(requests)) {
    const as = name === 'headline' ? 'usage' : name === 'pagination' ? 'pagination' : undefined;
    if (!as || !isMapping(request) || typeof request.endpoint !== 'string' || (request.type !== undefined && request.type !== 'request')) {
      notCarried.push(`readme.example_requests.${name}`);
      continue;
    }
    out[as] = { endpoint: request.endpoint, ...(isMapping(request.params) && Object.keys(request.params).length ? { params: request.params } : {}) };
  }
  return Object.keys(out).length ? { readme: out } : {};
}

function importClient(raw: Record<string, unknown>, notCarried: string[]): Record<string, string> {
  const organization = isMapping(raw.organization) ? raw.organization : {};
  for (const key of Object.keys(organization)) if (key !== 'name') notCarried.push(`organization.${key}`);
  const name = defaultClient(typeof organization.name === 'string' ? organization.name : 'Client').name;
  const client: Record<string, string> = { name };
  const targets = isMapping(raw.targets) ? raw.targets : {};
  const typescript = [targets.typescript, targets.node].find(isMapping);
  if (typescript && typeof typescript.package_name === 'string') client.packageName = typescript.package_name;
  for (const [target, value] of Object.entries(targets)) {
    for (const key of Object.keys(isMapping(value) ? value : {})) {
      if (!(value === typescript && key === 'package_name')) notCarried.push(`targets.${target}.${key}`);
    }
  }
  const settings = isMapping(raw.client_settings) ? raw.client_settings : {};
  const opts = isMapping(settings.opts) ? settings.opts : {};
  for (const key of Object.keys(settings)) {
    if (key === 'default_env_prefix' && typeof settings.default_env_prefix === 'string') client.baseUrlEnv = `${settings.default_env_prefix}_BASE_URL`;
    else if (key !== 'opts') notCarried.push(`client_settings.${key}`);
  }
  for (const [option, value] of Object.entries(opts)) {
    const spec = isMapping(value) ? value : {};
    if (isMapping(spec.auth) && typeof spec.read_env === 'string' && client.apiKeyEnv === undefined) {
      client.apiKeyEnv = spec.read_env;
      for (const key of Object.keys(spec)) if (!['type', 'read_env', 'auth', 'nullable'].includes(key)) notCarried.push(`client_settings.opts.${option}.${key}`);
    } else {
      notCarried.push(`client_settings.opts.${option}`);
    }
  }
  const environments = isMapping(raw.environments) ? raw.environments : {};
  const [first, ...others] = Object.entries(environments);
  if (first && typeof first[1] === 'string') client.baseUrl = first[1];
  for (const [environment] of others) notCarried.push(`environments.${environment}`);
  return client;
}

function relativePath(dir: string, file: string): string {
  const relative = path.relative(dir, path.resolve(file)).split(path.sep).join('/');
  return relative.startsWith('.') ? relative : `./${relative}`;
}
