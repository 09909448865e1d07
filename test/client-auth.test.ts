// The security of a spec, end to end: the generated client's options and env vars, and what its requests carry
// (an injected fetch records them). A multi-scheme spec of our own, then Twilio's and Stripe's basic auth.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import * as yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { fakeFetch, generateInto, importClient, projectFromSpec, removeTempDirs, tempDir, typeCheck } from './client-helpers.js';
import { hasShared, shared, sharedSkipReason } from './support/shared.js';

afterAll(removeTempDirs);

const ok = { responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } } };
const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Vault', version: '1.0.0' },
  servers: [{ url: 'https://vault.test/v1' }],
  security: [{ token: [] }, { account: [] }],
  paths: {
    '/secrets': { get: { operationId: 'listSecrets', ...ok } },
    '/health': { get: { operationId: 'health', security: [], ...ok } },
    '/reports': { get: { operationId: 'listReports', security: [{ queryKey: [], session: [] }], ...ok } },
    '/machines': { get: { operationId: 'listMachines', security: [{ machine: ['machines:read'] }], ...ok } },
    '/legacy': { get: { operationId: 'listLegacy', security: [{ legacyToken: [] }, { account: [] }], ...ok } },
  },
  components: {
    securitySchemes: {
      token: { type: 'http', scheme: 'bearer' },
      legacyToken: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
      account: { type: 'http', scheme: 'basic' },
      queryKey: { type: 'apiKey', in: 'query', name: 'api_key' },
      session: { type: 'apiKey', in: 'cookie', name: 'vault_session' },
      machine: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'https://auth.vault.test/token', scopes: { 'machines:read': 'read' } } } },
    },
  },
};

async function vaultClient() {
  const dir = tempDir('vault-spec');
  const spec = path.join(dir, 'openapi.yml');
  writeFileSync(spec, yaml.dump(SPEC));
  const client = generateInto(await projectFromSpec(spec), 'vault');
  return { client, module: await importClient(client) };
}

describe('the security schemes of a spec, in its generated client', async () => {
  const { client, module } = await vaultClient();
  const Vault = module.default;
  const basic = (user: string, password: string) => `Basic ${btoa(`${user}:${password}`)}`;

  it('has an option and an env var per credential, documented in the README, and type-checks', () => {
    const source = client.files.get('src/client.ts')!;
    for (const option of ['username', 'password', 'queryKey', 'session', 'clientId', 'clientSecret']) {
      expect(source).toMatch(new RegExp(`^  ${option}\\?: string \\| null \\| undefined;`, 'm'));
    }
    const readme = client.files.get('README.md')!;
    for (const env of ['VAULT_API_KEY', 'VAULT_USERNAME', 'VAULT_PASSWORD', 'VAULT_QUERY_KEY', 'VAULT_SESSION', 'VAULT_CLIENT_ID', 'VAULT_CLIENT_SECRET']) {
      expect(readme).toContain(`\`${env}\``);
    }
    expect(typeCheck(client.sources, undefined, client.root)).toEqual([]);
  });

  it('treats schemes applied the same way as one (a second bearer scheme needs no per-operation security)', async () => {
    const legacy = [...client.files].find(([file]) => file.endsWith('/legacy.ts'))![1];
    expect(legacy).not.toContain('security:');
    expect(client.files.get('src/client.ts')!.match(/kind: 'bearer'/g)).toHaveLength(1);
    const { fetch, requests } = fakeFetch();
    await new Vault({ apiKey: 'tok', fetch }).legacy.list();
    expect(requests[0]!.headers.get('authorization')).toBe('Bearer tok');
  });

  it('sends the bearer token, else basic auth, per the global alternatives', async () => {
    const { fetch, requests } = fakeFetch();
    await new Vault({ apiKey: 'tok', fetch }).secrets.list();
    await new Vault({ username: 'ann', password: 'pw', fetch }).secrets.list();
    expect(requests.map((r) => r.headers.get('authorization'))).toEqual(['Bearer tok', basic('ann', 'pw')]);
  });

  it('sends no credentials to an operation with security: [], and both API keys where an operation wants them together', async () => {
    const { fetch, requests } = fakeFetch();
    const vault = new Vault({ apiKey: 'tok', queryKey: 'qk', session: 's1', fetch });
    await vault.health.retrieve();
    await vault.reports.list();
    expect(requests[0]!.headers.has('authorization')).toBe(false);
    expect(requests[1]!.url.searchParams.get('api_key')).toBe('qk');
    expect(requests[1]!.headers.get('cookie')).toBe('vault_session=s1');
    expect(requests[1]!.headers.has('authorization')).toBe(false);
  });

  it('gets an OAuth2 client-credentials token with the operation’s scopes and sends it', async () => {
    const { fetch, requests } = fakeFetch((r) => (r.url.host === 'auth.vault.test' ? { access_token: 'at-1', expires_in: 3600 } : {}));
    const vault = new Vault({ apiKey: 'tok', clientId: 'cid', clientSecret: 'cs', fetch });
    await Promise.all([vault.machines.list(), vault.machines.list()]);
    const token = requests.filter((r) => r.url.host === 'auth.vault.test');
    expect(token).toHaveLength(1);
    expect(token[0]!.headers.get('authorization')).toBe(basic('cid', 'cs'));
    expect(String(token[0]!.body)).toBe('grant_type=client_credentials&scope=machines%3Aread');
    expect(requests.filter((r) => r.url.host === 'vault.test').map((r) => r.headers.get('authorization'))).toEqual(['Bearer at-1', 'Bearer at-1']);
  });

  it('reads credentials from the env vars, and names the missing ones', async () => {
    const env = process.env;
    try {
      process.env = { ...env, VAULT_USERNAME: 'env-user', VAULT_PASSWORD: 'env-pw' };
      const { fetch, requests } = fakeFetch();
      await new Vault({ fetch }).secrets.list();
      expect(requests[0]!.headers.get('authorization')).toBe(basic('env-user', 'env-pw'));
      process.env = { ...env, VAULT_API_KEY: '', VAULT_USERNAME: '' };
      expect(() => new Vault({})).toThrow(/apiKey \(or VAULT_API_KEY\), or username \(or VAULT_USERNAME\) and password/);
      await expect(new Vault({ apiKey: 'tok', fetch }).machines.list()).rejects.toThrow(/clientId \(or VAULT_CLIENT_ID\) and clientSecret/);
    } finally {
      process.env = env;
    }
  });
});

describe.skipIf(!hasShared)(`basic auth of real APIs${sharedSkipReason}`, () => {
  it.each([
    ['Twilio', 'corpus/twilio/twilio_messaging_v1.yaml', 'AC123', 'auth-token'],
    ['Stripe', 'corpus/stripe/spec3.yaml', 'sk_test_123', ''],
  ])('%s: the generated client sends HTTP basic auth', async (_name, spec, username, password) => {
    const client = generateInto(await projectFromSpec(shared(spec)), 'basic-auth');
    expect(client.files.get('src/client.ts')).toMatch(/kind: 'basic'/);
    const Client = (await importClient(client)).default;
    const { fetch, requests } = fakeFetch();
    await new Client({ username, password, fetch }).get('/anything');
    expect(requests[0]!.headers.get('authorization')).toBe(`Basic ${btoa(`${username}:${password}`)}`);
  }, 120_000);
});
