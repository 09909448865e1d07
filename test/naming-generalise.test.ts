// Inference learnt from more than one API: names inferred without config against the names of the TypeScript SDK
// Stainless generated for five public APIs (../shared/naming) and for Telnyx. Prints the score per API.
import { describe, expect, it } from 'vitest';
import { loadOperations, namingScore } from './support/naming-score.js';
import { hasShared, shared, sharedSkipReason } from './support/shared.js';

const APIS: [name: string, spec: string][] = [
  ['knock', 'openapi.yml'],
  ['llama-stack', 'openapi.yml'],
  ['honcho', 'openapi.json'],
  ['spotify', 'openapi.yml'],
  ['hetzner', 'openapi.json'],
];

describe(`inferred names against five Stainless SDKs and Telnyx${sharedSkipReason}`, () => {
  it.skipIf(!hasShared)('matches the curated names of the training APIs', () => {
    const ratios: number[] = [];
    for (const [api, spec] of APIS) {
      const score = namingScore(loadOperations(shared('naming', api, spec)), shared('naming', api, 'api.md'));
      expect(score.total, api).toBeGreaterThan(40);
      ratios.push(score.same / score.total);
      console.log(`naming ${api}: ${score.same}/${score.total} = ${(score.same / score.total).toFixed(3)}`);
    }
    const mean = ratios.reduce((a, b) => a + b, 0) / ratios.length;
    console.log(`naming mean: ${mean.toFixed(3)}`);
    // Measured 0.770 (0.707 before the state-toggle, look-up, content, X-or-Y, paginated-GET and items-only rules; 0.527 before any).
    expect(mean).toBeGreaterThanOrEqual(0.75);
  });

  it.skipIf(!hasShared)('keeps the Telnyx score', () => {
    const score = namingScore(loadOperations(shared('specs', 'telnyx', 'openapi-2026-02-06.yml')), shared('reference', 'stainless', 'telnyx-node.api.md'));
    console.log(`naming telnyx: ${score.same}/${score.total}`);
    // Before the rules learnt from the five APIs: 679 of the 877 operations the api.md names; 691 with them.
    expect(score.same).toBeGreaterThanOrEqual(684);
  });

  it('keeps query-string variants and stability versions out of names, takes verbs from paths and operationIds', async () => {
    const { inferNames } = await import('../generator/naming/infer.js');
    const op = (method: 'get' | 'post' | 'put' | 'patch' | 'delete', path: string, operationId?: string, extra: object = {}) =>
      ({ key: `${method} ${path}`, method, path, operationId, deprecated: false, tags: [], parameters: [], responses: [], security: [], extensions: {}, ...extra }) as never;
    const names = inferNames([
      op('post', '/messages?beta=true'),
      op('get', '/v1alpha/jobs'),
      op('get', '/v1alpha/jobs/{id}'),
      op('patch', '/agents/{id}/tools/attach/{tool_id}'),
      op('post', '/jobs/{id}/cancel'),
      op('post', '/models', 'register_model_v1_models_post'),
      op('get', '/me/albums/contains', 'check-users-saved-albums'),
      op('post', '/firewalls/{id}/actions/apply_to_resources'),
      op('get', '/channels/{id}/teams', 'listTeamsForChannel'),
    ]).map((n) => [...n.resourcePath, n.method].join('.'));
    expect(names).toEqual([
      'messages.create',
      'alpha.jobs.list',
      'alpha.jobs.retrieve',
      'agents.tools.attach',
      'jobs.cancel',
      'models.register',
      'me.albums.check',
      'firewalls.actions.apply_to_resources',
      'channels.list_teams',
    ]);
  });

  it('lists with a paginated GET; names items without a collection, state toggles, look-ups by another key and content as actions of the resource above; X-or-Y verbs name nothing', async () => {
    const { inferNames } = await import('../generator/naming/infer.js');
    const op = (method: 'get' | 'post' | 'put' | 'patch' | 'delete', path: string, operationId?: string, extra: object = {}) =>
      ({ key: `${method} ${path}`, method, path, operationId, deprecated: false, tags: [], parameters: [], responses: [], security: [], extensions: {}, ...extra }) as never;
    const names = inferNames([
      op('get', '/objects/{collection}', 'listObjects', { pagination: { kind: 'page-number', itemsField: 'entries', pageParam: 'page' } }),
      op('get', '/objects/{collection}/{id}', 'getObject'),
      op('put', '/users/{id}/channel_data/{channel_id}', 'setUserChannelData'),
      op('get', '/users/{id}/channel_data/{channel_id}', 'getUserChannelData'),
      op('patch', '/connections/{id}/locations/{location_id}', 'updateLocation'),
      op('post', '/domains/{id}/services/{service_id}'),
      op('get', '/accounts/{id}/Keys.json'),
      op('get', '/accounts/{id}/Keys/{Sid}.json'),
      op('put', '/messages/{id}/seen', 'markMessageSeen'),
      op('delete', '/messages/{id}/seen', 'markMessageUnseen'),
      op('put', '/messages/{id}/archived', 'archiveMessage'),
      op('delete', '/messages/{id}/archived', 'unarchiveMessage'),
      op('post', '/messages/batch/archived', 'batchMarkMessagesAsArchived'),
      op('patch', '/comments/{id}/read', 'MarkCommentRead'),
      op('get', '/apps/{app_id}/users/name/{name}', 'get_user_by_name_v1_apps__app_id__users_name__name__get'),
      op('get', '/apps/{app_id}/users/{user_id}'),
      op('get', '/brands/{id}/usecase/{usecase}'),
      op('post', '/playlists/{id}/tracks'),
      op('put', '/playlists/{id}/tracks', 'reorder-or-replace-playlists-tracks'),
      op('get', '/files/{id}/content', 'openai_retrieve_file_content_v1_files__file_id__content_get'),
      op('get', '/messages/{id}/content', 'getMessageContents'),
    ]).map((n) => [...n.resourcePath, n.method].join('.'));
    expect(names).toEqual([
      'objects.list',
      'objects.retrieve',
      'users.set_channel_data',
      'users.retrieve_channel_data',
      'connections.update_location',
      'domains.update_service',
      'accounts.retrieve_keys_json',
      'accounts.keys.retrieve',
      'messages.mark_as_seen',
      'messages.mark_as_unseen',
      'messages.archive',
      'messages.unarchive',
      'messages.batch.archive',
      'comments.mark_as_read',
      'apps.users.get_by_name',
      'apps.users.retrieve',
      'brands.retrieve_by_usecase',
      'playlists.tracks.create',
      'playlists.tracks.update',
      'files.content',
      'messages.get_content',
    ]);
  });
});
