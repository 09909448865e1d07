// One resource method: its signature in the official SDK's call shape and the request it makes.
import type { CodeBlockWriter } from 'ts-morph';
import { resolveShape, type SchemaLookup } from '../../ir/pagination.js';
import type { Parameter, Schema } from '../../ir/types.js';
import type { LanguageNamer } from '../../naming/languages/namer.js';
import type { ModuleImports } from './imports.js';
import { exampleBlock, writeDoc } from './jsdoc.js';
import { bindingName, NameScope, propertyKey, quote, templateText, wrapList } from './names.js';
import type { MethodPlan } from './plan.js';
import { typeContext } from './declarations.js';
import { typeExpr } from './types.js';

const CLIENT_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

interface Local {
  /** The params field. */
  field: string;
  /** The local variable holding it. */
  local: string;
}

export interface MethodContext {
  imports: ModuleImports;
  lookup: SchemaLookup;
  namer: LanguageNamer;
  /** Module-level value names a local variable must not shadow. */
  moduleValues: readonly string[];
  /** The code of the method's @example (the docs' example of the operation), if it has one. */
  example?: (method: MethodPlan) => string | undefined;
  /** The `security` request option of an operation whose security is not the API's default. */
  security?: (operation: MethodPlan['shape']['operation']) => string | undefined;
}

export function writeMethod(writer: CodeBlockWriter, method: MethodPlan, ctx: MethodContext): void {
  const { shape } = method;
  const { operation } = shape;
  const { imports, lookup, namer } = ctx;
  // With a params argument, what is left after picking the named fields is the body (or the query).
  const objectBody = !!shape.body && shape.body.mode !== 'whole';
  const rest: 'body' | 'query' | undefined =
    shape.hasParams && shape.argument === 'params' ? (objectBody ? 'body' : shape.query.length ? 'query' : undefined) : undefined;
  const locals = new NameScope([...ctx.moduleValues, 'options', shape.argument, ...(rest ? [rest] : [])]);
  const paramCtx = typeContext(imports, lookup, true, false);

  const args: string[] = [];
  const positional = new Map<string, string>();
  for (const p of shape.positional) {
    const local = locals.claim(bindingName(namer.variable(p.name)));
    positional.set(p.name, local);
    args.push(`${local}: ${pathParamType(p, paramCtx)}`);
  }
  const argument = shape.argument;
  if (shape.hasParams) {
    const type = method.paramsType!;
    const mergedBody = shape.body?.mode === 'merged';
    if (shape.paramsRequired) args.push(`${argument}: ${type}`);
    else if (mergedBody) args.push(`${argument}?: ${type} | null`);
    else args.push(`${argument}: ${type} | null | undefined = {}`);
  }
  args.push(`options?: ${imports.use('RequestOptions')}`);

  const result = method.result ? imports.ref(method.result) : 'unknown';
  const stream = streamMode(method, lookup);
  const streamOf = (event: Schema | undefined) =>
    `${imports.use('Stream')}<${event ? typeExpr(event, typeContext(imports, lookup, false, false)) : 'unknown'}>`;
  let returnType: string;
  if (method.page) returnType = `${imports.use('PagePromise')}<${imports.page(method.page.name)}<${result}>, ${result}>`;
  else if (shape.response.kind === 'stream') returnType = `${imports.use('APIPromise')}<${streamOf(shape.response.event)}>`;
  else {
    const data = { void: 'void', binary: 'Response', text: 'string', json: result }[shape.response.kind];
    returnType = `${imports.use('APIPromise')}<${data}>`;
  }
  // A body flag switches JSON and events: overloads give each call its own return type.
  const overloads: string[] = [];
  if (stream && shape.response.kind === 'json') {
    const data = method.result ? result : 'unknown';
    const events = `${imports.use('APIPromise')}<${streamOf(shape.response.events!.event)}>`;
    const withParams = (type: string, optional: boolean) => {
      const list = [...args];
      list[list.length - 2] = `${argument}${optional ? '?' : ''}: ${type}`;
      return list;
    };
    const type = method.paramsType!;
    overloads.push(
      wrapList(method.name, withParams(`${type} & { ${stream.flag}: true }`, false), `: ${events};`, 2, '(', ')'),
      wrapList(method.name, withParams(`(${type} & { ${stream.flag}?: false | null })${shape.paramsRequired ? '' : ' | null'}`, !shape.paramsRequired), `: ${returnType};`, 2, '(', ')'),
      wrapList(method.name, withParams(`${type}${shape.paramsRequired ? '' : ' | null'}`, !shape.paramsRequired), `: ${returnType} | ${events};`, 2, '(', ')'),
    );
    returnType = `${imports.use('APIPromise')}<${data} | ${streamOf(shape.response.events!.event)}>`;
  }

  const example = ctx.example?.(method);
  writeDoc(writer, {
    summary: operation.summary,
    description: operation.description,
    deprecated: operation.deprecated,
    ...(example === undefined ? {} : { extra: exampleBlock(example) }),
  });
  for (const overload of overloads) writer.writeLine(overload);
  writer.write(wrapList(method.name, args, `: ${returnType}`, 2, '(', ')')).block(() => {
    // Fields taken out of params by name; whatever is left is the body (or the query).
    const picked: Local[] = [];
    const pathLocals = new Map(positional);
    let queryLocals: Local[] | undefined;
    let headerLocals: Local[] = [];
    let wholeBody: string | undefined;
    // Body fields the params call by another name, sent under their wire names.
    const renamedBody: Local[] = [];
    if (shape.hasParams && argument === 'params') {
      const pick = (field: string): string => {
        const local = locals.claim(bindingName(namer.variable(field)));
        picked.push({ field, local });
        return local;
      };
      for (const p of shape.pathParams) pathLocals.set(p.name, pick(p.name));
      headerLocals = shape.headers.map((p) => ({ field: p.name, local: pick(p.name) }));
      if (objectBody) queryLocals = shape.query.map((p) => ({ field: p.name, local: pick(p.name) }));
      if (shape.body?.mode === 'whole') wholeBody = pick(shape.body.field);
      for (const [wire, field] of shape.bodyRenames) renamedBody.push({ field: wire, local: pick(field) });
      let source = shape.paramsRequired ? 'params' : `params ?? ({} as ${method.paramsType})`;
      // A merged params type is an intersection that may hold a union with non-object members (allOf of an object
      // and a oneOf with a string): rest needs an object type (TS2700), so destructure its object part.
      if (shape.body?.mode === 'merged') {
        const keys = picked.map(({ field }) => quote(field)).join(' | ');
        source = `${shape.paramsRequired ? source : `(${source})`} as ${keys ? `Pick<${method.paramsType}, ${keys}> & object` : 'object'}`;
      }
      const fields = picked.map(({ field, local }) => (field === local ? field : `${propertyKey(field)}: ${local}`));
      if (rest) fields.push(`...${rest}`);
      writer.writeLine(wrapList('const ', fields, ` = ${source};`, 4));
    }

    const pathExpr = pathExpression(operation.path, pathLocals, imports);
    const entries: string[] = [];
    if ((shape.hasParams && argument === 'query') || rest === 'query') entries.push('query');
    else if (queryLocals?.length) entries.push(`query: { ${queryLocals.map(shorthand).join(', ')} }`);
    const bodyValue = (shape.hasParams && argument === 'body') || rest === 'body' ? 'body' : wholeBody;
    if (bodyValue) {
      if (shape.encoding === 'form') entries.push(`body: ${imports.use('stringifyQuery')}(${bodyValue} ?? {}, 'repeat')`);
      else if (bodyValue === 'body' && renamedBody.length > 0) entries.push(`body: { ${[...renamedBody.map(shorthand), '...body'].join(', ')} }`);
      else entries.push(bodyValue === 'body' ? 'body' : `body: ${bodyValue}`);
      if (shape.encoding === 'multipart') entries.push('multipart: true');
    }
    if (shape.response.kind === 'binary') entries.push('binaryResponse: true');
    if (shape.response.kind === 'stream') entries.push('stream: true');
    else if (stream && bodyValue) entries.push(`stream: ${bodyValue}?.${stream.flag} ?? false`);
    const security = ctx.security?.(operation);
    if (security) entries.push(`security: ${security}`);
    entries.push('...options');
    const headerLayer = [
      ...(shape.encoding === 'form' && bodyValue ? [`'Content-Type': 'application/x-www-form-urlencoded'`] : []),
      ...(shape.encoding === 'raw' && bodyValue && shape.contentType ? [`'Content-Type': ${quote(shape.contentType)}`] : []),
      ...acceptHeader(shape.response),
      ...headerLocals.map((h) => `${propertyKey(h.field)}: ${headerValue(h.local, shape.headers.find((p) => p.name === h.field)!, lookup)}`),
    ];
    if (headerLayer.length) entries.push(`headers: ${imports.use('mergeHeaders')}([{ ${headerLayer.join(', ')} }, options?.headers])`);
    // The request options: `options` alone, or an object literal broken over lines when long.
    const call = (head: string, extra: string[] = []): string =>
      extra.length === 0 && entries.length === 1 ? `${head}options);` : wrapList(head, [...extra, ...entries], ');', 4);

    const httpMethod = operation.method;
    if (method.page) {
      const page = `${method.page.name}<${result}>`;
      if (httpMethod === 'get') writer.writeLine(call(`return this._client.getAPIList(${pathExpr}, ${page}, `));
      else writer.writeLine(call(`return this._client.requestAPIList(${page}, `, [`method: '${httpMethod}'`, `path: ${pathExpr}`]));
    } else if (CLIENT_METHODS.has(httpMethod)) {
      writer.writeLine(call(`return this._client.${httpMethod}(${pathExpr}, `));
    } else {
      writer.writeLine(call('return this._client.request(', [`method: '${httpMethod}'`, `path: ${pathExpr}`]));
    }
  });
}

/** The boolean body field that asks for events instead of JSON (`stream`), when the response can be either. */
function streamMode(method: MethodPlan, lookup: SchemaLookup): { flag: string } | undefined {
  const { shape } = method;
  if (shape.response.kind !== 'json' || !shape.response.events || method.page || !method.paramsType) return undefined;
  if (shape.body?.mode !== 'fields' || shape.bodyRenames.size) return undefined;
  const flag = shape.body.object.properties.find((p) => p.name === 'stream' && resolveShape(p.schema, lookup)?.kind === 'boolean');
  return flag ? { flag: flag.name } : undefined;
}

function shorthand({ field, local }: Local): string {
  return field === local ? field : `${propertyKey(field)}: ${local}`;
}

/** Path parameters are written as the schema says (string, number…); anything else travels as a string. */
function pathParamType(p: Parameter, ctx: ReturnType<typeof typeContext>): string {
  const shape = resolveShape(p.schema, ctx.lookup);
  if (shape && ['string', 'integer', 'number', 'boolean'].includes(shape.kind)) return typeExpr(p.schema, ctx);
  return 'string';
}

/** `` path`/ai/assistants/${assistantID}` `` (the runtime encodes each value), or a plain string. */
function pathExpression(template: string, locals: ReadonlyMap<string, string>, imports: ModuleImports): string {
  const parts = template.split(/\{([^}]+)\}/g);
  if (parts.length === 1) return quote(template);
  let text = '';
  parts.forEach((part, i) => {
    text += i % 2 === 0 ? templateText(part) : `\${${locals.get(part) ?? 'undefined'}}`;
  });
  return `${imports.use('path')}\`${text}\``;
}

function acceptHeader(response: MethodPlan['shape']['response']): string[] {
  if (response.kind !== 'binary' && response.kind !== 'text') return [];
  // A wildcard (`*`, `*/*`, `image/*`) would leave the JSON default in place; ask for bytes as the official SDK does.
  if (response.contentType.includes('*')) return response.kind === 'binary' ? [`Accept: 'application/octet-stream'`] : [];
  return [`Accept: ${quote(response.contentType)}`];
}

/** Scalars (and lists of them) go into a header as they are; anything else as JSON. */
function headerValue(local: string, param: Parameter, lookup: SchemaLookup): string {
  const shape = resolveShape(param.schema, lookup);
  const scalar = (kind: string | undefined) => kind === 'string' || kind === 'integer' || kind === 'number' || kind === 'boolean';
  if (scalar(shape?.kind)) return local;
  if (shape?.kind === 'array' && scalar(resolveShape(shape.items, lookup)?.kind)) return local;
  return `${local} === undefined ? undefined : JSON.stringify(${local})`;
}
