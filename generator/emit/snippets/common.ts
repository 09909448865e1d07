// What the snippet targets share below their own idioms: the order names are listed in, and quoted string
// literals in the C family's escapes (each language says which quote, control escape and extras it needs).
import { unionBodyParamName } from '../../naming/union-body.js';
import type { OperationSnippetInput } from './target.js';

/** Code-unit order, the order the SDKs' examples list keyword arguments, struct fields, setters and imports in. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A copy of `items` in the order of the name `nameOf` gives each (stable for equal names). */
export function sortByName<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareNames(nameOf(a), nameOf(b)));
}

export interface QuoteRules {
  /** The quote around the literal, escaped with a backslash inside it (as the backslash itself is). */
  quote: '"' | "'";
  /** How a control character other than \n, \r and \t (below U+0020, and U+007F) is written. */
  control: (code: number) => string;
  /** A lone surrogate, which UTF-8 source cannot hold, is written as this; kept as it is when absent. */
  loneSurrogate?: string;
  /** A language's own escapes: the text for `char` followed by `next`, or undefined for the rules above. */
  special?: (char: string, next: string | undefined) => string | undefined;
}

/** `\x1b` */
export const hexEscape = (code: number): string => `\\x${code.toString(16).padStart(2, '0')}`;
/** `\u001b` */
export const unicodeEscape = (code: number): string => `\\u${code.toString(16).padStart(4, '0')}`;

/** `text` as a quoted literal, code point by code point. */
export function quotedString(text: string, rules: QuoteRules): string {
  const chars = [...text];
  let out = rules.quote;
  chars.forEach((ch, i) => {
    const code = ch.codePointAt(0)!;
    const special = rules.special?.(ch, chars[i + 1]);
    if (special !== undefined) out += special;
    else if (ch === rules.quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += rules.control(code);
    else if (rules.loneSurrogate !== undefined && code >= 0xd800 && code <= 0xdfff) out += rules.loneSurrogate;
    else out += ch;
  });
  return out + rules.quote;
}

/**
 * A body that is a union of objects cannot be spread into keyword arguments: Stainless's Python and Ruby SDKs
 * take it whole under one keyword, create_mobile_push_credential_request (naming/union-body.ts, as Go and Java).
 */
export function wholeUnionBodyName(input: OperationSnippetInput): string {
  return unionBodyParamName(input.resourcePath, input.method.name);
}
