// Java doc examples as compilation units, each in a package of its own so that their class names never clash:
// a whole program (v1) keeps its code with its package line replaced; a fragment (v2: imports, then statements)
// becomes `main` of a class, after the document's Setup, with the Setup's imports and its own.
import { SourceBuilder, type SourceFile } from './compiled.js';
import { JAVA_STUB_PACKAGE, splitMembers, staticFields } from './fragments/java.js';
import type { DocExample } from './types.js';

/**
 * What a fragment may use without importing it, as the real generator's fragments do (`List<TestRunResponse>`):
 * the reader's editor adds such imports. On-demand imports never clash with the example's own single-type ones.
 */
const FRAGMENT_IMPORTS = ['import java.util.*;'];

/** Whether the example declares a type of its own (a whole program) rather than being statements. */
export function isCompilationUnit(code: string): boolean {
  return /^\s*(?:public\s+|final\s+|abstract\s+)*(?:class|interface|record|enum)\s+\w+/m.test(code);
}

interface SplitCode {
  imports: string[];
  /** Lines after the imports, and the 0-based index of the first of them in the code. */
  statements: string[];
  statementsLine: number;
}

/** Leading `import …;` lines (and blank lines between them) apart from the statements that follow. */
export function splitImports(code: string): SplitCode {
  const lines = code.split('\n');
  let i = 0;
  while (i < lines.length && (/^\s*import\s+[\w.*\s]+;\s*$/.test(lines[i]!) || lines[i]!.trim() === '')) i++;
  return { imports: lines.slice(0, i), statements: lines.slice(i), statementsLine: i };
}

/** The public class's name, which must also be the file's. */
function publicClass(code: string): string {
  return /^\s*public\s+(?:final\s+|abstract\s+)*class\s+(\w+)/m.exec(code)?.[1] ?? 'Main';
}

export interface FragmentContext {
  /** The type of the `params` the fragment passes to an SDK method without declaring it (a static field). */
  paramsType?: string;
}

/** The source file of one example, in package `pkg`; its name is the relative path javac is given. */
export function javaSource(example: DocExample, pkg: string, context: FragmentContext = {}): SourceFile {
  const builder = new SourceBuilder();
  const dir = pkg.replace(/\./g, '/');
  if (isCompilationUnit(example.code)) {
    const lines = example.code.split('\n');
    const packageLine = lines.findIndex((l) => /^\s*package\s+[\w.]+\s*;/.test(l));
    if (packageLine >= 0) lines[packageLine] = `package ${pkg};`;
    else builder.add(`package ${pkg};`, 'wrapper');
    builder.add(lines, 'example', example.line + 1);
    return builder.build(`${dir}/${publicClass(example.code)}.java`);
  }
  const setup = splitImports(example.setup ?? '');
  const code = splitImports(example.code);
  // Methods the fragment declares (a webhook handler) are members of the class; they see the Setup's client as a
  // static field. The web framework's names come from its stubs (fragments/java.ts).
  const split = splitMembers(code.statements);
  const fields = split.declarations.length ? staticFields(setup.statements) : undefined;
  const firstLine = example.line + 1 + code.statementsLine;
  builder.add([`package ${pkg};`, ...FRAGMENT_IMPORTS, `import ${JAVA_STUB_PACKAGE}.*;`], 'wrapper');
  builder.add(setup.imports, 'setup', 1);
  builder.add(code.imports, 'example', example.line + 1);
  builder.add('public class Example {', 'wrapper');
  if (context.paramsType) builder.add(`static ${context.paramsType} params;`, 'wrapper');
  if (fields) builder.add(fields, 'setup', setup.statementsLine + 1);
  builder.add('public static void main(String[] args) throws Exception {', 'wrapper');
  if (!fields) builder.add(setup.statements, 'setup', setup.statementsLine + 1);
  for (const part of split.statements) builder.add(part.lines, 'example', firstLine + part.start);
  if (!fields) for (const part of split.declarations) builder.add(part.lines, 'example', firstLine + part.start);
  builder.add('}', 'wrapper');
  if (fields) for (const part of split.declarations) builder.add(part.lines, 'example', firstLine + part.start);
  builder.add('}', 'wrapper');
  return builder.build(`${dir}/Example.java`);
}
