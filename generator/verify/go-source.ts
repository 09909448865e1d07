// Go doc examples as files of one `package main`: a whole program (v1) keeps its code with `func main` renamed;
// a fragment (v2) goes into a function of its own after the document's Setup, with the Setup's imports and the
// standard packages it uses. Imports of the SDK's module written without its major version (`…/telnyx-go`
// for `…/telnyx-go/v4`) are rewritten so that the rest of the example is still checked, and reported.
import { SourceBuilder, type SourceFile } from './compiled.js';
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
}

export interface GoSource {
  file: SourceFile;
  /** Import paths the example writes that are not the SDK module's (rewritten to it). */
  rewrittenImports: string[];
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
  const body = `${setup.statements.join('\n')}\n${own.statements.join('\n')}`;
  for (const [pkg, importPath] of Object.entries(STANDARD_PACKAGES)) {
    if (new RegExp(`(^|[^\\w.])${pkg}\\.[A-Z]`).test(body)) imports.add(importPath);
  }
  builder.add(['package main', '', 'import (', ...[...imports].sort().map((p) => `\t"${p}"`), ')', '', `func ${fn}() {`], 'wrapper');
  builder.add(setup.statements, 'setup', setup.statementsLine + 1);
  builder.add(codeLines.slice(own.statementsLine), 'example', example.line + 1 + own.statementsLine);
  builder.add('}', 'wrapper');
  return { file: builder.build(name), rewrittenImports: [...rewritten] };
}
