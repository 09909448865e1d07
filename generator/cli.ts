// The sdkgen command line. `main` returns the exit code; nothing here calls process.exit, so tests can run it.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { load as loadYaml } from 'js-yaml';
import { checkConfigFiles, ConfigError, parseConfig, readConfigFile, type SdkgenConfig } from './config.js';
import { CatalogExtractError, extractCatalog } from './emit/skills/catalog-extract.js';
import { CurationError } from './emit/skills/agent/curation.js';
import { CurationExtractError, extractCuration } from './emit/skills/agent/extract.js';
import { checkTargets, configFromSpec, countPhases, prepare, selectTargets, TARGET_NAMES, TargetSelectionError, writeTargets } from './generate.js';
import { buildIR } from './ir/builder.js';
import { loadSpec, SpecError } from './load/index.js';
import { importApiMd, dumpNamingConfig } from './naming/api-md.js';
import { NamingConfigError } from './naming/config.js';
import { importStainless, StainlessImportError } from './naming/stainless/index.js';
import { createReporter, type ProgressStream } from './progress.js';
import { initConfig } from './init.js';
import { recordRun } from './fast-noop.js';
import { configHash, upToDate, writeStamps } from './write/inputs.js';

const DEFAULT_CONFIG = 'sdkgen.config.yml';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Where progress goes (a TTY gets the live line); default: a plain, non-TTY stream over `stderr`. */
  progress?: ProgressStream;
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  progress: process.stderr,
};

/** A problem with what the user typed: exit code 2. */
class UsageError extends Error {}

/** A file named on the command line that cannot be used: exit code 1. */
class InputError extends Error {}

interface TargetOptions {
  config?: string;
  spec?: string;
  out?: string;
  templates?: string;
  targets?: string[];
  curation?: string;
}

/** Config from --config, else --spec/--out, else ./sdkgen.config.yml; then --templates and --targets. */
function resolveConfig(options: TargetOptions): { config: SdkgenConfig; fromSpec: boolean } {
  let config: SdkgenConfig;
  let fromSpec = false;
  if (options.spec) {
    if (options.config) throw new UsageError('give either --config FILE or --spec FILE --out DIR, not both');
    if (!options.out) throw new UsageError('--spec needs --out DIR (or use a config file with --config)');
    config = configFromSpec(options.spec, options.out);
    fromSpec = true;
  } else {
    if (options.out) throw new UsageError('--out goes with --spec; with a config, the output folders are its targets.*.out');
    const file = options.config ?? DEFAULT_CONFIG;
    if (!options.config && !existsSync(file)) {
      throw new UsageError(`no ${DEFAULT_CONFIG} here; pass --config FILE, or --spec FILE --out DIR (sdkgen init writes a starter config)`);
    }
    config = readConfigFile(file);
  }
  if (options.templates) config.templates = path.resolve(options.templates);
  if (options.targets) selectTargets(config, options.targets);
  if (options.curation) {
    const agent = config.targets.skills?.agent;
    if (!agent) throw new UsageError('--curation is for the agent profile; the config has no targets.skills.styles with agent');
    agent.curation = { file: path.resolve(options.curation) };
  }
  checkConfigFiles(config);
  return { config, fromSpec };
}

/** The folders a run writes: one per configured target. */
function outputDirs(config: SdkgenConfig): string[] {
  return Object.values(config.targets)
    .map((target) => (target as { out?: string } | undefined)?.out)
    .filter((out): out is string => typeof out === 'string');
}

function readInput(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: cannot read the ${what} (${code === 'ENOENT' ? 'no such file' : code ?? (error as Error).message})`);
  }
}

const list = (value: string) => value.split(',').map((item) => item.trim()).filter(Boolean);

/** The options every command that generates shares. */
function targetOptions(command: Command): Command {
  return command
    .option('-c, --config <file>', `config file (default: ./${DEFAULT_CONFIG})`)
    .option('-s, --spec <file>', 'OpenAPI file (YAML or JSON) to generate from without a config')
    .option('-o, --out <dir>', 'output folder with --spec: DIR/typescript (client) and DIR/skills (docs)')
    .option('-t, --templates <dir>', 'templates folder overriding built-in templates by name (see "Custom templates" in the README)')
    .option('--curation <file>', 'curation of the agent profile (JSON from `sdkgen curation extract`), instead of the config\'s')
    .addOption(new Option('--targets <names>', `only these targets, comma-separated (${TARGET_NAMES.join(', ')})`).argParser(list));
}

export function buildProgram(io: Io = processIo): { program: Command; exitCode: () => number } {
  let code = 0;
  const program = new Command('sdkgen')
    .description('OpenAPI → a TypeScript client SDK and Agent Skills docs (SKILL.md) in five languages')
    .version(packageVersion(), '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(add --help for usage)');
  const progressStream = io.progress ?? { write: io.stderr };

  targetOptions(program.command('generate'))
    .description('generate every target of the config (or of --spec/--out) and write it atomically')
    .option('-q, --quiet', 'print nothing but warnings and errors')
    .option('-f, --force', 'regenerate even when no input changed since the last run')
    .option('-w, --watch', 'regenerate whenever an input changes (spec, config, templates…); Ctrl-C stops')
    .addHelpText(
      'after',
      `
Examples:
  sdkgen generate --spec openapi.yml --out generated      client + skill docs, names inferred
  sdkgen generate --config sdkgen.config.yml              what the config asks for
  sdkgen generate --targets skills                        only the docs of ./${DEFAULT_CONFIG}

Files are built in memory and in a temporary folder, and moved into place only when all are complete:
on any error nothing is written. Unchanged files are not touched; files sdkgen no longer produces are
removed (listed in each folder's .sdkgen-manifest.json); other files in the folders are left alone.
When the inputs (spec and the files it references, config, the files it names, templates, sdkgen itself) and
the files written are as the last run left them (.sdkgen-inputs.json), nothing is done; --force regenerates.`,
    )
    .action(async (options) => {
      const run = async (force: boolean): Promise<void> => {
        const { config, fromSpec } = resolveConfig(options);
        const inputs = structuredClone(config);
        const outDirs = outputDirs(config);
        if (!force && (await upToDate(inputs, outDirs))) {
          await recordRun(invocation, process.cwd(), configHash(inputs), outDirs);
          if (!options.quiet) io.stderr('sdkgen: up to date (no input changed since the last run; --force regenerates)\n');
          return;
        }
        const reporter = createReporter(progressStream, { quiet: options.quiet });
        reporter.plan(countPhases(config, true));
        try {
          // The previous stamps stay until this run succeeds: a failed run leaves the folders as they were, and a
          // stamp only vouches for the inputs and files it lists.
          const outputs = await prepare(config, reporter, fromSpec);
          await writeTargets(outputs, reporter);
          await writeStamps(inputs, config.spec, outDirs);
          await recordRun(invocation, process.cwd(), configHash(inputs), outDirs);
        } finally {
          reporter.finish();
        }
      };
      if (!options.watch) return run(Boolean(options.force));
      const { watchInputs } = await import('./watch.js');
      const { config } = resolveConfig(options);
      await watchInputs(run, {
        stderr: io.stderr,
        force: Boolean(options.force),
        outDirs: () => outputDirs(resolveConfig(options).config),
        extra: [config.spec, ...(config.file ? [config.file] : [])],
      });
    });

  targetOptions(program.command('check'))
    .description('regenerate in memory and exit 1 when the files on disk differ (for CI)')
    .addHelpText('after', '\nExit codes: 0 up to date, 1 stale (the changed, missing and stale files are listed), 2 usage error.')
    .action(async (options) => {
      const { config, fromSpec } = resolveConfig(options);
      const reporter = createReporter(progressStream, { quiet: true });
      const outputs = await prepare(config, reporter, fromSpec).finally(() => reporter.finish());
      const results = await checkTargets(outputs);
      const stale = results.filter((r) => r.changed.length + r.missing.length + r.stale.length > 0);
      if (stale.length === 0) {
        io.stdout(`sdkgen check: up to date (${outputs.reduce((n, o) => n + o.files.size, 0)} files)\n`);
        return;
      }
      for (const r of stale) {
        const rel = displayPath(r.dir);
        io.stdout(`${rel}: ${r.changed.length} changed, ${r.missing.length} missing, ${r.stale.length} stale\n`);
        const list = [...r.changed.map((f) => `  changed  ${f}`), ...r.missing.map((f) => `  missing  ${f}`), ...r.stale.map((f) => `  stale    ${f}`)];
        io.stdout(`${list.slice(0, 20).join('\n')}\n${list.length > 20 ? `  … and ${list.length - 20} more\n` : ''}`);
      }
      io.stdout('sdkgen check: output is stale; run `sdkgen generate` and commit the result\n');
      code = 1;
    });

  program
    .command('init')
    .description('write a starter sdkgen.config.yml from a bare spec (inferred names, one product per tag)')
    .requiredOption('-s, --spec <file>', 'OpenAPI file')
    .option('-o, --out <dir>', 'output folder the config will generate into', 'generated')
    .option('-c, --config <file>', 'where to write the config', DEFAULT_CONFIG)
    .option('-f, --force', 'overwrite an existing config')
    .action(async (options) => {
      if (existsSync(options.config) && !options.force) throw new UsageError(`${options.config} exists; pass --force to overwrite it`);
      const text = await initConfig(options.spec, options.out, options.config);
      writeFileSync(options.config, text);
      io.stdout(`wrote ${options.config}; next: sdkgen generate --config ${options.config}\n`);
    });

  program
    .command('ir')
    .description('print the IR of a spec as JSON (api, schemas, operations, resources…)')
    .option('-s, --spec <file>', 'OpenAPI file (default with --config: the config\'s spec)')
    .option('-c, --config <file>', 'config whose naming builds the resource tree')
    .action(async (options) => {
      if (!options.spec && !options.config) throw new UsageError('ir needs --spec FILE (and/or --config FILE)');
      if (options.config) {
        const { loadProject } = await import('./pipeline.js');
        const config = readConfigFile(options.config);
        if (options.spec) config.spec = path.resolve(options.spec);
        io.stdout(`${JSON.stringify((await loadProject(config)).ir, null, 2)}\n`);
        return;
      }
      const { buildResourceTree } = await import('./naming/tree.js');
      const spec = await loadSpec(options.spec);
      const ir = buildIR(spec.document);
      ir.resources = buildResourceTree(ir.operations).resources;
      io.stdout(`${JSON.stringify(ir, null, 2)}\n`);
    });

  const importCommand = program.command('import').description('import names or a whole config from another tool');
  importCommand
    .command('api-md')
    .description('build the naming config (resources: …) from a Stainless api.md')
    .argument('<file>', 'api.md of a Stainless-generated SDK')
    .option('-o, --out <file>', 'write the YAML here instead of stdout')
    .action(async (file: string, options) => {
      const naming = importApiMd(readInput(file, 'api.md'));
      if (Object.keys(naming.resources).length === 0) {
        throw new InputError(`${file}: no method lines found (like "- <code title=\"get /pets\">client.pets.<a href=…>list</a>() -> …</code>"); is it a Stainless api.md?`);
      }
      const yaml = dumpNamingConfig(naming);
      if (options.out) {
        writeFileSync(options.out, yaml);
        io.stdout(`wrote ${options.out}\n`);
      } else io.stdout(yaml);
    });
  importCommand
    .command('stainless')
    .description('write a complete sdkgen config from a Stainless config (stainless.yml); keys it cannot carry are listed')
    .argument('<file>', 'the Stainless config')
    .requiredOption('--spec <file>', 'the OpenAPI document the Stainless config is for')
    .option('-o, --out <file>', 'the sdkgen config to write (paths in it are relative to it)', DEFAULT_CONFIG)
    .action(async (file: string, options: { spec: string; out: string }) => {
      const { operations } = buildIR((await loadSpec(options.spec)).document);
      const result = importStainless(readInput(file, 'Stainless config'), { file, spec: options.spec, outFile: options.out, operations });
      parseConfig(loadYaml(result.text), path.resolve(options.out)); // what it wrote must be a valid config
      writeFileSync(options.out, result.text);
      io.stdout(`wrote ${options.out}\n`);
      if (result.notCarried.length) {
        io.stderr(`not carried (${result.notCarried.length} keys of ${file} that sdkgen's config has no place for):\n${result.notCarried.map((key) => `  ${key}\n`).join('')}`);
      }
    });

  program
    .command('i18n')
    .description('translation catalogs of the skill docs')
    .command('extract')
    .description('build a catalog from an English SKILL.md and its translation')
    .requiredOption('--source <file>', 'the English document')
    .requiredOption('--translated <file>', 'its translation')
    .option('--locale <locale>', 'locale of the translation (default: from the file name, e.g. .zh-CN.)')
    .option('-o, --out <file>', 'write the catalog JSON here instead of stdout')
    .action(async (options) => {
      const locale = options.locale ?? localeOfFileName(options.translated);
      if (!locale) throw new UsageError(`cannot tell the locale from the file name ${path.basename(options.translated)}; pass --locale`);
      const catalog = extractCatalog(readInput(options.source, 'English document'), readInput(options.translated, 'translation'), locale, {
        source: options.source,
        translated: options.translated,
      });
      const json = `${JSON.stringify(catalog, null, 2)}\n`;
      if (options.out) {
        writeFileSync(options.out, json);
        io.stdout(`wrote ${options.out} (${Object.keys(catalog.operations).length} operations)\n`);
      } else io.stdout(json);
    });

  program
    .command('curation')
    .description('curated parts of the agent profile (core tasks, caveats, shown rows…)')
    .command('extract')
    .description('read the curated parts of every product from documents of the agent profile')
    .requiredOption('--from <dir>', 'folder of <skill>.SKILL.md + <skill>.api-details.md, or of skills/<skill>/SKILL.md + references/api-details.md')
    .option('-o, --out <file>', 'write the curation JSON here instead of stdout')
    .action(async (options) => {
      const curation = extractCuration(path.resolve(options.from));
      const json = `${JSON.stringify(curation, null, 2)}\n`;
      if (options.out) {
        const temporary = `${options.out}.${process.pid}.tmp`;
        writeFileSync(temporary, json);
        renameSync(temporary, options.out);
        io.stdout(`wrote ${options.out} (${Object.keys(curation.products).join(', ')})\n`);
      } else io.stdout(json);
    });

  program
    .command('verify')
    .description('check every example of the docs on disk against the SDK of its language (exit 1 on a failure)')
    .option('-c, --config <file>', `config with a verify: section (default: ${DEFAULT_CONFIG} when it exists)`)
    .option('-d, --dir <dir>', 'docs folder (default: verify.dir, else targets.skills.out)')
    .option('-l, --languages <languages...>', 'only these languages (python, javascript, ruby, go, java…)')
    .option('--styles <styles...>', 'only these styles (v1, v2, v3, agent; default: verify.styles, else all)')
    .option('--sdk <language=sdk...>', 'the SDK of a language (python=./telnyx-python, javascript=telnyx@5.23.0); adds to the config')
    .option('--sdk-spec <file>', "the spec the SDKs were generated from: examples of operations it lacks or that changed since are skipped (default: verify.sdkSpec)")
    .option('--json', 'print the report as JSON')
    .action(async (options) => {
      const { verifyFromOptions, VerifyUsageError } = await import('./verify/command.js');
      const configFile = options.config ?? (existsSync(DEFAULT_CONFIG) ? DEFAULT_CONFIG : undefined);
      try {
        const result = await verifyFromOptions({ ...options, config: configFile ? readConfigFile(configFile) : undefined }, io);
        if (!result.ok) code = 1;
      } catch (error) {
        throw error instanceof VerifyUsageError ? new UsageError(error.message) : error;
      }
    });

  return { program, exitCode: () => code };
}

/** "x.zh-CN.SKILL.md", "x.zh-CN.md" → "zh-CN". */
function localeOfFileName(file: string): string | undefined {
  return /\.([a-z]{2,3}(?:-[A-Z]{2})?)(?:\.[^.]+)?\.md$/.exec(path.basename(file))?.[1];
}

function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** Errors about the user's input: printed as they are, without a stack. */
const INPUT_ERRORS = [SpecError, ConfigError, InputError, CatalogExtractError, NamingConfigError, TargetSelectionError, CurationExtractError, CurationError, StainlessImportError];

/** `sdkgen ir … | head`: a reader that stops early is no error of ours. */
function ignoreClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE') throw error;
}

/** The arguments of the run in progress (a generate run records them for bin/sdkgen.js's fast no-op). */
let invocation: readonly string[] = [];

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  invocation = argv;
  if (io === processIo && !process.stdout.listeners('error').includes(ignoreClosedPipe)) process.stdout.on('error', ignoreClosedPipe);
  const { program, exitCode } = buildProgram(io);
  if (argv.length === 0) {
    io.stderr(program.helpInformation());
    return 2;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode();
  } catch (error) {
    // Help and --version exit 0; everything else commander rejects is a usage error.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UsageError) {
      io.stderr(`sdkgen: ${error.message}\n`);
      return 2;
    }
    if (INPUT_ERRORS.some((kind) => error instanceof kind)) {
      io.stderr(`sdkgen: ${(error as Error).message}\n`);
      return 1;
    }
    // Our bug, or the file system's: the message, and the stack for whoever reports it.
    const debug = process.env.SDKGEN_DEBUG === '1';
    io.stderr(`sdkgen: ${debug ? ((error as Error).stack ?? String(error)) : ((error as Error).message ?? String(error))}\n`);
    if (!debug) io.stderr('(set SDKGEN_DEBUG=1 to see where it happened)\n');
    return 1;
  }
}
