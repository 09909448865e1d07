// Ruby (Stainless style): snake_case; method and resource names that are keywords or that would shadow a
// method every Ruby object has (Object, Kernel: clone, send, test…) get a trailing underscore (clone_, test_).
import { pascalCase, snakeCase } from '../words.js';
import { escapeReserved, initialismsOf, type LanguageNamer, methodTypeStem, type NamerOptions, snakeParam } from './namer.js';

export const RUBY_KEYWORDS: ReadonlySet<string> = new Set([
  'BEGIN', 'END', '__ENCODING__', '__FILE__', '__LINE__', 'alias', 'and', 'begin', 'break', 'case', 'class', 'def',
  'defined', 'do', 'else', 'elsif', 'end', 'ensure', 'false', 'for', 'if', 'in', 'module', 'next', 'nil', 'not', 'or',
  'redo', 'rescue', 'retry', 'return', 'self', 'super', 'then', 'true', 'undef', 'unless', 'until', 'when', 'while', 'yield',
]);

/** Public methods of Object and private methods of Kernel with plain names: a resource method must not shadow them. */
export const RUBY_OBJECT_METHODS: ReadonlySet<string> = new Set([
  'abort', 'at_exit', 'autoload', 'binding', 'caller', 'catch', 'clone', 'define_singleton_method', 'display', 'dup',
  'enum_for', 'eval', 'exec', 'exit', 'extend', 'fail', 'fork', 'format', 'freeze', 'gets', 'hash', 'inspect',
  'instance_variables', 'itself', 'lambda', 'load', 'loop', 'method', 'methods', 'object_id', 'open', 'p', 'pp', 'print',
  'printf', 'private_methods', 'proc', 'protected_methods', 'public_method', 'public_methods', 'public_send', 'putc',
  'puts', 'raise', 'rand', 'readline', 'readlines', 'require', 'require_relative', 'select', 'send', 'singleton_class',
  'singleton_method', 'singleton_methods', 'sleep', 'spawn', 'sprintf', 'srand', 'syscall', 'system', 'tap', 'test',
  'throw', 'to_enum', 'to_s', 'trap', 'warn', 'yield_self',
]);

const RUBY_METHOD_RESERVED: ReadonlySet<string> = new Set([...RUBY_KEYWORDS, ...RUBY_OBJECT_METHODS]);

export function createRubyNamer(options: NamerOptions = {}): LanguageNamer {
  const initialisms = initialismsOf(options);
  const member = (text: string): string => escapeReserved(snakeCase(text), RUBY_METHOD_RESERVED);
  return {
    language: 'ruby',
    resource: member,
    method: member,
    // The SDK takes snake_case keywords and maps them back to wire names (`display_name:` for displayName). Its
    // models define a reader per field, so a field named like a keyword or an Object/Kernel method is escaped
    // as methods are (`format_:`, `in_:`, `end_:`).
    param: (property) => escapeReserved(snakeParam(property), RUBY_METHOD_RESERVED),
    variable: (text) => escapeReserved(snakeCase(text), RUBY_KEYWORDS),
    callChain: (path, method, client = 'client') => [client, ...path.map(member), member(method)].join('.'),
    typeName: (...parts) => pascalCase(parts, initialisms),
    paramsType: (path, method) => modulePath(path, initialisms) + `${methodTypeStem(path, method, initialisms)}Params`,
    responseType: (path, method) => modulePath(path, initialisms) + `${methodTypeStem(path, method, initialisms)}Response`,
    nestedType: (owner, property) => `${owner}::${pascalCase(property, initialisms)}`,
    enumValue: (_type, value) => (/^[a-z_][a-zA-Z0-9_]*$/.test(value) ? `:${value}` : `:${JSON.stringify(value)}`),
  };
}

/** The modules of the parent resources: ai.assistants.scheduled_events → AI::Assistants:: */
function modulePath(path: readonly string[], initialisms: Parameters<typeof pascalCase>[1]): string {
  return path
    .slice(0, -1)
    .map((r) => `${pascalCase(r, initialisms)}::`)
    .join('');
}

export const rubyNamer: LanguageNamer = createRubyNamer();
