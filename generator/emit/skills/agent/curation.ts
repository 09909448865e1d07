// The curated parts of the agent profile, per product: what a person chose (which tasks come first, why, which
// rows to show) as opposed to what the spec gives. Read from a curation file (JSON), written by
// `sdkgen curation extract` from existing documents of the profile or by hand.
import type { SnippetLanguage } from '../../snippets/target.js';

/** A curated task: an operation shown in full (Core Tasks, Important Supporting Operations). */
export interface TaskCuration {
  /** "POST /messages": method and spec path. */
  operation: string;
  title: string;
  /** One line on why an agent needs it. */
  rationale?: string;
  /** The parameter rows shown, in order (spec names); the rest is counted in the closing row. */
  params?: string[];
  /** Rows shown as required where the document says so (overrides the spec). */
  required?: string[];
  /** Response fields listed under "Primary response fields", as dotted spec paths ("data.id"). */
  responseFields?: string[];
}

export interface WebhookCuration {
  /** The event key of the spec's webhooks ("deliveryUpdate"). */
  event: string;
  title: string;
  /** The payload rows shown inline (dotted paths). */
  fields: string[];
}

export interface ProductCuration {
  title?: string;
  description?: string;
  importantNotes?: string[];
  operationalCaveats?: string[];
  coreTasks?: TaskCuration[];
  supportingOperations?: TaskCuration[];
  /** "GET /messages/{id}" → the Additional Operations "Use when" text. */
  useWhen?: Record<string, string>;
  webhooks?: WebhookCuration[];
  /** Every webhook event of the product, inline or not (the api-details payload sections), in order. */
  webhookEvents?: string[];
  fieldTypeNotes?: string[];
  /** SDK method calls as the documents print them, by operation and language ("client.messages.send()"). */
  sdkMethods?: Record<string, Partial<Record<SnippetLanguage, string>>>;
  /** `data.event_type` values of events the spec does not type ("replacedLinkClick" → "message.link_click"). */
  webhookEventTypes?: Record<string, string>;
  /** Example overrides: operation ("POST /messages", or "errorHandling") → language → code. */
  examples?: Record<string, Partial<Record<SnippetLanguage, string>>>;
}

export interface Curation {
  /** sdkgen's format marker, so that another JSON file is not taken for a curation. */
  format: 'sdkgen-curation/1';
  /** Product slug ("messaging") → its curated parts. */
  products: Record<string, ProductCuration>;
}

export class CurationError extends Error {}

/** Checks the shape of a curation file (what a hand edit can break), naming the key. */
export function parseCuration(value: unknown, file: string): Curation {
  const fail = (key: string, what: string): never => {
    throw new CurationError(`${file}: ${key}: ${what}`);
  };
  const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
  if (!isObject(value)) fail('(root)', 'expected a JSON object');
  const root = value as Record<string, unknown>;
  if (root.format !== 'sdkgen-curation/1') fail('format', `expected "sdkgen-curation/1" (a file written by sdkgen curation extract), got ${JSON.stringify(root.format)}`);
  if (!isObject(root.products)) fail('products', 'expected an object of products by slug');
  const strings = (v: unknown, key: string) => {
    if (v === undefined) return;
    if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) fail(key, 'expected a list of strings');
  };
  const string = (v: unknown, key: string, required = false) => {
    if (v === undefined && !required) return;
    if (typeof v !== 'string' || v === '') fail(key, 'expected a non-empty string');
  };
  for (const [slug, raw] of Object.entries(root.products as Record<string, unknown>)) {
    const key = `products.${slug}`;
    if (!isObject(raw)) fail(key, 'expected an object');
    const product = raw as Record<string, unknown>;
    const known = ['title', 'description', 'importantNotes', 'operationalCaveats', 'coreTasks', 'supportingOperations', 'useWhen', 'webhooks', 'webhookEvents', 'webhookEventTypes', 'fieldTypeNotes', 'sdkMethods', 'examples'];
    for (const k of Object.keys(product)) if (!known.includes(k)) fail(`${key}.${k}`, `unknown key; expected one of ${known.join(', ')}`);
    string(product.title, `${key}.title`);
    string(product.description, `${key}.description`);
    for (const k of ['importantNotes', 'operationalCaveats', 'fieldTypeNotes', 'webhookEvents']) strings(product[k], `${key}.${k}`);
    for (const list of ['coreTasks', 'supportingOperations'] as const) {
      if (product[list] === undefined) continue;
      if (!Array.isArray(product[list])) fail(`${key}.${list}`, 'expected a list of tasks');
      (product[list] as unknown[]).forEach((task, i) => {
        const at = `${key}.${list}[${i}]`;
        if (!isObject(task)) fail(at, 'expected an object');
        const t = task as Record<string, unknown>;
        string(t.operation, `${at}.operation`, true);
        if (!/^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \//.test(t.operation as string)) fail(`${at}.operation`, `expected "METHOD /path", got ${JSON.stringify(t.operation)}`);
        string(t.title, `${at}.title`, true);
        string(t.rationale, `${at}.rationale`);
        for (const k of ['params', 'required', 'responseFields']) strings(t[k], `${at}.${k}`);
      });
    }
  }
  return value as Curation;
}
