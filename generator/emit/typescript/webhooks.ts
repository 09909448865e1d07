// client.webhooks.unwrap / verifySignature: the runtime's Ed25519 check with this API's headers and key.
import type { ClientConfig } from '../../config.js';
import type { Schema, Webhook } from '../../ir/types.js';
import { quote, typeNameOf } from './names.js';
import type { ResourceFile } from './plan.js';
import type { ClassExtras } from './resource-file.js';

export function webhookExtras(
  file: ResourceFile,
  client: ClientConfig,
  webhooks: readonly Webhook[],
  typeName: (...parts: string[]) => string,
  warnings: string[],
): ClassExtras | undefined {
  const config = client.webhooks;
  if (!config) return undefined;
  const clash = file.methods.find((m) => m.name === 'unwrap' || m.name === 'verifySignature');
  if (clash) {
    warnings.push(`webhooks.${clash.name} is an API method; the webhook verification helpers are left out`);
    return undefined;
  }
  const headers = `signatureHeader: ${quote(config.signatureHeader)}, timestampHeader: ${quote(config.timestampHeader)}`;
  const events = eventTypes(webhooks, file, typeName);
  const event = events.length ? EVENT_TYPE : 'unknown';
  const members = [
    '/**',
    ' * Verifies a webhook (the Ed25519 signature of `timestamp|payload` and the age of the timestamp) and returns',
    ' * its parsed JSON body. Pass the raw request body: a re-serialised object will not verify. Web Crypto does the',
    ' * check, so it is asynchronous and runs on every runtime (Node ≥ 20, Deno, Bun, browsers, edge workers).',
    ' */',
    `unwrap<T = ${event}>(payload: string | Uint8Array, options: WebhookOptions): Promise<T> {`,
    `  return unwrap<T>(payload, { headers: options.headers, publicKey: this.#key(options), ${headers}, ...(options.tolerance !== undefined && { tolerance: options.tolerance }) });`,
    '}',
    '',
    '/** Rejects with WebhookVerificationError unless the webhook is signed with the public key and recent enough. */',
    'verifySignature(payload: string | Uint8Array, options: WebhookOptions): Promise<void> {',
    `  return verifySignature({ payload, headers: options.headers, publicKey: this.#key(options), ${headers}, ...(options.tolerance !== undefined && { tolerance: options.tolerance }) });`,
    '}',
    '',
    '#key(options: WebhookOptions): string | Uint8Array | WebCryptoKey {',
    '  const key = options.key ?? (this._client as { publicKey?: string | null }).publicKey;',
    `  if (!key) throw new WebhookVerificationError('No webhook public key: pass one as \`key\` or set the client\\'s \`publicKey\` option.');`,
    '  return key;',
    '}',
    '',
  ].join('\n');
  const core = relativeCore(file.path);
  return {
    members,
    imports: [
      `import { unwrap, verifySignature, WebhookVerificationError, type WebCryptoKey, type WebhookHeaders } from '${core}/webhooks.js';`,
    ],
    declarations: [
      'export interface WebhookOptions {',
      '  /** The request headers (a `Headers` object or Node\'s `IncomingHttpHeaders`). */',
      '  headers: WebhookHeaders;',
      '  /** The public key; defaults to the client\'s `publicKey`. */',
      '  key?: string | Uint8Array | WebCryptoKey | null | undefined;',
      '  /** Seconds the timestamp may be off (default 300). */',
      '  tolerance?: number | undefined;',
      '}',
      '',
    ].join('\n'),
    declarationNames: ['WebhookOptions', ...events.map((e) => e.name), ...(events.length ? [EVENT_TYPE] : [])],
    ...(events.length
      ? { union: { name: EVENT_TYPE, members: events, doc: 'Every event the API sends to webhooks (what `unwrap` returns by default).' } }
      : {}),
  };
}

/** The type `unwrap` returns unless told otherwise: the union of the API's webhook payloads. */
export const EVENT_TYPE = 'UnwrapWebhookEvent';

/** A type per webhook, named after the event (`callAnswered` → CallAnswered, as the official SDK names it). */
function eventTypes(webhooks: readonly Webhook[], file: ResourceFile, typeName: (...parts: string[]) => string): { name: string; schema: Schema; doc?: string }[] {
  const result: { name: string; schema: Schema; doc?: string }[] = [];
  for (const webhook of webhooks) {
    if (!webhook.schema) continue;
    const name = file.scope.claim(typeNameOf(webhook.name, typeName), `${typeNameOf(webhook.name, typeName)}Event`);
    const doc = webhook.summary ?? webhook.description;
    result.push(doc ? { name, schema: webhook.schema, doc } : { name, schema: webhook.schema });
  }
  return result;
}

function relativeCore(filePath: string): string {
  const depth = filePath.split('/').length - 2;
  return depth <= 0 ? './core' : `${'../'.repeat(depth)}core`;
}
