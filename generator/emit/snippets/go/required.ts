// Which fields of an allOf request object a Stainless SDK types as optional although the merged shape requires
// them. A Stainless generator resolves a composed schema one level at a time: a `required` list written in an
// allOf (beside it or as a part) reaches the properties its sibling parts declare as plain objects, but not
// those a sibling that is itself an allOf brings in: that sibling is resolved on its own first and keeps its own
// required-ness. `allOf: [X, { required: [...] }]` stands for X itself (as `allOf: [$ref]` does), so there the
// list joins X's parts. Seen in telnyx-go 4.22.0 (and the Python SDK of the same release):
// `allOf: [WireguardInterface (an allOf), RegionIn, { required: [network_id, region_code] }]` makes RegionCode a
// plain string and NetworkID a param.Opt; `allOf: [Network (an allOf), { required: [name] }]` a required Name.
import type { SchemaLookup } from '../../../ir/pagination.js';
import type { AllOfSchema, Schema } from '../../../ir/types.js';

/** The names the spec's merged shape of `schema` requires and the SDK does not (empty when they agree). */
export function sdkOptionalNames(schema: Schema | undefined, lookup: SchemaLookup): Set<string> {
  const composed = follow(schema, lookup);
  if (composed?.kind !== 'allOf') return new Set();
  const sdk = requiredBySdk(composed, lookup, 0);
  return new Set([...mergedRequired(composed, lookup, 0)].filter((name) => !sdk.has(name)));
}

const MAX_DEPTH = 12;

function follow(schema: Schema | undefined, lookup: SchemaLookup, depth = 0): Schema | undefined {
  if (schema?.kind !== 'ref' || depth > MAX_DEPTH) return schema;
  return follow(lookup(schema.name), lookup, depth + 1);
}

/** What a merge of every part at every depth requires (the shape examples are synthesised from). */
function mergedRequired(schema: Schema | undefined, lookup: SchemaLookup, depth: number): Set<string> {
  const target = follow(schema, lookup);
  if (target?.kind === 'object') return new Set(target.required);
  if (target?.kind !== 'allOf' || depth > MAX_DEPTH) return new Set();
  return new Set([...(target.required ?? []), ...target.parts.flatMap((p) => [...mergedRequired(p, lookup, depth + 1)])]);
}

function requiredBySdk(schema: Schema | undefined, lookup: SchemaLookup, depth: number): Set<string> {
  const target = follow(schema, lookup);
  if (target?.kind === 'object') return new Set(target.required);
  if (target?.kind !== 'allOf' || depth > MAX_DEPTH) return new Set();
  const parts = target.parts.map((p) => follow(p, lookup));
  const lists = [...(target.required ?? []), ...parts.flatMap((p) => (p?.kind === 'object' ? p.required : []))];
  const bearing = parts.filter((p) => !isRequiredOnly(p));
  const only = bearing.length === 1 ? bearing[0] : undefined;
  if (only?.kind === 'allOf') {
    const joined: AllOfSchema = { kind: 'allOf', parts: only.parts, required: [...(only.required ?? []), ...lists] };
    return requiredBySdk(joined, lookup, depth + 1);
  }
  const required = new Set<string>();
  for (const part of bearing) {
    for (const name of requiredBySdk(part, lookup, depth + 1)) required.add(name);
  }
  const declared = new Set(bearing.flatMap((p) => (p?.kind === 'object' ? p.properties.map((prop) => prop.name) : [])));
  for (const name of lists) if (declared.has(name)) required.add(name);
  return required;
}

/** A part that only lists required names (`{ required: [...] }`, maybe with a type and a title). */
function isRequiredOnly(part: Schema | undefined): boolean {
  return part?.kind === 'object' && part.properties.length === 0 && part.additionalProperties === undefined;
}
