// Example values as Python literals, in the layout of the official SDK's examples: dicts one key a line
// (hugged by their list: `[{ … }, { … }]`), scalars and lists of scalars on one line.
import type { ExampleField, ExampleValue } from '../../../examples/values.js';
import { resolveShape, type SchemaLookup } from '../../../ir/pagination.js';
import type { Schema } from '../../../ir/types.js';
import { pythonNamer } from '../../../naming/languages/python.js';
import { sortByName } from '../common.js';

export const INDENT = '    ';

/** What a rendered snippet must import from the standard library. */
export interface PythonImports {
  datetime: boolean;
  date: boolean;
}

/** A stand-in for file contents: the SDK accepts bytes for binary fields. */
const BINARY_CONTENT = 'b"raw file contents"';

export class PythonLiterals {
  readonly imports: PythonImports = { datetime: false, date: false };

  constructor(private readonly lookup: SchemaLookup) {}

  /** `value` rendered at nesting level `indent` (the indentation of the line it starts on). */
  value(value: ExampleValue, indent: string, schema?: Schema): string {
    switch (value.kind) {
      case 'string':
        return value.format === 'binary' ? BINARY_CONTENT : pythonString(value.value);
      case 'datetime':
        this.imports.datetime = true;
        return `datetime.fromisoformat(${pythonString(naiveIsoDateTime(value.value))})`;
      case 'date':
        this.imports.date = true;
        return `date.fromisoformat(${pythonString(value.value)})`;
      case 'integer':
      case 'number':
        return pythonNumber(value.value);
      case 'boolean':
        return value.value ? 'True' : 'False';
      case 'null':
        return 'None';
      case 'array': {
        const items = schema ? arrayItems(schema, this.lookup) : undefined;
        return `[${value.items.map((item) => this.value(item, indent, items)).join(', ')}]`;
      }
      case 'object':
        return this.dict(
          value.fields.map((f) => ({ key: this.key(f, schema), value: f.value, schema: f.schema })),
          indent,
        );
      case 'json':
        return this.json(value.value, indent);
    }
  }

  /**
   * Keys of a typed dict are the SDK's snake_case attribute names (it aliases them to the wire names);
   * keys of a free-form map stay as written.
   */
  private key(field: ExampleField, parent: Schema | undefined): string {
    const shape = resolveShape(parent, this.lookup);
    const declared = shape?.kind === 'object' && shape.properties.some((p) => p.name === field.name);
    return declared ? pythonNamer.param(field.name) : field.name;
  }

  private dict(entries: { key: string; value: ExampleValue; schema?: Schema }[], indent: string): string {
    if (entries.length === 0) return '{}';
    const inner = indent + INDENT;
    const sorted = sortByName(entries, (e) => e.key);
    const lines = sorted.map((e) => `${inner}${pythonString(e.key)}: ${this.value(e.value, inner, e.schema)},`);
    return `{\n${lines.join('\n')}\n${indent}}`;
  }

  private json(value: unknown, indent: string): string {
    if (value === null || value === undefined) return 'None';
    if (typeof value === 'string') return pythonString(value);
    if (typeof value === 'number') return pythonNumber(value);
    if (typeof value === 'boolean') return value ? 'True' : 'False';
    if (Array.isArray(value)) return `[${value.map((item) => this.json(item, indent)).join(', ')}]`;
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return '{}';
    const inner = indent + INDENT;
    return `{\n${entries.map(([k, v]) => `${inner}${pythonString(k)}: ${this.json(v, inner)},`).join('\n')}\n${indent}}`;
  }
}

/** The items schema of an array schema (refs and allOf followed). */
function arrayItems(schema: Schema, lookup: SchemaLookup): Schema | undefined {
  const shape = resolveShape(schema, lookup);
  return shape?.kind === 'array' ? shape.items : undefined;
}

/** A double-quoted Python string; JSON's escapes are all valid Python escapes. */
export function pythonString(text: string): string {
  return JSON.stringify(text);
}

function pythonNumber(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? 'float("inf")' : value < 0 ? 'float("-inf")' : 'float("nan")';
  return String(value);
}

/** The examples show times without the zone designator: `…T13:07:28.764Z` → `…T13:07:28.764`. */
function naiveIsoDateTime(text: string): string {
  return text.replace(/Z$/i, '');
}

/** A keyword argument or attribute: snake_case, with keywords escaped (`from` → `from_`). */
export function pythonName(property: string): string {
  return pythonNamer.param(property);
}
