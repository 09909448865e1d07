// A fragment mixes statements with declarations that must sit at the top of a file or class (a Go webhook `func`,
// a Java handler method with its annotations): they are split apart so that each goes where the compiler wants it.

export interface FragmentPart {
  lines: string[];
  /** 0-based line of the part's first line in the fragment. */
  start: number;
}

export interface SplitFragment {
  statements: FragmentPart[];
  declarations: FragmentPart[];
}

/**
 * Lines that `opens` matches start a declaration, which runs to the first line `closes` accepts (`first`: the
 * opening line itself); consecutive other lines are one statements part.
 */
export function splitDeclarations(lines: string[], opens: RegExp, closes: (line: string, first: boolean) => boolean): SplitFragment {
  const out: SplitFragment = { statements: [], declarations: [] };
  let i = 0;
  while (i < lines.length) {
    if (opens.test(lines[i]!)) {
      let end = i;
      while (end < lines.length && !closes(lines[end]!, end === i)) end++;
      out.declarations.push({ lines: lines.slice(i, end + 1), start: i });
      i = end + 1;
      continue;
    }
    const last = out.statements.at(-1);
    if (last && last.start + last.lines.length === i) last.lines.push(lines[i]!);
    else out.statements.push({ lines: [lines[i]!], start: i });
    i++;
  }
  return out;
}
