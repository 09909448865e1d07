// Python (Stainless style): snake_case everywhere, keywords escaped with a trailing underscore (from_).
import { pascalCase, snakeCase } from '../words.js';
import { escapeReserved, initialismsOf, type LanguageNamer, methodTypeStem, type NamerOptions, snakeParam } from './namer.js';

/** Hard keywords only: builtins such as `type`, `id` or `list` stay usable as argument names. */
export const PYTHON_RESERVED: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif',
  'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
  'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

export function createPythonNamer(options: NamerOptions = {}): LanguageNamer {
  const initialisms = initialismsOf(options);
  const name = (text: string): string => escapeReserved(snakeCase(text), PYTHON_RESERVED);
  return {
    language: 'python',
    resource: name,
    method: name,
    // The SDK's arguments and TypedDict keys are snake_case, aliased to the wire names (campaign_id for campaignId).
    param: (property) => escapeReserved(snakeParam(property), PYTHON_RESERVED),
    variable: name,
    callChain: (path, method, client = 'client') => [client, ...path.map(name), name(method)].join('.'),
    typeName: (...parts) => pascalCase(parts, initialisms),
    paramsType: (path, method) => `${methodTypeStem(path, method, initialisms)}Params`,
    responseType: (path, method) => `${methodTypeStem(path, method, initialisms)}Response`,
    nestedType: (owner, property) => owner + pascalCase(property, initialisms),
    enumValue: (_type, value) => JSON.stringify(value),
  };
}

export const pythonNamer: LanguageNamer = createPythonNamer();

