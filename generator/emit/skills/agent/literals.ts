// The JSON value of an argument as a curated example writes it in its language: quoted strings, numbers, lists,
// maps, Go struct literals and Java builders, and the wrappers SDKs put around a value (telnyx.String("…"),
// OffsetDateTime.parse("…"), List.of(…)). Keys stay as written; the caller maps them to the spec's names.
import { closingIndex, splitTopLevel } from './intent.js';

export const UNREADABLE = Symbol('unreadable');
type Read = unknown;

export function parseLiteral(source: string): Read {
  const text = source.trim().replace(/,$/, '').trim();
  if (/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text)) return Number(text);
  if (/^(true|True)$/.test(text)) return true;
  if (/^(false|False)$/.test(text)) return false;
  if (/^(null|nil|None)$/.test(text)) return null;
  if (/^["']/.test(text)) return quoted(text);
  // Go: []string{…} (a slice), Name{…} / &Name{…} (a struct); Java: Name.builder()….build() (an object).
  const slice = /^\[\][\w.*]+\{/.exec(text);
  if (slice) return whole(text, slice[0].length - 1) ? list(text.slice(slice[0].length, -1)) : UNREADABLE;
  if (text.startsWith('[')) return whole(text, 0) ? list(text.slice(1, -1)) : UNREADABLE;
  if (text.startsWith('{')) return whole(text, 0) ? map(text.slice(1, -1)) : UNREADABLE;
  const struct = /^&?[A-Za-z_][\w.]*\{/.exec(text);
  if (struct) return whole(text, struct[0].length - 1) ? map(text.slice(struct[0].length, -1)) : UNREADABLE;
  if (/^[A-Z][\w.]*\.builder\(\)/.test(text)) return builder(text);
  // A call around values: a list constructor (List.of, Arrays.asList) or a wrapper of one value.
  const call = /^[A-Za-z_][\w.]*\(/.exec(text);
  if (call && whole(text, call[0].length - 1)) {
    const args = splitTopLevel(text.slice(call[0].length, -1), ',');
    if (/(^|\.)(of|asList|listOf)$/.test(call[0].slice(0, -1))) return list(text.slice(call[0].length, -1));
    return args.length === 1 ? parseLiteral(args[0]!) : UNREADABLE;
  }
  return UNREADABLE;
}

/** The bracket opened at `open` closes at the end of `text`. */
function whole(text: string, open: number): boolean {
  return closingIndex(text, open) === text.length;
}

function quoted(text: string): Read {
  const quote = text[0]!;
  if (text.length < 2 || !text.endsWith(quote)) return UNREADABLE;
  const body = text.slice(1, -1);
  const json = quote === '"' ? body : body.replace(/\\'/g, "'").replace(/"/g, '\\"');
  try {
    return JSON.parse(`"${json}"`);
  } catch {
    return UNREADABLE;
  }
}

function list(inner: string): Read {
  const items = splitTopLevel(inner, ',').map(parseLiteral);
  return items.includes(UNREADABLE) ? UNREADABLE : items;
}

/** `"k": v`, `k: v`, `k => v`, `Key: v` entries. */
function map(inner: string): Read {
  const out: Record<string, unknown> = {};
  for (const entry of splitTopLevel(inner, ',')) {
    const match = /^(?:(["'])(.+?)\1|([A-Za-z_$][\w$]*))\s*(?::|=>)\s*([\s\S]+)$/.exec(entry);
    if (!match) return UNREADABLE;
    const value = parseLiteral(match[4]!);
    if (value === UNREADABLE) return UNREADABLE;
    out[match[2] ?? match[3]!] = value;
  }
  return out;
}

/** `Name.builder().a(x).addB(y).build()`: setters as keys, repeated `addX` setters as a list under `x`. */
function builder(text: string): Read {
  const out: Record<string, unknown> = {};
  let at = text.indexOf('builder()') + 'builder()'.length;
  for (;;) {
    const setter = /^\s*\.\s*([a-z]\w*)\s*\(/.exec(text.slice(at));
    if (!setter) return UNREADABLE;
    const open = at + setter[0].length - 1;
    const close = closingIndex(text, open);
    if (close < 0) return UNREADABLE;
    at = close;
    if (setter[1] === 'build') return text.slice(at).trim() === '' ? out : UNREADABLE;
    const value = parseLiteral(text.slice(open + 1, close - 1));
    if (value === UNREADABLE) return UNREADABLE;
    const added = /^add([A-Z]\w*)$/.exec(setter[1]!);
    if (added) {
      const key = added[1]![0]!.toLowerCase() + added[1]!.slice(1);
      out[key] = [...((out[key] as unknown[] | undefined) ?? []), value];
    } else out[setter[1]!] = value;
  }
}
