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

describe('verifySignature', () => {
  it('accepts a correctly signed, fresh webhook', () => {
    const headers = signedHeaders(privateKey, payload, now);
    expect(() => verifySignature({ payload, headers, publicKey: publicKeyBase64 })).not.toThrow();
  });

  it('reads headers case-insensitively from records and Headers objects', () => {
    const { 'telnyx-signature-ed25519': sig, 'telnyx-timestamp': ts } = signedHeaders(
      privateKey,
      payload,
      now,
    );
    const record = { 'Telnyx-Signature-Ed25519': sig, 'Telnyx-Timestamp': ts };
    expect(() => verifySignature({ payload, headers: record, publicKey: publicKeyBase64 })).not.toThrow();
    expect(() =>
      verifySignature({ payload, headers: new Headers(record), publicKey: publicKeyBase64 }),
    ).not.toThrow();
  });

  it('accepts the payload as bytes and the key as a PEM string', () => {
    const headers = signedHeaders(privateKey, payload, now);
    const pem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
    expect(() => verifySignature({ payload: Buffer.from(payload), headers, publicKey: pem })).not.toThrow();
  });

  it('rejects a tampered body', () => {
    const headers = signedHeaders(privateKey, payload, now);
    const tampered = payload.replace('evt_1', 'evt_2');
    expect(() => verifySignature({ payload: tampered, headers, publicKey: publicKeyBase64 })).toThrow(
      /does not match/,
    );
  });

  it('rejects a signature made with another key', () => {
    const other = keyPair();
    const headers = signedHeaders(other.privateKey, payload, now);
    expect(() => verifySignature({ payload, headers, publicKey: publicKeyBase64 })).toThrow(
      WebhookVerificationError,
    );
  });

  it('rejects a timestamp changed after signing', () => {
    const headers = { ...signedHeaders(privateKey, payload, now), 'telnyx-timestamp': String(now - 1) };
    expect(() => verifySignature({ payload, headers, publicKey: publicKeyBase64 })).toThrow(/does not match/);
  });

  it('rejects stale and future timestamps outside the tolerance', () => {
    const stale = signedHeaders(privateKey, payload, now - 301);
    const future = signedHeaders(privateKey, payload, now + 301);
    const edge = signedHeaders(privateKey, payload, now - 299);
    expect(() => verifySignature({ payload, headers: stale, publicKey: publicKeyBase64, now })).toThrow(
      /too old/,
    );
    expect(() => verifySignature({ payload, headers: future, publicKey: publicKeyBase64, now })).toThrow(
      /future/,
    );
    expect(() => verifySignature({ payload, headers: edge, publicKey: publicKeyBase64, now })).not.toThrow();
    expect(() =>
      verifySignature({ payload, headers: edge, publicKey: publicKeyBase64, now, tolerance: 60 }),
    ).toThrow(/too old/);
  });

  it('names the missing header', () => {
    const { 'telnyx-signature-ed25519': sig } = signedHeaders(privateKey, payload, now);
    expect(() => verifySignature({ payload, headers: {}, publicKey: publicKeyBase64 })).toThrow(
      /telnyx-signature-ed25519/,
    );
    expect(() =>
      verifySignature({ payload, headers: { 'telnyx-signature-ed25519': sig }, publicKey: publicKeyBase64 }),
    ).toThrow(/telnyx-timestamp/);
  });

  it('rejects malformed keys, signatures and timestamps with the verification error', () => {
    const headers = signedHeaders(privateKey, payload, now);
    const cases = [
      () => verifySignature({ payload, headers, publicKey: Buffer.alloc(16).toString('base64') }),
      () =>
        verifySignature({
          payload,
          headers: { ...headers, 'telnyx-signature-ed25519': 'c2hvcnQ=' },
          publicKey: publicKeyBase64,
        }),
      () =>
        verifySignature({
          payload,
          headers: { ...headers, 'telnyx-timestamp': 'yesterday' },
          publicKey: publicKeyBase64,
        }),
    ];
    for (const attempt of cases) {
      expect(attempt).toThrow(WebhookVerificationError);
      expect(attempt).toThrow(SDKError);
    }
  });

  it('works with other header names', () => {
    const { 'telnyx-signature-ed25519': sig, 'telnyx-timestamp': ts } = signedHeaders(
      privateKey,
      payload,
      now,
    );
    expect(() =>
      verifySignature({
        payload,
        headers: { 'x-acme-signature': sig, 'x-acme-timestamp': ts },
        publicKey: publicKeyBase64,
        signatureHeader: 'X-Acme-Signature',
        timestampHeader: 'X-Acme-Timestamp',
      }),
    ).not.toThrow();
  });
});

describe('unwrap', () => {
  it('returns the parsed event when the signature holds', () => {
    const headers = signedHeaders(privateKey, payload, now);
    const event = unwrap<{ data: { event_type: string } }>(payload, { headers, publicKey: publicKeyBase64 });
    expect(event.data.event_type).toBe('fax.delivered');
  });

  it('throws before parsing when it does not', () => {
    const headers = signedHeaders(privateKey, payload, now);
    expect(() => unwrap('{"forged":true}', { headers, publicKey: publicKeyBase64 })).toThrow(
      WebhookVerificationError,
    );
  });
});
