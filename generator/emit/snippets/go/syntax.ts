// Go expressions and their two printed forms: the generator's raw layout (v1: two-space indents, an empty
// literal keeps a blank line) and that layout as `gofmt -s` leaves it (v2: tabs, `{}`, element types elided,
// key columns aligned).
import { hexEscape, quotedString } from '../common.js';

export type GoExpr =
  /** Anything printed as written: literals, identifiers, `time.Now()`. */
  | { kind: 'atom'; text: string }
  | GoComposite;

export interface GoComposite {
  kind: 'composite';
  /** The literal's type, e.g. `telnyx.AIAssistantNewParams`, `[]string`, `map[string]any`. */
  type: string;
  /** `&T{…}`. */
  pointer?: boolean;
  elements: GoElement[];
  /** Elements on the literal's own line, comma-separated (slices); otherwise one keyed element a line. */
  inline: boolean;
  /** The type of the elements (slices) or values (maps): gofmt -s drops it from element literals. */
  elementType?: string;
}

export interface GoElement {
  /** A field name or a quoted map key; none for slice elements. */
  key?: string;
  value: GoExpr;
}

export const atom = (text: string): GoExpr => ({ kind: 'atom', text });

export type GoLayout = 'raw' | 'gofmt';

export interface GoPrintStyle {
  layout: GoLayout;
  /** One level of indentation: two spaces (raw), a tab (gofmt). */
  indent: string;
}

export const RAW_STYLE: GoPrintStyle = { layout: 'raw', indent: '  ' };
export const GOFMT_STYLE: GoPrintStyle = { layout: 'gofmt', indent: '\t' };

/** `expr` printed starting on a line indented `level` times; nested lines are indented from there. */
export function printExpr(expr: GoExpr, level: number, style: GoPrintStyle, elidedType?: string): string {
  if (expr.kind === 'atom') return expr.text;
  const elide = style.layout === 'gofmt' && elidedType !== undefined && elidedType === expr.type && !expr.pointer;
  const head = elide ? '{' : `${expr.pointer ? '&' : ''}${expr.type}{`;
  const child = (value: GoExpr, at: number) => printExpr(value, at, style, expr.elementType);
  if (expr.inline) {
    const items = expr.elements.map((e) => (e.key === undefined ? '' : `${e.key}: `) + child(e.value, level));
    return `${head}${items.join(', ')}}`;
  }
  const pad = style.indent.repeat(level);
  if (expr.elements.length === 0) return style.layout === 'gofmt' ? `${head}}` : `${head}\n\n${pad}}`;
  const inner = style.indent.repeat(level + 1);
  const printed = expr.elements.map((e) => ({ key: e.key, text: child(e.value, level + 1) }));
  const keyColumn = style.layout === 'gofmt' ? alignedKeyWidths(printed) : printed.map(() => undefined);
  const lines = printed.map((e, i) => {
    if (e.key === undefined) return `${inner}${e.text},`;
    const width = keyColumn[i];
    const key = width === undefined ? `${e.key}: ` : `${e.key}:`.padEnd(width + 1);
    return `${inner}${key}${e.text},`;
  });
  return `${head}\n${lines.join('\n')}\n${pad}}`;
}

/** gofmt breaks key alignment where the key sizes vary by this factor around their geometric mean. */
const KEY_SIZE_RATIO = 2.5;
/** Keys at most this long always align with their neighbours. */
const SMALL_KEY_SIZE = 40;

/**
 * The width of the `key:` column of each element as go/printer's exprList lays it out: consecutive one-line
 * `key: value` elements form a section whose values start one column after the longest `key:`; an element
 * spanning lines stands alone and ends the section, as does a key whose size breaks the ratio rule.
 * Undefined for elements printed `key: value` with a single space.
 */
function alignedKeyWidths(elements: { key?: string; text: string }[]): (number | undefined)[] {
  const sections: number[][] = [];
  let size = 0;
  let lnsum = 0;
  let count = 0;
  elements.forEach((element, i) => {
    const prevSize = size;
    const oneLine = !element.text.includes('\n');
    size = oneLine ? (element.key === undefined ? byteLength(element.text) : byteLength(element.key)) : 0;
    let newSection = true;
    if (prevSize > 0 && size > 0) {
      if (count === 0 || (prevSize <= SMALL_KEY_SIZE && size <= SMALL_KEY_SIZE)) {
        newSection = false;
      } else {
        const ratio = size / Math.exp(lnsum / count);
        newSection = KEY_SIZE_RATIO * ratio <= 1 || KEY_SIZE_RATIO <= ratio;
      }
    }
    if (newSection || i === 0) {
      sections.push([]);
      if (i > 0) {
        lnsum = 0;
        count = 0;
      }
    }
    if (size > 0 && element.key !== undefined && elements.length > 1) sections[sections.length - 1]!.push(i);
    if (size > 0) {
      lnsum += Math.log(size);
      count++;
    }
  });
  const widths: (number | undefined)[] = elements.map(() => undefined);
  for (const section of sections) {
    const width = Math.max(...section.map((i) => [...`${elements[i]!.key}:`].length));
    for (const i of section) widths[i] = width;
  }
  return widths;
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** A Go interpreted string literal; a lone surrogate is no Go rune. */
export function goString(value: string): string {
  return quotedString(value, { quote: '"', control: hexEscape, loneSurrogate: '\\uFFFD' });
}

/** A Go numeric literal: integers as written, others in the shortest exact form JavaScript gives. */
export function goNumber(value: number): string {
  if (!Number.isFinite(value)) return '0';
  return String(value);
}
