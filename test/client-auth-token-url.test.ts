// The OAuth2 token URL rule: under the API's base URL it follows the client's baseURL (staging, mocks); elsewhere
// it stays absolute.
import { describe, expect, it } from 'vitest';
import { tokenUrlOf } from '../generator/emit/typescript/auth.js';
import type { IR } from '../generator/ir/types.js';

const ir = (url: string) => ({ servers: [{ url }] }) as unknown as IR;

describe('tokenUrlOf', () => {
  it('keeps a token URL under the base URL relative to it', () => {
    expect(tokenUrlOf('https://api.example.com/v2/oauth/token', ir('https://api.example.com/v2'))).toBe('oauth/token');
    expect(tokenUrlOf('https://api.example.com/v2/oauth/token', ir('https://api.example.com/v2/'))).toBe('oauth/token');
  });
  it('leaves a token URL on another host or path absolute', () => {
    expect(tokenUrlOf('https://auth.example.com/token', ir('https://api.example.com/v2'))).toBe('https://auth.example.com/token');
    expect(tokenUrlOf('https://api.example.com/v20/token', ir('https://api.example.com/v2'))).toBe('https://api.example.com/v20/token');
    expect(tokenUrlOf('/oauth/token', ir('/v2'))).toBe('/oauth/token');
  });
});
