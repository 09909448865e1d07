// Shared by the client tests: generate a client into a temp dir, type-check it (one TypeScript program for
// everything given), and load it as JavaScript to make requests against a fake fetch.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { readConfigFile, type SdkgenConfig } from '../generator/config.js';
import { generateTypescript, type TypescriptOutput } from '../generator/emit/typescript/index.js';
import { adoptTitle, configFromSpec } from '../generator/generate.js';
import { loadProject, type Project } from '../generator/pipeline.js';
import { repoRoot } from './support/shared.js';

const made: string[] = [];

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `sdkgen-${prefix}-`));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** The project of a spec without a config file, named after its title (what `sdkgen generate --spec` does). */
export async function projectFromSpec(spec: string): Promise<Project> {
  const config = configFromSpec(spec, tempDir('unused'));
  const project = await loadProject(config);
  adoptTitle(config, project, true);
  return project;
}

export async function projectFromConfig(file: string, adjust?: (config: SdkgenConfig) => void): Promise<Project> {
  const config = readConfigFile(file);
  adjust?.(config);
  return loadProject(config);
}

export function writeFiles(root: string, files: ReadonlyMap<string, string>): void {
  for (const [relative, text] of files) {
    const file = path.join(root, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

export interface GeneratedClient extends TypescriptOutput {
  root: string;
  /** Absolute paths of src/**\/*.ts. */
  sources: string[];
}

export function generateInto(project: Project, prefix: string): GeneratedClient {
  const output = generateTypescript(project);
  const root = tempDir(prefix);
  writeFiles(root, output.files);
  const sources = [...output.files.keys()].filter((f) => f.startsWith('src/') && f.endsWith('.ts')).map((f) => path.join(root, f));
  return { ...output, root, sources };
}

/** The settings of the generated tsconfig.json, the way `tsc --strict` sees them, without the DOM lib. */
export const STRICT_OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  noImplicitOverride: true,
  skipLibCheck: true,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts'],
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  types: ['node'],
  typeRoots: [path.join(repoRoot, 'node_modules/@types')],
};

/** Type-checks `files` in one program; diagnostics as "file:line: message" (paths relative to `root`). */
export function typeCheck(files: string[], options: ts.CompilerOptions = STRICT_OPTIONS, root = '/'): string[] {
  const program = ts.createProgram(files, options);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? `${path.relative(root, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : '(global)';
    return `${where}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

/**
 * Transpiles the generated sources to ES modules next to them (src → js) and imports the package entry point,
 * so that tests can make real requests through the generated methods and the runtime.
 */
export async function importClient(client: GeneratedClient): Promise<Record<string, any>> {
  for (const source of client.sources) {
    const relative = path.relative(path.join(client.root, 'src'), source);
    const out = path.join(client.root, 'js', relative.replace(/\.ts$/, '.js'));
    const { outputText } = ts.transpileModule(ts.sys.readFile(source)!, {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
      fileName: source,
    });
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, outputText);
  }
  writeFileSync(path.join(client.root, 'js/package.json'), '{ "type": "module" }\n');
  return import(pathToFileURL(path.join(client.root, 'js/index.js')).href);
}

export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: RequestInit['body'] | undefined;
}

/** A fetch that records each request and answers with `respond` (JSON by default). */
export function fakeFetch(respond: (request: RecordedRequest) => Response | unknown = () => ({})) {
  const requests: RecordedRequest[] = [];
  const fetch = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const request: RecordedRequest = {
      method: init.method ?? 'GET',
      url: new URL(String(input)),
      headers: new Headers(init.headers as HeadersInit),
      body: init.body ?? undefined,
    };
    requests.push(request);
    const answer = respond(request);
    if (answer instanceof Response) return answer;
    return new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return { fetch, requests };
}

export const TELNYX_CONFIG = path.join(repoRoot, 'specs/telnyx/sdkgen.config.yml');
export const DEMO_CONFIG = path.join(repoRoot, 'specs/demo/sdkgen.config.yml');

/**
 * The ```ts blocks of a README as modules that type-check against the package: imports stay at the top, the
 * rest runs inside an async function, and `client` (plus the webhook example's request) is declared when a
 * block uses it without making one.
 */
export function readmeModules(readme: string, className: string, packageName: string, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
  return blocks.map((block, i) => {
    const lines = block.split('\n');
    const imports = lines.filter((l) => l.startsWith('import '));
    const body = lines.filter((l) => !l.startsWith('import '));
    if (!imports.some((l) => l.startsWith(`import ${className}`))) imports.unshift(`import ${className} from '${packageName}';`);
    const declared = [
      ...(/\bconst client\b/.test(block) ? [] : [`declare const client: ${className};`]),
      'declare const rawBody: string;',
      'declare const request: { headers: Record<string, string> };',
    ];
    const file = path.join(dir, `readme-${i}.ts`);
    writeFileSync(file, `${imports.join('\n')}\n${declared.join('\n')}\n\nexport async function block(): Promise<void> {\n${body.join('\n')}\n}\n`);
    return file;
  });
}

/** Compiler options that resolve `packageName` to the generated sources (as if the package were installed). */
export function resolvingPackage(client: GeneratedClient, packageName: string, baseUrl: string): ts.CompilerOptions {
  return { ...STRICT_OPTIONS, baseUrl, paths: { [packageName]: [path.join(client.root, 'src/index.ts')], [`${packageName}/node`]: [path.join(client.root, 'src/core/node.ts')] } };
}

/**
 * The code of each method's JSDoc @example by operation ("post /faxes"), read from the generated text: api.md
 * says which method of which file makes the request, the file's doc comment above that method holds the block.
 */
export function jsdocExamples(files: ReadonlyMap<string, string>): Map<string, string> {
  const methods = new Map<string, string>();
  for (const m of files.get('api.md')!.matchAll(/^- <code title="([^"]+)">[^<]*<a href="\.\/([^"]+)">([^<]+)<\/a>/gm)) {
    methods.set(`${m[2]} ${m[3]}`, m[1]!);
  }
  const examples = new Map<string, string>();
  for (const [file, text] of files) {
    if (!file.startsWith('src/resources/')) continue;
    // A method's doc comment at class level (two spaces in), then the method's name and its open parenthesis.
    for (const m of text.matchAll(/^ {2}\/\*\*\n((?: {3}\*.*\n)*?) {3}\*\/\n {2}([A-Za-z_$][\w$]*)\(/gm)) {
      const lines = m[1]!.split('\n').slice(0, -1).map((line) => line.replace(/^ {3}\* ?/, ''));
      const start = lines.indexOf('@example');
      if (start < 0) continue;
      if (lines[start + 1] !== '```ts') throw new Error(`${file} ${m[2]}: @example without a ts fence`);
      const end = lines.indexOf('```', start + 2);
      const operation = methods.get(`${file} ${m[2]}`);
      if (end < 0 || !operation) throw new Error(`${file} ${m[2]}: an unclosed @example, or a method api.md does not list`);
      // An alias (a second method of one operation) comes after the method the docs call.
      if (!examples.has(operation)) examples.set(operation, lines.slice(start + 2, end).join('\n'));
    }
  }
  return examples;
}
