// The call of one operation in the official Go SDK's shape, and what is done with its result.
import { describeResponse } from '../../../examples/response.js';
import { resolveShape } from '../../../ir/pagination.js';
import type { Operation } from '../../../ir/types.js';
import type { GoNamer } from '../../../naming/languages/go.js';
import { isObjectUnion, unionBodyParamName } from '../../../naming/union-body.js';
import type { OperationSnippetInput } from '../target.js';
import { sortByName } from '../common.js';
import { goModels } from './models.js';
import { atom, type GoElement, type GoExpr, type GoPrintStyle, printExpr } from './syntax.js';
import { GoValues, type TypeOwner } from './values.js';

/** Calls with more arguments than this put each argument on a line of its own. */
const INLINE_ARGUMENTS = 2;

export interface GoCall {
  /** The statements, each line indented `level` times from the function body. */
  lines: string[];
  /** Standard-library packages used besides "context" (always) and "fmt" (when something is printed). */
  imports: Set<string>;
  prints: boolean;
}

/**
 * `result, err := client.A.B.Method(context.TODO(), positional, telnyx.ABMethodParams{…})`, the error check and
 * a print of the result. The last path parameter is positional; everything else the operation takes (other path
 * parameters, query and header parameters, the body) goes in the params struct, which the method has as soon as
 * the operation has any of them, required or not.
 */
export function goCall(input: OperationSnippetInput, namer: GoNamer, pkg: string, style: GoPrintStyle, level: number): GoCall {
  const values = new GoValues(input.lookup, goModels(input.ir, input.lookup, namer, input.sdk.declaredTypes), namer, pkg);
  const { example, operation, method } = input;
  const positionalNames = method.positionalParams ?? [];
  const positional = example.pathParams.filter((p) => positionalNames.includes(p.name));
  const paramsType = namer.paramsType(input.resourcePath, method.name);
  const owner: TypeOwner = { base: paramsType, suffix: '' };
  // v3 examples read as code to keep: a background context and a fatal log rather than TODO and panic.
  const v3 = input.style === 'v3';
  const args: GoExpr[] = [atom(v3 ? 'context.Background()' : 'context.TODO()')];
  for (const p of positional) args.push(values.value(p.value, p.schema, owner, p.name));
  if (takesParams(operation, positionalNames)) {
    const rest = example.pathParams.filter((p) => !positionalNames.includes(p.name));
    const fields = [...values.fields([...rest, ...example.query, ...example.headers], owner), ...bodyElements(input, values, owner)];
    args.push(values.struct(values.qualified(paramsType), sortByName(fields, (e) => e.key!), false));
  }
  const chain = namer.callChain(input.resourcePath, method.name);
  const response = describeResponse({
    operation,
    method,
    resourcePath: input.resourcePath,
    lookup: input.lookup,
    style: input.style,
  });
  const variable = response.page ? 'page' : namer.variable(response.variable.join('_'));
  const assign = response.hasResponse ? `${variable}, err :=` : 'err :=';
  const pad = (n: number) => style.indent.repeat(level + n);
  const callText = `${assign} ${chain}(${printArguments(args, style, level)})`;
  const lines = [`${pad(0)}${callText}`, `${pad(0)}if err != nil {`, `${pad(1)}${v3 ? 'log.Fatal(err)' : 'panic(err.Error())'}`, `${pad(0)}}`];
  if (response.hasResponse) {
    const path = response.page ? [] : response.printPath.map((f) => values.field(f));
    lines.push(`${pad(0)}fmt.Printf("%+v\\n", ${[variable, ...path].join('.')})`);
  }
  return { lines, imports: values.imports, prints: response.hasResponse };
}

function printArguments(args: GoExpr[], style: GoPrintStyle, level: number): string {
  if (args.length <= INLINE_ARGUMENTS) return args.map((a) => printExpr(a, level, style)).join(', ');
  const inner = style.indent.repeat(level + 1);
  return `\n${args.map((a) => `${inner}${printExpr(a, level + 1, style)},\n`).join('')}${style.indent.repeat(level)}`;
}

/** Whether the SDK method has a params argument: the operation takes anything besides its positional path parameter. */
export function takesParams(operation: Operation, positional: readonly string[]): boolean {
  if (operation.requestBody) return true;
  return operation.parameters.some((p) => p.in !== 'cookie' && !(p.in === 'path' && positional.includes(p.name)));
}

/**
 * The body's share of the params struct: its required fields, or one field holding the whole body when the
 * body is a model of the SDK (`CanaryDeploy: telnyx.CanaryDeployParam{…}`), one the SDK takes whole under a name
 * (naming `bodyParam`) or not an object at all (`Body: …`). A union body is no field: its variants are the
 * params struct's own `Of…` fields, their types named after the body's parameter (naming `bodyParam`, else
 * `<method>_<resource>_request` for a union of objects, as every Stainless SDK names it: union-body.ts):
 * `OfIos: &telnyx.MobilePushCredentialNewParamsCreateMobilePushCredentialRequestIos{…}`.
 */
function bodyElements(input: OperationSnippetInput, values: GoValues, owner: TypeOwner): GoElement[] {
  const { example, operation, method } = input;
  const schema = operation.requestBody?.schema;
  if (!schema) return [];
  const model = schema.kind === 'ref' ? values.model(schema.name) : undefined;
  if (model && resolveShape(schema, input.lookup)?.kind === 'object') {
    const base = values.typeBase(schema, owner, model.name);
    const struct = values.struct(values.qualified(base.name + base.suffix), values.fields(example.body, base.nested, schema), false);
    return [{ key: model.name, value: struct }];
  }
  const shape = resolveShape(values.unwrap(schema), input.lookup);
  const whole = method.bodyParam === undefined ? example.rawBody : example.body[0]?.value;
  if (shape?.kind === 'union' && whole) {
    const variants = shape.variants.filter((v) => v.kind !== 'null');
    const chosen = whole.kind === 'object' ? variants.find((v) => v.kind === 'ref' && v.name === whole.schemaName) : undefined;
    const named = method.bodyParam ?? (isObjectUnion(schema, input.lookup) ? unionBodyParamName(input.resourcePath, method.name) : undefined);
    const bodyName = named === undefined ? 'Body' : values.field(named);
    return [values.variantElement(whole, chosen ?? variants[0], { base: owner.base + bodyName, suffix: '' }, owner, shape)];
  }
  const raw = example.rawBody;
  if (raw === undefined) return values.fields(example.body, owner, method.bodyParam === undefined ? schema : undefined);
  return [{ key: 'Body', value: values.value(raw, schema, owner, 'body') }];
}
