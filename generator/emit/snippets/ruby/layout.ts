// Ruby statements laid out by the shared document printer: groups print on one line when they fit, else break
// their lines. Widths are counted in UTF-16 code units.
import { group, indent, line, printDoc, softline, type Doc } from '../doc.js';

export type { Doc };

export interface LayoutOptions {
  width: number;
  indentUnit: string;
}

/** `open` items `close`: on one line, or one item per line with `separator` after all but the last. */
export function bracketed(open: string, items: Doc[], close: string, separator = ','): Doc {
  if (items.length === 0) return open + close;
  const separated = items.flatMap((item, i) => (i === 0 ? [item] : [separator, line, item]));
  return group([open, indent([softline, separated]), softline, close]);
}

export function layout(doc: Doc, options: LayoutOptions): string {
  return printDoc(doc, options.width, { indentUnit: options.indentUnit, measure: (text) => text.length });
}
