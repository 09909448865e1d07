// Bytes, text and base64 with what every runtime has (TextEncoder, atob/btoa): no Buffer.

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function utf8Bytes(text: string): Uint8Array {
  return encoder.encode(text);
}

export function utf8Text(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/** Standard or URL-safe base64, padded or not; throws on other characters. */
export function base64Bytes(text: string): Uint8Array {
  const normal = text.trim().replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(normal.padEnd(Math.ceil(normal.length / 4) * 4, '='));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function base64Text(bytes: Uint8Array | string): string {
  const data = typeof bytes === 'string' ? utf8Bytes(bytes) : bytes;
  let binary = '';
  for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const result = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.length;
  }
  return result;
}
