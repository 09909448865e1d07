// What a Go doc fragment leaves out, for the compiler: `ctx` (the format's fragments call `client.X.Y(ctx, params)`),
// `params` typed as the parameter of the SDK method the fragment passes it to (read from the SDK's own source, so
// any Stainless-style Go SDK works), and top-level declarations (a webhook handler `func handleWebhook(w, r)`) kept at
// the top level of the file. Go's net/http is the real standard library: no framework is stubbed.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { splitDeclarations, type SplitFragment } from './split.js';

/** A `func name(` or `type name ` at column 0 opens a top-level declaration; it ends at the next `}` or `)` at column 0. */
export function splitTopLevel(lines: string[]): SplitFragment {
  return splitDeclarations(lines, /^(func\s+(\(\w+\s+\*?\w+\)\s*)?\w+\s*\(|type\s+\w+\s)/, (line, first) => /^[})]/.test(line) || (first && /}\s*$/.test(line)));
}

/** Whether `code` uses the identifier `name` without declaring it (`name :=`, `var name`, a parameter…). */
export function usesUndeclared(code: string, name: string): boolean {
  const uses = new RegExp(`(^|[^\\w.])${name}\\b(?!\\s*:=)`, 'm');
  const declares = new RegExp(`(^|[^\\w.])${name}(\\s*,\\s*\\w+)*\\s*:=|\\bvar\\s+${name}\\b|[(,]\\s*${name}\\s+[\\w.*\\[]`, 'm');
  return uses.test(code) && !declares.test(code);
}

/**
 * Setup statements `name := expr` as package-level `var name = expr`, so that a top-level function of the fragment
 * sees the client; undefined when a statement is of another kind (it cannot leave the function).
 */
export function packageLevelSetup(statements: string[]): string[] | undefined {
  const out: string[] = [];
  let depth = 0;
  for (const line of statements) {
    if (depth === 0 && line.trim() !== '' && !line.trim().startsWith('//')) {
      const declaration = /^(\s*)(\w+)\s*:=\s*(.*)$/.exec(line);
      if (!declaration) return undefined;
      out.push(`${declaration[1]}var ${declaration[2]} = ${declaration[3]}`);
    } else {
      out.push(line);
    }
    for (const ch of line.replace(/"(?:[^"\\]|\\.)*"|`[^`]*`|\/\/.*$/g, '')) {
      if ('([{'.includes(ch)) depth++;
      else if (')]}'.includes(ch)) depth--;
    }
  }
  return out;
}

/** The SDK's root package as far as the type of `params` needs it: struct fields, methods, functions. */
export interface GoSdkIndex {
  /** The root package's name (`telnyx`). */
  packageName: string;
  /** Struct type → field → field type (without `*`). */
  fields: Map<string, Map<string, string>>;
  /** `Type.Method` (or a function's name) → its parameter types, in order; results for functions. */
  methods: Map<string, string[]>;
  functionResults: Map<string, string>;
}

const indexes = new Map<string, GoSdkIndex>();

/** Reads the root package's .go files (not the tests) once per SDK folder. */
export function goSdkIndex(sdkDir: string): GoSdkIndex {
  const cached = indexes.get(sdkDir);
  if (cached) return cached;
  const index: GoSdkIndex = { packageName: '', fields: new Map(), methods: new Map(), functionResults: new Map() };
  for (const file of readdirSync(sdkDir).filter((f) => f.endsWith('.go') && !f.endsWith('_test.go')).sort()) {
    const text = readFileSync(path.join(sdkDir, file), 'utf8');
    index.packageName ||= /^package\s+(\w+)/m.exec(text)?.[1] ?? '';
    for (const struct of text.matchAll(/^type\s+(\w+)\s+struct\s*\{\n([\s\S]*?)^\}/gm)) {
      const fields = new Map<string, string>();
      for (const field of struct[2]!.matchAll(/^\t(\w+)\s+\*?([\w.]+)\s*$/gm)) fields.set(field[1]!, field[2]!);
      index.fields.set(struct[1]!, fields);
    }
    for (const fn of text.matchAll(/^func\s+(?:\(\w+\s+\*?(\w+)\)\s+)?(\w+)\(([^)]*)\)\s*\(?(?:\w+\s+)?\*?(\w*)/gm)) {
      const key = fn[1] ? `${fn[1]}.${fn[2]}` : fn[2]!;
      index.methods.set(key, parameterTypes(fn[3]!));
      if (!fn[1] && fn[4]) index.functionResults.set(key, fn[4]);
    }
  }
  indexes.set(sdkDir, index);
  return index;
}

/** `ctx context.Context, id string, body XParams, opts ...option.RequestOption` → the type of each parameter. */
function parameterTypes(list: string): string[] {
  const names: string[] = [];
  const types: string[] = [];
  for (const part of list.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [name, type] = part.split(/\s+/, 2) as [string, string | undefined];
    names.push(name);
    if (type !== undefined) {
      // `a, b string`: the names before get the type of the last.
      while (types.length < names.length) types.push(type);
    }
  }
  return types;
}

/**
 * The type of `params` in the fragment: the parameter of the SDK method the fragment passes it to, qualified with the
 * SDK package's name (`telnyx.MessageSendParams`); undefined when the call or its receiver cannot be resolved.
 * The receiver chain starts at a variable the Setup assigns from a function of the SDK (`client := telnyx.NewClient(…)`).
 */
export function goParamsType(code: string, setup: string, index: GoSdkIndex, name = 'params'): string | undefined {
  const call = new RegExp(`\\b(\\w+)((?:\\.\\w+)+)\\(([^()]*\\b${name}\\b[^()]*)\\)`).exec(code);
  if (!call) return undefined;
  const [, root, chain, args] = call as unknown as [string, string, string, string];
  const constructor = new RegExp(`\\b${root}\\s*:=\\s*${index.packageName}\\.(\\w+)\\(`).exec(setup);
  let type = constructor ? index.functionResults.get(constructor[1]!) : undefined;
  const members = chain.slice(1).split('.');
  const method = members.pop()!;
  for (const member of members) type = type ? index.fields.get(type)?.get(member) : undefined;
  const parameters = type ? index.methods.get(`${type}.${method}`) : undefined;
  const position = args.split(',').map((a) => a.trim()).indexOf(name);
  const found = parameters?.[position];
  if (!found || found.startsWith('...')) return undefined;
  return /^[A-Z]/.test(found) ? `${index.packageName}.${found}` : found;
}
