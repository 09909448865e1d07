// Ed25519 webhook checks with Web Crypto (crypto.subtle): Node ≥ 20, Deno, Bun, browsers and edge workers alike.
import { base64Bytes, concatBytes, utf8Bytes, utf8Text } from './bytes.js';
import { SDKError } from './errors.js';
import { readHeader } from './headers.js';

export class WebhookVerificationError extends SDKError {}

/** A Web Crypto key (the runtime's `CryptoKey`), declared here so that no DOM or Node typings are needed. */
export interface WebCryptoKey {
  readonly type: string;
  readonly algorithm: unknown;
}

interface Subtle {
  importKey(format: 'raw' | 'spki', key: Uint8Array, algorithm: { name: string }, extractable: boolean, usages: string[]): Promise<WebCryptoKey>;
  verify(algorithm: { name: string }, key: WebCryptoKey, signature: Uint8Array, data: Uint8Array): Promise<boolean>;
}

export type WebhookHeaders = Headers | Record<string, string | readonly string[] | undefined>;

export interface VerifySignatureParams {
  /** The raw request body, exactly as received; a re-serialised JSON object will not verify. */
  payload: string | Uint8Array;
  headers: WebhookHeaders;
  /** Base64 of the raw 32-byte Ed25519 key (as the API's portal shows it), raw bytes, a PEM string or a CryptoKey. */
  publicKey: string | Uint8Array | WebCryptoKey;
  /** Seconds a timestamp may differ from now, either way (default 300). */
  tolerance?: number | undefined;
  signatureHeader?: string | undefined;
  timestampHeader?: string | undefined;
  /** Current time in unix seconds; for tests. */
  now?: number | undefined;
}

export const DEFAULT_WEBHOOK_TOLERANCE_SECONDS = 300;
const SIGNATURE_HEADER = 'telnyx-signature-ed25519';
const TIMESTAMP_HEADER = 'telnyx-timestamp';
const ED25519_SIGNATURE_BYTES = 64;
const ED25519_KEY_BYTES = 32;

/**
 * Checks an Ed25519-signed webhook: the signature header holds base64 of the signature over
 * `${timestamp}|${payload}`, the timestamp header unix seconds. Rejects with WebhookVerificationError.
 */
export async function verifySignature(params: VerifySignatureParams): Promise<void> {
  const signatureHeader = params.signatureHeader ?? SIGNATURE_HEADER;
  const timestampHeader = params.timestampHeader ?? TIMESTAMP_HEADER;
  const signature = readHeader(params.headers, signatureHeader);
  const timestamp = readHeader(params.headers, timestampHeader);
  if (!signature) throw new WebhookVerificationError(`Missing webhook signature header ${signatureHeader}`);
  if (!timestamp) throw new WebhookVerificationError(`Missing webhook timestamp header ${timestampHeader}`);

  checkTimestamp(timestamp, params.tolerance ?? DEFAULT_WEBHOOK_TOLERANCE_SECONDS, params.now);

  const signatureBytes = decodeBase64(signature, 'signature');
  if (signatureBytes.length !== ED25519_SIGNATURE_BYTES) {
    throw new WebhookVerificationError(
      `Webhook signature must be ${ED25519_SIGNATURE_BYTES} bytes of base64, got ${signatureBytes.length} bytes`,
    );
  }
  const payload = typeof params.payload === 'string' ? utf8Bytes(params.payload) : params.payload;
  const signed = concatBytes(utf8Bytes(`${timestamp}|`), payload);
  const key = await importKey(params.publicKey);
  const valid = await subtle().verify({ name: 'Ed25519' }, key, signatureBytes, signed);
  if (!valid) throw new WebhookVerificationError('Webhook signature does not match the payload');
}

/** Verifies the webhook, then returns its parsed JSON body. */
export async function unwrap<T = unknown>(
  payload: string | Uint8Array,
  params: Omit<VerifySignatureParams, 'payload'>,
): Promise<T> {
  await verifySignature({ ...params, payload });
  const text = typeof payload === 'string' ? payload : utf8Text(payload);
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new WebhookVerificationError(`Webhook payload is not valid JSON: ${(error as Error).message}`);
  }
}

function checkTimestamp(timestamp: string, tolerance: number, now = Math.floor(Date.now() / 1000)): void {
  if (!/^\d+$/.test(timestamp.trim())) {
    throw new WebhookVerificationError(`Webhook timestamp is not unix seconds: ${timestamp}`);
  }
  const age = now - Number(timestamp);
  if (age > tolerance) throw new WebhookVerificationError(`Webhook timestamp is too old (${age} s)`);
  if (-age > tolerance)
    throw new WebhookVerificationError(`Webhook timestamp is in the future (${-age} s ahead)`);
}

function subtle(): Subtle {
  const crypto = (globalThis as { crypto?: { subtle?: Subtle } }).crypto;
  if (!crypto?.subtle) throw new WebhookVerificationError('Web Crypto (crypto.subtle) is not available in this runtime');
  return crypto.subtle;
}

async function importKey(key: string | Uint8Array | WebCryptoKey): Promise<WebCryptoKey> {
  if (typeof key !== 'string' && !(key instanceof Uint8Array)) return key;
  if (typeof key === 'string' && key.includes('-----BEGIN')) {
    const der = decodeBase64(key.replace(/-----(BEGIN|END)[^-]*-----/g, '').replace(/\s+/g, ''), 'PEM public key');
    return importAs('spki', der);
  }
  const raw = typeof key === 'string' ? decodeBase64(key, 'public key') : key;
  if (raw.length !== ED25519_KEY_BYTES) {
    throw new WebhookVerificationError(
      `Webhook public key must be ${ED25519_KEY_BYTES} bytes (base64 of a raw Ed25519 key), got ${raw.length} bytes`,
    );
  }
  return importAs('raw', raw);
}

async function importAs(format: 'raw' | 'spki', bytes: Uint8Array): Promise<WebCryptoKey> {
  try {
    return await subtle().importKey(format, bytes, { name: 'Ed25519' }, false, ['verify']);
  } catch (error) {
    throw new WebhookVerificationError(`Webhook public key is not an Ed25519 key: ${(error as Error).message}`);
  }
}

function decodeBase64(text: string, what: string): Uint8Array {
  try {
    return base64Bytes(text);
  } catch {
    throw new WebhookVerificationError(`Webhook ${what} is not base64`);
  }
}
