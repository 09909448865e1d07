// Property: every Ruby code block the Telnyx docs show (35 products, v1 and v2, every operation) is valid Ruby.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readConfigFile } from '../generator/config.js';
import { rubyTarget } from '../generator/emit/snippets/ruby.js';
import { loadProject, skillFiles } from '../generator/pipeline.js';
import { hasRuby, rubySkipReason, rubySyntaxProblems } from './support/ruby.js';
import { hasShared, shared, sharedSkipReason } from './support/shared.js';
import { TELNYX_CONFIG } from './support/telnyx.js';

interface ProductsFile {
  products: { operations: unknown[]; operationsV1?: unknown[] }[];
}

interface Block {
  file: string;
  code: string;
}

function rubyBlocks(files: Map<string, string>): Block[] {
  const blocks: Block[] = [];
  for (const [file, text] of files) {
    for (const match of text.matchAll(/^```ruby\n([\s\S]*?)^```$/gm)) blocks.push({ file, code: match[1]! });
  }
  return blocks;
}

describe.skipIf(!hasRuby)(`the Ruby syntax checker${rubySkipReason}`, () => {
  it('reports syntax errors and parse-time warnings, and accepts valid code', () => {
    const problems = rubySyntaxProblems(['puts(1)', 'client.foo(', 'x = {a: 1, a: 2}', 'foo(a: 1)']);
    expect(problems.map((p) => p.index)).toEqual([1, 2]);
  });
});

describe.skipIf(!hasRuby || !hasShared)(`Ruby examples of every product${rubySkipReason}${sharedSkipReason}`, () => {
  let files: Map<string, string>;
  beforeAll(async () => {
    const config = readConfigFile(TELNYX_CONFIG);
    config.targets.skills!.languages = ['ruby'];
    config.targets.skills!.locales = [];
    files = (await skillFiles(await loadProject(config))).files;
  });

  it('documents 35 products in both styles', () => {
    const docs = [...files.keys()].filter((path) => path.endsWith('/SKILL.md'));
    expect(docs.filter((path) => path.startsWith('v1/'))).toHaveLength(35);
    expect(docs.filter((path) => path.startsWith('v2/'))).toHaveLength(35);
  });

  it('compiles every Ruby code block', () => {
    const blocks = rubyBlocks(files);
    // Every operation each style lists (836 in v2, 835 in v1), plus one v2 Setup block per product.
    const products = (JSON.parse(readFileSync(shared('reference/telnyx-products.json'), 'utf8')) as ProductsFile).products;
    const listed = products.reduce((n, p) => n + p.operations.length + (p.operationsV1 ?? p.operations).length, 0);
    expect(listed).toBe(836 + 835);
    expect(blocks).toHaveLength(listed + products.length);
    const problems = rubySyntaxProblems(blocks.map((b) => b.code)).map(
      (p) => `${blocks[p.index]!.file}:\n${blocks[p.index]!.code}\n→ ${p.message}`,
    );
    expect(problems).toEqual([]);
  });

  it('compiles the example of every operation of the spec, also those no product lists', async () => {
    const config = readConfigFile(TELNYX_CONFIG);
    const project = await loadProject(config);
    const { buildMethodExample } = await import('../generator/examples/method.js');
    const { indexMethods } = await import('../generator/emit/skills/document.js');
    const methods = indexMethods(project.ir);
    const codes: string[] = [];
    for (const operation of project.ir.operations) {
      const named = methods.get(operation.key)!;
      codes.push(
        rubyTarget.example({
          ir: project.ir,
          lookup: project.lookup,
          operation,
          method: named.method,
          resourcePath: named.resourcePath,
          example: buildMethodExample(operation, project.lookup),
          sdk: { name: 'Telnyx', apiKeyEnv: 'TELNYX_API_KEY', packageName: 'telnyx', goModule: '', javaPackage: '', javaRepository: '' },
          style: 'v1',
        }),
      );
    }
    expect(codes.length).toBe(project.ir.operations.length);
    const problems = rubySyntaxProblems(codes).map((p) => `${project.ir.operations[p.index]!.key}: ${p.message}`);
    expect(problems).toEqual([]);
  });
});
