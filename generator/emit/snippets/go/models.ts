// Which named schemas the Go SDK declares as model types of its own (CanaryDeployParam, ConversationChannelType)
// and which it inlines under the params type that uses them (AIAssistantTestNewParamsRubric).
//
// The resource tree carries only each method's response type, so models are recognised by rules that hold
// for the official SDK: a schema is a model when the SDK returns it (its name, less a `Request` suffix, is a
// method's response type), or when the spec shares it (referenced more than once) and it is an object or an
// enum; the model takes the schema's name less the `Request` suffix (CanaryDeployRequest → CanaryDeploy).
// When the SDK's api.md files are known (SdkInfo.declaredTypes), they decide instead: a schema is a model exactly
// when the SDK declares it, under the SDK's own spelling and request type (MigrationSourceParams, VoicemailRequestParam);
// an object model also needs that request type listed when the listing has request types at all (a Go api.md).
import { resolveShape, type SchemaLookup } from '../../../ir/pagination.js';
import type { IR, Schema } from '../../../ir/types.js';
import { countSchemaRefs, resourceMethods } from '../../../ir/walk.js';
import { DeclaredModels } from '../../../naming/declared-types.js';
import type { GoNamer } from '../../../naming/languages/go.js';
import { snakeCase } from '../../../naming/words.js';

const REQUEST_SUFFIX = /Request$/;

export interface GoModel {
  /** The model's Go name, e.g. "CanaryDeploy": a body of this model is the params field of this name. */
  name: string;
  /** Its request type, e.g. "CanaryDeployParam". */
  param: string;
}

export class GoModels {
  private readonly declared: DeclaredModels | undefined;
  /** api.md response types keyed by their snake_case words, so that spellings differing only in case meet. */
  private readonly responseTypes = new Map<string, string>();
  private readonly refCounts: Map<string, number>;
  /** The request types (`…Param`, `…Params`) the api.md files list: a Go api.md lists every one its SDK has. */
  private readonly requestTypes: Set<string>;

  constructor(
    ir: IR,
    private readonly lookup: SchemaLookup,
    private readonly namer: GoNamer,
    declaredTypes?: readonly string[],
  ) {
    this.declared = declaredTypes?.length ? new DeclaredModels(declaredTypes) : undefined;
    this.requestTypes = new Set(declaredTypes?.filter((n) => /Params?$/.test(n)));
    for (const { method } of resourceMethods(ir.resources)) {
      if (method.responseType) this.responseTypes.set(snakeCase(method.responseType), method.responseType);
    }
    this.refCounts = countSchemaRefs(ir);
  }

  /** The model of a named schema, or undefined when the SDK inlines it. */
  model(schemaName: string): GoModel | undefined {
    if (this.declared) {
      const declared = this.declared.model(schemaName);
      if (!declared || !isModelShaped(this.lookup(schemaName), this.lookup)) return undefined;
      // An object the SDK declares only as a response type (WdrReport, no WdrReportParam) is inlined in requests.
      const object = resolveShape(this.lookup(schemaName), this.lookup)?.kind === 'object';
      if (object && this.requestTypes.size > 0 && !this.requestTypes.has(declared.goParam)) return undefined;
      return { name: declared.name, param: declared.goParam };
    }
    const words = this.modelWords(schemaName);
    if (!words) return undefined;
    const name = this.namer.typeName(words);
    return { name, param: `${name}Param` };
  }

  /** The guessed model name of a named schema (as words: the namer spells it). */
  private modelWords(schemaName: string): string | undefined {
    const stripped = schemaName.replace(REQUEST_SUFFIX, '') || schemaName;
    for (const candidate of [stripped, schemaName]) {
      const returned = this.responseTypes.get(snakeCase(candidate));
      if (returned) return returned;
    }
    if ((this.refCounts.get(schemaName) ?? 0) < 2) return undefined;
    return isModelShaped(this.lookup(schemaName), this.lookup) ? stripped : undefined;
  }
}

const cache = new WeakMap<IR, Map<readonly string[] | undefined, GoModels>>();

/** One index per IR and declared-types list: building it walks every operation once. */
export function goModels(ir: IR, lookup: SchemaLookup, namer: GoNamer, declaredTypes?: readonly string[]): GoModels {
  let byTypes = cache.get(ir);
  if (!byTypes) cache.set(ir, (byTypes = new Map()));
  let models = byTypes.get(declaredTypes);
  if (!models) byTypes.set(declaredTypes, (models = new GoModels(ir, lookup, namer, declaredTypes)));
  return models;
}

/** Objects and enums get types of their own; a named plain string or number stays a Go primitive. */
function isModelShaped(schema: Schema | undefined, lookup: SchemaLookup): boolean {
  const shape = resolveShape(schema, lookup);
  if (!shape) return false;
  if (shape.kind === 'object') return shape.properties.length > 0;
  if (shape.kind === 'string') return shape.enum !== undefined;
  return false;
}
