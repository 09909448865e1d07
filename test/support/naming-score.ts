// How many operations inference names as a Stainless api.md does (resource path and method name both equal).
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { buildIR } from '../../generator/ir/builder.js';
import type { Operation, Resource } from '../../generator/ir/types.js';
import { importApiMd } from '../../generator/naming/api-md.js';
import { buildResourceTree } from '../../generator/naming/tree.js';

export interface NamingScore {
  same: number;
  total: number;
  /** `endpoint: official ≠ inferred` for every operation named otherwise. */
  misses: string[];
}

function placements(resources: Resource[], into = new Map<string, { name: string; source: string }>()) {
  for (const r of resources) {
    for (const m of r.methods) into.set(m.operation, { name: [...r.path, m.name].join('.'), source: m.source });
    placements(r.subresources, into);
  }
  return into;
}

export function loadOperations(specFile: string): Operation[] {
  const text = readFileSync(specFile, 'utf8');
  const document = (specFile.endsWith('.json') ? JSON.parse(text) : load(text)) as Record<string, unknown>;
  return buildIR(document).operations;
}

/** Compares, over the operations the api.md names, the names it gives with the names inferred without config. */
export function namingScore(operations: readonly Operation[], apiMdFile: string): NamingScore {
  const official = placements(buildResourceTree(operations, importApiMd(readFileSync(apiMdFile, 'utf8'))).resources);
  const inferred = placements(buildResourceTree(operations).resources);
  let same = 0;
  let total = 0;
  const misses: string[] = [];
  for (const [key, o] of official) {
    if (o.source !== 'config') continue;
    total++;
    const i = inferred.get(key)!.name;
    if (i === o.name) same++;
    else misses.push(`${key}: ${o.name} ≠ ${i}`);
  }
  return { same, total, misses };
}
