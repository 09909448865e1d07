// Golden tests: sdkgen's Telnyx docs equal the real generated documents in ../shared/reference, byte for byte.
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasShared, shared, sharedSkipReason } from './support/shared.js';
import { telnyxSkillFiles, testLanguages } from './support/telnyx.js';

/** telnyx-<product>-<lang>.<style>[.<locale>].SKILL.md → the path sdkgen writes under output/telnyx/skills. */
function outputPathOf(reference: string): { path: string; language: string } {
  const match = /^telnyx-(.+)-(python|javascript|go|ruby|java)\.(v1|v2)(?:\.([A-Za-z-]+))?\.SKILL\.md$/.exec(reference);
  if (!match) throw new Error(`unexpected reference file name: ${reference}`);
  const [, product, language, style, locale] = match;
  const skill = `telnyx-${product}-${language}`;
  const relative = style === 'v1' ? `${skill}/SKILL.md` : `telnyx-${language}/skills/${skill}/SKILL.md`;
  return { path: locale ? `${locale}/${relative}` : `${style}/${relative}`, language: language! };
}

const references = hasShared ? readdirSync(shared('reference/skills')).filter((f) => f.endsWith('.SKILL.md')).sort() : [];
const languages = testLanguages(['python', 'javascript', 'go', 'ruby', 'java']);

describe.skipIf(!hasShared)(`golden skill docs${sharedSkipReason}`, () => {
  let files: Map<string, string>;
  beforeAll(async () => {
    files = await telnyxSkillFiles();
  });

  it('has the reference documents to compare with', () => {
    expect(references.length).toBeGreaterThanOrEqual(12);
  });

  for (const reference of references) {
    const { path, language } = outputPathOf(reference);
    it.skipIf(!languages.includes(language as never))(`${path} equals reference/skills/${reference}`, () => {
      const expected = readFileSync(shared('reference/skills', reference), 'utf8');
      expect(files.has(path), `sdkgen wrote no ${path}`).toBe(true);
      expect(files.get(path)).toBe(expected);
    });
  }

  it.skipIf(languages.length < 5)('v2/.claude-plugin/marketplace.json equals reference/telnyx-marketplace.v2.json', () => {
    const expected = readFileSync(shared('reference/telnyx-marketplace.v2.json'), 'utf8');
    expect(files.get('v2/.claude-plugin/marketplace.json')).toBe(expected);
  });
});
