import { type ClientConfig, defaultClient } from '../config.js';

// The name a person would give an API's SDK, from the spec's info.title: "Box Platform API" → BoxPlatform,
// "Swagger Petstore" → Petstore, "Twilio - Verify" → TwilioVerify, "Spotify Web API with fixes…" → Spotify.

/** Words that say what kind of document or interface it is, not whose: never part of a brand. */
const GENERIC = new Set([
  'api', 'apis', 'rest', 'restful', 'http', 'web', 'openapi', 'swagger', 'spec', 'specs', 'specification', 'schema',
  'definition', 'definitions', 'document', 'documentation', 'docs', 'description', 'reference', 'official', 'public',
  'the', 'overview', 'interface', 'endpoints', 'service',
]);

/** A clause that describes the document rather than names it starts here ("… with fixes", "… for partners"). */
const TAIL_CLAUSE = /\s+(?:with|from|by|for|including|based on)\s+.*$/i;

/** Separators after which a longer tail describes (" - Stable & Experimental APIs") and a one-word tail names. */
const SEPARATOR = /\s+[-–—:|]\s+|\s*[+(\[]\s*/;

function words(text: string): string[] {
  return text
    .replace(/['’]s\b/g, '') // GitHub's → GitHub
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

function nameWords(text: string): string[] {
  return words(text).filter((w) => !GENERIC.has(w.toLowerCase()) && !/^v?\d+(\.\d+)*$/i.test(w));
}

/** The words of the brand: the title without its generic words, descriptive clauses and version numbers. */
export function brandWords(title: string): string[] {
  let text = title.replace(TAIL_CLAUSE, '');
  const [head, ...rest] = text.split(SEPARATOR);
  const tail = rest.join(' ');
  // "Twilio - Verify": the tail names a product of the brand; "Llama Stack Specification - Stable & Experimental
  // APIs": it describes the document.
  text = nameWords(tail).length === 1 && !/[&,]/.test(tail) ? `${head} ${tail}` : head;
  const result = nameWords(text);
  return result.length > 0 ? result : nameWords(title).slice(0, 1);
}

/**
 * The client class name: the brand's words, each capitalised, keeping inner capitals (PagerDuty, DigitalOcean);
 * an all-capitals word reads as a word (USPTO → Uspto), so that package and variable names split where a
 * reader would. "Client" when nothing is left.
 */
export function brandName(title: string): string {
  const name = brandWords(title)
    .map((w) => (w === w.toUpperCase() ? w.charAt(0) + w.slice(1).toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join('');
  return /^[A-Za-z]/.test(name) ? name : name ? `Api${name}` : 'Client';
}

/**
 * Client defaults named after the title. Package and environment names split where the title's words do, not at
 * inner capitals: OpenAI → openai, OPENAI_API_KEY; Box Platform → box-platform, BOX_PLATFORM_API_KEY.
 */
export function brandClient(title: string, extensions: Record<string, unknown> = {}): ClientConfig {
  // A spec may name its SDK itself (info.x-sdkgen-name: "Box Platform"); a config's client.* still wins.
  const named = extensions['x-sdkgen-name'];
  if (typeof named === 'string' && brandWords(named).length > 0) title = named;
  const name = brandName(title);
  const parts = name === 'Client' ? ['client'] : brandWords(title).map((w) => w.toLowerCase());
  const slug = /^[a-z]/.test(parts[0]) ? parts.join('-') : `api-${parts.join('-')}`;
  return defaultClient(name, slug);
}

/** The API as a sentence names it, without a trailing "API": "Telnyx API" → Telnyx (for "the Telnyx API"). */
export function apiDisplayName(title: string, fallback: string): string {
  const trimmed = title.trim().replace(/\s+(?:REST\s+|Web\s+)?APIs?$/i, '').trim();
  return trimmed || fallback;
}

/** `TELNYX_API_KEY` → `TELNYX`: the prefix of the API's other environment variables (`TELNYX_PUBLIC_KEY`…). */
export function envPrefix(apiKeyEnv: string): string {
  return apiKeyEnv.replace(/_?(API_?KEY|TOKEN|KEY)$/i, '') || apiKeyEnv;
}
