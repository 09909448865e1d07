// Property: every Python code block the Telnyx docs show (35 products, v1 and v2, every operation) is valid
// Python, and so is the example of every operation of the spec. One python3 process checks them all.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readConfigFile } from '../generator/config.js';
import { indexMethods } from '../generator/emit/skills/document.js';
import { pythonTarget } from '../generator/emit/snippets/python.js';
import type { SnippetStyle } from '../generator/emit/snippets/target.js';
import { buildMethodExample } from '../generator/examples/method.js';
import { loadProject, sdkInfo, skillFiles, type Project } from '../generator/pipeline.js';
import { hasPython, pythonSkipReason, pythonSyntaxProblems } from './support/python.js';
import { hasShared, shared, sharedSkipReason } from './support/shared.js';
import { TELNYX_CONFIG } from './support/telnyx.js';

interface ProductsFile {
  products: { operations: unknown[]; operationsV1?: unknown[] }[];
}

interface Block {
  file: string;
  code: string;
}

function pythonBlocks(files: Map<string, string>): Block[] {
  const blocks: Block[] = [];
  for (const [file, text] of files) {
    for (const match of text.matchAll(/^```python\n([\s\S]*?)^```$/gm)) blocks.push({ file, code: match[1]! });
  }
  return blocks;
}

describe.skipIf(!hasPython)(`the Python syntax checker${pythonSkipReason}`, () => {
  it('reports parse errors and compile-time errors, and accepts valid code', () => {
    const problems = pythonSyntaxProblems([
      'print(1)',
      'client.foo(\n    a=1,\n',
      'client.foo(a=1, a=2)',
      'x = client.foo(\n    "id",\n)\nprint(x.10999)',
      'x = {"a": 1}\n',
    ]);
    expect(problems.map((p) => p.index)).toEqual([1, 2, 3]);
  });
});

describe.skipIf(!hasPython || !hasShared)(`Python examples of every product${pythonSkipReason}${sharedSkipReason}`, () => {
  let project: Project;
  let files: Map<string, string>;
  beforeAll(async () => {
    const config = readConfigFile(TELNYX_CONFIG);
    config.targets.skills!.languages = ['python'];
    config.targets.skills!.locales = [];
    project = await loadProject(config);
    files = (await skillFiles(project)).files;
  });

  it('documents 35 products in both styles', () => {
    const docs = [...files.keys()].filter((path) => path.endsWith('/SKILL.md'));
    expect(docs.filter((path) => path.startsWith('v1/'))).toHaveLength(35);
    expect(docs.filter((path) => path.startsWith('v2/'))).toHaveLength(35);
  });

  it('parses every Python code block', () => {
    const blocks = pythonBlocks(files);
    // Every operation each style lists (836 in v2, 835 in v1), plus one v2 Setup block per product.
    const products = (JSON.parse(readFileSync(shared('reference/telnyx-products.json'), 'utf8')) as ProductsFile).products;
    const listed = products.reduce((n, p) => n + p.operations.length + (p.operationsV1 ?? p.operations).length, 0);
    expect(listed).toBe(836 + 835);
    expect(blocks).toHaveLength(listed + products.length);
    const problems = pythonSyntaxProblems(blocks.map((b) => b.code)).map(
      (p) => `${blocks[p.index]!.file}:\n${blocks[p.index]!.code}\n→ ${p.message}`,
    );
    expect(problems).toEqual([]);
  });

  it('parses the example of every operation of the spec in both styles, also those no product lists', () => {
    const methods = indexMethods(project.ir);
    const codes: { key: string; code: string }[] = [];
    for (const style of ['v1', 'v2'] as SnippetStyle[]) {
      for (const operation of project.ir.operations) {
        const named = methods.get(operation.key)!;
        const code = pythonTarget.example({
          ir: project.ir,
          lookup: project.lookup,
          operation,
          method: named.method,
          resourcePath: named.resourcePath,
          example: buildMethodExample(operation, project.lookup),
          sdk: sdkInfo(project.config),
          style,
        });
        codes.push({ key: `${style} ${operation.key}`, code });
      }
    }
    expect(codes.length).toBe(2 * project.ir.operations.length);
    const problems = pythonSyntaxProblems(codes.map((c) => c.code)).map((p) => `${codes[p.index]!.key}:\n${codes[p.index]!.code}\n→ ${p.message}`);
    expect(problems).toEqual([]);
  });
});
