// Text rules of the skill docs, established from the reference output.

/**
 * The v2 description line: the description cut after the first "." that is followed by white space,
 * then cut to 197 characters plus "..." when longer than 200; none when missing or equal to the summary.
 */
export function shortDescription(description: string | undefined, summary: string | undefined): string | undefined {
  if (description === undefined) return undefined;
  let text = description.trim();
  if (text === '') return undefined;
  const stop = /\.\s/.exec(text);
  if (stop) text = text.slice(0, stop.index + 1);
  if (text.length > 200) text = `${text.slice(0, 197)}...`;
  if (summary !== undefined && text === summary.trim()) return undefined;
  return text;
}

/** "ai-assistants" → "Ai Assistants" (the reference titles capitalise each slug word, nothing more). */
export function titleFromSlug(slug: string): string {
  return slug
    .split('-')
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(' ');
}

/** Greedy word wrap for a YAML folded scalar: each line, indent included, at most `width` characters. */
export function foldLines(text: string, indent: string, width = 80): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && indent.length + candidate.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(indent + line);
  return lines;
}
