// The v3 description rules: a few whole sentences of the spec's text, HTML reduced to Markdown, text fixes applied.

export interface TextFix {
  from: string;
  to: string;
}

/** Ends of sentences: ".", "!" or "?" after a character that is not a capital letter, then white space or the end. */
const SENTENCE_END = /[^A-Z\s][.!?](?=\s|$)/g;

/** The offsets just past each sentence of `text` (the last one at text.length). */
function sentenceEnds(text: string): number[] {
  const ends = [...text.matchAll(SENTENCE_END)].map((m) => m.index! + m[0].length);
  if (ends.length === 0 || ends[ends.length - 1]! < text.trimEnd().length) ends.push(text.trimEnd().length);
  return ends;
}

/**
 * Up to `maxSentences` sentences while the text so far stays within `maxLength` characters (the first always), as
 * written between them; none when empty or equal to the summary.
 */
export function v3Description(
  description: string | undefined,
  summary: string | undefined,
  fixes: readonly TextFix[] = [],
  maxSentences = 3,
  maxLength = 400,
): string | undefined {
  const text = (description ?? '').trim();
  if (text === '') return undefined;
  let cut = 0;
  for (const [i, end] of sentenceEnds(text).entries()) {
    if (i >= maxSentences || (i > 0 && end > maxLength)) break;
    cut = end;
  }
  const result = applyTextFixes(markdownFromHtml(text.slice(0, cut).trim()), fixes);
  if (result === '' || (summary !== undefined && result === summary.trim())) return undefined;
  return result;
}

/** The first sentence of a field description, HTML reduced. */
export function firstSentence(description: string | undefined, fixes: readonly TextFix[] = []): string {
  const text = (description ?? '').trim();
  if (text === '') return '';
  return applyTextFixes(markdownFromHtml(text.slice(0, sentenceEnds(text)[0]).trim()), fixes);
}

/** `<br>` → a space, `<code>x</code>` → `` `x` ``, other tags removed. */
export function markdownFromHtml(text: string): string {
  return text
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<code>([\s\S]*?)<\/code>/gi, '`$1`')
    .replace(/<\/?[a-zA-Z][^<>]*>/g, '');
}

export function applyTextFixes(text: string, fixes: readonly TextFix[]): string {
  let out = text;
  for (const fix of fixes) out = out.replaceAll(fix.from, fix.to);
  return out;
}
