// Products: how the skill docs group operations. From a products file, or one product per tag.
import type { HttpMethod, IR } from '../../ir/types.js';

export interface ProductOperation {
  method: HttpMethod;
  path: string;
  /** The path printed in the docs when it differs from the spec's. */
  docPath?: string;
  /** Shown only by raw-HTTP targets (curl): the SDKs have no call for it (e.g. a WebSocket GET). */
  httpOnly?: boolean;
}

export interface WebhookEvent {
  event: string;
  description: string;
}

export interface Product {
  /** e.g. "ai-assistants": used in file names and metadata. */
  slug: string;
  /** The product's title in headings ("Fax"); from the slug when absent. */
  title?: string;
  description: string;
  tags: string[];
  /** Section order of the v2 documents. */
  operations: ProductOperation[];
  /** Section order of the v1 documents (defaults to `operations`). */
  operationsV1: ProductOperation[];
  webhookEvents: WebhookEvent[];
}

export interface ProductCatalog {
  /**
   * Appended to every product description, with {Lang} replaced by the language's display name and {langDesc} by
   * the language's entry of `languageDescriptions`.
   */
  descriptionSuffix: string;
  /** e.g. { curl: "REST API (curl) examples", python: "Python SDK examples" }. */
  languageDescriptions?: Record<string, string>;
  /** Plain substring replacements applied to generated text (summaries, descriptions, field lists). */
  textFixes?: { from: string; to: string }[];
  products: Product[];
}

/** {langDesc}: "<Lang> SDK examples", or the locale's httpExamples for raw-HTTP documents. */
export const DEFAULT_DESCRIPTION_SUFFIX = ' This skill provides {langDesc}.';

/** Parses a products file (see specs/README for the format); `file` names it in errors. */
export function parseProductCatalog(json: unknown, file: string): ProductCatalog {
  const fail = (where: string, what: string): never => {
    throw new Error(`${file}: ${where}: ${what}`);
  };
  if (!json || typeof json !== 'object') fail('(root)', 'expected an object with a "products" array');
  const root = json as Record<string, any>;
  if (!Array.isArray(root.products)) fail('products', 'expected an array of products');
  const products = (root.products as any[]).map((p, i): Product => {
    const where = `products[${i}]`;
    if (typeof p?.slug !== 'string' || p.slug === '') fail(`${where}.slug`, 'expected a non-empty string');
    const operations = parseOperations(p.operations, `${where}.operations`, fail);
    const product: Product = {
      slug: p.slug,
      // "blurb" is the products-v3 name of the description.
      description: typeof p.description === 'string' ? p.description : typeof p.blurb === 'string' ? p.blurb : '',
      tags: Array.isArray(p.tags) ? p.tags.map(String) : [],
      operations,
      operationsV1: p.operationsV1 === undefined ? operations : parseOperations(p.operationsV1, `${where}.operationsV1`, fail),
      webhookEvents: Array.isArray(p.webhookEvents)
        ? p.webhookEvents.map((e: any) => ({ event: String(e.event), description: String(e.description ?? '') }))
        : // Bare event keys: their descriptions are the spec webhooks' summaries.
          Array.isArray(p.webhooks)
          ? p.webhooks.map((key: unknown) => ({ event: String(key), description: '' }))
          : [],
    };
    if (typeof p.title === 'string') product.title = p.title;
    return product;
  });
  const suffix = typeof root.descriptionSuffix === 'string' ? root.descriptionSuffix : DEFAULT_DESCRIPTION_SUFFIX;
  const catalog: ProductCatalog = { descriptionSuffix: suffix, products };
  if (root.langDesc && typeof root.langDesc === 'object') catalog.languageDescriptions = root.langDesc as Record<string, string>;
  if (Array.isArray(root.textFixes)) {
    catalog.textFixes = (root.textFixes as any[]).map((f, i) => {
      if (typeof f?.from !== 'string' || typeof f?.to !== 'string') fail(`textFixes[${i}]`, 'expected { from, to } strings');
      return { from: f.from, to: f.to };
    });
  }
  return catalog;
}

function parseOperations(raw: unknown, where: string, fail: (where: string, what: string) => never): ProductOperation[] {
  if (!Array.isArray(raw)) return fail(where, 'expected an array of { method, path } objects');
  return raw.map((o, i) => {
    if (typeof o?.method !== 'string' || typeof o?.path !== 'string') fail(`${where}[${i}]`, 'expected { method, path }');
    const op: ProductOperation = { method: o.method.toLowerCase() as HttpMethod, path: o.path };
    if (typeof o.docPath === 'string') op.docPath = o.docPath;
    if (o.curlOnly === true || o.httpOnly === true) op.httpOnly = true;
    return op;
  });
}

/**
 * Without a products file: one product per tag (in tag order), untagged operations in a "default" product; a
 * product lists the spec's webhooks (3.1 `webhooks`) that carry its tag.
 */
export function productsFromTags(ir: IR): ProductCatalog {
  const order = ir.tags.map((t) => t.name);
  const byTag = new Map<string, ProductOperation[]>();
  for (const op of ir.operations) {
    const tag = op.tags[0] ?? 'default';
    if (!byTag.has(tag)) byTag.set(tag, []);
    byTag.get(tag)!.push({ method: op.method, path: op.path });
    if (!order.includes(tag)) order.push(tag);
  }
  const description = (tag: string) => ir.tags.find((t) => t.name === tag)?.description?.split('\n')[0]?.trim();
  const products = order
    .filter((tag) => byTag.has(tag))
    .map((tag): Product => {
      const operations = byTag.get(tag)!;
      return {
        slug: slugify(tag),
        description: description(tag) || `${ir.api.title}: ${tag} operations.`,
        tags: [tag],
        operations,
        operationsV1: operations,
        webhookEvents: ir.webhooks
          .filter((w) => w.tags.includes(tag))
          .map((w) => ({ event: w.name, description: w.summary ?? w.description ?? '' })),
      };
    });
  return { descriptionSuffix: DEFAULT_DESCRIPTION_SUFFIX, products };
}

export function slugify(text: string): string {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'default';
}
