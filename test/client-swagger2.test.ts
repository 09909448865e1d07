// The Swagger 2.0 specs of the corpus, converted by the loader: each generates a client that type-checks under
// --strict, with a method per operation and the 2.0 body and form parameters as typed params.
import { afterAll, describe, expect, it } from 'vitest';
import { generateInto, projectFromSpec, removeTempDirs, typeCheck } from './client-helpers.js';
import { hasShared, shared, sharedSkipReason } from './support/shared.js';

const V2 = 'corpus/oai-examples/examples/v2.0';
const SPECS: Array<[string, string, number]> = [
  ['slack', 'corpus/slack/slack_web_openapi_v2.json', 174],
  ['petstore', `${V2}/json/petstore.json`, 3],
  ['petstore-expanded', `${V2}/yaml/petstore-expanded.yaml`, 4],
  ['petstore-separate', `${V2}/yaml/petstore-separate/spec/swagger.yaml`, 4],
  ['uber', `${V2}/json/uber.json`, 5],
];

describe.skipIf(!hasShared)(`clients of the Swagger 2.0 corpus specs${sharedSkipReason}`, () => {
  afterAll(removeTempDirs);

  it.each(SPECS)('%s: a method per operation, strict-clean', async (name, spec, operations) => {
    const project = await projectFromSpec(shared(spec));
    expect(project.ir.operations.length).toBeGreaterThanOrEqual(operations);
    const client = generateInto(project, `swagger2-${name}`);
    const methods = client.files.get('api.md')!.split('\n').filter((l) => l.startsWith('- <code title='));
    expect(methods).toHaveLength(project.ir.operations.length);
    expect(typeCheck(client.sources, undefined, client.root).slice(0, 20)).toEqual([]);
    if (name === 'slack') {
      // formData parameters are body params of the method; a required one stays required.
      const sources = [...client.files.values()].join('\n');
      expect(sources).toMatch(/Body param: Channel, private group, or IM channel to send message to\.[^\n]*\n\s*\*\/\n\s*channel: string;/);
    }
  }, 120_000);
});
