// Property: every Ruby code block the Telnyx docs show (35 products, v1 and v2, every operation) is valid Ruby.
import { beforeAll, describe, expect, it } from 'vitest';
import { hasRuby, rubySkipReason, rubySyntaxProblems } from './support/ruby.js';
import { hasShared, sharedSkipReason } from './support/shared.js';
import { everyOperationExample, listedOperations, telnyxProducts, telnyxSkillExamples, type SkillExamples } from './support/skill-examples.js';

describe.skipIf(!hasRuby)(`the Ruby syntax checker${rubySkipReason}`, () => {
  it('reports syntax errors and parse-time warnings, and accepts valid code', () => {
    const problems = rubySyntaxProblems(['puts(1)', 'client.foo(', 'x = {a: 1, a: 2}', 'foo(a: 1)']);
    expect(problems.map((p) => p.index)).toEqual([1, 2]);
  });
});

describe.skipIf(!hasRuby || !hasShared)(`Ruby examples of every product${rubySkipReason}${sharedSkipReason}`, () => {
  let docs: SkillExamples;
  beforeAll(async () => {
    docs = await telnyxSkillExamples('ruby');
  });

  it('documents 35 products in both styles', () => {
    expect(docs.documents.v1).toHaveLength(35);
    expect(docs.documents.v2).toHaveLength(35);
  });

  it('compiles every Ruby code block', () => {
    const { blocks } = docs;
    // Every operation each style lists (836 in v2, 835 in v1), plus one v2 Setup block per product.
    const products = telnyxProducts();
    const listed = listedOperations(products);
    expect(listed.v1 + listed.v2).toBe(836 + 835);
    expect(blocks).toHaveLength(listed.v1 + listed.v2 + products.length);
    const problems = rubySyntaxProblems(blocks.map((b) => b.code)).map(
      (p) => `${blocks[p.index]!.file}:\n${blocks[p.index]!.code}\n→ ${p.message}`,
    );
    expect(problems).toEqual([]);
  });

  it('compiles the example of every operation of the spec, also those no product lists', async () => {
    const examples = await everyOperationExample('ruby', ['v1']);
    expect(examples.length).toBe(docs.project.ir.operations.length);
    const problems = rubySyntaxProblems(examples.map((e) => e.code)).map((p) => `${examples[p.index]!.operation}: ${p.message}`);
    expect(problems).toEqual([]);
  });
});
