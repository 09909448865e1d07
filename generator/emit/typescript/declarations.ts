// The exported types of a module: named schemas, method results, api.md aliases and params.
import type { CodeBlockWriter } from 'ts-morph';
import type { SchemaLookup } from '../../ir/pagination.js';
import type { Parameter, Property, Schema } from '../../ir/types.js';
import type { ModuleImports } from './imports.js';
import { docText, writeDoc } from './jsdoc.js';
import type { Declaration, MethodPlan } from './plan.js';
import { PRINT_WIDTH } from './names.js';
import { isInterfaceShape, objectMembers, propertyText, type TypeContext, typeExpr, unionParts } from './types.js';

const MEMBER_INDENT = '  ';

export function writeDeclaration(writer: CodeBlockWriter, declaration: Declaration, imports: ModuleImports, lookup: SchemaLookup): void {
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
      writeParams(writer, declaration.name, declaration.method, imports, lookup);
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
function writeParams(writer: CodeBlockWriter, name: string, method: MethodPlan, imports: ModuleImports, lookup: SchemaLookup): void {
  const { shape } = method;
  const ctx = typeContext(imports, lookup, true, shape.encoding === 'multipart');
  const places = [shape.pathParams.length, shape.query.length, shape.headers.length, shape.body ? 1 : 0].filter((n) => n > 0).length;
  const label = (place: string) => (places > 1 ? place : undefined);
  const seen = new Set<string>();
  let members = '';
  const add = (prop: Property, place: string | undefined, description: string | undefined) => {
    if (seen.has(prop.name)) return;
    seen.add(prop.name);
    const text = place ? `${place} param${description ? `: ${description}` : ''}` : description;
    members += propertyText({ ...prop, schema: { ...prop.schema, description: text } as Schema }, ctx, MEMBER_INDENT);
  };
  const param = (p: Parameter, place: string) =>
    add({ name: p.name, schema: { ...p.schema, ...(p.deprecated && { deprecated: true }) }, required: p.required }, label(place), p.description ?? p.schema.description);
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
    return;
  }
  writer.write(`export interface ${name} {`).newLine();
  writer.write(members);
  writer.writeLine('}');
}

function isStringLike(schema: Schema): boolean {
  return schema.kind === 'string' || schema.kind === 'unknown';
}
