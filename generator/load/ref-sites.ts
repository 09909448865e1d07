// Where the $refs of a document are, and what kind of object each one stands for.

export interface RefSite {
  /** The reference as written. */
  ref: string;
  /** Path of the object holding "$ref" (or of the discriminator mapping value). */
  path: string[];
  /** A discriminator mapping value names a schema without being a $ref object. */
  kind: '$ref' | 'mapping';
}

/** Keys whose value maps user-chosen names to objects: a key inside them is a name, never a keyword. */
const NAMED_MAPS = new Set([
  'properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas',
  'schemas', 'responses', 'parameters', 'examples', 'requestBodies', 'headers', 'securitySchemes',
  'links', 'callbacks', 'pathItems', 'paths', 'webhooks', 'content', 'encoding', 'variables', 'mapping',
]);

/**
 * Values that are literal data: an example may well contain a "$ref" key that is not a reference
 * (e.g. a JSON Schema API), so these subtrees are neither bundled nor validated.
 */
export function isLiteralValue(key: string, value: unknown, containerKey: string | undefined, grandKey: string | undefined): boolean {
  if (containerKey !== undefined && NAMED_MAPS.has(containerKey)) return false;
  switch (key) {
    case 'example':
    case 'default':
    case 'enum':
    case 'const':
      return true;
    case 'examples':
      return Array.isArray(value); // JSON Schema examples; the OpenAPI map of Example Objects is not literal
    case 'value':
      return grandKey === 'examples';
    default:
      return false;
  }
}

/**
 * "example: {$ref: examples.yml#/pet}" is, to the letter, a literal object with a "$ref" key, but everyone means a
 * reference (and common tools resolve it). Only a $ref at the top of a literal counts; deeper ones stay data.
 */
export function literalRefOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const ref = (value as Record<string, unknown>).$ref;
  return typeof ref === 'string' ? ref : undefined;
}

/** A mapping value is a schema name unless it looks like a reference ("#/...", "file.yml", "file.yml#/x"). */
export function isReferenceLike(mappingValue: string): boolean {
  return mappingValue.includes('#') || /\.(ya?ml|json)$/i.test(mappingValue);
}

export function isDiscriminatorMapping(key: string, containerKey: string | undefined): boolean {
  return key === 'mapping' && containerKey === 'discriminator';
}

export function collectRefSites(data: unknown): RefSite[] {
  const sites: RefSite[] = [];
  const path: string[] = [];
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(String(i));
        visit(node[i]);
        path.pop();
      }
      return;
    }
    const object = node as Record<string, unknown>;
    const containerKey = path[path.length - 1];
    const grandKey = path[path.length - 2];
    for (const key in object) {
      const value = object[key];
      if (key === '$ref' && typeof value === 'string') {
        sites.push({ ref: value, path: path.slice(), kind: '$ref' });
        continue;
      }
      if (value === null || typeof value !== 'object') continue;
      if (isLiteralValue(key, value, containerKey, grandKey)) {
        const literalRef = literalRefOf(value);
        if (literalRef !== undefined) sites.push({ ref: literalRef, path: [...path, key], kind: '$ref' });
        continue;
      }
      path.push(key);
      if (isDiscriminatorMapping(key, containerKey)) {
        collectMapping(value as Record<string, unknown>, path, sites);
      } else {
        visit(value);
      }
      path.pop();
    }
  };
  visit(data);
  return sites;
}

function collectMapping(mapping: Record<string, unknown>, path: string[], sites: RefSite[]): void {
  for (const name in mapping) {
    const value = mapping[name];
    if (typeof value === 'string' && isReferenceLike(value)) sites.push({ ref: value, path: [...path, name], kind: 'mapping' });
  }
}

export type ComponentSection =
  | 'schemas' | 'responses' | 'parameters' | 'examples' | 'requestBodies' | 'headers'
  | 'securitySchemes' | 'links' | 'callbacks' | 'pathItems';

export const COMPONENT_SECTIONS: readonly ComponentSection[] = [
  'schemas', 'responses', 'parameters', 'examples', 'requestBodies', 'headers',
  'securitySchemes', 'links', 'callbacks', 'pathItems',
];

const SCHEMA_VALUED_KEYS = new Set([
  'schema', 'items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames',
  'additionalItems', 'unevaluatedItems', 'unevaluatedProperties', 'contentSchema',
]);
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items']);
const OBJECT_MAPS = new Map<string, ComponentSection>([
  ['responses', 'responses'], ['parameters', 'parameters'], ['headers', 'headers'],
  ['examples', 'examples'], ['links', 'links'], ['callbacks', 'callbacks'],
]);

/**
 * The components section an object at `path` belongs in, judged from the keys leading to it; undefined when
 * it is not a reusable component kind (an operation, a path item, a description…), which is then inlined.
 */
export function componentSectionFor(path: readonly string[]): ComponentSection | undefined {
  const n = path.length;
  const last = path[n - 1];
  const parent = path[n - 2];
  // A schema property may be called "headers" or "responses": then it is a schema, not such a map.
  const parentIsPropertyName = SCHEMA_MAPS.has(path[n - 3] ?? '');
  if (last === undefined) return undefined;
  if (n === 3 && path[0] === 'components') return (COMPONENT_SECTIONS as readonly string[]).includes(path[1]) ? (path[1] as ComponentSection) : undefined;
  const isIndex = /^\d+$/.test(last);
  if (parent !== undefined) {
    if (SCHEMA_MAPS.has(parent)) return 'schemas';
    if (SCHEMA_LISTS.has(parent) && isIndex) return 'schemas';
    const section = parentIsPropertyName ? undefined : OBJECT_MAPS.get(parent);
    if (section) return section === 'examples' && isIndex ? undefined : section;
  }
  if (SCHEMA_VALUED_KEYS.has(last)) return 'schemas';
  if (last === 'requestBody') return 'requestBodies';
  return undefined;
}
