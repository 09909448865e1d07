// A string that matches a simple regular expression (a schema's `pattern`), for example values.
// Deterministic: the same pattern always gives the same string. Covers what API specs write in practice
// (anchors, literals, escapes, classes with ranges, groups with alternatives, quantifiers); anything else
// (lookarounds, backreferences, Unicode property escapes…) gives undefined, and so does any result that the
// pattern itself does not accept.

type Node =
  | { kind: 'chars'; chars: string[] }
  | { kind: 'group'; alternatives: Node[][] }
  | { kind: 'repeat'; node: Node; min: number; max: number };

class Unsupported extends Error {}

const DIGITS = [...'1234567890'];
const LOWER = [...'abcdefghijklmnopqrstuvwxyz'];
const UPPER = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
const WORD = [...LOWER, ...UPPER, ...DIGITS, '_'];
const ALPHANUMERIC = [...DIGITS, ...UPPER, ...LOWER];
/** The printable ASCII characters, letters and digits first: the candidates of a negated class. */
const PRINTABLE = [
  ...ALPHANUMERIC,
  ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).filter((x) => !ALPHANUMERIC.includes(x)),
];

export interface PatternOptions {
  minLength?: number;
  maxLength?: number;
}

/**
 * A string matched by `pattern` (ECMA-262 syntax, unanchored unless `^`/`$` say so) and within the length bounds,
 * or undefined. Each quantifier takes its least count (`*` and `+` one, `?` none), more only to reach `minLength`;
 * a class gives its characters in turn (`\d{4}` → "1234", `[A-Z]{2}` → "AB").
 */
export function stringMatching(pattern: string, options: PatternOptions = {}): string | undefined {
  let test: RegExp;
  let nodes: Node[];
  try {
    test = unicodeOrPlain(pattern);
    nodes = new Parser(pattern).parse();
  } catch {
    return undefined;
  }
  const { minLength = 0, maxLength = Infinity } = options;
  // More repetitions, one at a time, until the minimum length is reached (bounded).
  for (let extra = 0; extra <= minLength + 1; extra++) {
    const value = render(nodes, extra);
    const length = [...value].length;
    if (length > maxLength) return undefined;
    if (length >= minLength) return test.test(value) ? value : undefined;
  }
  return undefined;
}

/** The pattern as JSON Schema validators read it (with the `u` flag), else as a plain JavaScript regex. */
function unicodeOrPlain(pattern: string): RegExp {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return new RegExp(pattern);
  }
}

/** Whether `value` matches `pattern` (false for a pattern that is no regular expression). */
export function matchesPattern(value: string, pattern: string): boolean {
  try {
    return unicodeOrPlain(pattern).test(value);
  } catch {
    return false;
  }
}

/**
 * The nodes as one string: each repeat its least count, and `extra` more repetitions spent in document order on
 * the repeats that allow them (so the length grows with `extra`, never exponentially with nesting).
 */
function render(nodes: Node[], extra: number): string {
  let budget = extra;
  const turn = new Map<Node, number>();
  const one = (node: Node): string => {
    switch (node.kind) {
      case 'chars': {
        const i = turn.get(node) ?? 0;
        turn.set(node, i + 1);
        return node.chars[i % node.chars.length]!;
      }
      case 'group':
        return node.alternatives[0]!.map(one).join('');
      case 'repeat': {
        let count = node.min === 0 && node.max === Infinity ? 1 : node.min;
        let out = '';
        for (let i = 0; i < count; i++) out += one(node.node);
        while (budget > 0 && count < node.max) {
          budget--;
          count++;
          out += one(node.node);
        }
        return out;
      }
    }
  };
  return nodes.map(one).join('');
}

class Parser {
  private i = 0;
  constructor(private readonly source: string) {}

  parse(): Node[] {
    const alternatives = this.alternatives();
    if (this.i < this.source.length) throw new Unsupported(`unexpected ${this.source[this.i]}`);
    return alternatives.length === 1 ? alternatives[0]! : [{ kind: 'group', alternatives }];
  }

  /** Alternatives up to a closing parenthesis or the end; anchors are dropped (the result is the whole string). */
  private alternatives(): Node[][] {
    const alternatives: Node[][] = [[]];
    while (this.i < this.source.length) {
      const c = this.source[this.i]!;
      if (c === ')') break;
      if (c === '|') {
        this.i++;
        alternatives.push([]);
        continue;
      }
      if (c === '^' || c === '$') {
        this.i++;
        continue;
      }
      const atom = this.atom();
      alternatives[alternatives.length - 1]!.push(this.quantified(atom));
    }
    return alternatives;
  }

  private atom(): Node {
    const c = this.source[this.i++]!;
    switch (c) {
      case '(': {
        if (this.source[this.i] === '?') {
          if (this.source[this.i + 1] !== ':') throw new Unsupported('lookaround or named group');
          this.i += 2;
        }
        const alternatives = this.alternatives();
        if (this.source[this.i++] !== ')') throw new Unsupported('unclosed group');
        return { kind: 'group', alternatives };
      }
      case '[':
        return this.characterClass();
      case '.':
        return { kind: 'chars', chars: LOWER };
      case '\\':
        return { kind: 'chars', chars: this.escape(false) };
      case '*':
      case '+':
      case '?':
      case '{':
        if (c === '{' && !/^\d/.test(this.source.slice(this.i))) return { kind: 'chars', chars: [c] };
        throw new Unsupported('nothing to repeat');
      default:
        return { kind: 'chars', chars: [c] };
    }
  }

  private quantified(atom: Node): Node {
    const c = this.source[this.i];
    let min: number;
    let max: number;
    if (c === '*' || c === '+' || c === '?') {
      this.i++;
      [min, max] = c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1];
    } else if (c === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.i));
      if (!match) return atom;
      this.i += match[0].length;
      min = Number(match[1]);
      max = match[2] === undefined ? min : match[3] ? Number(match[3]) : Infinity;
    } else return atom;
    if (this.source[this.i] === '?') this.i++; // lazy: the same strings
    return { kind: 'repeat', node: atom, min, max };
  }

  /** The characters a `\x` escape stands for (`inClass`: `\b` is a backspace there, not a boundary). */
  private escape(inClass: boolean): string[] {
    const c = this.source[this.i++];
    if (c === undefined) throw new Unsupported('trailing backslash');
    switch (c) {
      case 'd':
        return DIGITS;
      case 'w':
        return WORD;
      case 's':
        return [' '];
      case 'D':
        return PRINTABLE.filter((x) => !DIGITS.includes(x));
      case 'W':
        return PRINTABLE.filter((x) => !WORD.includes(x));
      case 'S':
        return PRINTABLE.filter((x) => x !== ' ');
      case 't':
        return ['\t'];
      case 'n':
        return ['\n'];
      case 'r':
        return ['\r'];
      case 'x': {
        const hex = /^[0-9A-Fa-f]{2}/.exec(this.source.slice(this.i));
        if (!hex) throw new Unsupported('\\x');
        this.i += 2;
        return [String.fromCharCode(parseInt(hex[0], 16))];
      }
      case 'u': {
        const hex = /^[0-9A-Fa-f]{4}/.exec(this.source.slice(this.i));
        if (!hex) throw new Unsupported('\\u');
        this.i += 4;
        return [String.fromCharCode(parseInt(hex[0], 16))];
      }
      default:
        if (/[A-Za-z0-9]/.test(c) && !(inClass && c === 'b')) throw new Unsupported(`\\${c}`);
        return [inClass && c === 'b' ? '\b' : c];
    }
  }

  private characterClass(): Node {
    const negated = this.source[this.i] === '^';
    if (negated) this.i++;
    const members = new Set<string>();
    let first = true;
    while (true) {
      const c = this.source[this.i];
      if (c === undefined) throw new Unsupported('unclosed class');
      if (c === ']' && !first) {
        this.i++;
        break;
      }
      first = false;
      this.i++;
      let from: string[] = c === '\\' ? this.escape(true) : [c];
      if (from.length === 1 && this.source[this.i] === '-' && this.source[this.i + 1] !== ']' && this.source[this.i + 1] !== undefined) {
        this.i++;
        const d = this.source[this.i++]!;
        const to = d === '\\' ? this.escape(true) : [d];
        if (to.length !== 1) throw new Unsupported('range to a class');
        const [low, high] = [from[0]!.codePointAt(0)!, to[0]!.codePointAt(0)!];
        if (high < low) throw new Unsupported('reversed range');
        from = Array.from({ length: high - low + 1 }, (_, k) => String.fromCodePoint(low + k));
      }
      for (const x of from) members.add(x);
    }
    // Digits first, then capitals, lower case and the rest: "[A-Z0-9]" gives "1", "[a-zA-Z]" gives "A".
    const chars = negated
      ? PRINTABLE.filter((x) => !members.has(x))
      : [...ALPHANUMERIC.filter((x) => members.has(x)), ...[...members].filter((x) => !ALPHANUMERIC.includes(x))];
    if (!chars.length) throw new Unsupported('empty class');
    return { kind: 'chars', chars };
  }
}
