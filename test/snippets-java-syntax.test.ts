// Property: every Java example sdkgen writes for the Telnyx products (v1 programs, v2 fragments) is valid
// Java syntax, as judged by java-parser (the parser of prettier-java), in-process.
import { readFileSync } from 'node:fs';
import { parse } from 'java-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { readConfigFile } from '../generator/config.js';
import { loadProject, skillFiles } from '../generator/pipeline.js';
import { hasShared, shared, sharedSkipReason } from './support/shared.js';
import { TELNYX_CONFIG } from './support/telnyx.js';

interface ProductsFile {
  products: { operations: unknown[]; operationsV1?: unknown[] }[];
}

interface JavaBlock {
  file: string;
  index: number;
  code: string;
}

/** The ```java blocks of a markdown document. */
function javaBlocks(file: string, text: string): JavaBlock[] {
  return [...text.matchAll(/^```java\n([\s\S]*?)^```$/gm)].map((m, index) => ({ file, index, code: m[1]! }));
}

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
  let v1: JavaBlock[] = [];
  let v2: JavaBlock[] = [];
  let operations = 0;

  beforeAll(async () => {
    const config = readConfigFile(TELNYX_CONFIG);
    const skills = config.targets.skills!;
    skills.languages = ['java'];
    skills.locales = [];
    const project = await loadProject(config);
    const { files } = await skillFiles(project);
    for (const [path, text] of files) {
      if (!path.endsWith('SKILL.md')) continue;
      operations += [...text.matchAll(/^`(GET|POST|PUT|PATCH|DELETE) \//gm)].length;
      if (path.startsWith('v1/')) v1.push(...javaBlocks(path, text));
      else if (path.startsWith('v2/')) v2.push(...javaBlocks(path, text));
    }
  });

  it('writes one Java example per operation the products file lists (plus one v2 setup block per product)', () => {
    const products = (JSON.parse(readFileSync(shared('reference/telnyx-products.json'), 'utf8')) as ProductsFile).products;
    const listedV1 = products.reduce((n, p) => n + (p.operationsV1 ?? p.operations).length, 0);
    const listedV2 = products.reduce((n, p) => n + p.operations.length, 0);
    expect(products).toHaveLength(35);
    expect(listedV2).toBe(836);
    expect(v1).toHaveLength(listedV1);
    expect(v2).toHaveLength(listedV2 + products.length);
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
