// The openapiTypes target: openapi-typescript itself writes the types, from the document the loader made (so a
// multi-file or Swagger 2.0 spec works as it does for the other targets). It is imported only when the target
// is asked for: it takes seconds on a large spec.

import { loadSpec } from '../load/index.js';
import type { OpenapiTypesTargetConfig } from './config.js';

export async function generateOpenapiTypes(spec: string, target: OpenapiTypesTargetConfig): Promise<Map<string, string>> {
  const { document } = await loadSpec(spec);
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const nodes = await openapiTS(structuredClone(document) as Parameters<typeof openapiTS>[0], { silent: true });
  return new Map([[target.fileName, astToString(nodes)]]);
}
