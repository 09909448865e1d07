// Every language's namer, configured once with the initialisms of a naming config.
import { createGoNamer, type GoNamer } from './go.js';
import { createJavaNamer, type JavaNamer } from './java.js';
import { createJavascriptNamer } from './javascript.js';
import type { LanguageNamer, NamerOptions } from './namer.js';
import { createPythonNamer } from './python.js';
import { createRubyNamer } from './ruby.js';

export type { GoNamer } from './go.js';
export type { JavaNamer } from './java.js';
export { LANGUAGES, type Language, type LanguageNamer, type NamerOptions } from './namer.js';

export interface Namers {
  python: LanguageNamer;
  javascript: LanguageNamer;
  go: GoNamer;
  ruby: LanguageNamer;
  java: JavaNamer;
}

export function createNamers(options: NamerOptions = {}): Namers {
  return {
    python: createPythonNamer(options),
    javascript: createJavascriptNamer(options),
    go: createGoNamer(options),
    ruby: createRubyNamer(options),
    java: createJavaNamer(options),
  };
}
