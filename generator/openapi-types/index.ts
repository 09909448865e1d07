// The openapiTypes target: openapi-typescript itself writes the types, from the document the loader made (so a
// multi-file or Swagger 2.0 spec works as it does for the other targets). It is imported only when the target
// is asked for: it takes seconds on a large spec.

import { loadSpec } from '../load/index.js';
import type { OpenapiTypesTargetConfig } from './config.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export async function generateOpenapiTypes(spec: string, target: OpenapiTypesTargetConfig): Promise<{ files: Map<string, string>; warnings: string[] }> {
  const { document } = await loadSpec(spec);
  const copy = structuredClone(document);
  const warnings = uniqueOperationIds(copy);
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const nodes = await openapiTS(copy as Parameters<typeof openapiTS>[0], { silent: true });
  return { files: new Map([[target.fileName, astToString(nodes)]]), warnings };
}

/**
 * openapi-typescript keys `operations` by operationId and refuses a spec that repeats one (the 07-16 Telnyx spec
 * does): a repeated id gets a suffix (`ListPhoneNumbers_2`), in document order, and a warning.
 */
function uniqueOperationIds(document: Record<string, any>): string[] {
  const seen = new Map<string, number>();
  const warnings: string[] = [];
  for (const [route, item] of Object.entries<Record<string, any>>(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item?.[method];
      if (typeof operation?.operationId !== 'string') continue;
      const id = operation.operationId as string;
      const count = (seen.get(id) ?? 0) + 1;
      seen.set(id, count);
      if (count === 1) continue;
      let renamed = `${id}_${count}`;
      while (seen.has(renamed)) renamed = `${renamed}_`;
      seen.set(renamed, 1);
      operation.operationId = renamed;
      warnings.push(`openapiTypes: operationId "${id}" repeats at ${method} ${route}; its types are operations["${renamed}"]`);
    }
  }
  return warnings;
}
