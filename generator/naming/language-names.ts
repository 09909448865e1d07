// Each language's own api.md laid onto the methods of the resource tree (Method.languages).
import { readFileSync } from 'node:fs';
import type { IR, LanguageMethodNames, Resource } from '../ir/types.js';
import { importLanguageApiMd, normalizeEndpoint } from './language-api-md.js';
import { snakeCase } from './words.js';

export type LanguageApiMds = Map<string, Map<string, LanguageMethodNames[]>>;

/** language → its api.md file (naming.apiMd per language) → the parsed listings. */
export function languageApiMds(files: Partial<Record<string, string>> | undefined): LanguageApiMds {
  const result: LanguageApiMds = new Map();
  for (const [language, file] of Object.entries(files ?? {})) {
    if (file) result.set(language, importLanguageApiMd(readFileSync(file, 'utf8')));
  }
  return result;
}

/**
 * Every method whose endpoint a language's api.md lists gets that language's names. When the api.md lists the
 * endpoint under several methods (content-type variants), the one with the tree's method name wins, else the first.
 */
export function attachLanguageNames(ir: IR, apiMds: LanguageApiMds): void {
  if (apiMds.size === 0) return;
  const endpointOf = new Map(ir.operations.map((op) => [op.key, normalizeEndpoint(`${op.method} ${op.path}`)]));
  const visit = (resource: Resource): void => {
    for (const method of resource.methods) {
      const endpoint = endpointOf.get(method.operation);
      if (!endpoint) continue;
      for (const [language, listing] of apiMds) {
        const candidates = listing.get(endpoint);
        if (!candidates?.length) continue;
        const chosen = candidates.find((c) => snakeCase(c.method) === method.name) ?? candidates[0]!;
        (method.languages ??= {})[language] = chosen;
      }
    }
    resource.subresources.forEach(visit);
  };
  ir.resources.forEach(visit);
}
