// What a Stainless SDK calls the variants of a union it nests: the variant schemas' names without the words all
// of them share at the start and at the end (UserMessage, AssistantMessage → User, Assistant;
// CreateIosPushCredentialRequest, CreateAndroidPushCredentialRequest → Ios, Android).
import { resolveShape, type SchemaLookup } from '../../../ir/pagination.js';
import type { Schema } from '../../../ir/types.js';
import { splitWords } from '../../../naming/words.js';

/**
 * The name (snake case words) of `variant` among the variants of the union `schema`, or undefined when `schema` is no union, the
 * variant is not one of its named variants, or the names do not tell the variants apart.
 */
export function unionVariantName(schema: Schema, variant: Schema, lookup: SchemaLookup): string | undefined {
  const union = resolveShape(schema, lookup);
  if (union?.kind !== 'union' || variant.kind !== 'ref') return undefined;
  const named = union.variants.filter((v): v is Extract<Schema, { kind: 'ref' }> => v.kind === 'ref');
  const index = named.findIndex((v) => v.name === variant.name);
  if (index < 0 || named.length < 2) return undefined;
  const words = named.map((v) => splitWords(v.name).map((w) => w.toLowerCase()));
  const prefix = sharedLength(words);
  const suffix = sharedLength(words.map((w) => [...w].reverse()));
  const names = words.map((w) => w.slice(prefix, Math.max(prefix, w.length - suffix)));
  const own = names[index]!;
  if (own.length === 0 || names.filter((n) => n.join(' ') === own.join(' ')).length > 1) return undefined;
  return own.join('_');
}

/** How many leading words every list has in common. */
function sharedLength(lists: string[][]): number {
  const shortest = Math.min(...lists.map((l) => l.length));
  let n = 0;
  while (n < shortest && lists.every((l) => l[n] === lists[0]![n])) n++;
  return n;
}
