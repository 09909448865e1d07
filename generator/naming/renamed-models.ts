// Request bodies a Stainless SDK declares as a model under a name of its own. The SDK's config may give a body
// schema a shorter name (UpdatePhoneNumberVoiceSettingsRequest → UpdateVoiceSettings); api.md then lists that name
// among the types of the resource sending the body, and no schema of the spec carries it. Such a type is the body
// model of a method of its resource whose body schema no declared type names, when it is named for the call (its
// first word the method's verb: UpdateVoiceSettings for `update`) and its words appear, in order, in the schema's
// name: the SDK takes that body whole under the model's name, as it does any model body. A type named like the
// resource's entity (AssistantTest, MessageTemplate) is what the calls return, not a body.
import { resolveShape } from '../ir/pagination.js';
import type { IR } from '../ir/types.js';
import { resourceMethods } from '../ir/walk.js';
import { DeclaredModels } from './declared-types.js';
import { splitWords } from './words.js';

/** What a model name or a schema name may add to the words they share. */
const NAME_SUFFIXES = /(Request|Schema|Params|Response)$/;

/**
 * Body schema name → the name of the model the SDK declares for it, for bodies named unlike any declared type.
 * `declaredTypes`: the type names of the api.md files; `modules`: type name → declaring resource module
 * (`phone-numbers/voice`), as a Node api.md links them.
 */
export function renamedBodyModels(ir: IR, declaredTypes: readonly string[], modules: Readonly<Record<string, string>>): Map<string, string> {
  const result = new Map<string, string>();
  if (declaredTypes.length === 0) return result;
  const declared = new DeclaredModels(declaredTypes);
  const schemaKeys = new Set(ir.schemas.flatMap((s) => [key(s.name), key(s.name.replace(/(Request|Schema)$/, ''))]));
  // Declared types no schema names: candidates for a renamed schema, by the module declaring them.
  const unnamed = new Map<string, string[]>();
  for (const [name, module] of Object.entries(modules)) {
    if (NAME_SUFFIXES.test(name) || schemaKeys.has(key(name))) continue;
    const home = moduleKey(module.split('/'));
    unnamed.set(home, [...(unnamed.get(home) ?? []), name]);
  }
  const operations = new Map(ir.operations.map((op) => [op.key, op]));
  const lookup = new Map(ir.schemas.map((s) => [s.name, s.schema]));
  for (const { method, resourcePath } of resourceMethods(ir.resources)) {
    const body = operations.get(method.operation)?.requestBody?.schema;
    if (body?.kind !== 'ref' || result.has(body.name) || declared.model(body.name)) continue;
    if (resolveShape(body, (name) => lookup.get(name))?.kind !== 'object') continue;
    const schemaWords = words(body.name);
    const verb = method.name.split('_')[0];
    // A method named like its resource (insight_groups.insight_groups) names no call.
    if (resourcePath.some((segment) => splitWords(segment).some((w) => w.toLowerCase() === verb))) continue;
    const matches = (unnamed.get(moduleKey(resourcePath)) ?? []).filter((name) => words(name)[0] === verb && isSubsequence(words(name), schemaWords));
    if (matches.length === 1) result.set(body.name, matches[0]!);
  }
  return result;
}

/** Letters and digits, lower-cased, as DeclaredModels compares names. */
function key(name: string): string {
  return name.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
}

function moduleKey(path: readonly string[]): string {
  return path.map((segment) => segment.replace(/[^A-Za-z0-9]/g, '').toLowerCase()).join('/');
}

function words(name: string): string[] {
  return splitWords(name.replace(NAME_SUFFIXES, '')).map((w) => w.toLowerCase());
}

function isSubsequence(part: readonly string[], whole: readonly string[]): boolean {
  let i = 0;
  for (const word of whole) if (i < part.length && part[i] === word) i++;
  return part.length > 0 && i === part.length;
}
