// Go doc examples as files of one `package main`: a whole program (v1) keeps its code with `func main` renamed;
// a fragment (v2) goes into a function of its own after the document's Setup, with the Setup's imports and the
// standard packages it uses. Imports of the SDK's module written without its major version (`…/telnyx-go`
// for `…/telnyx-go/v4`) are rewritten so that the rest of the example is still checked, and reported.
import { SourceBuilder, type SourceFile } from './compiled.js';
import { type GoSdkIndex, goParamsType, packageLevelSetup, splitTopLevel, usesUndeclared } from './fragments/go.js';
import type { DocExample } from './types.js';

/** Standard packages a fragment may use without importing them (the Setup imports only what it needs). */
const STANDARD_PACKAGES: Readonly<Record<string, string>> = {
  bytes: 'bytes',
  context: 'context',
  errors: 'errors',
  log: 'log',
  fmt: 'fmt',
  io: 'io',
  os: 'os',
  strings: 'strings',
  time: 'time',
  json: 'encoding/json',
  http: 'net/http',
};

export interface GoSourceOptions {
  /** The SDK's module path as its go.mod declares it, e.g. github.com/team-telnyx/telnyx-go/v4. */
  module: string;
  /** The SDK's root package, read to type a fragment's `params` (none: `params` stays undeclared). */
  sdk?: GoSdkIndex;
}

export interface GoSource {
  file: SourceFile;
  /** Import paths the example writes that are not the SDK module's (rewritten to it). */
  rewrittenImports: string[];
  /**
   * The folder of a package of its own (named as the example's function), for a fragment with top-level
   * declarations: its functions and the Setup's client at package level would clash with other examples' in main.
   */
  packageDir?: string;
}

/** The module path without its major-version element: github.com/x/y/v4 → github.com/x/y. */
export function moduleBase(module: string): string {
  return module.replace(/\/v\d+$/, '');
}

/** `path` rewritten into the SDK's module when it names the module without its major version; else undefined. */
export function rewriteImport(importPath: string, module: string): string | undefined {
  const base = moduleBase(module);
  if (base === module) return undefined;
  const inModule = importPath === module || importPath.startsWith(`${module}/`);
  if (inModule) return undefined;
  if (importPath === base) return module;
  if (importPath.startsWith(`${base}/`) && !/^v\d+(\/|$)/.test(importPath.slice(base.length + 1))) {
    return module + importPath.slice(base.length);
  }
  return undefined;
}

interface ParsedSetup {
  imports: string[];
  statements: string[];
  /** Offset of the first statement line within the Setup code. */
  statementsLine: number;
}

/** The Setup's import paths and the statements after them. */
export function parseSetup(setup: string): ParsedSetup {
  const lines = setup.split('\n');
  const imports: string[] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '' || line.startsWith('//')) continue;
    const single = /^import\s+(?:[\w.]+\s+)?"([^"]+)"/.exec(line);
    if (single) {
      imports.push(single[1]!);
      continue;
    }
    if (/^import\s*\($/.test(line)) {
      for (i++; i < lines.length && lines[i]!.trim() !== ')'; i++) {
        const spec = /^\s*(?:[\w.]+\s+)?"([^"]+)"/.exec(lines[i]!);
        if (spec) imports.push(spec[1]!);
      }
      continue;
    }
    break;
  }
  return { imports, statements: lines.slice(i), statementsLine: i };
}

/** Whether the example is a whole program rather than statements. */
export function isProgram(code: string): boolean {
  return /^\s*package\s+\w+/m.test(code);
}

function rewriteImportLines(lines: string[], module: string, rewritten: Set<string>): string[] {
  return lines.map((line) =>
    line.replace(/^(\s*(?:import\s+)?(?:[\w.]+\s+)?)"([^"]+)"/, (whole, head: string, importPath: string) => {
      const target = rewriteImport(importPath, module);
      if (!target) return whole;
      rewritten.add(importPath);
      return `${head}"${target}"`;
    }),
  );
}

/** The file of one example, named `name`, whose function is `func <fn>()`. */
export function goSource(example: DocExample, name: string, fn: string, options: GoSourceOptions): GoSource {
  const rewritten = new Set<string>();
  const builder = new SourceBuilder();
  const codeLines = rewriteImportLines(example.code.split('\n'), options.module, rewritten);
  if (isProgram(example.code)) {
    const renamed = codeLines.map((line) =>
      line.replace(/^\s*package\s+\w+/, 'package main').replace(/^func\s+main\s*\(\s*\)/, `func ${fn}()`),
    );
    builder.add(renamed, 'example', example.line + 1);
    return { file: builder.build(name), rewrittenImports: [...rewritten] };
  }
  const setup = parseSetup(example.setup ?? '');
  // A fragment may open with imports of its own (the Setup block itself, an Error Handling block): they go to the top.
  const own = parseSetup(example.code);
  const written = [...setup.imports, ...own.imports];
  const imports = new Set(written.map((p) => rewriteImport(p, options.module) ?? p));
  for (const p of written) if (rewriteImport(p, options.module)) rewritten.add(p);
  // What the fragment leaves out: `ctx`, `params` (typed from the SDK method it is passed to), and for top-level
  // declarations (a webhook handler) a package of its own where the Setup's client is a package-level variable.
  const fragment = splitTopLevel(codeLines.slice(own.statementsLine));
  const lifted = fragment.declarations.length ? packageLevelSetup(setup.statements) : undefined;
  const scope = `${setup.statements.join('\n')}\n${own.statements.join('\n')}`;
  const context: string[] = [];
  if (usesUndeclared(scope, 'ctx')) context.push(lifted ? 'var ctx = context.Background()' : 'ctx := context.Background()');
  const paramsType = usesUndeclared(scope, 'params') && options.sdk ? goParamsType(own.statements.join('\n'), example.setup ?? '', options.sdk) : undefined;
  if (paramsType) context.push(`var params ${paramsType}`);
  const body = `${scope}\n${context.join('\n')}`;
  for (const [pkg, importPath] of Object.entries(STANDARD_PACKAGES)) {
    if (new RegExp(`(^|[^\\w.])${pkg}\\.[A-Z]`).test(body)) imports.add(importPath);
  }
  const packageName = lifted ? fn : 'main';
  builder.add([`package ${packageName}`, '', 'import (', ...[...imports].sort().map((p) => `\t"${p}"`), ')', ''], 'wrapper');
  const firstLine = example.line + 1 + own.statementsLine;
  if (lifted) {
    builder.add(lifted, 'setup', setup.statementsLine + 1);
    builder.add(context, 'wrapper');
    builder.add(`func ${fn}() {`, 'wrapper');
  } else {
    builder.add(`func ${fn}() {`, 'wrapper');
    builder.add(context, 'wrapper');
    builder.add(setup.statements, 'setup', setup.statementsLine + 1);
  }
  for (const part of fragment.statements) builder.add(part.lines, 'example', firstLine + part.start);
  if (!lifted) for (const part of fragment.declarations) builder.add(part.lines, 'example', firstLine + part.start);
  builder.add('}', 'wrapper');
  if (lifted) for (const part of fragment.declarations) builder.add(part.lines, 'example', firstLine + part.start);
  return { file: builder.build(name), rewrittenImports: [...rewritten], ...(lifted ? { packageDir: fn } : {}) };
}
