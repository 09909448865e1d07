// The exported types of a module: named schemas, method results, api.md aliases and params.
import type { CodeBlockWriter } from 'ts-morph';
import type { SchemaLookup } from '../../ir/pagination.js';
import type { ObjectSchema, Parameter, Property, Schema } from '../../ir/types.js';
import type { LanguageNamer } from '../../naming/languages/namer.js';
import type { ModuleImports } from './imports.js';
import { docText, writeDoc } from './jsdoc.js';
import { type Declaration, type MethodPlan, RUNTIME_IMPORTS } from './plan.js';
import { GLOBAL_TYPE_NAMES, NameScope, PRINT_WIDTH, typeNameOf } from './names.js';
import { directRefs, isInterfaceShape, type NestedTypes, objectMembers, propertyText, type TypeContext, typeExpr, unionParts } from './types.js';

const MEMBER_INDENT = '  ';

/**
 * `namer` names the interfaces of inline objects in params (`TestCreateParams.Rubric`); without it they stay
 * inline.
 */
export function writeDeclaration(
  writer: CodeBlockWriter,
  declaration: Declaration,
  imports: ModuleImports,
  lookup: SchemaLookup,
  namer?: LanguageNamer,
): void {
  const model = typeContext(imports, lookup, false, false);
  switch (declaration.kind) {
    case 'schema': {
      const schema = lookup(declaration.schema)!;
      writeDoc(writer, { summary: schema.title, description: schema.description, deprecated: schema.deprecated });
      writeTypeDeclaration(writer, declaration.name, schema, model);
      return;
    }
    case 'response':
      writeDoc(writer, { summary: declaration.schema.title, description: declaration.schema.description });
      writeTypeDeclaration(writer, declaration.name, declaration.schema, model);
      return;
    case 'alias':
      writer.writeLine(`export type ${declaration.name} = ${imports.ref(declaration.target)};`);
      return;
    case 'params':
      writeParams(writer, declaration.name, declaration.method, imports, lookup, namer);
      return;
  }
}

function writeTypeDeclaration(writer: CodeBlockWriter, name: string, schema: Schema, ctx: TypeContext): void {
  if (isInterfaceShape(schema)) {
    writer.write(`export interface ${name} {`).newLine();
    writer.write(objectMembers(schema.properties, schema.additionalProperties, ctx, MEMBER_INDENT));
    writer.writeLine('}');
  } else {
    const text = `export type ${name} = ${typeExpr(schema, ctx)};`;
    const parts = text.length > PRINT_WIDTH ? unionParts(schema, ctx) : undefined;
    if (parts) writer.writeLine(`export type ${name} =\n${parts.map((p) => `  | ${p}`).join('\n')};`);
    else writer.writeLine(text);
  }
}

export function typeContext(imports: ModuleImports, lookup: SchemaLookup, request: boolean, uploads: boolean): TypeContext {
  return { lookup, refName: imports.refSchema, request, uploads };
}

/**
 * The params of a method: non-positional path params, query params, header params and the body's fields in one
 * object, each documented with where it goes when the params mix several places.
 */
function writeParams(
  writer: CodeBlockWriter,
  name: string,
  method: MethodPlan,
  imports: ModuleImports,
  lookup: SchemaLookup,
  namer: LanguageNamer | undefined,
): void {
  const { shape } = method;
  const plain = typeContext(imports, lookup, true, shape.encoding === 'multipart');
  const nested = namer ? new NestedNamespace(name, shadowable(name, shape, plain), namer) : undefined;
  const ctx: TypeContext = nested ? { ...plain, nested } : plain;
  const places = [shape.pathParams.length, shape.query.length, shape.headers.length, shape.body ? 1 : 0].filter((n) => n > 0).length;
  const label = (place: string) => (places > 1 ? place : undefined);
  const seen = new Set<string>();
  let members = '';
  const add = (prop: Property, place: string | undefined, description: string | undefined) => {
    if (seen.has(prop.name)) return;
    seen.add(prop.name);
    const text = place ? `${place} param${description ? `: ${description}` : ''}` : description;
    members += propertyText(prop, ctx, MEMBER_INDENT, { description: text });
  };
  const param = (p: Parameter, place: string) => {
    // The parameter's description is its schema's, also for the interface an inline object becomes (Filter).
    const description = p.description ?? p.schema.description;
    const schema = { ...p.schema, ...(p.deprecated && { deprecated: true }), ...(description !== undefined && { description }) } as Schema;
    add({ name: p.name, schema, required: p.required }, label(place), description);
  };
  shape.pathParams.forEach((p) => param({ ...p, required: true }, 'Path'));
  shape.query.forEach((p) => param(p, 'Query'));
  shape.headers.forEach((p) => param(p, 'Header'));
  const body = shape.body;
  if (body?.mode === 'fields') {
    for (const prop of body.object.properties) {
      if (prop.schema.readOnly) continue;
      add({ ...prop, name: shape.bodyRenames.get(prop.name) ?? prop.name }, label('Body'), prop.schema.description);
    }
    if (body.object.additionalProperties !== undefined && body.object.additionalProperties !== false) members += `${MEMBER_INDENT}[key: string]: unknown;\n`;
  } else if (body?.mode === 'whole') {
    const type = shape.encoding === 'raw' && isStringLike(body.schema) ? 'string | ArrayBuffer | ArrayBufferView | Blob' : undefined;
    const description = shape.operation.requestBody?.description;
    if (type) {
      members += `${docText(label('Body') ? `Body param${description ? `: ${description}` : ''}` : description, MEMBER_INDENT)}${MEMBER_INDENT}${body.field}${body.required ? '' : '?'}: ${type};\n`;
    } else {
      add({ name: body.field, schema: body.schema, required: body.required }, label('Body'), description);
    }
  }
  if (body?.mode === 'merged') {
    const bodyType = typeExpr(body.schema, ctx);
    const wrapped = /[|&]/.test(bodyType) && members !== '' ? `(${bodyType})` : bodyType;
    if (members === '') writer.writeLine(`export type ${name} = ${bodyType};`);
    else writer.write(`export type ${name} = {`).newLine().write(members).write(`} & ${wrapped};`).newLine();
  } else {
    writer.write(`export interface ${name} {`).newLine();
    writer.write(members);
    writer.writeLine('}');
  }
  if (nested?.members.length) writer.blankLine().write(namespaceText(nested, name, plain, ''));
}

/**
 * The interfaces declared in one namespace: the params type's own (`TestCreateParams.Rubric`), or an interface's
 * (`CallDialParams.ConferenceConfig.Foo`), each named after its property as the official SDKs name them.
 */
class NestedNamespace implements NestedTypes {
  readonly members: { name: string; raw: string; schema: ObjectSchema; namespace: NestedNamespace }[] = [];
  private readonly scope: NameScope;

  constructor(
    readonly qualified: string,
    private readonly avoid: ReadonlySet<string>,
    private readonly namer: LanguageNamer,
  ) {
    this.scope = new NameScope(avoid);
  }

  declare(schema: ObjectSchema, raw: string): string {
    const name = this.scope.claim(typeNameOf(raw, this.namer.typeName));
    const namespace = new NestedNamespace(`${this.qualified}.${name}`, new Set([...this.avoid, name]), this.namer);
    this.members.push({ name, raw, schema, namespace });
    return namespace.qualified;
  }
}

/**
 * Names a nested type must not take: inside the namespace it would shadow the global, runtime or module-level
 * type (`Array`, `Uploadable`, `SharedAPI`) that its members refer to, or the params type its qualified names
 * start with.
 */
function shadowable(name: string, shape: MethodPlan['shape'], ctx: TypeContext): Set<string> {
  const refs: string[] = [];
  for (const p of [...shape.pathParams, ...shape.query, ...shape.headers]) directRefs(p.schema, refs);
  if (shape.body?.mode === 'fields') for (const p of shape.body.object.properties) directRefs(p.schema, refs);
  else if (shape.body) directRefs(shape.body.schema, refs);
  const referenced = refs.map((schema) => ctx.refName(schema).split('.')[0]!);
  return new Set([...GLOBAL_TYPE_NAMES, ...RUNTIME_IMPORTS, name, ...referenced]);
}

/** `export namespace Name { export interface … }`, each interface followed by its own namespace when it has one. */
function namespaceText(namespace: NestedNamespace, name: string, ctx: TypeContext, indent: string): string {
  const inner = `${indent}${MEMBER_INDENT}`;
  const blocks = namespace.members.map((member) => {
    // A union variant named after its title does not repeat it.
    const title = member.schema.title === member.raw ? undefined : member.schema.title;
    const doc = docText({ summary: title, description: member.schema.description }, inner);
    const body = objectMembers(member.schema.properties, member.schema.additionalProperties, { ...ctx, nested: member.namespace }, `${inner}${MEMBER_INDENT}`);
    const own = member.namespace.members.length ? `\n${namespaceText(member.namespace, member.name, ctx, inner)}` : '';
    return `${doc}${inner}export interface ${member.name} {\n${body}${inner}}\n${own}`;
  });
  return `${indent}export namespace ${name} {\n${blocks.join('\n')}${indent}}\n`;
}

function isStringLike(schema: Schema): boolean {
  return schema.kind === 'string' || schema.kind === 'unknown';
}
