// Go (Stainless style): exported PascalCase with initialisms (SendSMS, ConversationID), create → New,
// retrieve → Get, and flat type names carrying the whole singular resource path (AIAssistantScheduledEventListParams).
import { camelCase, DEFAULT_INITIALISMS, type Initialisms, makeInitialisms, pascalCase, singularName, splitWords } from '../words.js';
import { escapeReserved, type LanguageNamer, type NamerOptions } from './namer.js';

export const GO_RESERVED: ReadonlySet<string> = new Set([
  'break', 'case', 'chan', 'const', 'continue', 'default', 'defer', 'else', 'fallthrough', 'for', 'func', 'go', 'goto',
  'if', 'import', 'interface', 'map', 'package', 'range', 'return', 'select', 'struct', 'switch', 'type', 'var',
]);

/**
 * The initialisms Stainless Go SDKs spell in capitals besides the common ones (IdpSSOTargetURL, DNSRecordType,
 * CountryISO, AttemptHTTP); JSON, URI, TLS and the like stay words there (JsonSchema, SipUri). A config's
 * naming.initialisms adds to these.
 */
export const GO_INITIALISMS: readonly string[] = [...DEFAULT_INITIALISMS, 'DNS', 'HTTP', 'ISO', 'SSO'];

/** Go's SDK says New for create and Get for retrieve, also as the first word of longer names (GetFields). */
const GO_VERBS: Readonly<Record<string, string>> = { create: 'new', retrieve: 'get' };

export interface GoNamer extends LanguageNamer {
  /** The request-side struct of a named model: CanaryDeploy → CanaryDeployParam. */
  modelParamType(schemaName: string): string;
}

export function createGoNamer(options: NamerOptions = {}): GoNamer {
  const initialisms = makeInitialisms(options.initialisms ?? [], GO_INITIALISMS);
  const exported = (text: string | readonly string[]): string => pascalCase(text, initialisms);
  const method = (name: string): string => exported(goMethodWords(name, initialisms));
  const stem = (path: readonly string[], name: string): string =>
    path.map((r) => exported(singularName(r, initialisms))).join('') + method(name);
  return {
    language: 'go',
    resource: exported,
    method,
    param: exported,
    variable: (text) => escapeReserved(camelCase(text, initialisms), GO_RESERVED),
    callChain: (path, name, client = 'client') => [client, ...path.map(exported), method(name)].join('.'),
    typeName: (...parts) => pascalCase(parts, initialisms),
    paramsType: (path, name) => `${stem(path, name)}Params`,
    responseType: (path, name) => `${stem(path, name)}Response`,
    nestedType: (owner, property) => owner + exported(property),
    enumValue: (enumType, value) => enumType + (exported(value) || 'Empty'),
    modelParamType: (schemaName) => `${exported(schemaName)}Param`,
  };
}

function goMethodWords(name: string, initialisms: Initialisms): string[] {
  const words = splitWords(name, initialisms).map((w) => w.toLowerCase());
  if (words.length && GO_VERBS[words[0]]) words[0] = GO_VERBS[words[0]];
  return words;
}

export const goNamer: GoNamer = createGoNamer();
