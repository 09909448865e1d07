// Properties checked with gofmt: every Go code block the Telnyx docs show (35 products, v1 and v2, every
// operation) parses, and so does the example of every operation of the spec; every v2 example is exactly what
// `gofmt -s` prints; and the printer's gofmt layout equals gofmt's own for generated expression trees.
// Each property writes all its sources to one temporary folder and runs gofmt once over it.
import { beforeAll, describe, expect, it } from 'vitest';
import { atom, type GoExpr, GOFMT_STYLE, printExpr, RAW_STYLE } from '../generator/emit/snippets/go/syntax.js';
import { goFragmentFile, gofmtCheck, gofmtFormat, gofmtSkipReason, hasGofmt } from './support/go.js';
import { hasShared, sharedSkipReason } from './support/shared.js';
import { everyOperationExample, listedOperations, telnyxProducts, telnyxSkillExamples, type SkillExamples } from './support/skill-examples.js';

interface Source {
  label: string;
  code: string;
  /** The file gofmt reads. */
  file: string;
  /** Whether gofmt -s must leave the file as it is. */
  formatted: boolean;
}

/**
 * The v2 Setup block is an import list and a statement; as a file: the imports, then the statement in main.
 * Its two-space layout is the documents' own, so it is checked for syntax only.
 */
function setupFile(code: string): string {
  const end = code.indexOf('\n)\n') + 3;
  return `package main\n\n${code.slice(0, end)}\nfunc main() {\n${code.slice(end)}\n}\n`;
}

function sourceOf(label: string, code: string): Source {
  if (code.startsWith('package main\n')) return { label, code, file: `${code}\n`, formatted: false };
  if (code.startsWith('import (')) return { label, code, file: setupFile(code), formatted: false };
  return { label, code, file: goFragmentFile(code), formatted: true };
}

function problemsOf(sources: Source[]): string[] {
  const report = gofmtCheck(sources.map((s) => s.file));
  const problems = [...report.errors].map(([i, message]) => `${sources[i]!.label}:\n${sources[i]!.code}\n→ ${message}`);
  sources.forEach((s, i) => {
    if (s.formatted && report.unformatted.has(i)) problems.push(`${s.label}: gofmt -s would reformat\n${s.code}`);
  });
  return problems;
}

describe.skipIf(!hasGofmt)(`the gofmt checker${gofmtSkipReason}`, () => {
  it('reports syntax errors and layouts gofmt -s would change, and accepts gofmt output', () => {
    const report = gofmtCheck([
      goFragmentFile('\tx := 1\n\t_ = x'),
      goFragmentFile('\tx := foo(\n'),
      goFragmentFile('  x := 1\n  _ = x'),
      goFragmentFile('\tx := []T{T{A: 1}}\n\t_ = x'),
    ]);
    expect([...report.errors.keys()]).toEqual([1]);
    expect([...report.unformatted].sort()).toEqual([2, 3]);
  });
});

describe.skipIf(!hasGofmt || !hasShared)(`Go examples of every product${gofmtSkipReason}${sharedSkipReason}`, () => {
  let docs: SkillExamples;
  beforeAll(async () => {
    docs = await telnyxSkillExamples('go');
  });

  it('documents 35 products in both styles', () => {
    expect(docs.documents.v1).toHaveLength(35);
    expect(docs.documents.v2).toHaveLength(35);
  });

  it('parses every Go code block, and every v2 example is as gofmt -s prints it', () => {
    const { blocks } = docs;
    const products = telnyxProducts();
    const listed = listedOperations(products);
    expect(listed.v1 + listed.v2).toBe(836 + 835);
    // One block per listed operation, plus one v2 Setup block per product.
    expect(blocks).toHaveLength(listed.v1 + listed.v2 + products.length);
    const sources = blocks.map((b) => sourceOf(b.file, b.code));
    expect(sources.filter((s) => s.formatted).length).toBe(836);
    expect(problemsOf(sources)).toEqual([]);
  });

  it('parses the example of every operation of the spec in both styles, also those no product lists', async () => {
    const examples = await everyOperationExample('go', ['v1', 'v2']);
    const sources = examples.map((e) => sourceOf(`${e.style} ${e.operation}`, e.code));
    expect(sources.length).toBe(2 * docs.project.ir.operations.length);
    expect(problemsOf(sources)).toEqual([]);
  });
});

/** A small deterministic generator (mulberry32), so that failures reproduce. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomTree(next: () => number, depth: number): GoExpr {
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)]!;
  const key = () => pick(['A', 'ID', 'Name', 'VersionID', 'ScheduledAtFixedDatetime', 'X'.repeat(1 + Math.floor(next() * 90))]);
  const leaf = () => atom(pick(['1', '"text"', 'true', 'time.Now()', 'telnyx.EnumValue', '"a much longer string value"']));
  const roll = next();
  if (depth > 2 || roll < 0.35) return leaf();
  if (roll < 0.55) {
    const items = Array.from({ length: Math.floor(next() * 3) }, () => randomTree(next, depth + 1));
    const struct = items.some((i) => i.kind === 'composite' && !i.inline);
    return { kind: 'composite', type: struct ? '[]telnyx.T' : '[]any', elements: items.map((value) => ({ value })), inline: true, elementType: struct ? 'telnyx.T' : 'any' };
  }
  const fields = Array.from({ length: Math.floor(next() * 6) }, () => ({ key: key(), value: randomTree(next, depth + 1) }));
  return { kind: 'composite', type: 'telnyx.T', elements: fields, inline: false };
}

describe.skipIf(!hasGofmt)(`the gofmt layout${gofmtSkipReason}`, () => {
  it('equals gofmt -s of the raw layout for generated literals (alignment sections, long keys, nesting)', () => {
    const next = random(20260206);
    const trees = Array.from({ length: 400 }, () => randomTree(next, 0));
    const raw = trees.map((t) => `package main\n\nfunc main() {\n  x := ${printExpr(t, 1, RAW_STYLE)}\n  _ = x\n}\n`);
    const formatted = gofmtFormat(raw);
    const mismatches = trees
      .map((t, i) => ({ expected: formatted[i]!, actual: goFragmentFile(`\tx := ${printExpr(t, 1, GOFMT_STYLE)}\n\t_ = x`) }))
      .filter((m) => m.actual !== m.expected);
    expect(mismatches.slice(0, 3)).toEqual([]);
    // The trees exercise what gofmt changes: alignment padding and elided element types.
    expect(formatted.filter((f) => /:  +\S/.test(f)).length).toBeGreaterThan(50);
    expect(formatted.filter((f) => f.includes('{{')).length).toBeGreaterThan(10);
  });
});
