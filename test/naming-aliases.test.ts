// A config that names one endpoint under two methods (Stainless SDKs have such aliases): both methods exist,
// the later one marked as an alias of the first; a content-type variant is still only a warning.
import { describe, expect, it } from 'vitest';
import type { HttpMethod, Operation } from '../generator/ir/types.js';
import { resourceMethods } from '../generator/ir/walk.js';
import { buildResourceTree } from '../generator/naming/tree.js';

const op = (key: string) => {
  const [method, path] = key.split(' ') as [HttpMethod, string];
  return { key, method, path, deprecated: false, tags: [], parameters: [], responses: [] } as unknown as Operation;
};

describe('config aliases', () => {
  const operations = [op('get /v1/models'), op('post /v1/evals/{id}/jobs')];
  const tree = buildResourceTree(operations, {
    resources: {
      models: { methods: { list: 'get /v1/models' }, subresources: { openai: { methods: { list: 'get /v1/models' } } } },
      evals: { methods: { run: 'post /v1/evals/{id}/jobs', run_alpha: 'post /v1/evals/{id}/jobs', run_form: 'post /v1/evals/{id}/jobs?content-type=multipart' } },
    },
  });

  it('keeps every plain name of an endpoint, the later ones as aliases of the first', () => {
    const models = tree.resources.find((r) => r.name === 'models')!;
    expect(models.methods.map((m) => [m.name, m.aliasOf])).toEqual([['list', undefined]]);
    expect(models.subresources[0]!.methods.map((m) => [m.name, m.operation, m.aliasOf])).toEqual([['list', 'get /v1/models', 'models.list']]);
    const evals = tree.resources.find((r) => r.name === 'evals')!;
    expect(evals.methods.map((m) => [m.name, m.aliasOf])).toEqual([['run', undefined], ['run_alpha', 'evals.run']]);
  });

  it('warns about a content-type variant of a named endpoint, as before', () => {
    expect(tree.warnings).toEqual([
      'config method evals.run_form (post /v1/evals/{id}/jobs?content-type=multipart) names the same operation as evals.run; only the latter is kept',
    ]);
  });

  it('leaves aliases out of resourceMethods: docs and other languages see each operation once', () => {
    expect(resourceMethods(tree.resources).map((p) => [...p.resourcePath, p.method.name].join('.'))).toEqual(['models.list', 'evals.run']);
  });
});
