// The layout and names of the generated SDK, decided before any code is written: one file per resource (nested
// folders as Stainless lays them out), which file declares each named schema, and every exported name.
import type { SchemaLookup } from '../../ir/pagination.js';
import type { IR, Operation, Resource, Schema } from '../../ir/types.js';
import type { LanguageNamer } from '../../naming/languages/namer.js';
import { fileStem, GLOBAL_TYPE_NAMES, NameScope, typeNameOf } from './names.js';
import { type PageClass, planPageClasses } from './pages.js';
import { methodShape, type MethodShape } from './shape.js';
import { directRefs } from './types.js';

/** A module that declares types (a resource file or the shared models file). */
export interface TypeFile {
  /** Relative to the package root, e.g. `src/resources/ai/assistants/assistants.ts`. */
  path: string;
  scope: NameScope;
  declarations: Declaration[];
}

export type TypeRef =
  | { kind: 'schema'; schema: string }
  | { kind: 'declared'; file: TypeFile; name: string }
  | { kind: 'text'; text: string };

export type Declaration =
  | { kind: 'schema'; schema: string; name: string }
  /** `export type <name> = <target>`: an api.md response name for a schema declared under another name. */
  | { kind: 'alias'; name: string; target: TypeRef }
  /** A response (or page item) type written from an inline schema. */
  | { kind: 'response'; name: string; schema: Schema }
  | { kind: 'params'; name: string; method: MethodPlan };

export interface MethodPlan {
  shape: MethodShape;
  /** The JavaScript method name, e.g. `sendSMS`. */
  name: string;
  paramsType?: string;
  /** The parsed JSON body (or page item) type. */
  result?: TypeRef;
  page?: PageClass;
}

export interface ResourceFile extends TypeFile {
  resource: Resource;
  className: string;
  /** The property on the parent (client or resource), e.g. `scheduledEvents`. */
  property: string;
  parent?: ResourceFile;
  children: ResourceFile[];
  /** Local name of each child's class in this file. */
  childBindings: Map<ResourceFile, string>;
  methods: MethodPlan[];
  /** The top-level resource whose subtree this file belongs to. */
  root: ResourceFile;
}

export interface SdkPlan {
  files: ResourceFile[];
  topLevel: ResourceFile[];
  shared: TypeFile;
  /** Schema name → where it is declared and under which name. */
  schemaHome: Map<string, { file: TypeFile; name: string }>;
  pageClasses: PageClass[];
  warnings: string[];
}

/** Names every resource module imports from the runtime, so no declaration may take them. */
export const RUNTIME_IMPORTS = [
  'APIResource', 'APIPromise', 'PagePromise', 'RequestOptions', 'Uploadable', 'path', 'mergeHeaders', 'stringifyQuery',
  // The webhook helpers (webhooks.ts).
  'unwrap', 'verifySignature', 'WebhookVerificationError', 'WebhookHeaders', 'WebhookOptions', 'UnwrapWebhookEvent', 'WebCryptoKey',
  'Stream',
];

/** Members of a resource class (from APIResource) that no method or sub-resource property may replace. */
const RESOURCE_MEMBERS = new Set(['_client', 'constructor']);

/** api.md return types that name no model of their own. */
const PRIMITIVE_RESPONSES = new Set(['void', 'string', 'number', 'boolean', 'unknown', 'object', 'Response', 'Blob', 'null']);

interface PlanContext {
  namer: LanguageNamer;
  lookup: SchemaLookup;
  operations: ReadonlyMap<string, Operation>;
  warnings: string[];
}

export function buildPlan(ir: IR, lookup: SchemaLookup, namer: LanguageNamer): SdkPlan {
  const ctx: PlanContext = { namer, lookup, operations: new Map(ir.operations.map((op) => [op.key, op])), warnings: [] };
  const resourcesDir = new NameScope();
  const topLevel = ir.resources.map((r) => resourceFile(r, undefined, 'src/resources', resourcesDir, ctx));
  const files: ResourceFile[] = [];
  const walk = (f: ResourceFile) => {
    files.push(f);
    f.children.forEach(walk);
  };
  topLevel.forEach(walk);

  const pageOf = planPageClasses(
    files.flatMap((f) => f.methods.map((m) => m.shape)),
    (name) => GLOBAL_TYPE_NAMES.has(name) || RUNTIME_IMPORTS.includes(name),
  );
  const pageClasses = [...new Set(pageOf.values())];
  for (const file of files) {
    for (const name of pageClasses.map((p) => p.name)) file.scope.reserve(name);
    for (const method of file.methods) {
      const page = pageOf.get(method.shape);
      if (page) method.page = page;
    }
  }

  const shared: TypeFile = {
    path: `src/resources/${resourcesDir.claim('shared')}.ts`,
    scope: new NameScope([...GLOBAL_TYPE_NAMES, ...RUNTIME_IMPORTS, ...pageClasses.map((p) => p.name)]),
    declarations: [],
  };
  const schemaHome = new Map<string, { file: TypeFile; name: string }>();
  const subtreesOf = schemaSubtrees(topLevel, lookup);
  const own = (file: TypeFile, schema: string, wish?: string): string => {
    const natural = typeNameOf(schema, namer.typeName);
    // A schema named like the resource class (DefaultGateway in default-gateway.ts) becomes DefaultGatewayModel.
    const name = file.scope.claim(wish ?? natural, natural, `${natural}Model`);
    file.declarations.push({ kind: 'schema', schema, name });
    schemaHome.set(schema, { file, name });
    return name;
  };
  const ownable = (file: ResourceFile, schema: string): boolean => {
    const subtrees = subtreesOf.get(schema);
    return !schemaHome.has(schema) && lookup(schema) !== undefined && subtrees?.size === 1 && subtrees.has(file.root);
  };

  for (const file of files) {
    for (const method of file.methods) nameMethodTypes(file, method, ctx, own, ownable, schemaHome);
    // Schemas reached from this file's types (and from those schemas) live here when no other subtree needs them.
    const queue = file.declarations.flatMap((d) => declarationRefs(d, lookup));
    for (const method of file.methods) if (method.result?.kind === 'schema') queue.push(method.result.schema);
    while (queue.length) {
      const name = queue.shift()!;
      if (!ownable(file, name)) continue;
      own(file, name);
      queue.push(...directRefs(lookup(name)));
    }
  }
  for (const schema of ir.schemas) if (!schemaHome.has(schema.name)) own(shared, schema.name);
  return { files, topLevel, shared, schemaHome, pageClasses, warnings: ctx.warnings };
}

function resourceFile(resource: Resource, parent: ResourceFile | undefined, dir: string, dirScope: NameScope, ctx: PlanContext): ResourceFile {
  const { namer } = ctx;
  const stem = fileStem(resource.name);
  const hasChildren = resource.subresources.length > 0;
  // A resource with sub-resources gets a folder holding its own file and theirs: ai/assistants/assistants.ts.
  const folder = hasChildren ? `${dir}/${dirScope.claim(stem)}` : dir;
  const childScope = new NameScope();
  const path = hasChildren ? `${folder}/${childScope.claim(stem)}.ts` : `${dir}/${dirScope.claim(stem)}.ts`;
  const className = classNameOf(resource.name, namer);
  const scope = new NameScope([...RUNTIME_IMPORTS, ...GLOBAL_TYPE_NAMES]);
  scope.reserve(className);
  const file: ResourceFile = {
    path,
    scope,
    declarations: [],
    resource,
    className,
    property: namer.resource(resource.name),
    children: [],
    childBindings: new Map(),
    methods: [],
    root: undefined as unknown as ResourceFile,
  };
  if (parent) file.parent = parent;
  file.root = parent ? parent.root : file;
  const members = new NameScope(RESOURCE_MEMBERS, true);
  for (const child of resource.subresources) {
    const childFile = resourceFile(child, file, folder, childScope, ctx);
    file.children.push(childFile);
    file.childBindings.set(childFile, scope.claim(childFile.className, `${childFile.className}Resource`));
    const property = members.claim(childFile.property, `${childFile.property}Resource`);
    if (property !== childFile.property) ctx.warnings.push(`${resource.path.join('.')}: sub-resource property ${childFile.property} renamed ${property}`);
    childFile.property = property;
  }
  for (const method of resource.methods) {
    const operation = ctx.operations.get(method.operation);
    if (!operation) throw new Error(`method ${resource.path.join('.')}.${method.name} names no operation (${method.operation})`);
    if (operation.method === 'trace') {
      ctx.warnings.push(`${method.operation}: TRACE has no SDK method (fetch cannot send it)`);
      continue;
    }
    const wish = namer.method(method.name);
    const name = members.claim(wish, `${wish}Method`);
    if (name !== wish) ctx.warnings.push(`${resource.path.join('.')}: method ${wish} renamed ${name} (it collides with another member)`);
    file.methods.push({ shape: methodShape(method, operation, resource.path, ctx.lookup, namer), name });
  }
  return file;
}

/** `scheduled_events` → `ScheduledEvents`; a built-in name (`Map`) gets a `Resource` suffix instead of `Model`. */
function classNameOf(name: string, namer: LanguageNamer): string {
  const pascal = namer.typeName(name);
  const safe = typeNameOf(pascal, namer.typeName);
  return safe === `${pascal}Model` ? `${pascal}Resource` : safe;
}

/**
 * Names the params type and the result type of a method. A result that is a named schema not yet declared
 * anywhere is declared here under api.md's name for it (InferenceEmbedding); one declared elsewhere gets the
 * api.md name as an alias; an inline result gets a type of its own.
 */
function nameMethodTypes(
  file: ResourceFile,
  method: MethodPlan,
  { namer, lookup }: PlanContext,
  own: (file: TypeFile, schema: string, wish?: string) => string,
  ownable: (file: ResourceFile, schema: string) => boolean,
  schemaHome: ReadonlyMap<string, { file: TypeFile; name: string }>,
): void {
  const { shape } = method;
  const path = shape.resourcePath;
  const official = officialName(shape, method);
  const derived = namer.responseType(path, shape.method.name);
  const resultSchema = shape.page ? shape.page.item : shape.response.kind === 'json' ? shape.response.schema : undefined;
  if (shape.response.kind === 'json' || shape.page) {
    if (!resultSchema) {
      method.result = { kind: 'text', text: 'unknown' };
    } else if (resultSchema.kind === 'ref' && !resultSchema.nullable && lookup(resultSchema.name)) {
      const schema = resultSchema.name;
      if (ownable(file, schema) && (!official || !file.scope.has(official))) {
        own(file, schema, official);
        method.result = { kind: 'schema', schema };
      } else if (official && !isHome(schemaHome, file, schema, official)) {
        const existing = file.declarations.find((d) => d.kind === 'alias' && d.name === official);
        if (existing?.kind === 'alias' && existing.target.kind === 'schema' && existing.target.schema === schema) {
          method.result = { kind: 'declared', file, name: official };
        } else if (!file.scope.has(official)) {
          file.scope.reserve(official);
          file.declarations.push({ kind: 'alias', name: official, target: { kind: 'schema', schema } });
          method.result = { kind: 'declared', file, name: official };
        } else {
          method.result = { kind: 'schema', schema };
        }
      } else {
        method.result = { kind: 'schema', schema };
      }
    } else if (isPlainScalar(resultSchema)) {
      // A bare string or number needs no type of its own (api.md writes `string`).
      method.result = { kind: 'text', text: resultSchema.kind === 'integer' ? 'number' : resultSchema.kind };
    } else {
      const name = file.scope.claim(official ?? derived, derived);
      file.declarations.push({ kind: 'response', name, schema: resultSchema });
      method.result = { kind: 'declared', file, name };
    }
  }
  if (shape.hasParams) {
    const wish = namer.paramsType(path, shape.method.name);
    method.paramsType = file.scope.claim(wish);
    file.declarations.push({ kind: 'params', name: method.paramsType, method });
  }
}

function isPlainScalar(schema: Schema): schema is Schema & { kind: 'string' | 'integer' | 'number' | 'boolean' | 'unknown' } {
  if (schema.nullable) return false;
  if (schema.kind === 'unknown') return true;
  if (schema.kind !== 'string' && schema.kind !== 'integer' && schema.kind !== 'number' && schema.kind !== 'boolean') return false;
  return schema.enum === undefined && schema.const === undefined && !(schema.kind === 'string' && schema.format === 'binary');
}

function isHome(homes: ReadonlyMap<string, { file: TypeFile; name: string }>, file: TypeFile, schema: string, name: string): boolean {
  const home = homes.get(schema);
  return !!home && home.file === file && home.name === name;
}

/** api.md's name for the result (the item type of a page), when it names a model. */
function officialName(shape: MethodShape, method: MethodPlan): string | undefined {
  const name = shape.method.responseType;
  if (!name || PRIMITIVE_RESPONSES.has(name) || !/^[A-Z][A-Za-z0-9_]*$/.test(name)) return undefined;
  // For a page, api.md names the item; for a method that did not become paginated that name would mislead.
  if (!!shape.method.pageType !== !!method.page) return undefined;
  return name;
}

/** Named schemas a declaration mentions directly. */
export function declarationRefs(declaration: Declaration, lookup: SchemaLookup): string[] {
  switch (declaration.kind) {
    case 'schema':
      return directRefs(lookup(declaration.schema));
    case 'alias':
      return declaration.target.kind === 'schema' ? [declaration.target.schema] : [];
    case 'response':
      return directRefs(declaration.schema);
    case 'params':
      return methodRefs(declaration.method.shape);
  }
}

function methodRefs(shape: MethodShape): string[] {
  const out: string[] = [];
  for (const p of [...shape.positional, ...shape.pathParams, ...shape.query, ...shape.headers]) directRefs(p.schema, out);
  if (shape.body?.mode === 'fields') for (const p of shape.body.object.properties) directRefs(p.schema, out);
  else if (shape.body) directRefs(shape.body.schema, out);
  return out;
}

/** For each named schema, the top-level resources whose methods reach it (through any chain of references). */
function schemaSubtrees(topLevel: readonly ResourceFile[], lookup: SchemaLookup): Map<string, Set<ResourceFile>> {
  const result = new Map<string, Set<ResourceFile>>();
  for (const root of topLevel) {
    const seen = new Set<string>();
    const queue: string[] = [];
    const visit = (f: ResourceFile) => {
      for (const m of f.methods) {
        queue.push(...methodRefs(m.shape));
        if (m.shape.response.kind === 'json') directRefs(m.shape.response.schema, queue);
        if (m.shape.page) directRefs(m.shape.page.item, queue);
      }
      f.children.forEach(visit);
    };
    visit(root);
    while (queue.length) {
      const name = queue.pop()!;
      if (seen.has(name)) continue;
      seen.add(name);
      let set = result.get(name);
      if (!set) result.set(name, (set = new Set()));
      set.add(root);
      directRefs(lookup(name), queue);
    }
  }
  return result;
}
