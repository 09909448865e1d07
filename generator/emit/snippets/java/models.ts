// Which schemas the Java SDK has as model classes of their own (imported from a resource's package), and
// which it nests inside the params or model class that uses them.
//
// api.md declares the models section by section, but the resource tree only carries the response type of
// each method, so the declarations are rebuilt from the IR by rules that hold for the official SDK:
// - a method's response type lives with the resource whose name it starts with (AssistantDeleteResponse),
//   else with the shallowest resource returning it (versions.retrieve → InferenceEmbedding of assistants);
// - a request schema is a model when it is a response model too, or when the spec shares it (referenced
//   more than once); it lives with the first method sending it as its whole body, else the first reaching it.
//   When the SDK's api.md files are known (SdkInfo.declaredTypes), they decide instead which schemas are models
//   (ActionsParticipantsRequest, UpdateConference): exactly those the SDK declares; and a type whose declaring
//   module a Node api.md links (SdkInfo.declaredModules) lives in that resource's package.
import { resolveShape, type SchemaLookup } from '../../../ir/pagination.js';
import type { IR, Operation, Schema } from '../../../ir/types.js';
import { countSchemaRefs, forEachChildSchema, resourceMethods } from '../../../ir/walk.js';
import { DeclaredModels } from '../../../naming/declared-types.js';
import type { JavaNamer } from '../../../naming/languages/java.js';
import { renamedBodyModels } from '../../../naming/renamed-models.js';
import { lowerWords, singularName } from '../../../naming/words.js';

export interface JavaClass {
  /** The simple name, e.g. "InferenceEmbedding". */
  name: string;
  /** The package, e.g. "com.telnyx.sdk.models.ai.assistants". */
  packageName: string;
}

/** A request body schema named `CanaryDeployRequest` is the SDK's `CanaryDeploy` model. */
const REQUEST_SUFFIX = /Request$/;

export class JavaModels {
  private readonly responseHomes = new Map<string, string[][]>();
  /** Java class name of every response model → the shallowest resource returning it. */
  private readonly responseModels = new Map<string, string[]>();
  private readonly refCounts: Map<string, number>;
  private readonly bodyOwners = new Map<string, string[]>();
  private readonly reachOwners = new Map<string, string[]>();

  private readonly declared: DeclaredModels | undefined;
  /** Body schema → the model name the SDK gave it, where no declared type carries the schema's name. */
  private readonly renamed: Map<string, string>;
  /** Models a Go api.md lists a request form (`XParam`) of, by letters and digits lower-cased. */
  private readonly goParams: Set<string>;

  constructor(
    ir: IR,
    private readonly lookup: SchemaLookup,
    private readonly namer: JavaNamer,
    private readonly basePackage: string,
    declaredTypes?: readonly string[],
    private readonly modules: Readonly<Record<string, string>> = {},
  ) {
    this.declared = declaredTypes?.length ? new DeclaredModels(declaredTypes) : undefined;
    this.renamed = declaredTypes?.length ? renamedBodyModels(ir, declaredTypes, modules) : new Map();
    const goParams = (declaredTypes ?? []).filter((n) => /Param$/.test(n)).map((n) => n.slice(0, -'Param'.length));
    this.goParams = new Set(goParams.map(letters));
    const placed = resourceMethods(ir.resources);
    const operations = new Map(ir.operations.map((op) => [op.key, op]));
    for (const { method, resourcePath: path } of placed) {
      if (method.responseType === undefined) continue;
      const homes = this.responseHomes.get(method.responseType) ?? [];
      homes.push(path);
      this.responseHomes.set(method.responseType, homes);
    }
    for (const [typeName, homes] of this.responseHomes) {
      const name = this.namer.typeName(typeName);
      if (!this.responseModels.has(name)) this.responseModels.set(name, shallowest(homes));
    }
    this.refCounts = countSchemaRefs(ir);
    for (const { method, resourcePath: path } of placed) {
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
    const module = this.moduleOf(typeName);
    if (module) return { name, packageName: this.packageOf(module) };
    const homes = this.responseHomes.get(typeName) ?? [];
    const own = resourcePath[resourcePath.length - 1];
    const startsWithOwn = own !== undefined && lowerWords(typeName).join('').startsWith(singularResource(own));
    if (startsWithOwn || homes.length === 0) return { name, packageName: this.packageOf(resourcePath) };
    return { name, packageName: this.packageOf(shallowest(homes)) };
  }

  /** The model class of a named schema used in a request, or undefined when the SDK nests it in its user. */
  schemaClass(schemaName: string): JavaClass | undefined {
    if (this.declared) {
      const renamed = this.renamed.get(schemaName);
      const declared = this.declared.model(schemaName) ?? (renamed !== undefined ? { name: renamed } : undefined);
      if (!declared || !isClassShaped(this.lookup(schemaName), this.lookup)) return undefined;
      if (letters(declared.name) !== letters(schemaName) && !this.isRequestModel(declared.name)) return undefined;
      const name = this.namer.typeName(declared.name);
      const home = this.moduleOf(declared.name) ?? this.responseModels.get(name) ?? this.bodyOwners.get(schemaName) ?? this.reachOwners.get(schemaName);
      return home ? { name, packageName: this.packageOf(home) } : undefined;
    }
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

  /**
   * Whether a model named unlike the request schema (WdrReportRequest → WdrReport) is one requests take: a Go
   * api.md lists `XParam` for every model a request uses (AdvancedOrderParam), none for a response-only model
   * (WdrReport, whose request body the SDK inlines). Without a Go api.md the name decides alone.
   */
  private isRequestModel(name: string): boolean {
    if (this.goParams.size === 0) return true;
    return this.goParams.has(letters(name));
  }

  /** The resource path of the module declaring a type, when an api.md links it. */
  private moduleOf(typeName: string): string[] | undefined {
    return Object.hasOwn(this.modules, typeName) ? this.modules[typeName]!.split('/') : undefined;
  }

  private noteRequestRefs(op: Operation, path: string[]): void {
    const body = op.requestBody?.schema;
    if (body?.kind === 'ref' && !this.bodyOwners.has(body.name)) this.bodyOwners.set(body.name, path);
    const reached = new Set<string>();
    const visit = (schema: Schema | undefined, depth: number): void => {
      if (!schema || depth > 12) return;
      forEachChildSchema(schema, (child) => {
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

const cache = new WeakMap<IR, Map<string, Map<readonly string[] | undefined, JavaModels>>>();

/** One index per IR, base package and declared types: building it walks every operation once. */
export function javaModels(
  ir: IR,
  lookup: SchemaLookup,
  namer: JavaNamer,
  basePackage: string,
  declaredTypes?: readonly string[],
  declaredModules?: Readonly<Record<string, string>>,
): JavaModels {
  let byPackage = cache.get(ir);
  if (!byPackage) cache.set(ir, (byPackage = new Map()));
  let byTypes = byPackage.get(basePackage);
  if (!byTypes) byPackage.set(basePackage, (byTypes = new Map()));
  let models = byTypes.get(declaredTypes);
  if (!models) byTypes.set(declaredTypes, (models = new JavaModels(ir, lookup, namer, basePackage, declaredTypes, declaredModules)));
  return models;
}

/** Objects and enums get classes; a named plain string or number stays a primitive. */
function isClassShaped(schema: Schema | undefined, lookup: SchemaLookup): boolean {
  const shape = resolveShape(schema, lookup);
  if (!shape) return false;
  if (shape.kind === 'object') return true;
  if (shape.kind === 'string') return shape.enum !== undefined;
  return false;
}

/** Letters and digits, lower-cased: spellings that differ only in initialism case meet (Url, URL). */
function letters(name: string): string {
  return name.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
}

/** The first of the least deep paths. */
function shallowest(paths: readonly string[][]): string[] {
  return paths.reduce((best, path) => (path.length < best.length ? path : best));
}

/** `scheduled_events` → scheduledevent: the singular's words run together, as a type name starts with them. */
function singularResource(resource: string): string {
  return singularName(resource).replaceAll('_', '');
}
