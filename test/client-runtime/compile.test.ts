import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { GENERATED_FILES } from './fixtures/generated-client.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const coreDir = join(repo, 'templates/typescript/core');
const workDirs: string[] = [];

afterAll(() => {
  for (const dir of workDirs) rmSync(dir, { recursive: true, force: true });
});

/** Lays out a generated package: the fixture sources plus the runtime copied verbatim into src/core/. */
function generatedPackage(packageType: 'module' | 'commonjs'): { root: string; files: string[] } {
  const root = mkdtempSync(join(tmpdir(), `sdkgen-runtime-${packageType}-`));
  workDirs.push(root);
  cpSync(coreDir, join(root, 'src/core'), { recursive: true });
  const files: string[] = [];
  for (const [relative, source] of Object.entries(GENERATED_FILES)) {
    const file = join(root, relative);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, source);
    files.push(file);
  }
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'telnyx-fixture', type: packageType }));
  return { root, files };
}

function compile(files: string[], options: ts.CompilerOptions): string[] {
  const program = ts.createProgram(files, {
    strict: true,
    noImplicitOverride: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    skipLibCheck: true,
    types: ['node'],
    typeRoots: [join(repo, 'node_modules/@types')],
    ...options,
  });
  const diagnostics = [...ts.getPreEmitDiagnostics(program)];
  if (!options.noEmit) diagnostics.push(...program.emit().diagnostics);
  return diagnostics.map(
    (d) => ts.flattenDiagnosticMessageText(d.messageText, '\n') + ` (${d.file?.fileName ?? ''})`,
  );
}

describe('the runtime inside a generated package', () => {
  it('type-checks as an ESM package with NodeNext and no DOM lib', () => {
    const { files } = generatedPackage('module');
    const errors = compile(files, {
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ['lib.es2022.d.ts'],
    });
    expect(errors).toEqual([]);
  });

  it('builds to CommonJS and runs a request, a page walk and a typed error', async () => {
    const { root, files } = generatedPackage('commonjs');
    const outDir = join(root, 'dist');
    const errors = compile(files, {
      outDir,
      rootDir: join(root, 'src'),
      target: ts.ScriptTarget.ES2020,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
    });
    expect(errors).toEqual([]);

    const requireFromPackage = createRequire(join(root, 'package.json'));
    const { Telnyx } = requireFromPackage('./dist/client.js');
    const urls: string[] = [];
    const fetch = async (url: string) => {
      urls.push(url);
      const number = Number(new URL(url).searchParams.get('page[number]') ?? 1);
      if (url.includes('/missing'))
        return new Response('{"errors":[{"title":"Not found"}]}', {
          status: 404,
          headers: { 'content-type': 'application/json' },
        });
      return new Response(
        JSON.stringify({
          data: [{ id: `bg_${number}`, name: 'n' }],
          meta: { page_number: number, total_pages: 2 },
        }),
        {
          headers: { 'content-type': 'application/json' },
        },
      );
    };
    const client = new Telnyx({ apiKey: 'k', fetch });

    const ids: string[] = [];
    for await (const group of client.billingGroups.list()) ids.push(group.id);
    expect(ids).toEqual(['bg_1', 'bg_2']);

    const error = await client.billingGroups.retrieve('missing').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Telnyx.NotFoundError);
    expect((error as Error).message).toBe('404 Not found');
    expect(urls.at(-1)).toBe('https://api.telnyx.com/v2/billing_groups/missing');
  });
});
