// `sdkgen import stainless` then `sdkgen generate`: the generated client's api.md names every endpoint the way
// the real Stainless SDK's api.md does (knock, llama-stack), and the import reports what it does not carry.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, runCli, tempDir } from './support/cli.js';
import { hasShared, shared, sharedSkipReason } from './support/shared.js';

const METHOD_LINE = /^- <code title="([^"]+)">client\.((?:[A-Za-z0-9_]+\.)*)<a href="[^"]*">([A-Za-z0-9_]+)<\/a>/;

/** endpoint → the method names (`resource.sub.method`) an api.md gives it, in order. */
function methodNames(apiMd: string): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const line of apiMd.split('\n')) {
    const match = METHOD_LINE.exec(line);
    if (match) names.set(match[1], [...(names.get(match[1]) ?? []), `${match[2]}${match[3]}`]);
  }
  return names;
}

async function importAndGenerate(api: string, spec: string): Promise<{ dir: string; stderr: string; config: Record<string, any> }> {
  const dir = tempDir(`stainless-${api}`);
  const configFile = path.join(dir, 'sdkgen.config.yml');
  const imported = await runCli(['import', 'stainless', shared(`naming/${api}/stainless.yml`), '--spec', shared(`naming/${api}/${spec}`), '-o', configFile]);
  expect(imported.code, imported.stderr).toBe(0);
  const config = yaml.load(readFileSync(configFile, 'utf8')) as Record<string, any>;
  const generated = await runCli(['generate', '--config', configFile]);
  expect(generated.code, generated.stderr).toBe(0);
  return { dir, stderr: imported.stderr, config };
}

describe.skipIf(!hasShared)(`sdkgen import stainless, then generate${sharedSkipReason}`, () => {
  afterAll(cleanTempDirs);

  it.each([
    ['knock', 'openapi.yml', 94, 94],
    ['llama-stack', 'openapi.yml', 103, 106],
  ])('%s (%s): every endpoint of the real api.md has the real SDK\'s method names (%i endpoints, %i methods)', async (api, spec, endpoints, methods) => {
    const { dir } = await importAndGenerate(api, spec);
    const real = methodNames(readFileSync(shared(`naming/${api}/api.md`), 'utf8'));
    const ours = methodNames(readFileSync(path.join(dir, 'typescript/api.md'), 'utf8'));
    expect(real.size).toBe(endpoints);
    expect([...real.values()].flat()).toHaveLength(methods);
    // Same names in the same order; an endpoint the config names twice has both methods (llama-stack: 3).
    const wrong = [...real].filter(([endpoint, names]) => ours.get(endpoint)?.join() !== names.join()).map(([e, names]) => `${e}: ${names} ≠ ${ours.get(e)}`);
    expect(wrong).toEqual([]);
  }, 120_000);

  it('writes a complete config: paths relative to it, a TypeScript target, the client from organization, targets, opts and environments', async () => {
    const { dir, config, stderr } = await importAndGenerate('knock', 'openapi.yml');
    expect(path.resolve(dir, config.spec)).toBe(shared('naming/knock/openapi.yml'));
    expect(config.targets).toEqual({
      typescript: {
        out: './typescript',
        readme: {
          usage: { endpoint: 'post /v1/workflows/{key}/trigger', params: { key: 'dinosaurs-loose', recipients: ['dnedry'], data: { dinosaur: 'triceratops' } } },
          pagination: { endpoint: 'get /v1/users' },
        },
      },
    });
    // readme.example_requests: the headline request is the client README's first call, with its arguments.
    const readme = readFileSync(path.join(dir, 'typescript/README.md'), 'utf8');
    expect(readme).toMatch(/await client\.workflows\.trigger\('dinosaurs-loose', \{\n(?:.*\n)*?\}\);/);
    expect(readme).toContain("recipients: ['dnedry']");
    expect(readme).toContain('for await (const user of client.users.list())');
    expect(config.client).toEqual({ name: 'Knock', packageName: '@knocklabs/node', apiKeyEnv: 'KNOCK_API_KEY', baseUrl: 'https://api.knock.app' });
    expect(config.naming.resources.users.methods.get_preferences).toEqual({ endpoint: 'get /v1/users/{user_id}/preferences/{id}', positionalParams: ['user_id', 'id'] });
    expect(config.naming.resources.users.subresources.bulk.methods.identify).toBe('post /v1/users/bulk/identify');
    expect(config.naming.resources.recipients.models.recipient).toBe('#/components/schemas/Recipient');
    // Pagination schemes name the page classes of the lists they match (entries_cursor → EntriesCursor).
    expect(config.naming.resources.users.methods.list).toEqual({ endpoint: 'get /v1/users', page: 'EntriesCursor' });
    expect(config.naming.resources.messages.methods.list_events).toEqual({ endpoint: 'get /v1/messages/{message_id}/events', page: 'ItemsCursor' });
    const apiMd = readFileSync(path.join(dir, 'typescript/api.md'), 'utf8');
    expect(apiMd).toMatch(/client\.users\.<a [^>]*>list<\/a>\(\{ \.\.\.params \}\) -> UsersEntriesCursor</);
    // positional_params: every listed path parameter is an argument, in order, as in the real SDK.
    expect(apiMd).toMatch(/client\.users\.feeds\.<a [^>]*>listItems<\/a>\(userID, id, \{ \.\.\.params \}\)/);
    for (const key of ['client_settings.opts.branch', 'readme.example_requests.default', 'unspecified_endpoints', 'targets.go.package_name']) {
      expect(stderr).toContain(`  ${key}\n`);
    }
  }, 120_000);

  it('imports lobechat (no api.md to compare) into a config that loads', async () => {
    const { config } = await importAndGenerate('lobechat', 'openapi.yml');
    expect(Object.keys(config.naming.resources).length).toBeGreaterThan(3);
  }, 120_000);

  it('names what is not a Stainless config', async () => {
    const dir = tempDir('stainless-bad');
    const result = await runCli(['import', 'stainless', shared('naming/knock/openapi.yml'), '--spec', shared('naming/knock/openapi.yml'), '-o', path.join(dir, 'x.yml')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/knock\/openapi\.yml: not a Stainless config \(no "resources:" mapping\)/);
  });
});
