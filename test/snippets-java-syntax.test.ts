// Property: every Java example sdkgen writes for the Telnyx products (v1 programs, v2 fragments) is valid
// Java syntax, as judged by java-parser (the parser of prettier-java), in-process.
import { parse } from 'java-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasShared, sharedSkipReason } from './support/shared.js';
import { listedOperations, telnyxProducts, telnyxSkillExamples, type SkillCodeBlock } from './support/skill-examples.js';

/** A v2 fragment as a compilation unit: imports hoisted, statements inside a method. */
function wrapFragment(code: string): string {
  const lines = code.split('\n');
  const imports = lines.filter((l) => /^import\s/.test(l));
  const body = lines.filter((l) => !/^import\s/.test(l));
  return [...imports, 'class Snippet {', '  void example() throws Exception {', ...body, '  }', '}', ''].join('\n');
}

function syntaxError(code: string): string | undefined {
  try {
    parse(code);
    return undefined;
  } catch (error) {
    return (error as Error).message.split('\n').slice(0, 3).join(' ');
  }
}

describe('java-parser itself', () => {
  it('rejects broken Java, so that a pass below means something', () => {
    expect(syntaxError(wrapFragment('Foo x = Foo.builder()\n    .a("b"\n    .build();'))).toBeDefined();
    expect(syntaxError(wrapFragment('import a.B;\n\nB x = B.builder().a("b").build();'))).toBeUndefined();
  });
});

describe.skipIf(!hasShared)(`every Java example of the Telnyx docs parses${sharedSkipReason}`, () => {
  let v1: SkillCodeBlock[] = [];
  let v2: SkillCodeBlock[] = [];
  let operations = 0;

  beforeAll(async () => {
    const { files, blocks } = await telnyxSkillExamples('java');
    for (const text of files.values()) operations += [...text.matchAll(/^`(GET|POST|PUT|PATCH|DELETE) \//gm)].length;
    v1 = blocks.filter((b) => b.style === 'v1');
    v2 = blocks.filter((b) => b.style === 'v2');
  });

  it('writes one Java example per operation the products file lists (plus one v2 setup block per product)', () => {
    const products = telnyxProducts();
    const listed = listedOperations(products);
    expect(products).toHaveLength(35);
    expect(listed.v2).toBe(836);
    expect(v1).toHaveLength(listed.v1);
    expect(v2).toHaveLength(listed.v2 + products.length);
    expect(v1.length + v2.length - products.length).toBe(operations);
  });

  it('v1 examples are whole programs that parse', () => {
    const failures = v1.map((b) => ({ at: `${b.file}#${b.index}`, error: syntaxError(b.code) })).filter((f) => f.error);
    expect(failures.slice(0, 5)).toEqual([]);
    expect(v1.every((b) => b.code.startsWith('package ') && b.code.includes('public static void main(String[] args)'))).toBe(true);
  });

  it('v2 fragments parse once wrapped in a class and method', () => {
    const failures = v2.map((b) => ({ at: `${b.file}#${b.index}`, error: syntaxError(wrapFragment(b.code)) })).filter((f) => f.error);
    expect(failures.slice(0, 5)).toEqual([]);
  });
});
