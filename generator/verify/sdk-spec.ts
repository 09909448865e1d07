// The SDK under verification may be older than the docs (verify.sdkSpec: the spec the SDK was generated from).
// An example whose operation that SDK cannot know is skipped with the cause instead of failing: the operation is
// absent from the SDK's spec, or its call signature changed there in a way that breaks a call written from the
// docs' spec. The signature is the call's outer shape only (parameter and top-level body names, required-ness
// and shallow types; the success response's content type and top-level names): an operation whose signature is
// the same in both specs is compiled, so a generator bug in it still fails.
import path from 'node:path';
import { buildIR } from '../ir/builder.js';
import { resolveShape, type SchemaLookup } from '../ir/pagination.js';
import type { IR, Operation, Schema } from '../ir/types.js';
import { loadSpec } from '../load/index.js';

/** What one operation's call looks like to an SDK generated from a spec. */
export interface CallSignature {
  pathParams: string[];
  /** Query parameter name → required. */
  query: Map<string, boolean>;
  body?: BodySignature;
  response?: ResponseSignature;
}

interface BodySignature {
  contentType: string;
  /** Top-level property name → its shallow type (see shallowType); empty for a body that is no object. */
  properties: Map<string, string>;
  required: Set<string>;
  /** The body's own shallow type (compared when neither side is an object with properties). */
  type: string;
}

interface ResponseSignature {
  contentType?: string;
  properties: string[];
}

/** Operations by method and path, path parameters written `{}` (a renamed path parameter is still the same path). */
export type SignatureIndex = Map<string, CallSignature>;

/** What the check needs of a doc example. */
export interface ExampleCall {
  /** The endpoint line of its section: "POST /ai/missions". */
  endpoint?: string;
  language: string;
  code: string;
}

/** The cause for skipping an example (its operation is newer than the SDK's spec), or undefined: check it. */
export type SdkSpecCheck = (example: ExampleCall) => string | undefined;

/**
 * One difference between the SDK's call and the docs' call, and what it breaks. `names`: only an example that
 * uses one of them (an optional field it may leave out); `where`: only languages with that trait; else every call.
 */
export interface SignatureChange {
  text: string;
  names?: string[];
  where?: 'missingRequired' | 'namedParamsType';
}

/** What a language's compiler (or params check) rejects of a call; it decides which changes break there. */
export interface LanguageTraits {
  /**
   * When a required field or parameter the example leaves out fails it: `always` (pyright, tsc and Ruby's params
   * models check each one); `without-params` (Java: the SDK has a method overload without params only when none is
   * required, and its builder checks the rest at run time); `never` (a Go struct literal).
   */
  missingRequired: 'always' | 'without-params' | 'never';
  /** Examples name the operation's params type even when they pass nothing (Go's `XListParams{}`), and the SDK
   * has none for an operation without parameters (Java's has one for every method). */
  namedParamsType: boolean;
}

const LANGUAGE_TRAITS: Record<string, LanguageTraits> = {
  python: { missingRequired: 'always', namedParamsType: false },
  ruby: { missingRequired: 'always', namedParamsType: false },
  javascript: { missingRequired: 'always', namedParamsType: false },
  typescript: { missingRequired: 'always', namedParamsType: false },
  go: { missingRequired: 'never', namedParamsType: true },
  java: { missingRequired: 'without-params', namedParamsType: false },
};
/** A language not listed is assumed to check everything (skipping more rather than failing on the SDK's age). */
const STRICT: LanguageTraits = { missingRequired: 'always', namedParamsType: true };

export async function loadSdkSpecCheck(sdkSpecFile: string, docsSpecFile?: string): Promise<SdkSpecCheck> {
  const sdk = signatureIndex(buildIR((await loadSpec(sdkSpecFile)).document));
  const docs = docsSpecFile ? signatureIndex(buildIR((await loadSpec(docsSpecFile)).document)) : undefined;
  return sdkSpecCheck(sdk, docs, path.basename(sdkSpecFile));
}

/**
 * Without the docs' spec only absence is known; with it, an operation in both specs is skipped when a change
 * breaks the example's call (the first three are named).
 */
export function sdkSpecCheck(sdk: SignatureIndex, docs: SignatureIndex | undefined, sdkSpecName: string): SdkSpecCheck {
  return (example) => {
    const key = example.endpoint === undefined ? undefined : endpointKey(example.endpoint);
    if (!key) return undefined;
    const before = sdk.get(key);
    if (!before) return `not in the SDK's spec ${sdkSpecName}`;
    const now = docs?.get(key);
    if (!now) return undefined;
    const traits = LANGUAGE_TRAITS[example.language] ?? STRICT;
    const used = usedNames(example.code);
    const passesParams = () => parameterNames(now).some((name) => isUsed(used, name));
    const applies = (change: SignatureChange): boolean => {
      if (change.names && !change.names.some((name) => isUsed(used, name))) return false;
      if (change.where === 'namedParamsType') return traits.namedParamsType;
      if (change.where === 'missingRequired') return traits.missingRequired === 'always' || (traits.missingRequired === 'without-params' && !passesParams());
      return true;
    };
    const breaking = signatureChanges(before, now).filter(applies);
    if (breaking.length === 0) return undefined;
    const shown = breaking.slice(0, 3).map((c) => c.text).join('; ');
    return `changed since the SDK's spec ${sdkSpecName}: ${shown}${breaking.length > 3 ? ` (and ${breaking.length - 3} more)` : ''}`;
  };
}

/** "POST /a/{id}" → "post /a/{}"; undefined for anything else. */
export function endpointKey(endpoint: string): string | undefined {
  const match = /^([A-Za-z]+) (\/\S*)$/.exec(endpoint.trim());
  return match ? `${match[1]!.toLowerCase()} ${match[2]!.replace(/\{[^}]*\}/g, '{}')}` : undefined;
}

/**
 * Whether the code uses a field or parameter, however the language spells it (from_, messagingProfileId,
 * MessagingProfileID): as an argument name or key (`name=`, `name:`, `"name":`) or a member (`.name`), without
 * case or underscores; import lines do not count (`com.telnyx.sdk` is no field `telnyx`). `filter[name][contains]`
 * is used when each of its segments is.
 */
export function mentions(code: string, name: string): boolean {
  return isUsed(usedNames(code), name);
}

const IMPORT_LINE = /^\s*(import|package|require|using|use|from\s+\S+\s+import)\b/;
const USED_NAME = /\.([A-Za-z_][A-Za-z0-9_]*)|([A-Za-z_][A-Za-z0-9_]*)["']?\s*[:=](?![:=])/g;

function usedNames(code: string): Set<string> {
  const text = code
    .split('\n')
    .filter((line) => !IMPORT_LINE.test(line))
    .join('\n');
  return new Set([...text.matchAll(USED_NAME)].map((m) => squash(m[1] ?? m[2]!)));
}

function isUsed(used: Set<string>, name: string): boolean {
  const segments = name.split(/[[\]]+/).filter(Boolean);
  return segments.length > 0 && segments.every((segment) => used.has(squash(segment)));
}

function squash(identifier: string): string {
  return identifier.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
}

/** The query parameters and top-level body fields a call may pass. */
function parameterNames(signature: CallSignature): string[] {
  return [...signature.query.keys(), ...(signature.body?.properties.keys() ?? [])];
}

export function signatureIndex(ir: IR): SignatureIndex {
  const byName = new Map(ir.schemas.map((s) => [s.name, s.schema]));
  const lookup: SchemaLookup = (name) => byName.get(name);
  const index: SignatureIndex = new Map();
  for (const operation of ir.operations) {
    const key = endpointKey(`${operation.method} ${operation.path}`);
    if (key && !index.has(key)) index.set(key, callSignature(operation, lookup));
  }
  return index;
}

export function callSignature(operation: Operation, lookup: SchemaLookup): CallSignature {
  const signature: CallSignature = {
    pathParams: operation.parameters.filter((p) => p.in === 'path').map((p) => p.name),
    query: new Map(operation.parameters.filter((p) => p.in === 'query').map((p) => [p.name, p.required])),
  };
  if (operation.requestBody) {
    const { contentType, schema } = operation.requestBody;
    const shape = resolveShape(schema, lookup);
    const body: BodySignature = { contentType, properties: new Map(), required: new Set(), type: shallowType(schema, lookup) };
    if (shape?.kind === 'object') {
      for (const property of shape.properties) body.properties.set(property.name, shallowType(property.schema, lookup));
      for (const name of shape.required) body.required.add(name);
    }
    signature.body = body;
  }
  const success = operation.success;
  if (success) {
    const shape = resolveShape(success.schema, lookup);
    signature.response = {
      ...(success.contentType ? { contentType: success.contentType } : {}),
      properties: shape?.kind === 'object' ? shape.properties.map((p) => p.name) : [],
    };
  }
  return signature;
}

/**
 * A schema's type one level deep: "string", "integer", "array of string", "object", "string | integer"…
 * Formats, enum values and nested properties are left out: SDKs type a field by its kind, and a nested change
 * would skip an operation whose call is unchanged.
 */
export function shallowType(schema: Schema | undefined, lookup: SchemaLookup, depth = 0): string {
  const shape = resolveShape(schema, lookup);
  if (!shape) return 'unknown';
  switch (shape.kind) {
    case 'array':
      return depth > 0 ? 'array' : `array of ${shallowType(shape.items, lookup, depth + 1)}`;
    case 'union': {
      const variants = [...new Set(shape.variants.map((v) => shallowType(v, lookup, depth + 1)))].filter((v) => v !== 'null');
      return variants.length === 1 ? variants[0]! : variants.sort().join(' | ');
    }
    case 'allOf':
      return 'object';
    case 'ref':
      return 'unknown';
    default:
      return shape.kind;
  }
}

/**
 * The differences that can break a call written from the docs' spec against the SDK: a field or parameter the
 * docs require that the SDK lacks or types otherwise, one the SDK requires that the docs no longer send, a new
 * optional one the example uses, parameters where the SDK's operation took none, renamed path parameters,
 * another body content type, another response content type or new response fields the example reads. A field
 * the docs made required, or one they dropped that the SDK takes as optional, breaks no call.
 */
export function signatureChanges(before: CallSignature, now: CallSignature): SignatureChange[] {
  const changes: SignatureChange[] = [];
  if (before.pathParams.join(',') !== now.pathParams.join(',')) {
    changes.push({ text: `path parameters ${list(before.pathParams)} → ${list(now.pathParams)}` });
  }
  if (!takesParameters(before) && takesParameters(now)) changes.push({ text: 'parameters added (the SDK\'s operation takes none)', where: 'namedParamsType' });
  changes.push(...fieldChanges('query parameter', queryFields(before.query), queryFields(now.query)));
  changes.push(...bodyChanges(before.body, now.body));
  changes.push(...responseChanges(before.response, now.response));
  return changes;
}

function takesParameters(signature: CallSignature): boolean {
  return signature.query.size > 0 || signature.body !== undefined;
}

interface Field {
  required: boolean;
  type?: string;
}

function queryFields(query: Map<string, boolean>): Map<string, Field> {
  return new Map([...query].map(([name, required]) => [name, { required }]));
}

function fieldChanges(what: string, before: Map<string, Field>, now: Map<string, Field>): SignatureChange[] {
  const changes: SignatureChange[] = [];
  for (const name of [...new Set([...before.keys(), ...now.keys()])].sort()) {
    const was = before.get(name);
    const is = now.get(name);
    if (!was) changes.push(is!.required ? { text: `${what} ${name} added as required` } : { text: `${what} ${name} added`, names: [name] });
    else if (!is) {
      if (was.required) changes.push({ text: `${what} ${name} (required) removed`, where: 'missingRequired' });
    } else if (was.type !== is.type) {
      const text = `${what} ${name} ${was.type} → ${is.type}`;
      changes.push(is.required ? { text } : { text, names: [name] });
    } else if (was.required && !is.required) changes.push({ text: `${what} ${name} no longer required`, where: 'missingRequired' });
  }
  return changes;
}

function bodyChanges(before: BodySignature | undefined, now: BodySignature | undefined): SignatureChange[] {
  if (!before || !now) return before === now ? [] : [{ text: before ? 'request body removed' : 'request body added' }];
  if (before.contentType !== now.contentType) return [{ text: `request body ${before.contentType} → ${now.contentType}` }];
  if (before.properties.size === 0 && now.properties.size === 0) {
    return before.type === now.type ? [] : [{ text: `request body ${before.type} → ${now.type}` }];
  }
  const bodyFields = (body: BodySignature) => new Map([...body.properties].map(([name, type]) => [name, { required: body.required.has(name), type }]));
  return fieldChanges('body field', bodyFields(before), bodyFields(now));
}

/** A response change breaks an example that reads the response: one naming a top-level field of either side. */
function responseChanges(before: ResponseSignature | undefined, now: ResponseSignature | undefined): SignatureChange[] {
  const contentType = (response: ResponseSignature | undefined) => response?.contentType ?? 'no content';
  if (contentType(before) !== contentType(now)) {
    const names = [...new Set([...(before?.properties ?? []), ...(now?.properties ?? [])])];
    const text = `response ${contentType(before)} → ${contentType(now)}`;
    return [names.length ? { text, names } : { text }];
  }
  const added = (now?.properties ?? []).filter((p) => !(before?.properties ?? []).includes(p));
  return added.map((name) => ({ text: `response field ${name} added`, names: [name] }));
}

function list(names: string[]): string {
  return names.length ? names.join(', ') : '(none)';
}
