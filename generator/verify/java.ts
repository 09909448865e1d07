// Java: every example becomes a compilation unit of its own package and one javac run compiles them all
// against the SDK's classpath. javac normally stops after a syntax error anywhere; -XDshould-stop.ifError=FLOW
// lets it go on to type-check every other file, so one run reports each example's own errors.
import { existsSync, statSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type Diagnostic, outcomes, run, type SourceFile } from './compiled.js';
import { isCompilationUnit, javaSource } from './java-source.js';
import { JAVA_STUB_FILES, JavapSignatures, javaParamsType, javapBeside, usesUndeclared } from './fragments/java.js';
import type { DocExample, LanguageVerifier, Outcome, VerifyTarget } from './types.js';

const INSTALL_HINT = 'a JDK 11 or later with javac (Debian: apt-get install openjdk-17-jdk-headless; see .ci/toolchains.sh)';
const MINIMUM_MAJOR = 11;
/** The package every example's own package is nested in. */
const ROOT_PACKAGE = 'sdkgenverify';

export interface JavaVerifyOptions {
  /** The javac binary (default: `javac` on PATH). */
  javac?: string;
  /** Jars or folders of jars besides the SDK's: its dependencies (Jackson, …). */
  classpath?: string[];
}

async function javacMajor(javac: string): Promise<number | undefined> {
  const result = await run(javac, ['-version']);
  const match = /javac (\d+)(?:\.(\d+))?/.exec(`${result.stdout}${result.stderr}`);
  if (result.code !== 0 || !match) return undefined;
  const major = Number(match[1]);
  return major === 1 ? Number(match[2]) : major;
}

/** Classpath entries: a folder stands for the jars in it; `sdk` may list several entries (path delimiter). */
async function classpath(sdk: string, extra: string[]): Promise<string[]> {
  const entries: string[] = [];
  for (const entry of [...sdk.split(path.delimiter), ...extra].filter(Boolean)) {
    const resolved = path.resolve(entry);
    if (!existsSync(resolved)) throw new Error(`java verify: classpath entry ${entry} does not exist`);
    if (statSync(resolved).isDirectory()) {
      const jars = (await readdir(resolved)).filter((f) => f.endsWith('.jar')).sort();
      entries.push(...(jars.length ? jars.map((j) => path.join(resolved, j)) : [resolved]));
    } else {
      entries.push(resolved);
    }
  }
  return entries;
}

/** javac quotes an argument file's entries; backslashes and quotes are escaped. */
function argumentLine(arg: string): string {
  return `"${arg.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * `dir/File.java:12: error: message`, then the source line and the caret, then detail lines (`symbol: …`,
 * `location: …`) that belong to the message. Warnings and notes are left out.
 */
export function parseJavacDiagnostics(output: string, root: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const lines = output.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^(.+\.java):(\d+): error: (.*)$/.exec(lines[i]!);
    if (!match) continue;
    const file = path.relative(root, path.resolve(root, match[1]!)).split(path.sep).join('/');
    const diagnostic: Diagnostic = { file, line: Number(match[2]), message: match[3]! };
    let j = i + 1;
    if (j < lines.length && !/^\s+(symbol|location|required|found|reason):/.test(lines[j]!)) j++;
    if (j < lines.length && /^\s*\^\s*$/.test(lines[j]!)) j++;
    while (j < lines.length && /^\s+\S/.test(lines[j]!) && !/\.java:\d+: /.test(lines[j]!)) {
      diagnostic.message += `; ${lines[j]!.trim().replace(/\s+/g, ' ')}`;
      j++;
    }
    diagnostics.push(diagnostic);
    i = j - 1;
  }
  return diagnostics;
}

/** The Java verifier; `defaults` are the target's options (where javac is), also read by missingToolchain(). */
export function javaVerifier(defaults: JavaVerifyOptions = {}): LanguageVerifier {
  return {
    language: 'java',
    missingToolchain: async () => (((await javacMajor(defaults.javac ?? 'javac')) ?? 0) >= MINIMUM_MAJOR ? undefined : INSTALL_HINT),
    verify: (examples, target, workDir) => verifyJava(examples, target, workDir, { ...defaults, ...(target.options as JavaVerifyOptions) }),
  };
}

async function verifyJava(examples: DocExample[], target: VerifyTarget, workDir: string, options: JavaVerifyOptions): Promise<Outcome[]> {
  const dir = path.join(workDir, 'java');
  await rm(dir, { recursive: true, force: true });
  const sources = path.join(dir, 'src');
  const cp = await classpath(target.sdk, options.classpath ?? []);
  // A fragment's `params` gets the type of the SDK method's parameter it is passed to (read from the classpath).
  const signatures = new JavapSignatures(javapBeside(options.javac), cp.join(path.delimiter));
  const contexts = await Promise.all(
    examples.map(async (example) => {
      if (isCompilationUnit(example.code) || !usesUndeclared(`${example.setup ?? ''}\n${example.code}`, 'params')) return {};
      const paramsType = await javaParamsType(example.code, example.setup ?? '', signatures);
      return paramsType ? { paramsType } : {};
    }),
  );
  const files: SourceFile[] = examples.map((example, i) => javaSource(example, `${ROOT_PACKAGE}.e${i + 1}`, contexts[i]));
  const stubs = Object.entries(JAVA_STUB_FILES).map(([name, text]) => ({ name, text }));
  await Promise.all(
    [...files, ...stubs].map(async (f) => {
      await mkdir(path.dirname(path.join(sources, f.name)), { recursive: true });
      await writeFile(path.join(sources, f.name), f.text);
    }),
  );
  const args = [
    '-proc:none',
    '-encoding',
    'UTF-8',
    '-nowarn',
    '-Xmaxerrs',
    '1000000',
    '-XDshould-stop.ifError=FLOW',
    '-d',
    path.join(dir, 'classes'),
    '-cp',
    cp.join(path.delimiter),
    ...files.map((f) => f.name),
    ...stubs.map((f) => f.name),
  ];
  await writeFile(path.join(dir, 'args.txt'), args.map(argumentLine).join('\n'));
  const result = await run(options.javac ?? 'javac', [`@${path.join(dir, 'args.txt')}`], { cwd: sources });
  if (result.code === 0) return outcomes(examples, files, [], []);
  const diagnostics = parseJavacDiagnostics(`${result.stdout}${result.stderr}`, sources);
  const known = new Set(files.map((f) => f.name));
  if (diagnostics.length === 0 || diagnostics.some((d) => !known.has(d.file))) {
    throw new Error(`javac failed in ${sources}:\n${`${result.stdout}${result.stderr}`.trim().slice(0, 4000)}`);
  }
  return outcomes(examples, files, diagnostics, []);
}
