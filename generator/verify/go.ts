// Go: every example becomes one file of a `package main` module that requires the SDK through a `replace` to
// its folder; one `go build -gcflags=-e` type-checks them all. Files with syntax errors are found first with
// `gofmt -l -e` and left out of the build (a syntax error hides the package's type errors), and so are files
// whose imports cannot be loaded (which stop `go build` before type checking).
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type Diagnostic, outcomes, run, type SourceFile } from './compiled.js';
import { sdkFolder, verifyCacheDir } from './sdk.js';
import { goSource, isProgram } from './go-source.js';
import { goSdkIndex } from './fragments/go.js';
import type { DocExample, LanguageVerifier, Outcome, VerifyTarget } from './types.js';

/** The oldest Go the Stainless Go SDKs build with (their go.mod says `go 1.22`; they use slices and cmp). */
const MINIMUM_MINOR = 22;
const INSTALL_HINT = 'Go 1.22 or later (Debian bookworm: apt-get install -t bookworm-backports golang-1.23-go; see .ci/toolchains.sh)';
/** Where Debian installs Go library sources, used for the SDK's dependencies when the config names none. */
const DEBIAN_GOCODE = '/usr/share/gocode/src';
/** Import failures that stop `go build` before it type-checks anything. */
const LOAD_ERROR = /no required module provides package|is not in std|cannot find module|malformed import path|package .* is not in GOROOT/;
/** The generated example files: e0001.go… */
const EXAMPLE_FILE = /^e\d+\.go$/;
/** What is no mistake in a fragment shown alone: its variables and the Setup's imports may go unused. */
const FRAGMENT_NOISE = /declared and not used|imported and not used/;

export interface GoVerifyOptions {
  /** The go binary (default: `go` on PATH, else Debian's /usr/lib/go-1.2x/bin/go). */
  go?: string;
  /** Module → folder replacements for the SDK's dependencies (default: Debian's copies under /usr/share/gocode). */
  replace?: Record<string, string>;
  /** The build cache (default ~/.cache/sdkgen-verify/go-build), kept between runs so that the SDK compiles once. */
  cache?: string;
}

async function goVersionMinor(go: string): Promise<number | undefined> {
  const result = await run(go, ['version']);
  const match = /go1\.(\d+)/.exec(result.stdout);
  return result.code === 0 && match ? Number(match[1]) : undefined;
}

/** The first usable go binary: `go` on PATH, then Debian's versioned installs, newest first. */
async function findGo(preferred?: string): Promise<string | undefined> {
  const candidates = preferred ? [preferred] : ['go'];
  if (!preferred && existsSync('/usr/lib')) {
    const versioned = (await readdir('/usr/lib')).filter((d) => /^go-1\.\d+$/.test(d));
    versioned.sort((a, b) => Number(b.slice(5)) - Number(a.slice(5)));
    candidates.push(...versioned.map((d) => `/usr/lib/${d}/bin/go`));
  }
  for (const go of candidates) {
    const minor = await goVersionMinor(go);
    if (minor !== undefined && minor >= MINIMUM_MINOR) return go;
  }
  return undefined;
}

interface GoModFile {
  module: string;
  requires: string[];
}

export function parseGoMod(text: string): GoModFile {
  const module = /^module\s+(\S+)/m.exec(text)?.[1];
  if (!module) throw new Error('go.mod has no module line');
  const requires: string[] = [];
  for (const m of text.matchAll(/^require\s+(\S+)\s+\S+/gm)) requires.push(m[1]!);
  for (const block of text.matchAll(/^require\s*\(([\s\S]*?)^\)/gm)) {
    for (const line of block[1]!.split('\n')) {
      const spec = /^\s*(\S+)\s+v\S+/.exec(line);
      if (spec && !spec[1]!.startsWith('//')) requires.push(spec[1]!);
    }
  }
  return { module, requires };
}

/** Replacement folders for the SDK's requirements; a folder without go.mod is copied and given one. */
async function replacements(
  requires: string[],
  configured: Record<string, string> | undefined,
  workDir: string,
): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  for (const module of requires) {
    const folder = configured?.[module] ?? path.join(DEBIAN_GOCODE, module);
    if (!existsSync(folder)) continue;
    if (existsSync(path.join(folder, 'go.mod'))) {
      result.set(module, path.resolve(folder));
      continue;
    }
    const copy = path.join(workDir, 'deps', module);
    await rm(copy, { recursive: true, force: true });
    await cp(folder, copy, { recursive: true });
    await writeFile(path.join(copy, 'go.mod'), `module ${module}\n\ngo 1.12\n`);
    result.set(module, copy);
  }
  return result;
}

/** `./e0001.go:12:3: message` lines (continuation lines, indented, belong to the message before). */
export function parseGoDiagnostics(output: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const line of output.split('\n')) {
    const match = /^(?:\.\/)?([^\s:]+\.go):(\d+)(?::(\d+))?: (.*)$/.exec(line);
    if (match) {
      diagnostics.push({
        file: path.basename(match[1]!),
        line: Number(match[2]),
        column: match[3] ? Number(match[3]) : undefined,
        message: match[4]!,
      });
    } else if (/^\s/.test(line) && diagnostics.length && line.trim()) {
      diagnostics[diagnostics.length - 1]!.message += ` ${line.trim()}`;
    }
  }
  return diagnostics;
}

/** The Go verifier; `defaults` are the target's options (where go is), also read by missingToolchain(). */
export function goVerifier(defaults: GoVerifyOptions = {}): LanguageVerifier {
  return {
    language: 'go',
    missingToolchain: async () => ((await findGo(defaults.go)) ? undefined : INSTALL_HINT),
    verify: (examples, target, workDir) =>
      verifyGo(examples, target, workDir, {
        ...defaults,
        ...(target.options as GoVerifyOptions),
      }),
  };
}

async function verifyGo(examples: DocExample[], target: VerifyTarget, workDir: string, options: GoVerifyOptions): Promise<Outcome[]> {
  const go = await findGo(options.go);
  if (!go) throw new Error(`go verify: no usable Go toolchain; install ${INSTALL_HINT}`);
  const sdk = await sdkFolder(target.sdk);
  const goMod = parseGoMod(await readFile(path.join(sdk, 'go.mod'), 'utf8'));
  const dir = path.join(workDir, 'go');
  await rm(dir, { recursive: true, force: true });
  const moduleDir = path.join(dir, 'examples');
  await mkdir(moduleDir, { recursive: true });
  const replaced = await replacements(goMod.requires, options.replace, dir);
  await writeFile(
    path.join(moduleDir, 'go.mod'),
    [
      'module sdkgen.verify/examples',
      '',
      'go 1.22',
      '',
      `require ${goMod.module} v${/\/v(\d+)$/.exec(goMod.module)?.[1] ?? '0'}.0.0`,
      '',
      `replace ${goMod.module} => ${sdk}`,
      ...[...replaced].map(([module, folder]) => `replace ${module} => ${folder}`),
      '',
    ].join('\n'),
  );
  await writeFile(path.join(moduleDir, 'main.go'), 'package main\n\nfunc main() {}\n');

  const files: SourceFile[] = [];
  /** Where each file is written, relative to the module (a fragment with top-level declarations has a package of its own). */
  const paths = new Map<string, string>();
  const warnings: (string | undefined)[] = [];
  const sdkIndex = goSdkIndex(sdk);
  examples.forEach((example, i) => {
    const id = String(i + 1).padStart(4, '0');
    const source = goSource(example, `e${id}.go`, `example${id}`, {
      module: goMod.module,
      sdk: sdkIndex,
    });
    files.push(source.file);
    paths.set(source.file.name, source.packageDir ? `${source.packageDir}/${source.file.name}` : source.file.name);
    warnings.push(
      source.rewrittenImports.length
        ? `imports ${source.rewrittenImports.join(', ')}; the SDK's module is ${goMod.module} (checked with that path)`
        : undefined,
    );
  });
  await Promise.all(
    files.map(async (f) => {
      const file = path.join(moduleDir, paths.get(f.name)!);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, f.text);
    }),
  );

  const gofmt = path.join(path.dirname(go), 'gofmt');
  const syntax = await run(existsSync(gofmt) ? gofmt : 'gofmt', ['-l', '-e', ...files.map((f) => paths.get(f.name)!)], { cwd: moduleDir });
  const diagnostics = parseGoDiagnostics(syntax.stderr);
  const excluded = new Set(diagnostics.map((d) => d.file));
  const env = {
    ...process.env,
    GOFLAGS: '-mod=mod',
    GOPROXY: 'off',
    GOSUMDB: 'off',
    GOTOOLCHAIN: 'local',
    GOWORK: 'off',
    GOCACHE: options.cache ?? verifyCacheDir('go-build'),
  };
  for (let round = 0; round < 3; round++) {
    await Promise.all([...excluded].map((name) => rm(path.join(moduleDir, paths.get(name) ?? name), { force: true })));
    const build = await run(go, ['build', '-gcflags=-e', '-o', os.devNull, './...'], { cwd: moduleDir, env });
    if (build.code === 0) break;
    const found = parseGoDiagnostics(build.stderr).filter((d) => !excluded.has(d.file));
    if (found.length === 0 || found.some((d) => !EXAMPLE_FILE.test(d.file))) {
      throw new Error(`go build failed in ${moduleDir}:\n${build.stderr.trim()}`);
    }
    const loadErrors = found.filter((d) => LOAD_ERROR.test(d.message));
    diagnostics.push(...(loadErrors.length ? loadErrors : found));
    if (loadErrors.length === 0) break;
    for (const d of loadErrors) excluded.add(d.file);
  }
  const relevant = diagnostics.filter((d) => {
    const example = examples[Number(d.file.slice(1, -3)) - 1];
    return !(example && !isProgram(example.code) && FRAGMENT_NOISE.test(d.message));
  });
  return outcomes(examples, files, relevant, warnings);
}
