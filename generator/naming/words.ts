// Identifiers → words → identifiers. Every language namer spells names through these functions.
import pluralize from 'pluralize';

/** Spellings the official SDKs use inside camel/Pascal names; `oauth_clients` → `OAuthClients`. */
export const DEFAULT_INITIALISMS: readonly string[] = ['AI', 'API', 'ID', 'IP', 'OAuth', 'SMS', 'URL'];

/** Lower-cased word → its initialism spelling. */
export interface Initialisms {
  readonly spellings: ReadonlyMap<string, string>;
  /** Spellings with lower-case letters inside (OAuth): the only ones word splitting must know to keep whole. */
  readonly mixedCase: readonly string[];
}

export const NO_INITIALISMS: Initialisms = { spellings: new Map(), mixedCase: [] };

export function makeInitialisms(extra: readonly string[] = [], base: readonly string[] = DEFAULT_INITIALISMS): Initialisms {
  const spellings = new Map<string, string>();
  // A config spelling replaces a default one for the same word.
  for (const spelling of [...base, ...extra]) spellings.set(spelling.toLowerCase(), spelling);
  const mixedCase = [...spellings.values()].filter((s) => /[a-z]/.test(s) && /[A-Z]/.test(s));
  // Longest first so that a longer spelling wins over a prefix of it.
  mixedCase.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return { spellings, mixedCase };
}

export const DEFAULT_INITIALISM_SET: Initialisms = makeInitialisms();

const isUpper = (c: string | undefined): boolean => c !== undefined && c >= 'A' && c <= 'Z';
const isLower = (c: string | undefined): boolean => c !== undefined && c >= 'a' && c <= 'z';
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/**
 * Splits camelCase, PascalCase, snake_case, kebab-case, dotted names and path segments into words,
 * keeping their spelling: `accessIPAddress` → access IP Address, `bulkSetPublicIPs` → bulk Set Public IPs,
 * `OAuthClients` → OAuth Clients, `2faEmail` → 2fa Email, `messaging10dlc` → messaging 10dlc, `list0` → list 0.
 */
export function splitWords(identifier: string, initialisms: Initialisms = DEFAULT_INITIALISM_SET): string[] {
  const words: string[] = [];
  for (const chunk of identifier.split(/[^A-Za-z0-9]+/)) {
    if (chunk) splitChunk(chunk, initialisms, words);
  }
  return words;
}

function splitChunk(chunk: string, initialisms: Initialisms, out: string[]): void {
  let i = 0;
  const n = chunk.length;
  // True when position j ends a word: the chunk ends, or an upper-case letter or digit follows.
  const boundary = (j: number): boolean => j >= n || isUpper(chunk[j]) || isDigit(chunk[j]);
  const mixedAt = (at: number): string | undefined =>
    initialisms.mixedCase.find((s) => chunk.startsWith(s, at) && (boundary(at + s.length) || pluralEnd(at + s.length)));
  while (i < n) {
    const mixed = mixedAt(i);
    if (mixed) {
      const end = boundary(i + mixed.length) ? i + mixed.length : i + mixed.length + 1;
      out.push(chunk.slice(i, end));
      i = end;
      continue;
    }
    const c = chunk[i];
    let j = i + 1;
    if (isDigit(c)) {
      // Digits start a word and take the lower-case letters after them: 10dlc, 2fa.
      while (isDigit(chunk[j])) j++;
      while (isLower(chunk[j])) j++;
    } else if (isLower(c)) {
      while (isLower(chunk[j])) j++;
    } else {
      while (isUpper(chunk[j]) && !mixedAt(j)) j++;
      const run = j - i;
      if (run === 1) {
        while (isLower(chunk[j])) j++;
      } else if (chunk[j] === 's' && boundary(j + 1)) {
        j++; // A plural initialism: IPs, IDs.
      } else if (isLower(chunk[j])) {
        j--; // The last capital starts the next word: SMSOtp → SMS Otp.
      }
      // Adjacent known initialisms are separate words: AIAPI → AI API.
      const pieces = knownInitialisms(chunk.slice(i, j), initialisms);
      if (pieces) {
        out.push(...pieces);
        i = j;
        continue;
      }
    }
    out.push(chunk.slice(i, j));
    i = j;
  }

  function pluralEnd(j: number): boolean {
    return chunk[j] === 's' && boundary(j + 1);
  }
}

/** Splits an upper-case run into two or more known initialisms (a plural "s" may end it), else undefined. */
function knownInitialisms(run: string, initialisms: Initialisms): string[] | undefined {
  const plural = run.length > 2 && run.endsWith('s');
  const caps = plural ? run.slice(0, -1) : run;
  const pieces: string[] = [];
  let at = 0;
  while (at < caps.length) {
    let len = caps.length - at;
    while (len > 0 && initialisms.spellings.get(caps.slice(at, at + len).toLowerCase()) !== caps.slice(at, at + len)) len--;
    if (len === 0) return undefined;
    pieces.push(caps.slice(at, at + len));
    at += len;
  }
  if (pieces.length < 2) return undefined;
  if (plural) pieces[pieces.length - 1] += 's';
  return pieces;
}

/** lowerWords of one identifier, by initialisms: every namer asks for the same few thousand names many times. */
const wordCache = new WeakMap<Initialisms, Map<string, readonly string[]>>();

/** The lower-case words of identifiers: `TestRunResponse` → test run response, `send_sms` → send sms. */
export function lowerWords(input: string | readonly string[], initialisms: Initialisms = DEFAULT_INITIALISM_SET): string[] {
  if (typeof input !== 'string') return input.flatMap((p) => lowerWords(p, initialisms));
  let cache = wordCache.get(initialisms);
  if (!cache) wordCache.set(initialisms, (cache = new Map()));
  let words = cache.get(input);
  if (!words) cache.set(input, (words = splitWords(input, initialisms).map((w) => w.toLowerCase())));
  // A copy: callers change the last word in place (singularName).
  return [...words];
}

/** `ips` → `IPs`, `oauth` → `OAuth`, `assistants` → `Assistants`. */
export function capitalizeWord(word: string, initialisms: Initialisms = DEFAULT_INITIALISM_SET): string {
  const lower = word.toLowerCase();
  const spelling = initialisms.spellings.get(lower);
  if (spelling) return spelling;
  if (lower.length > 2 && lower.endsWith('s')) {
    const singular = initialisms.spellings.get(lower.slice(0, -1));
    if (singular) return `${singular}s`;
  }
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** `sendSMS` → `send_sms`; `initialisms` tell where mixed-case spellings such as OAuth begin and end. */
export function snakeCase(input: string | readonly string[], initialisms: Initialisms = DEFAULT_INITIALISM_SET): string {
  return lowerWords(input, initialisms).join('_');
}

export function screamingSnakeCase(input: string | readonly string[], initialisms: Initialisms = DEFAULT_INITIALISM_SET): string {
  return snakeCase(input, initialisms).toUpperCase();
}

/** `send_sms` → `sendSMS` (or `sendSms` with NO_INITIALISMS, the Java convention). */
export function camelCase(input: string | readonly string[], initialisms: Initialisms = DEFAULT_INITIALISM_SET): string {
  const words = lowerWords(input, initialisms);
  return words.map((w, i) => (i === 0 ? w : capitalizeWord(w, initialisms))).join('');
}

/** `ai_assistants` → `AIAssistants` (or `AiAssistants` with NO_INITIALISMS). */
export function pascalCase(input: string | readonly string[], initialisms: Initialisms = DEFAULT_INITIALISM_SET): string {
  return lowerWords(input, initialisms)
    .map((w) => capitalizeWord(w, initialisms))
    .join('');
}

/**
 * The singular of a name, changing only its last word: `scheduled_events` → `scheduled_event`,
 * `ips` → `ip`, `sms` → `sms`, `faxes` → `fax`. Returns snake_case.
 */
export function singularName(name: string, initialisms: Initialisms = DEFAULT_INITIALISM_SET): string {
  const words = lowerWords(name, initialisms);
  if (words.length === 0) return '';
  const last = words[words.length - 1];
  words[words.length - 1] = singularWord(last, initialisms);
  return words.join('_');
}

export function singularWord(word: string, initialisms: Initialisms = DEFAULT_INITIALISM_SET): string {
  const lower = word.toLowerCase();
  if (initialisms.spellings.has(lower) || !/[a-z]/.test(lower)) return lower;
  if (lower.length > 2 && lower.endsWith('s') && initialisms.spellings.has(lower.slice(0, -1))) return lower.slice(0, -1);
  // pluralize tries its rules one regex at a time; the same few hundred words come back again and again.
  let singular = singularCache.get(lower);
  if (singular === undefined) singularCache.set(lower, (singular = pluralize.singular(lower)));
  return singular;
}

const singularCache = new Map<string, string>();

/** The singular of a PascalCase type name, changing only its last word and keeping the spelling: `IPs` → `IP`. */
export function singularTypeName(typeName: string, initialisms: Initialisms = DEFAULT_INITIALISM_SET): string {
  const words = splitWords(typeName, initialisms);
  if (words.length === 0) return typeName;
  const last = words[words.length - 1];
  const singular = singularWord(last, initialisms);
  // Cutting the plural ending keeps the spelling (IPs → IP, OAuths → OAuth); irregular plurals are respelled.
  const respelled = last.toLowerCase().startsWith(singular) ? last.slice(0, singular.length) : capitalizeWord(singular, NO_INITIALISMS);
  return typeName.slice(0, typeName.length - last.length) + respelled;
}

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 10 → ["ten"], 42 → ["forty", "two"]: identifiers may not start with a digit. */
export function numberWords(value: number): string[] {
  if (!Number.isInteger(value) || value < 0 || value > 999) return ['n' + String(value)];
  if (value < 20) return [ONES[value]];
  if (value < 100) return value % 10 === 0 ? [TENS[value / 10]] : [TENS[Math.floor(value / 10)], ONES[value % 10]];
  const rest = value % 100;
  return [ONES[Math.floor(value / 100)], 'hundred', ...(rest ? numberWords(rest) : [])];
}

/** Makes a snake name start with a letter by spelling out leading digits: `10dlc` → `ten_dlc`. */
export function letterLeading(snake: string): string {
  const match = /^(\d+)_?(.*)$/.exec(snake);
  if (!match) return snake;
  const spelled = numberWords(Number(match[1])).join('_');
  return match[2] ? `${spelled}_${match[2]}` : spelled;
}
