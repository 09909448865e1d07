// A small Wadler-style document printer with prettier's semantics (groups, conditional groups, fill, if-break),
// so that snippets come out exactly as prettier would print them without running prettier on each one. The
// JavaScript target uses all of it; the Ruby target lays out its calls with groups and lines alone.

export type Doc = string | Doc[] | Group | Indent | Line | IfBreak | IndentIfBreak | BreakParent | Fill;

export interface Group {
  type: 'group';
  contents: Doc;
  break: boolean;
  id?: symbol;
  /** A conditional group: the layouts to try in order (the first is `contents`). */
  expandedStates?: Doc[];
}
interface Indent {
  type: 'indent';
  contents: Doc;
}
interface Line {
  type: 'line';
  soft?: boolean;
  hard?: boolean;
}
interface IfBreak {
  type: 'if-break';
  breakContents: Doc;
  flatContents: Doc;
  groupId?: symbol;
}
interface IndentIfBreak {
  type: 'indent-if-break';
  contents: Doc;
  groupId: symbol;
}
interface BreakParent {
  type: 'break-parent';
}
interface Fill {
  type: 'fill';
  parts: Doc[];
}

export const line: Doc = { type: 'line' };
export const softline: Doc = { type: 'line', soft: true };
export const breakParent: Doc = { type: 'break-parent' };
export const hardline: Doc = [{ type: 'line', hard: true }, breakParent];

export function group(contents: Doc, options: { shouldBreak?: boolean; id?: symbol } = {}): Group {
  const doc: Group = { type: 'group', contents, break: !!options.shouldBreak };
  if (options.id) doc.id = options.id;
  return doc;
}

export function conditionalGroup(states: Doc[]): Group {
  return { type: 'group', contents: states[0]!, break: false, expandedStates: states };
}

export function indent(contents: Doc): Doc {
  return { type: 'indent', contents };
}

export function ifBreak(breakContents: Doc, flatContents: Doc = '', groupId?: symbol): Doc {
  const doc: IfBreak = { type: 'if-break', breakContents, flatContents };
  if (groupId) doc.groupId = groupId;
  return doc;
}

export function indentIfBreak(contents: Doc, groupId: symbol): Doc {
  return { type: 'indent-if-break', contents, groupId };
}

export function fill(parts: Doc[]): Doc {
  return { type: 'fill', parts };
}

/** Whether a document contains a forced break (prettier's willBreak). */
export function willBreak(doc: Doc): boolean {
  if (typeof doc === 'string') return false;
  if (Array.isArray(doc)) return doc.some(willBreak);
  switch (doc.type) {
    case 'group':
      return doc.break || willBreak(doc.contents);
    case 'line':
      return !!doc.hard;
    case 'break-parent':
      return true;
    case 'indent':
    case 'indent-if-break':
      return willBreak(doc.contents);
    case 'if-break':
      return willBreak(doc.breakContents) || willBreak(doc.flatContents);
    case 'fill':
      return doc.parts.some(willBreak);
  }
}

/** Marks every group that contains a forced break as broken; conditional groups keep their own choice. */
function propagateBreaks(doc: Doc, visited = new Set<Doc>()): boolean {
  if (typeof doc === 'string') return false;
  if (Array.isArray(doc)) {
    let breaks = false;
    for (const part of doc) breaks = propagateBreaks(part, visited) || breaks;
    return breaks;
  }
  switch (doc.type) {
    case 'break-parent':
      return true;
    case 'line':
      return false;
    case 'group': {
      if (visited.has(doc)) return doc.break;
      visited.add(doc);
      let inner = false;
      for (const state of doc.expandedStates ?? [doc.contents]) inner = propagateBreaks(state, visited) || inner;
      if (inner && !doc.expandedStates) doc.break = true;
      return doc.break;
    }
    case 'indent':
    case 'indent-if-break':
      return propagateBreaks(doc.contents, visited);
    case 'if-break':
      return propagateBreaks(doc.breakContents, visited) || propagateBreaks(doc.flatContents, visited);
    case 'fill':
      return propagateBreaks(doc.parts, visited);
  }
}

type Mode = 'break' | 'flat';
interface Command {
  /** Levels of indentation. */
  indent: number;
  mode: Mode;
  doc: Doc;
}

type Measure = (text: string) => number;

export interface PrintOptions {
  /** One level of indentation: prettier's two spaces by default. */
  indentUnit?: string;
  /** The columns a string takes: its stringWidth by default, as prettier counts. */
  measure?: Measure;
}

/** Columns a string takes in a monospace font: East Asian wide characters count two, combining marks none. */
export function stringWidth(text: string): number {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7F]*$/.test(text)) return text.length;
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (/\p{Mn}|\p{Me}|\p{Cf}/u.test(char)) continue;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x1f900 && code <= 0x1f9ff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/** Whether `next` fits in `width` columns, the rest of the line being taken from `rest` up to its first break. */
function fits(next: Command, rest: Command[], width: number, groupModes: Map<symbol, Mode>, mustBeFlat: boolean, measure: Measure): boolean {
  let restIndex = rest.length;
  const stack: { mode: Mode; doc: Doc }[] = [next];
  while (width >= 0) {
    if (stack.length === 0) {
      if (restIndex === 0) return true;
      stack.push(rest[--restIndex]!);
      continue;
    }
    const { mode, doc } = stack.pop()!;
    if (typeof doc === 'string') {
      width -= measure(doc);
    } else if (Array.isArray(doc)) {
      for (let i = doc.length - 1; i >= 0; i--) stack.push({ mode, doc: doc[i]! });
    } else {
      switch (doc.type) {
        case 'indent':
        case 'indent-if-break':
          stack.push({ mode, doc: doc.contents });
          break;
        case 'fill':
          for (let i = doc.parts.length - 1; i >= 0; i--) stack.push({ mode, doc: doc.parts[i]! });
          break;
        case 'group': {
          if (mustBeFlat && doc.break) return false;
          const groupMode: Mode = doc.break ? 'break' : mode;
          const contents = doc.expandedStates && groupMode === 'break' ? doc.expandedStates.at(-1)! : doc.contents;
          stack.push({ mode: groupMode, doc: contents });
          break;
        }
        case 'if-break': {
          const groupMode = doc.groupId ? (groupModes.get(doc.groupId) ?? 'flat') : mode;
          stack.push({ mode, doc: groupMode === 'break' ? doc.breakContents : doc.flatContents });
          break;
        }
        case 'line':
          if (mode === 'break' || doc.hard) return true;
          if (!doc.soft) width -= 1;
          break;
        case 'break-parent':
          break;
      }
    }
  }
  return false;
}

/** Prints a document in `printWidth` columns. */
export function printDoc(doc: Doc, printWidth: number, options: PrintOptions = {}): string {
  const { indentUnit = '  ', measure = stringWidth } = options;
  propagateBreaks(doc);
  const groupModes = new Map<symbol, Mode>();
  const out: string[] = [];
  let pos = 0;
  let shouldRemeasure = false;
  const cmds: Command[] = [{ indent: 0, mode: 'break', doc }];
  while (cmds.length > 0) {
    const { indent: ind, mode, doc: current } = cmds.pop()!;
    if (typeof current === 'string') {
      out.push(current);
      pos += measure(current);
      continue;
    }
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) cmds.push({ indent: ind, mode, doc: current[i]! });
      continue;
    }
    switch (current.type) {
      case 'indent':
        cmds.push({ indent: ind + 1, mode, doc: current.contents });
        break;
      case 'break-parent':
        break;
      case 'group': {
        if (mode === 'flat' && !shouldRemeasure) {
          cmds.push({ indent: ind, mode: current.break ? 'break' : 'flat', doc: current.contents });
        } else {
          shouldRemeasure = false;
          const next: Command = { indent: ind, mode: 'flat', doc: current.contents };
          const remaining = printWidth - pos;
          if (!current.break && fits(next, cmds, remaining, groupModes, false, measure)) {
            cmds.push(next);
          } else if (current.expandedStates) {
            const mostExpanded = current.expandedStates.at(-1)!;
            if (current.break) {
              cmds.push({ indent: ind, mode: 'break', doc: mostExpanded });
            } else {
              let chosen: Command = { indent: ind, mode: 'break', doc: mostExpanded };
              for (const state of current.expandedStates.slice(1)) {
                const attempt: Command = { indent: ind, mode: 'flat', doc: state };
                if (fits(attempt, cmds, remaining, groupModes, false, measure)) {
                  chosen = attempt;
                  break;
                }
              }
              cmds.push(chosen);
            }
          } else {
            cmds.push({ indent: ind, mode: 'break', doc: current.contents });
          }
        }
        if (current.id) groupModes.set(current.id, cmds.at(-1)!.mode);
        break;
      }
      case 'fill':
        printFill(current, ind, mode, printWidth - pos, cmds, groupModes, measure);
        break;
      case 'if-break':
      case 'indent-if-break': {
        const groupMode = current.groupId ? (groupModes.get(current.groupId) ?? 'flat') : mode;
        if (current.type === 'if-break') {
          cmds.push({ indent: ind, mode, doc: groupMode === 'break' ? current.breakContents : current.flatContents });
        } else {
          cmds.push({ indent: groupMode === 'break' ? ind + 1 : ind, mode, doc: current.contents });
        }
        break;
      }
      case 'line':
        if (mode === 'flat' && !current.hard) {
          if (!current.soft) {
            out.push(' ');
            pos += 1;
          }
          break;
        }
        if (mode === 'flat') shouldRemeasure = true;
        trimTrailingWhitespace(out);
        out.push(`\n${indentUnit.repeat(ind)}`);
        pos = measure(indentUnit) * ind;
        break;
    }
  }
  return out.join('');
}

/** prettier's fill: as many parts on a line as fit, each separator breaking only when the next part does not fit. */
function printFill(
  doc: Fill,
  ind: number,
  mode: Mode,
  remaining: number,
  cmds: Command[],
  groupModes: Map<symbol, Mode>,
  measure: Measure,
): void {
  const [content, whitespace, secondContent] = doc.parts;
  if (content === undefined) return;
  const flat = (d: Doc): Command => ({ indent: ind, mode: 'flat', doc: d });
  const broken = (d: Doc): Command => ({ indent: ind, mode: 'break', doc: d });
  const contentFits = fits(flat(content), [], remaining, groupModes, true, measure);
  if (whitespace === undefined) {
    cmds.push(contentFits ? flat(content) : broken(content));
    return;
  }
  if (secondContent === undefined) {
    cmds.push(...(contentFits ? [flat(whitespace), flat(content)] : [broken(whitespace), broken(content)]));
    return;
  }
  const rest: Command = { indent: ind, mode, doc: fill(doc.parts.slice(2)) };
  const bothFit = fits(flat([content, whitespace, secondContent]), [], remaining, groupModes, true, measure);
  if (bothFit) cmds.push(rest, flat(whitespace), flat(content));
  else if (contentFits) cmds.push(rest, broken(whitespace), flat(content));
  else cmds.push(rest, broken(whitespace), broken(content));
}

function trimTrailingWhitespace(out: string[]): void {
  while (out.length > 0) {
    const trimmed = out.pop()!.replace(/[ \t]+$/, '');
    if (trimmed.length > 0) {
      out.push(trimmed);
      return;
    }
  }
}
