// JavaScript (and TypeScript) examples type-checked by tsc against the SDK package, one program for the batch.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exampleSource, outcomesFromDiagnostics, type SourceDiagnostic } from './source.js';
import type { DocExample, LanguageVerifier, Outcome, VerifyTarget } from './types.js';
import { typescriptStubDeclarations } from './fragments/typescript.js';

/**
 * The package folder of `sdk`: a folder (its package.json names the package), or `name@version` found in the
 * node_modules of the working directory (the version must match: a different one checks a different API).
 */
export function resolvePackage(sdk: string, from = process.cwd()): { name: string; folder: string } {
  const spec = /^(@?[^@/]+(?:\/[^@]+)?)@([^@/]+)$/.exec(sdk);
  if (spec && !existsSync(sdk)) {
    const [, name, version] = spec as unknown as [string, string, string];
    const manifest = installedManifest(name, from);
    if (!manifest) throw new Error(`${name} is not installed in ${from}; npm i -D ${name}@${version}`);
    const found = (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version;
    if (found !== version) throw new Error(`${name}@${found} is installed, not ${version}; npm i -D ${name}@${version}`);
    return { name, folder: path.dirname(manifest) };
  }
  const folder = path.resolve(sdk);
  const manifest = path.join(folder, 'package.json');
  if (!existsSync(manifest)) throw new Error(`${sdk}: neither an installed npm name@version nor a folder with a package.json`);
  const { name } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string };
  if (!name) throw new Error(`${manifest}: no "name"`);
  return { name, folder };
}

/** node_modules/<name>/package.json in `from` or a folder above it (package exports may hide package.json). */
function installedManifest(name: string, from: string): string | undefined {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'node_modules', name, 'package.json');
    if (existsSync(manifest)) return manifest;
    if (path.dirname(dir) === dir) return undefined;
  }
}

type Typescript = typeof import('typescript');

/** The project's own typescript (tsc is the checker; sdkgen does not bundle one for users). */
async function loadTypescript(): Promise<Typescript | undefined> {
  try {
    const loaded = (await import('typescript')) as Typescript & { default?: Typescript };
    return loaded.default ?? loaded;
  } catch {
    return undefined;
  }
}

/** Each example is a module (top-level await allowed) with the document's Setup before it. */
const SUFFIX = '\nexport {};\ndeclare const process: { env: Record<string, string | undefined> };\n';

function tsVerifier(language: 'javascript' | 'typescript'): LanguageVerifier {
  return {
    language,
    async missingToolchain() {
      return (await loadTypescript()) ? undefined : 'typescript (npm i -D typescript)';
    },
    async verify(examples: DocExample[], target: VerifyTarget, workDir: string): Promise<Outcome[]> {
      const ts = await loadTypescript();
      if (!ts) throw new Error('javascript verify: the typescript package is not installed (npm i -D typescript)');
      const pkg = resolvePackage(target.sdk);
      // A built package is imported as installed; an unbuilt one (a generated client's sources) through paths.
      const unbuilt = !hasBuiltTypes(pkg.folder) && existsSync(path.join(pkg.folder, 'src/index.ts'));
      if (!unbuilt) {
        const link = path.join(workDir, 'node_modules', pkg.name);
        await mkdir(path.dirname(link), { recursive: true });
        await symlink(pkg.folder, link, 'dir');
      }
      const paths = unbuilt ? { [pkg.name]: [path.join(pkg.folder, 'src/index.ts')], [`${pkg.name}/*`]: [path.join(pkg.folder, 'src/*')] } : undefined;
      // Declarations go after the code (ambient ones apply to the whole file), so that doc lines keep their numbers.
      const sources = examples.map((example, i) =>
        exampleSource(example, `example-${String(i).padStart(4, '0')}.ts`, {
          suffix: SUFFIX + typescriptStubDeclarations(`${example.setup ?? ''}\n${example.code}`),
        }),
      );
      await Promise.all(sources.map((s) => writeFile(path.join(workDir, s.file), s.text)));
      const program = ts.createProgram(
        sources.map((s) => path.join(workDir, s.file)),
        {
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          target: ts.ScriptTarget.ES2022,
          module: ts.ModuleKind.ESNext,
          moduleResolution: ts.ModuleResolutionKind.Bundler,
          esModuleInterop: true,
          types: [],
          // JavaScript has no types on a catch variable: `catch (err) { err.message }` is what a JavaScript doc
          // writes. TypeScript's own examples keep strict's `unknown`.
          ...(language === 'javascript' ? { useUnknownInCatchVariables: false } : {}),
          ...(paths ? { paths, allowImportingTsExtensions: true } : {}),
        },
      );
      const diagnostics: SourceDiagnostic[] = [];
      for (const d of ts.getPreEmitDiagnostics(program)) {
        if (!d.file || d.start === undefined) throw new Error(`tsc: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
        if (path.dirname(d.file.fileName) !== workDir) continue;
        const { line } = d.file.getLineAndCharacterOfPosition(d.start);
        const message = ts.flattenDiagnosticMessageText(d.messageText, '\n').split('\n')[0]!;
        diagnostics.push({ file: path.basename(d.file.fileName), line: line + 1, message: `TS${d.code}: ${message}` });
      }
      return outcomesFromDiagnostics(examples, sources, diagnostics);
    },
  };
}

function hasBuiltTypes(folder: string): boolean {
  const manifest = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as { types?: string; typings?: string };
  const types = manifest.types ?? manifest.typings;
  return types !== undefined && existsSync(path.join(folder, types));
}

export const javascriptVerifier = tsVerifier('javascript');
export const typescriptVerifier = tsVerifier('typescript');
