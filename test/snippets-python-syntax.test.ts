// Property: every Python code block the Telnyx docs show (35 products, v1 and v2, every operation) is valid
// Python, and so is the example of every operation of the spec. One python3 process checks them all.
import { beforeAll, describe, expect, it } from 'vitest';
import { hasPython, pythonSkipReason, pythonSyntaxProblems } from './support/python.js';
import { hasShared, sharedSkipReason } from './support/shared.js';
import { everyOperationExample, listedOperations, telnyxProducts, telnyxSkillExamples, type SkillExamples } from './support/skill-examples.js';

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
  let docs: SkillExamples;
  beforeAll(async () => {
    docs = await telnyxSkillExamples('python');
  });

  it('documents 35 products in both styles', () => {
    expect(docs.documents.v1).toHaveLength(35);
    expect(docs.documents.v2).toHaveLength(35);
  });

  it('parses every Python code block', () => {
    const { blocks } = docs;
    // Every operation each style lists (836 in v2, 835 in v1), plus one v2 Setup block per product.
    const products = telnyxProducts();
    const listed = listedOperations(products);
    expect(listed.v1 + listed.v2).toBe(836 + 835);
    expect(blocks).toHaveLength(listed.v1 + listed.v2 + products.length);
    const problems = pythonSyntaxProblems(blocks.map((b) => b.code)).map(
      (p) => `${blocks[p.index]!.file}:\n${blocks[p.index]!.code}\n→ ${p.message}`,
    );
    expect(problems).toEqual([]);
  });

  it('parses the example of every operation of the spec in both styles, also those no product lists', async () => {
    const examples = await everyOperationExample('python', ['v1', 'v2']);
    expect(examples.length).toBe(2 * docs.project.ir.operations.length);
    const problems = pythonSyntaxProblems(examples.map((e) => e.code)).map(
      (p) => `${examples[p.index]!.style} ${examples[p.index]!.operation}:\n${examples[p.index]!.code}\n→ ${p.message}`,
    );
    expect(problems).toEqual([]);
  });
});
