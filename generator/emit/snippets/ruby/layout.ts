// A small Wadler/prettier-style layout engine: groups print on one line when they fit, else break their lines.

export type Doc = string | Doc[] | Group | Indent | Line;

interface Group {
  kind: 'group';
  contents: Doc;
}

interface Indent {
  kind: 'indent';
  contents: Doc;
}

/** A line break in a broken group; `flat` in a group printed on one line. */
interface Line {
  kind: 'line';
  flat: string;
}

export const group = (contents: Doc): Doc => ({ kind: 'group', contents });
export const indent = (contents: Doc): Doc => ({ kind: 'indent', contents });
/** A space when flat. */
export const line: Doc = { kind: 'line', flat: ' ' };
/** Nothing when flat. */
export const softline: Doc = { kind: 'line', flat: '' };

export function join(separator: Doc, docs: Doc[]): Doc[] {
  return docs.flatMap((doc, i) => (i === 0 ? [doc] : [separator, doc]));
}

/** `open` items `close`: on one line, or one item per line with `separator` after all but the last. */
export function bracketed(open: string, items: Doc[], close: string, separator = ','): Doc {
  if (items.length === 0) return open + close;
  return group([open, indent([softline, join([separator, line], items)]), softline, close]);
}

type Mode = 'flat' | 'break';

interface Command {
  indent: number;
  mode: Mode;
  doc: Doc;
}

export interface LayoutOptions {
  width: number;
  indentUnit: string;
}

export function layout(doc: Doc, options: LayoutOptions): string {
  const out: string[] = [];
  let column = 0;
  const stack: Command[] = [{ indent: 0, mode: 'break', doc }];
  while (stack.length > 0) {
    const { indent: level, mode, doc: current } = stack.pop()!;
    if (typeof current === 'string') {
      out.push(current);
      column += current.length;
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push({ indent: level, mode, doc: current[i]! });
    } else if (current.kind === 'indent') {
      stack.push({ indent: level + 1, mode, doc: current.contents });
    } else if (current.kind === 'line') {
      if (mode === 'flat') {
        out.push(current.flat);
        column += current.flat.length;
      } else {
        const padding = options.indentUnit.repeat(level);
        out.push('\n' + padding);
        column = padding.length;
      }
    } else if (mode === 'flat') {
      stack.push({ indent: level, mode: 'flat', doc: current.contents });
    } else {
      const flat: Command = { indent: level, mode: 'flat', doc: current.contents };
      stack.push(fits(flat, stack, options.width - column) ? flat : { indent: level, mode: 'break', doc: current.contents });
    }
  }
  return out.join('');
}

/**
 * Whether `next` printed flat, followed by what comes after it up to the next line break of an enclosing
 * broken group (a trailing "," or ")"), stays within `width` columns.
 */
function fits(next: Command, rest: readonly Command[], width: number): boolean {
  const commands: Command[] = [next];
  let restIndex = rest.length;
  let remaining = width;
  while (remaining >= 0) {
    if (commands.length === 0) {
      if (restIndex === 0) return true;
      commands.push(rest[--restIndex]!);
      continue;
    }
    const { indent: level, mode, doc } = commands.pop()!;
    if (typeof doc === 'string') remaining -= doc.length;
    else if (Array.isArray(doc)) for (let i = doc.length - 1; i >= 0; i--) commands.push({ indent: level, mode, doc: doc[i]! });
    else if (doc.kind === 'line') {
      if (mode === 'break') return true;
      remaining -= doc.flat.length;
    } else commands.push({ indent: level, mode, doc: doc.contents });
  }
  return false;
}
