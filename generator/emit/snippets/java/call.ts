// The statements of one Java example: the params builder (when the call needs more than its one path
// parameter) and the call itself, its result typed and named.
import { describeResponse } from '../../../examples/response.js';
import type { ExampleField } from '../../../examples/values.js';
import { resolveShape } from '../../../ir/pagination.js';
import type { JavaNamer } from '../../../naming/languages/java.js';
import { isObjectUnion, unionBodyParamName } from '../../../naming/union-body.js';
import { singularName, snakeCase } from '../../../naming/words.js';
import type { OperationSnippetInput } from '../target.js';
import { builderExpression, expression, fieldSetters, type JavaContext, sortedSetters } from './builders.js';
import type { JavaClass, JavaModels } from './models.js';

export interface JavaStatements {
  /** Statements without indentation; continuation lines indented relative to the statement. */
  statements: string[];
  /** Fully qualified names to import. */
  imports: Set<string>;
}

/** api.md return types that are not models, and the Java type the SDK returns for them. */
const PRIMITIVE_RESPONSES: Record<string, { type: string; core?: string }> = {
  string: { type: 'String' },
  number: { type: 'double' },
  boolean: { type: 'boolean' },
  unknown: { type: 'JsonValue', core: 'JsonValue' },
  object: { type: 'JsonValue', core: 'JsonValue' },
  Response: { type: 'HttpResponse', core: 'http.HttpResponse' },
  Blob: { type: 'HttpResponse', core: 'http.HttpResponse' },
};

/** Local names the example declares itself; a response variable must not take them. */
const TAKEN = new Set(['client', 'params']);

export function javaStatements(input: OperationSnippetInput, namer: JavaNamer, models: JavaModels): JavaStatements {
  const { method, resourcePath, lookup } = input;
  const basePackage = input.sdk.javaPackage;
  const ctx: JavaContext = { lookup, namer, models, basePackage, imports: new Set() };
  const ownPackage = models.packageOf(resourcePath);
  const paramsClass = namer.paramsType(resourcePath, method.name);
  ctx.imports.add(`${ownPackage}.${paramsClass}`);

  const statements: string[] = [];
  const setters = paramsSetters(input, paramsClass, ctx);
  let args = '';
  if (setters.kind === 'positional') {
    args = setters.argument;
  } else if (setters.kind === 'params') {
    statements.push(`${paramsClass} params = ${builderExpression(paramsClass, setters.setters)};`);
    args = 'params';
  }
  const call = `${namer.callChain(resourcePath, method.name)}(${args})`;

  const response = describeResponse(input);
  if (!response.hasResponse) {
    statements.push(`${call};`);
  } else if (response.page) {
    const pageClass = namer.pageType(resourcePath, method.name);
    ctx.imports.add(`${ownPackage}.${pageClass}`);
    statements.push(`${pageClass} page = ${call};`);
  } else {
    let variable = namer.variable(response.variable.join('_'));
    if (TAKEN.has(variable)) variable = `${variable}Response`;
    const type = responseType(input, ctx);
    statements.push(`${type} ${variable} = ${call};`);
  }
  return { statements, imports: ctx.imports };
}

type Setters = { kind: 'none' } | { kind: 'positional'; argument: string } | { kind: 'params'; setters: string[] };

/**
 * A call takes its one path parameter bare when nothing else is required; otherwise a params object with the
 * path parameters first (in path order), then every other required parameter sorted by name. A body the SDK
 * has a model for is set whole (`.canaryDeploy(CanaryDeploy.builder()…)`) rather than field by field.
 */
function paramsSetters(input: OperationSnippetInput, paramsClass: string, ctx: JavaContext): Setters {
  const { example, operation } = input;
  const rest: ExampleField[] = [...example.query, ...example.headers];
  const whole: string[] = [];
  const body = operation.requestBody;
  const bodyModel = body?.schema.kind === 'ref' && resolveShape(body.schema, ctx.lookup)?.kind === 'object'
    ? ctx.models.schemaClass(body.schema.name)
    : undefined;
  if (body && bodyModel && (body.required || example.body.length > 0)) {
    whole.push(modelBodySetter(bodyModel, example.body, body.schema, paramsClass, ctx));
  } else {
    rest.push(...wireNames(example.body, input.method.paramNames));
    if (example.rawBody && body) {
      const name = isObjectUnion(body.schema, ctx.lookup) ? unionBodyParamName(input.resourcePath, input.method.name) : 'body';
      rest.push({ name, value: example.rawBody, schema: body.schema, required: true });
    }
  }
  const path = example.pathParams.map((f) => ({ ...f, name: pathParamName(input, f.name, ctx) }));
  if (rest.length === 0 && whole.length === 0) {
    if (path.length === 0) return { kind: 'none' };
    if (path.length === 1) {
      return { kind: 'positional', argument: expression(path[0]!.value, { schema: path[0]!.schema, owner: paramsClass, property: path[0]!.name }, ctx) };
    }
  }
  const setters = [
    ...path.flatMap((f) => fieldSetters(f, paramsClass, ctx)),
    ...sortedSetters(rest, paramsClass, ctx),
    ...whole,
  ];
  return { kind: 'params', setters };
}

/**
 * Body fields under their wire names: a rename of the config's `params` is the JavaScript SDK's way around a
 * clash with a path parameter; the Java SDK renames the path parameter instead (`callControlIdToBridge`).
 */
function wireNames(fields: ExampleField[], renames: Readonly<Record<string, string>> | undefined): ExampleField[] {
  if (!renames) return fields;
  const original = new Map(Object.entries(renames).map(([wire, renamed]) => [renamed, wire]));
  return fields.map((f) => (original.has(f.name) ? { ...f, name: original.get(f.name)! } : f));
}

/**
 * The name of a path parameter's builder setter. A Stainless SDK names its positional path argument once, in
 * its config, for every language: the name another language's api.md prints for it is the Java one too
 * (`{id}` → messagingProfileId, `{phoneNumber}` → campaignPhoneNumber). Without such a listing, a path
 * parameter named like a body or query property cannot share its builder setter: api.md's positional
 * argument name is used when the tree carries one that differs, else `<resource>_id` for a bare `id` (the
 * segment before it, singular) and `<name>_to_<method>` otherwise (calls/{call_control_id}/actions/bridge).
 */
function pathParamName(input: OperationSnippetInput, name: string, ctx: JavaContext): string {
  const { operation, method, example } = input;
  const isLast = example.pathParams.at(-1)?.name === name;
  const listed = isLast ? siblingPathArgument(method) : undefined;
  if (listed !== undefined) return snakeCase(listed);
  const others = new Set([...operation.parameters.filter((p) => p.in !== 'path').map((p) => p.name), ...bodyPropertyNames(input, ctx)]);
  if (!others.has(name)) return name;
  const declared = isLast ? method.positionalParams?.[0] : undefined;
  if (declared !== undefined && declared !== name && !others.has(declared)) return declared;
  if (name === 'id') {
    const segments = operation.path.split('/');
    const before = segments[segments.indexOf('{id}') - 1];
    if (before && !before.startsWith('{')) return `${singularName(before)}_id`;
  }
  return `${name}_to_${method.name}`;
}

/** api.md files that print the positional (last) path argument first, Java's own first when there is one. */
const PATH_NAME_SOURCES = ['java', 'python', 'javascript'] as const;

/**
 * The positional (last) path argument as an api.md of the same SDK family names it, if one lists the method.
 * Go's api.md is read only when it lists that one argument (its order for several is not the call order).
 */
function siblingPathArgument(method: OperationSnippetInput['method']): string | undefined {
  for (const language of PATH_NAME_SOURCES) {
    const first = method.languages?.[language]?.pathParams[0];
    if (first !== undefined) return first;
  }
  const go = method.languages?.go?.pathParams;
  return go?.length === 1 ? go[0] : undefined;
}

function bodyPropertyNames(input: OperationSnippetInput, ctx: JavaContext): string[] {
  const shape = resolveShape(input.operation.requestBody?.schema, ctx.lookup);
  return shape?.kind === 'object' ? shape.properties.map((p) => p.name) : [];
}

function modelBodySetter(
  model: JavaClass,
  fields: ExampleField[],
  schema: ExampleField['schema'],
  paramsClass: string,
  ctx: JavaContext,
): string {
  const value = expression({ kind: 'object', fields }, { schema, owner: paramsClass, property: model.name }, ctx);
  return `.${ctx.namer.param(model.name)}(${value})`;
}

function responseType(input: OperationSnippetInput, ctx: JavaContext): string {
  const { method, operation, lookup, resourcePath } = input;
  const typeName = method.responseType;
  const primitive = typeName !== undefined ? PRIMITIVE_RESPONSES[typeName] : undefined;
  if (primitive) {
    if (primitive.core) ctx.imports.add(`${ctx.basePackage}.core.${primitive.core}`);
    return primitive.type;
  }
  const success = resolveShape(operation.success?.schema, lookup);
  if (success?.kind === 'array') {
    const item = (success.items.kind === 'ref' ? ctx.models.schemaClass(success.items.name) : undefined) ?? ownClass(input, ctx);
    ctx.imports.add(`${item.packageName}.${item.name}`);
    // The official examples leave `List` to the reader's imports.
    return `List<${item.name}>`;
  }
  const cls = typeName !== undefined ? ctx.models.responseClass(typeName, resourcePath) : ownClass(input, ctx);
  ctx.imports.add(`${cls.packageName}.${cls.name}`);
  return cls.name;
}

/** The response class generated in the method's own package: api.md's name, else `<Resource><Method>Response`. */
function ownClass(input: OperationSnippetInput, ctx: JavaContext): JavaClass {
  const { method, resourcePath } = input;
  const name = method.responseType !== undefined ? ctx.namer.typeName(method.responseType) : ctx.namer.responseType(resourcePath, method.name);
  return { name, packageName: ctx.models.packageOf(resourcePath) };
}
