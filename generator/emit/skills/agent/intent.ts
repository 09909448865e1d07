// A curated example read back as the curator's intent: which SDK call it makes and which argument values it passes,
// so that the profile can check it against what the language's snippet target prints for the same values.
import type { SnippetLanguage } from '../../snippets/target.js';

export interface CallArgument {
  /** As the example spells it (`from_`, `MessagingProfileID`, `sendAt`), or `#0`, `#1`… for positional ones. */
  name: string;
  /** The value's source text. */
  text: string;
  /** Where the whole argument (name and value) is in the code. */
  at: { start: number; end: number };
}

export interface CallIntent {
  /** The call as written, whitespace removed: `client.messages.send_`, `client.Messages.Send`, `MessageSendParams`. */
  call: string;
  args: CallArgument[];
  /** Every argument is separated from the next by the language's separator (a missing comma is not). */
  wellFormed: boolean;
  /** The statement holding the call: from the start of its first line to the end of its last. */
  span: { start: number; end: number };
}

const OPENERS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/** The index just past the bracket closing the one at `open`, strings skipped; -1 when it is never closed. */
export function closingIndex(code: string, open: number): number {
  const stack: string[] = [];
  for (let i = open; i < code.length; i++) {
    const c = code[i]!;
    if (c === '"' || c === "'" || c === '`') {
      i = stringEnd(code, i) - 1;
      continue;
    }
    if (OPENERS[c]) stack.push(OPENERS[c]!);
    else if (c === ')' || c === ']' || c === '}') {
      if (stack.pop() !== c) return -1;
      if (stack.length === 0) return i + 1;
    }
  }
  return -1;
}

function stringEnd(code: string, start: number): number {
  const quote = code[start];
  for (let i = start + 1; i < code.length; i++) {
    if (code[i] === '\\') i++;
    else if (code[i] === quote) return i + 1;
  }
  return code.length;
}

/** A piece of source text and where it starts and ends in the code it was cut from. */
export interface Piece {
  text: string;
  start: number;
  end: number;
}

/** Top-level pieces of `text` between `separator`s (brackets and strings respected), trimmed. */
export function splitTopLevel(text: string, separator: string): string[] {
  return pieces(text, separator, 0).map((p) => p.text);
}

/** splitTopLevel with the pieces' offsets, `base` being the offset of `text` in its code. */
export function pieces(text: string, separator: string, base: number): Piece[] {
  const parts: Piece[] = [];
  let depth = 0;
  let from = 0;
  const push = (to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== '') parts.push({ text: trimmed, start: base + from + lead, end: base + from + lead + trimmed.length });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'" || c === '`') i = stringEnd(text, i) - 1;
    else if (OPENERS[c]) depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (depth === 0 && text.startsWith(separator, i)) {
      push(i);
      from = i + separator.length;
    }
  }
  push(text.length);
  return parts;
}

/** How each language writes a named argument: `name=value`, `name: value`, `Name: value`. */
const NAMED: Partial<Record<SnippetLanguage, RegExp>> = {
  python: /^([A-Za-z_]\w*)\s*=(?!=)\s*([\s\S]+)$/,
  ruby: /^([A-Za-z_]\w*):\s+([\s\S]+)$/,
  javascript: /^(?:(['"])?([A-Za-z_$][\w$]*)\1?)\s*:\s*([\s\S]+)$/,
  go: /^([A-Z]\w*)\s*:\s*([\s\S]+)$/,
};

/**
 * Named arguments of the pieces; a piece holding two of them on separate lines (a missing comma) is read as both,
 * and the list marked not well formed.
 */
function namedArguments(list: Piece[], language: SnippetLanguage): { args: CallArgument[]; wellFormed: boolean } {
  const pattern = NAMED[language]!;
  const args: CallArgument[] = [];
  let wellFormed = true;
  let positional = 0;
  for (const piece of list) {
    const lines = pieces(piece.text, '\n', piece.start);
    const named = lines.filter((line) => pattern.test(line.text));
    if (lines.length > 1 && named.length > 1) wellFormed = false;
    for (const part of named.length > 1 ? lines : [piece]) {
      const match = pattern.exec(part.text);
      const at = { start: part.start, end: part.end };
      if (!match) args.push({ name: `#${positional++}`, text: part.text, at });
      else if (language === 'javascript') args.push({ name: match[2]!, text: match[3]!.trim(), at });
      else args.push({ name: match[1]!, text: match[2]!.trim(), at });
    }
  }
  return { args, wellFormed };
}

function lineStart(code: string, at: number): number {
  return code.lastIndexOf('\n', at - 1) + 1;
}

function lineEnd(code: string, at: number): number {
  const end = code.indexOf('\n', at);
  return end < 0 ? code.length : end;
}

/** The first SDK call of `code` and its arguments, as the language writes them; undefined when none is found. */
export function readCall(code: string, language: SnippetLanguage): CallIntent | undefined {
  if (language === 'java') return readJavaBuilder(code);
  const match = /\bclient((?:\s*\.\s*[A-Za-z_]\w*)+)\s*\(/.exec(code);
  if (!match) return undefined;
  const open = match.index + match[0].length - 1;
  const close = closingIndex(code, open);
  if (close < 0) return undefined;
  const span = { start: lineStart(code, match.index), end: lineEnd(code, close) };
  const call = `client${match[1]!.replace(/\s/g, '')}`;
  let inner = pieces(code.slice(open + 1, close - 1), ',', open + 1);
  const positional = (list: Piece[]) => list.map((p, i) => ({ name: `#${i}`, text: p.text, at: { start: p.start, end: p.end } }));
  if (language === 'go') {
    // context first; the params struct's fields are the named arguments.
    inner = inner.filter((piece) => !/^context\.\w+\(\)$/.test(piece.text));
    const struct = inner.findIndex((piece) => /^[\w.]+Params\s*\{/.test(piece.text));
    if (struct >= 0) {
      const piece = inner[struct]!;
      const brace = piece.text.indexOf('{');
      const fields = namedArguments(pieces(piece.text.slice(brace + 1, -1), ',', piece.start + brace + 1), language);
      return { call: `${call}/${piece.text.slice(0, brace).trim()}`, args: [...positional(inner.slice(0, struct)), ...fields.args], wellFormed: fields.wellFormed, span };
    }
  }
  if (language === 'javascript' && inner.length > 0 && inner[inner.length - 1]!.text.startsWith('{')) {
    const object = inner.pop()!;
    const fields = namedArguments(pieces(object.text.slice(1, -1), ',', object.start + 1), language);
    return { call, args: [...positional(inner), ...fields.args], wellFormed: fields.wellFormed, span };
  }
  const read = namedArguments(inner, language);
  return { call, args: read.args, wellFormed: read.wellFormed, span };
}

/** Java: the params builder (`X params = X.builder().a(…).b(…).build();`), its setter calls as the arguments. */
function readJavaBuilder(code: string): CallIntent | undefined {
  const match = /\b([A-Z][\w.]*)\s*\.\s*builder\(\)/.exec(code);
  if (!match) return undefined;
  const args: CallArgument[] = [];
  let at = match.index + match[0].length;
  for (;;) {
    const setter = /^\s*\.\s*([a-z]\w*)\s*\(/.exec(code.slice(at));
    if (!setter) return undefined;
    const dot = at + setter[0].indexOf('.');
    const open = at + setter[0].length - 1;
    const close = closingIndex(code, open);
    if (close < 0) return undefined;
    at = close;
    if (setter[1] === 'build') break;
    args.push({ name: setter[1]!, text: code.slice(open + 1, close - 1).trim(), at: { start: dot, end: close } });
  }
  return { call: match[1]!, args, wellFormed: true, span: { start: lineStart(code, match.index), end: lineEnd(code, at) } };
}

/** Whitespace and trailing commas aside. */
export const normalizedText = (text: string) => text.replace(/\s+/g, '').replace(/,([\]})])/g, '$1');
