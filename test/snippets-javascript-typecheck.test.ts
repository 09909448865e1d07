// Property: the v2 JavaScript examples of every product compile against the official SDK (telnyx@5.23.0).
// Each example becomes one module with the Setup's `client` in scope; one TypeScript program checks them all.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasShared, repoRoot, sharedSkipReason } from './support/shared.js';
import { telnyxSkillExamples, type SkillCodeBlock } from './support/skill-examples.js';

/**
 * The SDK wants a params argument on 106 methods whose body has no required field, and the docs (like the
 * references and the real generator, which reached 730 of 836) call them without one.
 */
const MINIMUM_COMPILING = 730;

interface Failure {
  example: SkillCodeBlock;
  messages: string[];
}

describe.skipIf(!hasShared)(`JavaScript examples type-check against the official SDK${sharedSkipReason}`, () => {
  let dir: string;
  let examples: SkillCodeBlock[];
  let failures: Failure[];

  beforeAll(async () => {
    const v2 = (await telnyxSkillExamples('javascript')).blocks.filter((b) => b.style === 'v2');
    examples = v2.filter((b) => b.operation);
    dir = mkdtempSync(path.join(tmpdir(), 'sdkgen-js-typecheck-'));
    mkdirSync(path.join(dir, 'node_modules'));
    symlinkSync(path.join(repoRoot, 'node_modules/telnyx'), path.join(dir, 'node_modules/telnyx'), 'dir');
    const setup = v2.find((b) => !b.operation)!.code;
    const files = examples.map((example, i) => {
      const file = path.join(dir, `example-${String(i).padStart(4, '0')}.ts`);
      const body = example.code.replace(/^/gm, '  ');
      writeFileSync(file, `${setup}\n\nexport async function example() {\n${body}\n}\n\ndeclare const process: { env: Record<string, string | undefined> };\n`);
      return file;
    });
    const program = ts.createProgram(files, {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      esModuleInterop: true,
      types: [],
    });
    const byFile = new Map<string, string[]>();
    for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
      const name = diagnostic.file?.fileName ?? '(global)';
      byFile.set(name, [...(byFile.get(name) ?? []), ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')]);
    }
    failures = files.flatMap((file, i) => (byFile.has(file) ? [{ example: examples[i]!, messages: byFile.get(file)! }] : []));
    const global = byFile.get('(global)');
    if (global) throw new Error(`global diagnostics: ${global.join('; ')}`);
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('generates an example for every v2 product operation', () => {
    expect(examples.length).toBeGreaterThanOrEqual(836);
  });

  it(`compiles at least ${MINIMUM_COMPILING} examples`, () => {
    const passing = examples.length - failures.length;
    console.log(`JavaScript v2 examples compiling against telnyx@5.23.0: ${passing} of ${examples.length}`);
    for (const [category, count] of categories(failures)) console.log(`  ${count} × ${category}`);
    expect(passing).toBeGreaterThanOrEqual(MINIMUM_COMPILING);
  });
});

/** Failures grouped by their first message with names and literals blanked out. */
function categories(failures: Failure[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const failure of failures) {
    const category = failure.messages[0]!.split('\n')[0]!.replace(/'[^']*'/g, "'…'").replace(/"[^"]*"/g, '"…"');
    counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}
