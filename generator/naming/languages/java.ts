// Java (Stainless style): no initialisms (sendSms, assistantId), accessor methods per resource
// (client.ai().assistants()), one package per resource (models.ai.assistants.scheduledevents), builders.
import { camelCase, type Initialisms, makeInitialisms, NO_INITIALISMS, pascalCase, screamingSnakeCase, singularName, splitWords } from '../words.js';
import { escapeReserved, initialismsOf, type LanguageNamer, methodTypeStem, type NamerOptions } from './namer.js';

export const JAVA_RESERVED: ReadonlySet<string> = new Set([
  '_', 'abstract', 'assert', 'boolean', 'break', 'byte', 'case', 'catch', 'char', 'class', 'const', 'continue',
  'default', 'do', 'double', 'else', 'enum', 'extends', 'false', 'final', 'finally', 'float', 'for', 'goto', 'if',
  'implements', 'import', 'instanceof', 'int', 'interface', 'long', 'native', 'new', 'null', 'package', 'private',
  'protected', 'public', 'return', 'short', 'static', 'strictfp', 'super', 'switch', 'synchronized', 'this', 'throw',
  'throws', 'transient', 'true', 'try', 'void', 'volatile', 'while',
]);

export interface JavaNamer extends LanguageNamer {
  /** The package of a resource's models: ("com.telnyx.sdk", [ai, assistants, scheduled_events]) → com.telnyx.sdk.models.ai.assistants.scheduledevents */
  packageName(basePackage: string, resourcePath: readonly string[]): string;
  /** The page class of a paginated method: ScheduledEventListPage. */
  pageType(resourcePath: readonly string[], method: string): string;
  /** The builder method adding one element to a list property: versions → addVersion. */
  adder(property: string): string;
}

/**
 * How Java type names spell initialisms: all-capital ones as words (`AssistantSendSmsParams`, `GlobalIpCreateParams`),
 * mixed-case ones as written (`OAuthClientCreateParams`): a mixed-case spelling is a name, not an abbreviation.
 */
export function javaTypeSpelling(initialisms: Initialisms): Initialisms {
  return makeInitialisms([], initialisms.mixedCase);
}

/** Initialisms are not spelled in Java members (`sendSms`, `oauthClients()`); type names keep only mixed-case ones. */
export function createJavaNamer(options: NamerOptions = {}): JavaNamer {
  const initialisms = initialismsOf(options);
  const types = javaTypeSpelling(initialisms);
  const member = (text: string): string => escapeReserved(camelCase(text, NO_INITIALISMS), JAVA_RESERVED);
  const stem = (path: readonly string[], method: string): string => methodTypeStem(path, method, initialisms, types);
  return {
    language: 'java',
    resource: member,
    method: member,
    param: member,
    variable: member,
    callChain: (path, method, client = 'client') => [client, ...path.map((r) => `${member(r)}()`), member(method)].join('.'),
    typeName: (...parts) => pascalCase(parts, types),
    paramsType: (path, method) => `${stem(path, method)}Params`,
    responseType: (path, method) => `${stem(path, method)}Response`,
    nestedType: (owner, property) => `${owner}.${pascalCase(property, types)}`,
    enumValue: (enumType, value) => {
      const constant = screamingSnakeCase(value) || 'EMPTY';
      return `${enumType}.${/^[0-9]/.test(constant) ? `_${constant}` : constant}`;
    },
    packageName: (basePackage, path) =>
      [basePackage, 'models', ...path.map((r) => escapeReserved(splitWords(r).join('').toLowerCase(), JAVA_RESERVED))].join('.'),
    pageType: (path, method) => `${stem(path, method)}Page`,
    adder: (property) => `add${pascalCase(singularName(property, initialisms), NO_INITIALISMS)}`,
  };
}

export const javaNamer: JavaNamer = createJavaNamer();
