// Which named schemas the Go SDK declares as model types of its own (CanaryDeployParam, ConversationChannelType)
// and which it inlines under the params type that uses them (AIAssistantTestNewParamsRubric).
//
// The resource tree carries only each method's response type, so models are recognised by rules that hold
// for the official SDK: a schema is a model when the SDK returns it (its name, less a `Request` suffix, is a
// method's response type), or when the spec shares it (referenced more than once) and it is an object or an
// enum; the model takes the schema's name less the `Request` suffix (CanaryDeployRequest → CanaryDeploy).
import { resolveShape, type SchemaLookup } from '../../../ir/pagination.js';
import type { IR, Resource, Schema } from '../../../ir/types.js';
import { splitWords } from '../../../naming/words.js';

const REQUEST_SUFFIX = /Request$/;

export class GoModels {
  private readonly responseTypes = new Map<string, string>();
  private readonly refCounts = new Map<string, number>();

  constructor(
    ir: IR,
    private readonly lookup: SchemaLookup,
  ) {
    const walk = (resources: readonly Resource[]): void => {
      for (const resource of resources) {
        for (const method of resource.methods) {
          if (method.responseType) this.responseTypes.set(wordKey(method.responseType), method.responseType);
        }
        walk(resource.subresources);
      }
    };
    walk(ir.resources);
    countRefs(ir, this.refCounts);
  }

  /** The model name of a named schema (as words: the namer spells it), or undefined when the SDK inlines it. */
  modelName(schemaName: string): string | undefined {
    const stripped = schemaName.replace(REQUEST_SUFFIX, '') || schemaName;
    for (const candidate of [stripped, schemaName]) {
      const returned = this.responseTypes.get(wordKey(candidate));
      if (returned) return returned;
    }
    if ((this.refCounts.get(schemaName) ?? 0) < 2) return undefined;
    return isModelShaped(this.lookup(schemaName), this.lookup) ? stripped : undefined;
  }
}

const cache = new WeakMap<IR, GoModels>();

/** One index per IR: building it walks every operation once. */
export function goModels(ir: IR, lookup: SchemaLookup): GoModels {
  let models = cache.get(ir);
  if (!models) cache.set(ir, (models = new GoModels(ir, lookup)));
  return models;
}

function wordKey(name: string): string {
  return splitWords(name)
    .map((w) => w.toLowerCase())
    .join('_');
}

/** Objects and enums get types of their own; a named plain string or number stays a Go primitive. */
function isModelShaped(schema: Schema | undefined, lookup: SchemaLookup): boolean {
  const shape = resolveShape(schema, lookup);
  if (!shape) return false;
  if (shape.kind === 'object') return shape.properties.length > 0;
  if (shape.kind === 'string') return shape.enum !== undefined;
  return false;
}

function countRefs(ir: IR, counts: Map<string, number>): void {
  const visit = (schema: Schema | undefined): void => {
    if (!schema) return;
    switch (schema.kind) {
      case 'ref':
        counts.set(schema.name, (counts.get(schema.name) ?? 0) + 1);
        break;
      case 'object':
        for (const p of schema.properties) visit(p.schema);
        if (typeof schema.additionalProperties === 'object') visit(schema.additionalProperties);
        break;
      case 'array':
        visit(schema.items);
        break;
      case 'union':
        schema.variants.forEach(visit);
        break;
      case 'allOf':
        schema.parts.forEach(visit);
        break;
      default:
        break;
    }
  };
  for (const named of ir.schemas) visit(named.schema);
  for (const op of ir.operations) {
    for (const p of op.parameters) visit(p.schema);
    visit(op.requestBody?.schema);
    for (const r of op.responses) visit(r.schema);
  }
}
