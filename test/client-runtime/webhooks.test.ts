import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  unwrap,
  verifySignature,
  WebhookVerificationError,
} from '../../templates/typescript/core/webhooks.js';
import { SDKError } from '../../templates/typescript/core/errors.js';

function keyPair() {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  // The portal shows the raw 32-byte key in base64; JWK `x` is exactly that key in base64url.
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url');
  return { publicKeyBase64: raw.toString('base64'), publicKey, privateKey };
}

function signedHeaders(privateKey: KeyObject, payload: string, timestamp: number) {
  const signature = sign(null, Buffer.from(`${timestamp}|${payload}`), privateKey).toString('base64');
  return { 'telnyx-signature-ed25519': signature, 'telnyx-timestamp': String(timestamp) };
}

const { publicKeyBase64, publicKey, privateKey } = keyPair();
const payload = JSON.stringify({ data: { event_type: 'fax.delivered', id: 'evt_1' } });
const now = Math.floor(Date.now() / 1000);

describe('verifySignature (Web Crypto)', () => {
  it('accepts a correctly signed, fresh webhook', async () => {
    const headers = signedHeaders(privateKey, payload, now);
    await expect(verifySignature({ payload, headers, publicKey: publicKeyBase64 })).resolves.toBeUndefined();
  });

  it('reads headers case-insensitively from records and Headers objects', async () => {
    const { 'telnyx-signature-ed25519': sig, 'telnyx-timestamp': ts } = signedHeaders(privateKey, payload, now);
    const record = { 'Telnyx-Signature-Ed25519': sig, 'Telnyx-Timestamp': ts };
    await expect(verifySignature({ payload, headers: record, publicKey: publicKeyBase64 })).resolves.toBeUndefined();
    await expect(verifySignature({ payload, headers: new Headers(record), publicKey: publicKeyBase64 })).resolves.toBeUndefined();
  });

  it('accepts the payload as bytes, the key as a PEM string, raw bytes or a CryptoKey', async () => {
    const headers = signedHeaders(privateKey, payload, now);
    const pem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
    const raw = new Uint8Array(Buffer.from(publicKeyBase64, 'base64'));
    const cryptoKey = await crypto.subtle.importKey('raw', raw, { name: 'Ed25519' }, false, ['verify']);
    const bytes = new TextEncoder().encode(payload);
    await expect(verifySignature({ payload: bytes, headers, publicKey: pem })).resolves.toBeUndefined();
    await expect(verifySignature({ payload, headers, publicKey: raw })).resolves.toBeUndefined();
    await expect(verifySignature({ payload, headers, publicKey: cryptoKey })).resolves.toBeUndefined();
  });

  it('rejects a tampered body', async () => {
    const headers = signedHeaders(privateKey, payload, now);
    const tampered = payload.replace('evt_1', 'evt_2');
    await expect(verifySignature({ payload: tampered, headers, publicKey: publicKeyBase64 })).rejects.toThrow(/does not match/);
  });

  it('rejects a signature made with another key', async () => {
    const other = keyPair();
    const headers = signedHeaders(other.privateKey, payload, now);
    await expect(verifySignature({ payload, headers, publicKey: publicKeyBase64 })).rejects.toThrow(WebhookVerificationError);
  });

  it('rejects a timestamp changed after signing', async () => {
    const headers = { ...signedHeaders(privateKey, payload, now), 'telnyx-timestamp': String(now - 1) };
    await expect(verifySignature({ payload, headers, publicKey: publicKeyBase64 })).rejects.toThrow(/does not match/);
  });

  it('rejects stale and future timestamps outside the tolerance', async () => {
    const stale = signedHeaders(privateKey, payload, now - 301);
    const future = signedHeaders(privateKey, payload, now + 301);
    const edge = signedHeaders(privateKey, payload, now - 299);
    await expect(verifySignature({ payload, headers: stale, publicKey: publicKeyBase64, now })).rejects.toThrow(/too old/);
    await expect(verifySignature({ payload, headers: future, publicKey: publicKeyBase64, now })).rejects.toThrow(/future/);
    await expect(verifySignature({ payload, headers: edge, publicKey: publicKeyBase64, now })).resolves.toBeUndefined();
    await expect(verifySignature({ payload, headers: edge, publicKey: publicKeyBase64, now, tolerance: 60 })).rejects.toThrow(/too old/);
  });

  it('names the missing header', async () => {
    const { 'telnyx-signature-ed25519': sig } = signedHeaders(privateKey, payload, now);
    await expect(verifySignature({ payload, headers: {}, publicKey: publicKeyBase64 })).rejects.toThrow(/telnyx-signature-ed25519/);
    await expect(
      verifySignature({ payload, headers: { 'telnyx-signature-ed25519': sig }, publicKey: publicKeyBase64 }),
    ).rejects.toThrow(/telnyx-timestamp/);
  });

  it('rejects malformed keys, signatures and timestamps with the verification error', async () => {
    const headers = signedHeaders(privateKey, payload, now);
    const cases = [
      () => verifySignature({ payload, headers, publicKey: Buffer.alloc(16).toString('base64') }),
      () => verifySignature({ payload, headers, publicKey: 'not base64 at all!' }),
      () => verifySignature({ payload, headers: { ...headers, 'telnyx-signature-ed25519': 'c2hvcnQ=' }, publicKey: publicKeyBase64 }),
      () => verifySignature({ payload, headers: { ...headers, 'telnyx-timestamp': 'yesterday' }, publicKey: publicKeyBase64 }),
    ];
    for (const attempt of cases) {
      await expect(attempt()).rejects.toThrow(WebhookVerificationError);
      await expect(attempt()).rejects.toThrow(SDKError);
    }
  });

  it('works with other header names', async () => {
    const { 'telnyx-signature-ed25519': sig, 'telnyx-timestamp': ts } = signedHeaders(privateKey, payload, now);
    await expect(
      verifySignature({
        payload,
        headers: { 'x-acme-signature': sig, 'x-acme-timestamp': ts },
        publicKey: publicKeyBase64,
        signatureHeader: 'X-Acme-Signature',
        timestampHeader: 'X-Acme-Timestamp',
      }),
    ).resolves.toBeUndefined();
  });
});

describe('unwrap', () => {
  it('returns the parsed event when the signature holds', async () => {
    const headers = signedHeaders(privateKey, payload, now);
    const event = await unwrap<{ data: { event_type: string } }>(payload, { headers, publicKey: publicKeyBase64 });
    expect(event.data.event_type).toBe('fax.delivered');
  });

  it('rejects before parsing when it does not', async () => {
    const headers = signedHeaders(privateKey, payload, now);
    await expect(unwrap('{"forged":true}', { headers, publicKey: publicKeyBase64 })).rejects.toThrow(WebhookVerificationError);
  });
});
