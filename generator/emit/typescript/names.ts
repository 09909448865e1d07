// Identifiers and literals for generated TypeScript: scopes that never hand out a name twice, safe quoting.
import { isIdentifier } from '../../naming/languages/namer.js';
import { letterLeading, snakeCase } from '../../naming/words.js';

/**
 * Global names a generated type must not shadow: a schema called `Record` or `Promise` would break every
 * use of the built-in in its module (and in code that imports it).
 */
export const GLOBAL_TYPE_NAMES: ReadonlySet<string> = new Set([
  'Array', 'ArrayBuffer', 'ArrayBufferView', 'ArrayLike', 'AsyncGenerator', 'AsyncIterable', 'AsyncIterableIterator',
  'AsyncIterator', 'Awaited', 'BigInt', 'Blob', 'Boolean', 'Buffer', 'Capitalize', 'ConstructorParameters', 'DataView',
  'Date', 'Error', 'EvalError', 'Exclude', 'Extract', 'File', 'FormData', 'Function', 'Generator', 'Headers',
  'InstanceType', 'Int8Array', 'Int16Array', 'Int32Array', 'Intl', 'Iterable', 'IterableIterator', 'Iterator', 'JSON',
  'Lowercase', 'Map', 'Math', 'NoInfer', 'NonNullable', 'Number', 'Object', 'Omit', 'OmitThisParameter', 'Parameters',
  'Partial', 'Pick', 'Promise', 'PromiseLike', 'Proxy', 'RangeError', 'Readonly', 'ReadonlyArray', 'ReadonlyMap',
  'ReadonlySet', 'ReadableStream', 'Record', 'ReferenceError', 'Reflect', 'RegExp', 'Request', 'RequestInit',
  'Required', 'Response', 'ReturnType', 'Set', 'SharedArrayBuffer', 'String', 'Symbol', 'SyntaxError',
  'TemplateStringsArray', 'ThisParameterType', 'ThisType', 'TypeError', 'URIError', 'URL', 'URLSearchParams',
  'Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array', 'Uncapitalize', 'Uppercase', 'WeakMap', 'WeakRef',
  'WeakSet', 'globalThis', 'NodeJS', 'AbortSignal', 'AbortController', 'TextEncoder', 'TextDecoder', 'WebSocket',
]);

/** Words that can never be a declared name (types included: `type string = …` is an error). */
const RESERVED_WORDS: ReadonlySet<string> = new Set([
  'any', 'arguments', 'as', 'async', 'await', 'bigint', 'boolean', 'break', 'case', 'catch', 'class', 'const',
  'constructor', 'continue', 'debugger', 'declare', 'default', 'delete', 'do', 'else', 'enum', 'eval', 'export',
  'extends', 'false', 'finally', 'for', 'from', 'function', 'get', 'if', 'implements', 'import', 'in', 'infer',
  'instanceof', 'interface', 'is', 'keyof', 'let', 'module', 'namespace', 'never', 'new', 'null', 'number', 'object',
  'of', 'package', 'private', 'protected', 'public', 'readonly', 'require', 'return', 'set', 'static', 'string',
  'super', 'switch', 'symbol', 'this', 'throw', 'true', 'try', 'type', 'typeof', 'undefined', 'unique', 'unknown',
  'var', 'void', 'while', 'with', 'yield',
]);

/** A set of names in one scope (a module, a namespace, a function); `claim` returns a free spelling of a wish. */
export class NameScope {
  private readonly taken = new Set<string>();

  /** `members`: a scope of property and method names, where keywords (`delete`, `import`) are fine. */
  constructor(
    reserved: Iterable<string> = [],
    private readonly members = false,
  ) {
    for (const name of reserved) this.taken.add(name);
  }

  has(name: string): boolean {
    return this.taken.has(name) || (!this.members && RESERVED_WORDS.has(name));
  }

  /** Takes `wish` if free, else `wish2`, `wish3`… (or the given fallbacks first). */
  claim(wish: string, ...fallbacks: string[]): string {
    for (const candidate of [wish, ...fallbacks]) {
      if (!this.has(candidate)) {
        this.taken.add(candidate);
        return candidate;
      }
    }
    for (let n = 2; ; n++) {
      const candidate = `${wish}${n}`;
      if (!this.has(candidate)) {
        this.taken.add(candidate);
        return candidate;
      }
    }
  }

  reserve(name: string): void {
    this.taken.add(name);
  }
}

/**
 * A schema name as a TypeScript type name: PascalCase names are kept as written (so `AssistantsList` stays
 * `AssistantsList`), others go through the namer (`inference-embedding_Assistant` → `InferenceEmbeddingAssistant`),
 * leading digits are spelled out, and built-in names get a `Model` suffix (`Record` → `RecordModel`).
 */
export function typeNameOf(raw: string, pascal: (...parts: string[]) => string): string {
  let name = /^[A-Z][A-Za-z0-9]*$/.test(raw) ? raw : pascal(letterLeading(snakeCase(raw)));
  if (!name || !isIdentifier(name)) name = `Type${name.replace(/[^A-Za-z0-9_]/g, '')}`;
  if (/^[a-z]/.test(name)) name = name.charAt(0).toUpperCase() + name.slice(1);
  if (GLOBAL_TYPE_NAMES.has(name) || RESERVED_WORDS.has(name)) name = `${name}Model`;
  return name;
}

/** A local variable name from the namer, made safe as a binding (reserved words get a trailing `_`). */
export function bindingName(wish: string): string {
  const name = isIdentifier(wish) ? wish : `_${wish.replace(/[^A-Za-z0-9_$]/g, '_')}`;
  return RESERVED_WORDS.has(name) ? `${name}_` : name;
}

/** A single-quoted string literal, safe for any input (quotes, backslashes, line breaks, control characters). */
export function quote(text: string): string {
  let out = "'";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === "'") out += "\\'";
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out + "'";
}

/** A property name in an interface or object literal: bare when an identifier, quoted otherwise. */
export function propertyKey(name: string): string {
  return isIdentifier(name) ? name : quote(name);
}

/** Text placed inside a template literal: backticks, backslashes and `${` escaped. */
export function templateText(text: string): string {
  return text.replace(/[\\`]/g, (c) => `\\${c}`).replace(/\$\{/g, '\\${').replace(/[\u0000-\u001f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `scheduled_events` → `scheduled-events`: the file name of a resource, as Stainless spells it. */
export function fileStem(canonical: string): string {
  return canonical.replace(/_/g, '-').replace(/[^A-Za-z0-9-]/g, '-').toLowerCase() || 'resource';
}

/** The width past which generated lines are broken, as prettier would with this print width. */
export const PRINT_WIDTH = 120;

/**
 * `head{ a, b }tail` on one line when it fits in PRINT_WIDTH (after `column` characters of indentation), else
 * one item per line with a trailing comma: the layout prettier gives argument lists, objects and export lists.
 * Continuation lines are indented relative to the first (the code writer adds the block's own indentation).
 */
export function wrapList(head: string, items: readonly string[], tail: string, column = 0, open = '{ ', close = ' }'): string {
  const flat = `${head}${open}${items.join(', ')}${close}${tail}`;
  if (column + flat.length <= PRINT_WIDTH || items.length === 0) return flat;
  // A rest element (`...body`) must stay last and takes no trailing comma.
  const lines = items.map((item, i) => `  ${item.replace(/\n/g, '\n  ')}${i === items.length - 1 && item.startsWith('...') && head.startsWith('const ') ? '' : ','}`);
  return `${head}${open.trim()}\n${lines.join('\n')}\n${close.trim()}${tail}`;
}
