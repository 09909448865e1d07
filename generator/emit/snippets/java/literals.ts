// Java source literals for example values that need no class of the SDK.
import { quotedString, unicodeEscape } from '../common.js';

export function javaString(value: string): string {
  return quotedString(value, { quote: '"', control: unicodeEscape });
}

/** The SDK's integer fields are `long`: `5L`. */
export function javaLong(value: number): string {
  return Number.isInteger(value) ? `${value}L` : javaDouble(value);
}

/** Number fields are `double`: whole values keep a `.0` (`1.0`). */
export function javaDouble(value: number): string {
  if (!Number.isFinite(value)) return '0.0';
  const text = String(value);
  return /[.eE]/.test(text) ? text : `${text}.0`;
}

/**
 * The constant of an enum value as the SDK spells it: upper snake case, camel humps split, letters and the digits
 * after them kept together (`mp3` → MP3, `gpt-4o` → GPT_4O, `phone_call` → PHONE_CALL), a `+` the word PLUS
 * (`+e164` → PLUS_E164, `+E.164` → PLUS_E_164). Undefined for a value that starts with a digit: the generator
 * makes its name up by rules that differ from value to value (`2FA` → TWO_FA, `1` → V1, `10` → V_10), so an
 * example takes the constant through the class's `of(value)`, which every enum class of the SDK has.
 */
export function enumConstant(value: string): string | undefined {
  const constant = value
    .replace(/\+/g, '_PLUS_')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
  if (constant === '') return 'EMPTY';
  return /^[0-9]/.test(constant) ? undefined : constant;
}
