// JavaScript / TypeScript (Stainless style): camelCase members with initialisms (sendSMS), JSON keys as written.
import { camelCase, pascalCase } from '../words.js';
import { escapeReserved, initialismsOf, isIdentifier, type LanguageNamer, methodTypeStem, type NamerOptions } from './namer.js';

/** Words that cannot name a variable; as property or method names (`.delete`) they are fine. */
export const JAVASCRIPT_RESERVED: ReadonlySet<string> = new Set([
  'arguments', 'await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do',
  'else', 'enum', 'eval', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'implements', 'import', 'in',
  'instanceof', 'interface', 'let', 'new', 'null', 'package', 'private', 'protected', 'public', 'return', 'static',
  'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield',
]);

export function createJavascriptNamer(options: NamerOptions = {}): LanguageNamer {
  const initialisms = initialismsOf(options);
  const member = (text: string): string => camelCase(text, initialisms);
  return {
    language: 'javascript',
    resource: member,
    method: member,
    // Request bodies and query objects keep the API's property names; only non-identifiers need quotes.
    param: (property) => (isIdentifier(property) ? property : `'${property.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`),
    variable: (text) => escapeReserved(member(text), JAVASCRIPT_RESERVED),
    callChain: (path, method, client = 'client') => [client, ...path.map(member), member(method)].join('.'),
    typeName: (...parts) => pascalCase(parts, initialisms),
    paramsType: (path, method) => `${methodTypeStem(path, method, initialisms)}Params`,
    responseType: (path, method) => `${methodTypeStem(path, method, initialisms)}Response`,
    nestedType: (owner, property) => `${owner}.${pascalCase(property, initialisms)}`,
    enumValue: (_type, value) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`,
  };
}

export const javascriptNamer: LanguageNamer = createJavascriptNamer();
