// How each language's document spells a spec name: table rows, response field paths, the method line.
import { createNamers } from '../../../naming/languages/index.js';
import type { Language } from '../../../naming/languages/index.js';
import type { SnippetLanguage } from '../../snippets/target.js';

export interface Spelling {
  /** A request parameter as the language's caller writes it (curl: the wire name). */
  param(name: string): string;
  /** A response field path ("data.sent_at") as read from the result (`variable`, default `response`). */
  field(path: string, variable?: string): string;
  /** "`client.messages.send()`", or undefined for raw HTTP (curl shows the endpoint alone). */
  methodCall(resourcePath: readonly string[], method: string): string | undefined;
}

const words = (name: string) => name.split(/[_\-\s.]+/).filter(Boolean);
const upperFirst = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const camel = (name: string) => words(name).map((w, i) => (i === 0 ? w : upperFirst(w))).join('');
const pascal = (name: string) => words(name).map(upperFirst).join('');

/**
 * Table rows name parameters by plain case rules (Go: Pascal, Java: camel; Python: keywords escaped and `type`
 * written `type_`, as the SDK's keyword-safe aliases are); JavaScript keeps the wire names, as the Node SDK's
 * params do. Response fields follow each SDK's accessors (Go with its initialisms).
 */
export function spellingOf(language: SnippetLanguage, initialisms: readonly string[] = []): Spelling {
  if (language === 'curl') {
    return { param: (name) => name, field: (path) => `.${path}`, methodCall: () => undefined };
  }
  const namer = createNamers({ initialisms })[language as Language];
  const methodCall = (resourcePath: readonly string[], method: string) => `\`${namer.callChain(resourcePath, method)}()\``;
  switch (language) {
    case 'python':
      return { param: (name) => (name === 'type' ? 'type_' : namer.param(name)), field: (path, variable = 'response') => `${variable}.${path}`, methodCall };
    case 'go':
      return { param: pascal, field: (path, variable = 'response') => `${variable}.${path.split('.').map((part) => namer.resource(part)).join('.')}`, methodCall };
    case 'java':
      return { param: camel, field: (path, variable = 'response') => `${variable}.${path.split('.').map(camel).join('.')}`, methodCall };
    case 'javascript':
      return { param: (name) => name, field: (path, variable = 'response') => `${variable}.${path}`, methodCall };
    default:
      return { param: (name) => name, field: (path, variable = 'response') => `${variable}.${path}`, methodCall };
  }
}
