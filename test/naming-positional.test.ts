// positionalParams in the naming config: the path parameters a method takes as arguments, in order.
import { describe, expect, it } from 'vitest';
import type { HttpMethod, Operation } from '../generator/ir/types.js';
import { namingConfigIssues } from '../generator/naming/config.js';
import { buildResourceTree } from '../generator/naming/tree.js';

const op = (key: string) => {
  const [method, path] = key.split(' ') as [HttpMethod, string];
  return { key, method, path, deprecated: false, tags: [], parameters: [], responses: [] } as unknown as Operation;
};

describe('positionalParams', () => {
  it('replaces the default (the last path parameter); names not in the path are left out with a warning', () => {
    const tree = buildResourceTree([op('get /users/{user_id}/feeds/{id}'), op('get /users/{user_id}/items/{id}')], {
      resources: {
        feeds: { methods: { list_items: { endpoint: 'get /users/{user_id}/feeds/{id}', positionalParams: ['user_id', 'id'] } } },
        items: { methods: { get: { endpoint: 'get /users/{user_id}/items/{id}', positionalParams: ['item', 'id'] } } },
      },
    });
    expect(tree.resources.map((r) => r.methods[0]!.positionalParams)).toEqual([['user_id', 'id'], ['id']]);
    expect(tree.warnings).toEqual(['config method items.get (get /users/{user_id}/items/{id}): positionalParams item not in the path; left out']);
  });

  it('must be a list of names', () => {
    expect(namingConfigIssues({ resources: { feeds: { methods: { list: { endpoint: 'get /feeds/{id}', positionalParams: 'id' } } } } })).toEqual([
      'resources.feeds.methods.list.positionalParams: expected a list of path parameter names such as [user_id, id], got string "id"',
    ]);
  });
});
