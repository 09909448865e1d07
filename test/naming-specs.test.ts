// Every operation of the real Telnyx specs gets exactly one name, with the imported api.md config and without.
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIR } from '../generator/ir/builder.js';
import type { Operation, Resource } from '../generator/ir/types.js';
import { importApiMd } from '../generator/naming/api-md.js';
import type { NamingConfig } from '../generator/naming/config.js';
import { createNamers } from '../generator/naming/languages/index.js';
import { buildResourceTree, type ResourceTree } from '../generator/naming/tree.js';
import { singularTypeName } from '../generator/naming/words.js';
import { hasShared, shared, sharedSkipReason } from './support/shared.js';

interface Placed {
  path: string[];
  name: string;
  source: 'config' | 'inferred';
}

/** Checks the tree's invariants and returns operation key → where it is named. */
function placements(tree: ResourceTree): Map<string, Placed> {
  const placed = new Map<string, Placed>();
  const walk = (resources: Resource[]): void => {
    const siblings = new Set<string>();
    for (const r of resources) {
      expect(siblings.has(r.name), `resource ${r.path.join('.')} twice`).toBe(false);
      siblings.add(r.name);
      expect(r.name).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
      const names = new Set(r.subresources.map((s) => s.name));
      for (const m of r.methods) {
        expect(m.name, `${r.path.join('.')}.${m.name}`).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
        expect(names.has(m.name), `${r.path.join('.')}.${m.name} named twice in its resource`).toBe(false);
        names.add(m.name);
        if (m.aliasOf !== undefined) continue; // another name of an operation named earlier (checked below)
        expect(placed.has(m.operation), `${m.operation} named twice`).toBe(false);
        placed.set(m.operation, { path: r.path, name: m.name, source: m.source });
      }
      walk(r.subresources);
    }
  };
  walk(tree.resources);
  return placed;
}

function operationsOf(spec: string): Operation[] {
  return buildIR(load(readFileSync(shared('specs', 'telnyx', spec), 'utf8')) as Record<string, unknown>).operations;
}

describe(`naming the Telnyx specs${sharedSkipReason}`, () => {
  let config: NamingConfig;
  let february: Operation[];
  let july: Operation[];

  beforeAll(() => {
    if (!hasShared) return;
    config = importApiMd(readFileSync(shared('reference', 'stainless', 'telnyx-node.api.md'), 'utf8'));
    february = operationsOf('openapi-2026-02-06.yml');
    july = operationsOf('openapi-2026-07-16.yml');
  });

  it.skipIf(!hasShared)('names all 878 operations of 2026-02-06 once with the api.md config', () => {
    expect(february).toHaveLength(878);
    const tree = buildResourceTree(february, config);
    const placed = placements(tree);
    expect([...placed.keys()].sort()).toEqual(february.map((o) => o.key).sort());
    // The api.md has 879 method lines: one endpoint named twice (two JS methods for one operation) and one
    // multipart variant of POST /documents; it lacks one operation, which is inferred.
    const inferred = [...placed].filter(([, p]) => p.source === 'inferred').map(([key]) => key);
    expect(inferred).toEqual(['get /10dlc/brand/smsOtp/{referenceId}']);
    // The endpoint named twice gets both methods (the second an alias); the variant is warned about.
    expect(tree.warnings).toHaveLength(1);
    expect(tree.warnings[0]).toContain('(post /documents?content-type=multipart) names the same operation as');
    const assignments = tree.resources.find((r) => r.name === 'messaging_10dlc')!.subresources.find((r) => r.name === 'phone_number_assignment_by_profile')!;
    expect(assignments.methods.filter((m) => m.operation === 'get /10dlc/phoneNumberAssignmentByProfile/{taskId}/phoneNumbers').map((m) => [m.name, m.aliasOf])).toEqual([
      ['list_phone_number_status', undefined],
      ['retrieve_phone_number_status', 'messaging_10dlc.phone_number_assignment_by_profile.list_phone_number_status'],
    ]);
    expect(placed.get('post /documents')).toMatchObject({ path: ['documents'], name: 'upload_json' });
  });

  it.skipIf(!hasShared)('places each operation where the api.md does, with its response and page types', () => {
    const text = readFileSync(shared('reference', 'stainless', 'telnyx-node.api.md'), 'utf8');
    const js = createNamers({ initialisms: config.initialisms }).javascript;
    const tree = buildResourceTree(february, config);
    const byOperation = new Map<string, { chain: string; responseType?: string; pageType?: string }>();
    const walk = (resources: Resource[]): void => {
      for (const r of resources) {
        for (const m of r.methods) {
          byOperation.set(m.operation, { chain: js.callChain(r.path, m.name), responseType: m.responseType, pageType: m.pageType });
        }
        walk(r.subresources);
      }
    };
    walk(tree.resources);
    const lines = [...text.matchAll(/<code title="([^"]+)">(client[^<]*)<a [^>]*>(\w+)<\/a>\([^)]*\) -> (\w+)<\/code>/g)];
    const mismatches: string[] = [];
    const notKept: string[] = [];
    for (const [, endpoint, chain, method, returns] of lines) {
      const named = byOperation.get(endpoint);
      if (!named || named.chain !== `${chain}${method}`) {
        notKept.push(endpoint);
        continue;
      }
      const items = named.pageType ? returns.slice(0, -named.pageType.length) : returns;
      const ok = named.pageType
        ? returns.endsWith(named.pageType) && (items === named.responseType || singularTypeName(items) === named.responseType)
        : returns === named.responseType;
      if (!ok) mismatches.push(`${endpoint}: ${returns} ≠ ${named.responseType} + ${named.pageType}`);
    }
    expect(mismatches).toEqual([]);
    // Only the multipart variant and the second method of one endpoint are not in the tree.
    const endpoints = lines.map((l) => l[1]);
    expect(notKept).toHaveLength(2);
    for (const endpoint of notKept) expect(endpoint.includes('?') || endpoints.indexOf(endpoint) !== endpoints.lastIndexOf(endpoint)).toBe(true);
  });

  it.skipIf(!hasShared)('infers a unique name for every operation without any config', () => {
    for (const operations of [february, july]) {
      const tree = buildResourceTree(operations);
      const placed = placements(tree);
      expect(placed.size).toBe(operations.length);
      expect([...placed.values()].every((p) => p.source === 'inferred')).toBe(true);
      expect(tree.warnings).toEqual([]);
    }
    expect(july).toHaveLength(1156);
  });

  it.skipIf(!hasShared)('infers most names as the official SDK has them', () => {
    const official = placements(buildResourceTree(february, config));
    const inferred = placements(buildResourceTree(february));
    let samePath = 0;
    let same = 0;
    for (const [key, o] of official) {
      const i = inferred.get(key)!;
      if (i.path.join('.') === o.path.join('.')) samePath++;
      if (i.path.join('.') === o.path.join('.') && i.name === o.name) same++;
    }
    // Measured: 802 of 878 resource paths and 684 full names agreed; 692 full names with the rules of naming-generalise; the rest are hand-picked names (send, dial…).
    expect(samePath / official.size).toBeGreaterThan(0.85);
    expect(same / official.size).toBeGreaterThan(0.75);
  });

  it.skipIf(!hasShared)('names all 1156 operations of 2026-07-16 once with the older config, grafting new ones', () => {
    const tree = buildResourceTree(july, config);
    const placed = placements(tree);
    expect(placed.size).toBe(july.length);
    const unmatched = tree.warnings.filter((w) => w.includes('matches no operation'));
    const julyKeys = new Set(july.map((o) => o.key));
    // Each unmatched config endpoint really is gone from the newer spec.
    for (const warning of unmatched) {
      const endpoint = /\((\w+ [^)?]+)[^)]*\)/.exec(warning)![1];
      expect(julyKeys.has(endpoint), warning).toBe(false);
    }
    // New operations under config resources join them: nothing lands under the inferred name of the 10dlc segment.
    expect([...placed.values()].filter((p) => p.path[0] === 'ten_dlc')).toEqual([]);
  });
});
