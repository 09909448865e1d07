// A snippet target's examples of a small hand-written spec, its resources named by a Stainless-shaped config.
import type { SdkInfo, SnippetStyle, SnippetTarget } from '../../generator/emit/snippets/target.js';
import { buildMethodExample } from '../../generator/examples/method.js';
import { buildIR } from '../../generator/ir/builder.js';
import type { IR, Method, Resource, Schema } from '../../generator/ir/types.js';
import type { NamingConfig } from '../../generator/naming/config.js';
import { buildResourceTree } from '../../generator/naming/tree.js';

export interface SpecExamples {
  ir: IR;
  lookup: (name: string) => Schema | undefined;
  /** The method of an operation ("get /widgets/{id}") and the path of its resource; throws when none has it. */
  place(key: string): { method: Method; resourcePath: string[] };
  /** The target's example of an operation; `method` stands in for its own, and `withMethod` builds a method-aware example. */
  example(key: string, options?: { style?: SnippetStyle; method?: Method; withMethod?: boolean }): string;
}

export function specExamples(spec: object, naming: NamingConfig, sdk: SdkInfo, target: SnippetTarget): SpecExamples {
  const ir = buildIR(spec as never);
  ir.resources = buildResourceTree(ir.operations, naming).resources;
  const schemas = new Map<string, Schema>(ir.schemas.map((s) => [s.name, s.schema]));
  const lookup = (name: string) => schemas.get(name);
  const place = (key: string) => placeIn(ir.resources, key);
  const example: SpecExamples['example'] = (key, options = {}) => {
    const operation = ir.operations.find((op) => op.key === key)!;
    const placed = place(key);
    const method = options.method ?? placed.method;
    const built = options.withMethod || options.method ? buildMethodExample(operation, lookup, method) : buildMethodExample(operation, lookup);
    return target.example({ ir, lookup, operation, method, resourcePath: placed.resourcePath, sdk, style: options.style ?? 'v2', example: built });
  };
  return { ir, lookup, place, example };
}

/** The method of an operation in a resource tree and the path of its resource; throws when none has it. */
export function placeIn(resources: Resource[], key: string): { method: Method; resourcePath: string[] } {
  const find = (list: Resource[]): { method: Method; resourcePath: string[] } | undefined => {
    for (const r of list) {
      const method = r.methods.find((m) => m.operation === key);
      if (method) return { method, resourcePath: r.path };
      const below = find(r.subresources);
      if (below) return below;
    }
    return undefined;
  };
  const placed = find(resources);
  if (!placed) throw new Error(`no method for ${key}`);
  return placed;
}
