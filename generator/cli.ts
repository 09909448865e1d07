// The sdkgen command line. `main` returns the exit code; nothing here calls process.exit, so tests can run it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { ConfigError, readConfigFile, type SdkgenConfig } from './config.js';
import { CatalogExtractError, extractCatalog } from './emit/skills/catalog-extract.js';
import { checkTargets, configFromSpec, prepare, writeTargets } from './generate.js';
import { buildIR } from './ir/builder.js';
import { loadSpec, SpecError } from './load/index.js';
import { importApiMd, dumpNamingConfig } from './naming/api-md.js';
import { createReporter } from './progress.js';
import { initConfig } from './init.js';

const DEFAULT_CONFIG = 'sdkgen.config.yml';

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Config from --config, else --spec/--out, else ./sdkgen.config.yml. */
function resolveConfig(options: { config?: string; spec?: string; out?: string; templates?: string }): { config: SdkgenConfig; fromSpec: boolean } {
  if (options.spec) {
    if (!options.out) throw new UsageError('--spec needs --out DIR (or use a config file with --config)');
    const config = configFromSpec(options.spec, options.out);
    if (options.templates) config.templates = path.resolve(options.templates);
    return { config, fromSpec: true };
  }
  const file = options.config ?? DEFAULT_CONFIG;
  if (!options.config && !existsSync(file)) {
    throw new UsageError(`no ${DEFAULT_CONFIG} here; pass --config FILE, or --spec FILE --out DIR (sdkgen init writes a starter config)`);
  }
  const config = readConfigFile(file);
  if (options.templates) config.templates = path.resolve(options.templates);
  return { config, fromSpec: false };
}

class UsageError extends Error {}

export function buildProgram(io: Io = processIo): { program: Command; exitCode: () => number } {
  let code = 0;
  const program = new Command('sdkgen')
    .description('OpenAPI → a TypeScript client SDK and Agent Skills docs')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError();

  program
    .command('generate')
    .description('generate every target of the config (or of --spec/--out) and write it atomically')
    .option('-c, --config <file>', `config file (default ./${DEFAULT_CONFIG})`)
    .option('-s, --spec <file>', 'OpenAPI file to generate from without a config')
    .option('-o, --out <dir>', 'output folder with --spec (DIR/typescript, DIR/skills)')
    .option('-t, --templates <dir>', 'templates folder overriding built-in templates by name')
    .option('-q, --quiet', 'print nothing but errors')
    .action(async (options) => {
      const { config, fromSpec } = resolveConfig(options);
      const reporter = createReporter(process.stderr, { quiet: options.quiet });
      const outputs = await prepare(config, reporter, fromSpec);
      await writeTargets(outputs, reporter);
    });

  program
    .command('check')
    .description('regenerate in memory and exit 1 when the files on disk differ (for CI)')
    .option('-c, --config <file>', `config file (default ./${DEFAULT_CONFIG})`)
    .option('-s, --spec <file>', 'OpenAPI file, without a config')
    .option('-o, --out <dir>', 'output folder with --spec')
    .option('-t, --templates <dir>', 'templates folder overriding built-in templates by name')
    .action(async (options) => {
      const { config, fromSpec } = resolveConfig(options);
      const outputs = await prepare(config, createReporter(process.stderr, { quiet: true }), fromSpec);
      const results = await checkTargets(outputs);
      const stale = results.filter((r) => r.changed.length + r.missing.length + r.stale.length > 0);
      if (stale.length === 0) {
        io.stdout(`sdkgen check: up to date (${outputs.reduce((n, o) => n + o.files.size, 0)} files)\n`);
        return;
      }
      for (const r of stale) {
        const rel = path.relative(process.cwd(), r.dir) || '.';
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
      io.stdout(`wrote ${options.config}\n`);
    });

  program
    .command('ir')
    .description('print the IR of a spec as JSON')
    .requiredOption('-s, --spec <file>', 'OpenAPI file')
    .option('-c, --config <file>', 'config whose naming builds the resource tree')
    .action(async (options) => {
      if (options.config) {
        const { loadProject } = await import('./pipeline.js');
        const config = readConfigFile(options.config);
        config.spec = path.resolve(options.spec);
        io.stdout(`${JSON.stringify((await loadProject(config)).ir, null, 2)}\n`);
        return;
      }
      const { buildResourceTree } = await import('./naming/tree.js');
      const spec = await loadSpec(options.spec);
      const ir = buildIR(spec.document);
      ir.resources = buildResourceTree(ir.operations).resources;
      io.stdout(`${JSON.stringify(ir, null, 2)}\n`);
    });

  program
    .command('import')
    .description('import names from another tool')
    .command('api-md')
    .description('build the naming config (resources: …) from a Stainless api.md')
    .argument('<file>', 'api.md of a Stainless-generated SDK')
    .option('-o, --out <file>', 'write the YAML here instead of stdout')
    .action(async (file: string, options) => {
      const yaml = dumpNamingConfig(importApiMd(readFileSync(file, 'utf8')));
      if (options.out) {
        writeFileSync(options.out, yaml);
        io.stdout(`wrote ${options.out}\n`);
      } else io.stdout(yaml);
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
      const locale = options.locale ?? /\.([a-z]{2}(?:-[A-Z]{2})?)\.[^.]+\.md$/.exec(options.translated)?.[1];
      if (!locale) throw new UsageError('cannot tell the locale from the file name; pass --locale');
      const catalog = extractCatalog(readFileSync(options.source, 'utf8'), readFileSync(options.translated, 'utf8'), locale, {
        source: options.source,
        translated: options.translated,
      });
      const json = `${JSON.stringify(catalog, null, 2)}\n`;
      if (options.out) {
        writeFileSync(options.out, json);
        io.stdout(`wrote ${options.out} (${Object.keys(catalog.operations).length} operations)\n`);
      } else io.stdout(json);
    });

  return { program, exitCode: () => code };
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const { program, exitCode } = buildProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode();
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof SpecError || error instanceof ConfigError || error instanceof UsageError || error instanceof CatalogExtractError) {
      io.stderr(`sdkgen: ${error.message}\n`);
      return error instanceof UsageError ? 2 : 1;
    }
    io.stderr(`sdkgen: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}
