// Which schemas the Java SDK has as model classes of their own (imported from a resource's package), and
// which it nests inside the params or model class that uses them.
//
// api.md declares the models section by section, but the resource tree only carries the response type of
// each method, so the declarations are rebuilt from the IR by rules that hold for the official SDK:
// - a method's response type lives with the resource whose name it starts with (AssistantDeleteResponse),
//   else with the shallowest resource returning it (versions.retrieve → InferenceEmbedding of assistants);
// - a request schema is a model when it is a response model too, or when the spec shares it (referenced
//   more than once); it lives with the first method sending it as its whole body, else the first reaching it.
import { resolveShape, type SchemaLookup } from '../../../ir/pagination.js';
import type { IR, Method, Operation, Resource, Schema } from '../../../ir/types.js';
import type { JavaNamer } from '../../../naming/languages/java.js';
import { singularWord, splitWords } from '../../../naming/words.js';

export interface JavaClass {
  /** The simple name, e.g. "InferenceEmbedding". */
  name: string;
  /** The package, e.g. "com.telnyx.sdk.models.ai.assistants". */
  packageName: string;
}

interface PlacedMethod {
  method: Method;
  path: string[];
}

/** A request body schema named `CanaryDeployRequest` is the SDK's `CanaryDeploy` model. */
const REQUEST_SUFFIX = /Request$/;

export class JavaModels {
  private readonly responseHomes = new Map<string, string[][]>();
  /** Java class name of every response model → the shallowest resource returning it. */
  private readonly responseModels = new Map<string, string[]>();
  private readonly refCounts = new Map<string, number>();
  private readonly bodyOwners = new Map<string, string[]>();
  private readonly reachOwners = new Map<string, string[]>();

  constructor(
    ir: IR,
    private readonly lookup: SchemaLookup,
    private readonly namer: JavaNamer,
    private readonly basePackage: string,
  ) {
    const placed = placedMethods(ir.resources);
    const operations = new Map(ir.operations.map((op) => [op.key, op]));
    for (const { method, path } of placed) {
      if (method.responseType === undefined) continue;
      const homes = this.responseHomes.get(method.responseType) ?? [];
      homes.push(path);
      this.responseHomes.set(method.responseType, homes);
    }
    for (const [typeName, homes] of this.responseHomes) {
      const name = this.namer.typeName(typeName);
      if (!this.responseModels.has(name)) this.responseModels.set(name, shallowest(homes));
    }
    countRefs(ir, this.refCounts);
    for (const { method, path } of placed) {
      const op = operations.get(method.operation);
      if (op) this.noteRequestRefs(op, path);
    }
  }

  packageOf(resourcePath: readonly string[]): string {
    return this.namer.packageName(this.basePackage, resourcePath);
  }

  /** The class of an api.md response type as returned by the method at `resourcePath`. */
  responseClass(typeName: string, resourcePath: readonly string[]): JavaClass {
    const name = this.namer.typeName(typeName);
    const homes = this.responseHomes.get(typeName) ?? [];
    const own = resourcePath[resourcePath.length - 1];
    const startsWithOwn = own !== undefined && lowerWords(typeName).join('').startsWith(singularResource(own));
    if (startsWithOwn || homes.length === 0) return { name, packageName: this.packageOf(resourcePath) };
    return { name, packageName: this.packageOf(shallowest(homes)) };
  }

  /** The model class of a named schema used in a request, or undefined when the SDK nests it in its user. */
  schemaClass(schemaName: string): JavaClass | undefined {
    const candidates = [schemaName.replace(REQUEST_SUFFIX, ''), schemaName].filter(Boolean);
    for (const candidate of candidates) {
      const name = this.namer.typeName(candidate);
      const home = this.responseModels.get(name);
      if (home) return { name, packageName: this.packageOf(home) };
    }
    if ((this.refCounts.get(schemaName) ?? 0) < 2 || !isClassShaped(this.lookup(schemaName), this.lookup)) return undefined;
    const home = this.bodyOwners.get(schemaName) ?? this.reachOwners.get(schemaName);
    if (!home) return undefined;
    return { name: this.namer.typeName(candidates[0]!), packageName: this.packageOf(home) };
  }

  private noteRequestRefs(op: Operation, path: string[]): void {
    const body = op.requestBody?.schema;
    if (body?.kind === 'ref' && !this.bodyOwners.has(body.name)) this.bodyOwners.set(body.name, path);
    const reached = new Set<string>();
    const visit = (schema: Schema | undefined, depth: number): void => {
      if (!schema || depth > 12) return;
      forEachChild(schema, (child) => {
        if (child.kind === 'ref') {
          if (reached.has(child.name)) return;
          reached.add(child.name);
          visit(this.lookup(child.name), depth + 1);
        } else {
          visit(child, depth + 1);
        }
      });
    };
    const roots: Schema[] = op.parameters.filter((p) => p.in !== 'path').map((p) => p.schema);
    if (body) roots.push(body);
    for (const root of roots) {
      if (root.kind === 'ref') {
        reached.add(root.name);
        visit(this.lookup(root.name), 0);
      } else {
        visit(root, 0);
      }
    }
    for (const name of reached) if (!this.reachOwners.has(name)) this.reachOwners.set(name, path);
  }
}

const cache = new WeakMap<IR, Map<string, JavaModels>>();

/** One index per IR and base package: building it walks every operation once. */
export function javaModels(ir: IR, lookup: SchemaLookup, namer: JavaNamer, basePackage: string): JavaModels {
  let byPackage = cache.get(ir);
  if (!byPackage) cache.set(ir, (byPackage = new Map()));
  let models = byPackage.get(basePackage);
  if (!models) byPackage.set(basePackage, (models = new JavaModels(ir, lookup, namer, basePackage)));
  return models;
}

/** Methods in tree order: a resource's own methods, then its subresources'. */
function placedMethods(resources: readonly Resource[]): PlacedMethod[] {
  const out: PlacedMethod[] = [];
  const walk = (list: readonly Resource[]): void => {
    for (const resource of list) {
      for (const method of resource.methods) out.push({ method, path: resource.path });
      walk(resource.subresources);
    }
  };
  walk(resources);
  return out;
}

function countRefs(ir: IR, counts: Map<string, number>): void {
  const visit = (schema: Schema | undefined): void => {
    if (!schema) return;
    if (schema.kind === 'ref') counts.set(schema.name, (counts.get(schema.name) ?? 0) + 1);
    forEachChild(schema, visit);
  };
  for (const named of ir.schemas) visit(named.schema);
  for (const op of ir.operations) {
    for (const p of op.parameters) visit(p.schema);
    visit(op.requestBody?.schema);
    for (const r of op.responses) visit(r.schema);
  }
}

function forEachChild(schema: Schema, fn: (child: Schema) => void): void {
  switch (schema.kind) {
    case 'object':
      for (const p of schema.properties) fn(p.schema);
      if (typeof schema.additionalProperties === 'object') fn(schema.additionalProperties);
      break;
    case 'array':
      fn(schema.items);
      break;
    case 'union':
      for (const v of schema.variants) fn(v);
      break;
    case 'allOf':
      for (const p of schema.parts) fn(p);
      break;
    default:
      break;
  }
}

/** Objects and enums get classes; a named plain string or number stays a primitive. */
function isClassShaped(schema: Schema | undefined, lookup: SchemaLookup): boolean {
  const shape = resolveShape(schema, lookup);
  if (!shape) return false;
  if (shape.kind === 'object') return true;
  if (shape.kind === 'string') return shape.enum !== undefined;
  return false;
}

/** The first of the least deep paths. */
function shallowest(paths: readonly string[][]): string[] {
  return paths.reduce((best, path) => (path.length < best.length ? path : best));
}

function lowerWords(identifier: string): string[] {
  return splitWords(identifier).map((w) => w.toLowerCase());
}

function singularResource(resource: string): string {
  const words = lowerWords(resource);
  if (words.length) words[words.length - 1] = singularWord(words[words.length - 1]!);
  return words.join('');
}
