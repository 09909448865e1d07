// Naming config `params` (renamed body fields) and `bodyParam` (a body taken whole): config → IR → examples and client.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMethodExample } from '../generator/examples/method.js';
import { mergeResources, namingConfigIssues } from '../generator/naming/config.js';
import type { Project } from '../generator/pipeline.js';
import { fakeFetch, generateInto, importClient, projectFromConfig, removeTempDirs, typeCheck, type GeneratedClient } from './client-helpers.js';
import { repoRoot } from './support/shared.js';

const CONFIG = path.join(repoRoot, 'test/fixtures/overrides/sdkgen.config.yml');

let project: Project;
let client: GeneratedClient;

beforeAll(async () => {
  project = await projectFromConfig(CONFIG);
  client = generateInto(project, 'overrides');
});
afterAll(removeTempDirs);

const method = (key: string) => {
  for (const resource of project.ir.resources) for (const m of resource.methods) if (m.operation === key) return m;
  throw new Error(`no method for ${key}`);
};

describe('method overrides', () => {
  it('validates params and bodyParam', () => {
    const issues = namingConfigIssues({
      resources: { r: { methods: { m: { endpoint: 'get /r', params: ['x'], bodyParam: 'not a name' } } } },
    });
    expect(issues).toEqual([
      'resources.r.methods.m.bodyParam: expected a parameter name such as "document", got string "not a name"',
      'resources.r.methods.m.params: expected a mapping of wire names to SDK parameter names, got a list',
    ]);
  });

  it('lays a config over an imported one method by method, keeping what it does not set', () => {
    const merged = mergeResources(
      { calls: { methods: { bridge: { endpoint: 'post /b', response: 'BridgeResponse' }, hangup: 'post /h' } } },
      { calls: { methods: { bridge: { endpoint: 'post /b', params: { a: 'b' } } } } },
    );
    expect(merged.calls!.methods).toEqual({
      bridge: { endpoint: 'post /b', response: 'BridgeResponse', params: { a: 'b' } },
      hangup: 'post /h',
    });
  });

  it('carries them onto the IR methods and into every language’s example call', () => {
    const bridge = project.ir.operations.find((o) => o.key === 'post /calls/{call_id}/bridge')!;
    const note = project.ir.operations.find((o) => o.key === 'post /notes')!;
    expect(method(bridge.key).paramNames).toEqual({ call_id: 'call_id_to_bridge_with' });
    expect(method(note.key).bodyParam).toBe('note');
    const bridged = buildMethodExample(bridge, project.lookup, method(bridge.key));
    expect(bridged.pathParams.map((p) => p.name)).toEqual(['call_id']);
    expect(bridged.body.map((f) => f.name)).toEqual(['call_id_to_bridge_with']);
    const wrapped = buildMethodExample(note, project.lookup, method(note.key));
    expect(wrapped.body.map((f) => [f.name, f.value.kind])).toEqual([['note', 'object']]);
    // Without the method, the plain spec shape.
    expect(buildMethodExample(bridge, project.lookup).body.map((f) => f.name)).toEqual(['call_id']);
  });

  it('gives the client the renamed field and the wrapped body, sending the wire names', async () => {
    expect(typeCheck(client.sources, undefined, client.root)).toEqual([]);
    const mod = await importClient(client);
    const { fetch, requests } = fakeFetch(() => ({ ok: true, id: 'n1' }));
    const relay = new mod.default({ apiKey: 'k', fetch, baseURL: 'https://relay.test' });
    await relay.calls.bridge('c1', { call_id_to_bridge_with: 'c2', park: true });
    await relay.notes.create({ note: { text: 'hi' } });
    expect(requests.map((r) => [r.method, r.url.href, JSON.parse(String(r.body))])).toEqual([
      ['POST', 'https://relay.test/calls/c1/bridge', { call_id: 'c2', park: true }],
      ['POST', 'https://relay.test/notes', { text: 'hi' }],
    ]);
  });
});
