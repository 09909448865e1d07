// The one interface through which each SDK language spells the names of the resource tree.
import { DEFAULT_INITIALISMS, type Initialisms, makeInitialisms, pascalCase, singularName, snakeCase } from '../words.js';

export type Language = 'python' | 'javascript' | 'go' | 'ruby' | 'java';

export const LANGUAGES: readonly Language[] = ['python', 'javascript', 'go', 'ruby', 'java'];

export interface LanguageNamer {
  readonly language: Language;
  /** The accessor of a resource on its parent: scheduled_events → scheduled_events, scheduledEvents, ScheduledEvents, scheduledEvents(). */
  resource(name: string): string;
  /** A method: send_sms → send_sms, sendSMS, SendSMS, sendSms; create → New in Go; clone → clone_ in Ruby. */
  method(name: string): string;
  /** A request property or argument as the caller writes it: from → from_ (Python), From (Go field), from (Java builder). */
  param(name: string): string;
  /** A local variable name, escaped where it is a reserved word. */
  variable(name: string): string;
  /** The call expression up to the method: client.ai.assistants.list, client.AI.Assistants.List, client.ai().assistants().list. */
  callChain(resourcePath: readonly string[], method: string, client?: string): string;
  /** A type name from names or words, PascalCase in the language's spelling. */
  typeName(...parts: string[]): string;
  /** The request params type of a method: AIAssistantNewParams (Go), AssistantCreateParams (Java), AssistantSendSMSParams (TS). */
  paramsType(resourcePath: readonly string[], method: string): string;
  /** The response type generated for a method whose response has no model name of its own. */
  responseType(resourcePath: readonly string[], method: string): string;
  /** The type of an enum property nested in a params or model type: AIAssistantImportsParamsProvider (Go). */
  nestedType(owner: string, property: string): string;
  /** An enum value as written in code: "elevenlabs", :elevenlabs, AIAssistantImportsParamsProviderElevenlabs, Provider.ELEVENLABS. */
  enumValue(enumType: string, value: string): string;
}

export interface NamerOptions {
  /** Initialism spellings added to (or overriding) the defaults, e.g. the `initialisms` of a NamingConfig. */
  initialisms?: readonly string[];
}

export function initialismsOf(options: NamerOptions = {}): Initialisms {
  return makeInitialisms(options.initialisms ?? [], DEFAULT_INITIALISMS);
}

/**
 * Stainless names a method's types after the singular of its resource: scheduled_events + list → ScheduledEventList.
 * `spelling` decides the casing (Java spells no initialisms); `initialisms` still keep `sms` from becoming `sm`.
 */
export function methodTypeStem(
  resourcePath: readonly string[],
  method: string,
  initialisms: Initialisms,
  spelling: Initialisms = initialisms,
): string {
  const resource = resourcePath[resourcePath.length - 1] ?? '';
  return pascalCase([singularName(resource, initialisms), method], spelling);
}

/** Appends "_" to reserved words, the escape the official SDKs use (from_, clone_). */
export function escapeReserved(name: string, reserved: ReadonlySet<string>): string {
  return reserved.has(name) ? `${name}_` : name;
}

export function isIdentifier(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name);
}

/**
 * A request property in snake_case as Stainless's Python and Ruby SDKs spell it: a digit run that ends a camelCase
 * word stays on it (businessAddr1 → business_addr1, countryIsoAlpha2 → country_iso_alpha2); one that starts a
 * word still starts it (timeout1xxSecs → timeout_1xx_secs), and a wire name that separates digits keeps them apart.
 */
export function snakeParam(name: string): string {
  const snake = snakeCase(name);
  if (/_\d/.test(name)) return snake;
  return snake.replace(/([a-z])_(\d+)(?=_|$)/g, '$1$2');
}
