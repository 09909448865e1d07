// Brand, client class, package and env var from info.title: no doubled words, no "API"/"Swagger" leftovers.
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { apiDisplayName, brandClient } from '../generator/naming/brand.js';
import { hasShared, shared, sharedSkipReason } from './support/shared.js';

function titleOf(...parts: string[]): string {
  const text = readFileSync(shared(...parts), 'utf8');
  const document = (parts[parts.length - 1].endsWith('.json') ? JSON.parse(text) : load(text)) as { info: { title: string } };
  return document.info.title;
}

describe('names from the title', () => {
  it.each([
    ['Box Platform API', 'BoxPlatform', 'box-platform', 'BOX_PLATFORM_API_KEY'],
    ['PagerDuty API', 'PagerDuty', 'pagerduty', 'PAGERDUTY_API_KEY'],
    ['Telnyx API', 'Telnyx', 'telnyx', 'TELNYX_API_KEY'],
    ['OpenAI API', 'OpenAI', 'openai', 'OPENAI_API_KEY'],
    ['Orbit', 'Orbit', 'orbit', 'ORBIT_API_KEY'],
    ['API', 'Client', 'client', 'CLIENT_API_KEY'],
  ])('%s → %s, %s, %s', (title, name, packageName, apiKeyEnv) => {
    expect(brandClient(title)).toMatchObject({ name, packageName, apiKeyEnv });
  });

  it('takes the name the spec gives its SDK (info.x-sdkgen-name) over the title', async () => {
    const { buildIR } = await import('../generator/ir/builder.js');
    const ir = buildIR({ openapi: '3.1.0', info: { title: 'Acme Platform API v2', version: '1', 'x-sdkgen-name': 'Acme Cloud' }, paths: {} });
    expect(brandClient(ir.api.title, ir.api.extensions)).toMatchObject({ name: 'AcmeCloud', packageName: 'acme-cloud', apiKeyEnv: 'ACME_CLOUD_API_KEY' });
    expect(brandClient('Acme Platform API v2')).toMatchObject({ name: 'AcmePlatform', apiKeyEnv: 'ACME_PLATFORM_API_KEY' });
  });

  it('says "the X API" once', () => {
    expect(apiDisplayName('Telnyx API', 'Telnyx')).toBe('Telnyx');
    expect(apiDisplayName('Slack Web API', 'Slack')).toBe('Slack');
    expect(apiDisplayName('Orbit', 'Orbit')).toBe('Orbit');
    expect(apiDisplayName('', 'Orbit')).toBe('Orbit');
  });
});

describe(`names from the titles of the corpus and naming specs${sharedSkipReason}`, () => {
  const cases: [file: string[], name: string, apiKeyEnv: string][] = [
    [['corpus', 'oai-examples', 'examples', 'v3.0', 'petstore.yaml'], 'Petstore', 'PETSTORE_API_KEY'],
    [['corpus', 'oai-examples', 'examples', 'v3.0', 'uspto.yaml'], 'UsptoDataSet', 'USPTO_DATA_SET_API_KEY'],
    [['corpus', 'oai-examples', 'examples', 'v2.0', 'json', 'uber.json'], 'Uber', 'UBER_API_KEY'],
    [['corpus', 'twilio', 'twilio_verify_v2.yaml'], 'TwilioVerify', 'TWILIO_VERIFY_API_KEY'],
    [['corpus', 'twilio', 'twilio_api_v2010.yaml'], 'Twilio', 'TWILIO_API_KEY'],
    [['corpus', 'digitalocean', 'specification', 'DigitalOcean-public.v2.yaml'], 'DigitalOcean', 'DIGITALOCEAN_API_KEY'],
    [['corpus', 'slack', 'slack_web_openapi_v2.json'], 'Slack', 'SLACK_API_KEY'],
    [['corpus', 'github', 'api.github.com.json'], 'GitHub', 'GITHUB_API_KEY'],
    [['naming', 'llama-stack', 'openapi.yml'], 'LlamaStack', 'LLAMA_STACK_API_KEY'],
    [['naming', 'spotify', 'openapi.yml'], 'Spotify', 'SPOTIFY_API_KEY'],
    [['naming', 'hetzner', 'openapi.json'], 'HetznerCloud', 'HETZNER_CLOUD_API_KEY'],
    [['naming', 'lobechat', 'openapi.yml'], 'LobeChat', 'LOBECHAT_API_KEY'],
    [['naming', 'knock', 'openapi.yml'], 'Knock', 'KNOCK_API_KEY'],
  ];

  it.skipIf(!hasShared)('names each API as a person would, without generic or doubled words', () => {
    for (const [file, name, apiKeyEnv] of cases) {
      const title = titleOf(...file);
      const client = brandClient(title);
      expect({ title, name: client.name, apiKeyEnv: client.apiKeyEnv }).toEqual({ title, name, apiKeyEnv });
      expect(client.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
      expect(client.packageName).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(client.apiKeyEnv).not.toMatch(/API_API|SWAGGER|OPENAPI/);
      expect(`${apiDisplayName(title, client.name)} API`).not.toMatch(/\bAPIs? API$/);
    }
  });
});
