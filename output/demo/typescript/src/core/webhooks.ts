import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { SDKError } from './errors.js';
import { readHeader } from './headers.js';

export class WebhookVerificationError extends SDKError {}

export type WebhookHeaders = Headers | Record<string, string | readonly string[] | undefined>;

export interface VerifySignatureParams {
  /** The raw request body, exactly as received; a re-serialised JSON object will not verify. */
  payload: string | Uint8Array;
  headers: WebhookHeaders;
  /** Base64 of the raw 32-byte Ed25519 key (as the API's portal shows it), raw bytes, a PEM string or a KeyObject. */
  publicKey: string | Uint8Array | KeyObject;
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
 * `${timestamp}|${payload}`, the timestamp header unix seconds. Throws WebhookVerificationError.
 */
export function verifySignature(params: VerifySignatureParams): void {
  const signatureHeader = params.signatureHeader ?? SIGNATURE_HEADER;
  const timestampHeader = params.timestampHeader ?? TIMESTAMP_HEADER;
  const signature = readHeader(params.headers, signatureHeader);
  const timestamp = readHeader(params.headers, timestampHeader);
  if (!signature) throw new WebhookVerificationError(`Missing webhook signature header ${signatureHeader}`);
  if (!timestamp) throw new WebhookVerificationError(`Missing webhook timestamp header ${timestampHeader}`);

  checkTimestamp(timestamp, params.tolerance ?? DEFAULT_WEBHOOK_TOLERANCE_SECONDS, params.now);

  const signatureBytes = Buffer.from(signature, 'base64');
  if (signatureBytes.length !== ED25519_SIGNATURE_BYTES) {
    throw new WebhookVerificationError(
      `Webhook signature must be ${ED25519_SIGNATURE_BYTES} bytes of base64, got ${signatureBytes.length} bytes`,
    );
  }
  const payload =
    typeof params.payload === 'string' ? Buffer.from(params.payload, 'utf8') : Buffer.from(params.payload);
  const signed = Buffer.concat([Buffer.from(`${timestamp}|`, 'utf8'), payload]);
  if (!verify(null, signed, toKeyObject(params.publicKey), signatureBytes)) {
    throw new WebhookVerificationError('Webhook signature does not match the payload');
  }
}

/** Verifies the webhook, then returns its parsed JSON body. */
export function unwrap<T = unknown>(
  payload: string | Uint8Array,
  params: Omit<VerifySignatureParams, 'payload'>,
): T {
  verifySignature({ ...params, payload });
  const text = typeof payload === 'string' ? payload : Buffer.from(payload).toString('utf8');
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

function toKeyObject(key: string | Uint8Array | KeyObject): KeyObject {
  if (typeof key === 'string' && key.includes('-----BEGIN')) return createPublicKey(key);
  if (typeof key !== 'string' && !(key instanceof Uint8Array)) return key;
  const raw = typeof key === 'string' ? Buffer.from(key.trim(), 'base64') : Buffer.from(key);
  if (raw.length !== ED25519_KEY_BYTES) {
    throw new WebhookVerificationError(
      `Webhook public key must be ${ED25519_KEY_BYTES} bytes (base64 of a raw Ed25519 key), got ${raw.length} bytes`,
    );
  }
  // A raw Ed25519 key has no DER wrapper; the JWK form lets node:crypto import it directly.
  return createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') },
    format: 'jwk',
  });
}
