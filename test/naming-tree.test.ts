import { describe, expect, it } from 'vitest';
import type { HttpMethod, Operation, Resource } from '../generator/ir/types.js';
import type { NamingConfig } from '../generator/naming/config.js';
import { inferNames, uniqueMethodName } from '../generator/naming/infer.js';
import { buildResourceTree } from '../generator/naming/tree.js';

function op(key: string, extra: Partial<Operation> = {}): Operation {
  const [method, path] = key.split(' ') as [HttpMethod, string];
  return { key, method, path, deprecated: false, tags: [], parameters: [], responses: [], security: [], extensions: {}, ...extra };
}

const ops = (...keys: string[]): Operation[] => keys.map((k) => op(k));

/** "resource.path.method" for each operation key. */
function names(operations: Operation[]): Record<string, string> {
  return Object.fromEntries(inferNames(operations).map((n) => [n.operation, [...n.resourcePath, n.method].join('.')]));
}

/** Flattens a tree to "path.method ← operation (source)" lines, in tree order. */
function lines(resources: Resource[]): string[] {
  return resources.flatMap((r) => [
    ...r.methods.map((m) => `${[...r.path, m.name].join('.')} ← ${m.operation} (${m.source})`),
    ...lines(r.subresources),
  ]);
}

describe('inference', () => {
  it('maps CRUD shapes to list/create/retrieve/update/delete and nests by path segments', () => {
    expect(
      names(
        ops(
          'get /ai/assistants',
          'post /ai/assistants',
          'get /ai/assistants/{assistant_id}',
          'post /ai/assistants/{assistant_id}',
          'delete /ai/assistants/{assistant_id}',
          'get /ai/assistants/{assistant_id}/scheduled_events',
          'get /ai/assistants/{assistant_id}/scheduled_events/{event_id}',
          'patch /ai/assistants/{assistant_id}/scheduled_events/{event_id}',
        ),
      ),
    ).toEqual({
      'get /ai/assistants': 'ai.assistants.list',
      'post /ai/assistants': 'ai.assistants.create',
      'get /ai/assistants/{assistant_id}': 'ai.assistants.retrieve',
      'post /ai/assistants/{assistant_id}': 'ai.assistants.update',
      'delete /ai/assistants/{assistant_id}': 'ai.assistants.delete',
      'get /ai/assistants/{assistant_id}/scheduled_events': 'ai.assistants.scheduled_events.list',
      'get /ai/assistants/{assistant_id}/scheduled_events/{event_id}': 'ai.assistants.scheduled_events.retrieve',
      'patch /ai/assistants/{assistant_id}/scheduled_events/{event_id}': 'ai.assistants.scheduled_events.update',
    });
  });

  it('turns trailing single-operation segments and actions/<verb> into methods', () => {
    expect(
      names(
        ops(
          'get /faxes',
          'post /faxes/{id}/actions/cancel',
          'post /faxes/{id}/actions/refresh',
          'post /ai/assistants/{assistant_id}/clone',
          'get /ai/assistants/{assistant_id}/texml',
          'get /ai/models',
          'put /calls/{id}/actions/client_state_update',
          'post /calls/{id}/actions/record_start',
          'delete /rooms/{id}/sessions/everything',
          'get /rooms/{id}',
        ),
      ),
    ).toEqual({
      'get /faxes': 'faxes.list',
      'post /faxes/{id}/actions/cancel': 'faxes.actions.cancel',
      'post /faxes/{id}/actions/refresh': 'faxes.actions.refresh',
      'post /ai/assistants/{assistant_id}/clone': 'ai.assistants.clone',
      'get /ai/assistants/{assistant_id}/texml': 'ai.assistants.retrieve_texml',
      'get /ai/models': 'ai.retrieve_models',
      'put /calls/{id}/actions/client_state_update': 'calls.actions.update_client_state',
      'post /calls/{id}/actions/record_start': 'calls.actions.start_record',
      'delete /rooms/{id}/sessions/everything': 'rooms.sessions.delete_everything',
      'get /rooms/{id}': 'rooms.retrieve',
    });
  });

  it('tells collections from singletons and bulk operations', () => {
    const paginated = op('get /users/{id}/phone_numbers', { pagination: { kind: 'top-level-array' } });
    expect(
      names([
        ...ops('get /canary', 'put /canary', 'delete /canary', 'get /regions', 'get /settings'),
        paginated,
        ...ops('delete /recordings', 'get /recordings/{id}', 'post /things/{id}', 'put /things/{id}'),
      ]),
    ).toEqual({
      'get /canary': 'canary.retrieve',
      'put /canary': 'canary.update',
      'delete /canary': 'canary.delete',
      'get /regions': 'regions.list',
      'get /settings': 'settings.list',
      'get /users/{id}/phone_numbers': 'users.list_phone_numbers',
      'delete /recordings': 'recordings.delete_bulk',
      'get /recordings/{id}': 'recordings.retrieve',
      'post /things/{id}': 'things.create',
      'put /things/{id}': 'things.update',
    });
  });

  it('makes names start with a letter and skips version segments', () => {
    expect(names(ops('get /10dlc/brand', 'post /10dlc/brand/{id}/2faEmail', 'get /v2/mobile_phone_numbers/{id}'))).toEqual({
      'get /10dlc/brand': 'ten_dlc.brand.list',
      'post /10dlc/brand/{id}/2faEmail': 'ten_dlc.brand.two_fa_email',
      'get /v2/mobile_phone_numbers/{id}': 'mobile_phone_numbers.retrieve',
    });
  });

  it('disambiguates colliding names deterministically: operationId first, then a number', () => {
    const colliding = [
      op('get /reports/{id}', { operationId: 'getMdrUsageReports' }),
      op('get /reports/{id}/{part}', { operationId: 'GetMdrUsageReports' }),
      op('get /reports/{id}/{part}/{x}', { operationId: 'getMdrUsageReports' }),
      op('put /reports/{id}', { operationId: 'ReplaceReport' }),
      op('patch /reports/{id}', { operationId: 'UpdateReport' }),
    ];
    expect(names(colliding)).toEqual({
      'get /reports/{id}': 'reports.retrieve',
      'get /reports/{id}/{part}': 'reports.get_mdr_usage_reports',
      'get /reports/{id}/{part}/{x}': 'reports.retrieve_2',
      'put /reports/{id}': 'reports.update',
      'patch /reports/{id}': 'reports.update_report',
    });
    expect(names([...colliding].reverse())['get /reports/{id}']).toBe('reports.retrieve_2');
  });

  it('never gives a method the name of a subresource', () => {
    const named = names(ops('post /calls/{id}/actions', 'get /calls/{id}/actions/{action_id}', 'post /calls/{id}/notes'));
    expect(named['get /calls/{id}/actions/{action_id}']).toBe('calls.actions.retrieve');
    expect(named['post /calls/{id}/actions']).toBe('calls.actions.create');
    expect(uniqueMethodName('actions', op('post /calls/{id}/actions'), new Set(['actions']))).toBe('actions_2');
  });
});

describe('buildResourceTree', () => {
  const spec = ops(
    'get /ai/assistants',
    'post /ai/assistants',
    'get /ai/assistants/{assistant_id}',
    'post /ai/assistants/{assistant_id}/chat/sms',
    'get /ai/assistants/{assistant_id}/tags',
    'get /room_sessions',
    'get /room_sessions/{room_session_id}',
    'post /room_sessions/{room_session_id}/actions/end',
    'get /zebras',
  );

  const config: NamingConfig = {
    resources: {
      rooms: { subresources: { sessions: { methods: { list_0: 'get /room_sessions' } } } },
      ai: {
        subresources: {
          assistants: {
            methods: {
              send_sms: { endpoint: 'post /ai/assistants/{id}/chat/sms', response: 'AssistantSendSMSResponse' },
              list: { endpoint: 'get /ai/assistants', response: 'Assistant', page: 'DefaultFlatPagination' },
              gone: 'delete /ai/assistants/{assistant_id}',
              also_list: 'get /ai/assistants?content-type=multipart',
            },
          },
        },
      },
    },
  };

  it('puts config entries first in config order, then inferred ones in spec order, each operation once', () => {
    const tree = buildResourceTree(spec, config);
    expect(lines(tree.resources)).toEqual([
      'rooms.sessions.list_0 ← get /room_sessions (config)',
      'rooms.sessions.retrieve ← get /room_sessions/{room_session_id} (inferred)',
      'rooms.sessions.actions.end ← post /room_sessions/{room_session_id}/actions/end (inferred)',
      'ai.assistants.send_sms ← post /ai/assistants/{assistant_id}/chat/sms (config)',
      'ai.assistants.list ← get /ai/assistants (config)',
      'ai.assistants.create ← post /ai/assistants (inferred)',
      'ai.assistants.retrieve ← get /ai/assistants/{assistant_id} (inferred)',
      'ai.assistants.retrieve_tags ← get /ai/assistants/{assistant_id}/tags (inferred)',
      'zebras.list ← get /zebras (inferred)',
    ]);
    expect(tree.warnings).toEqual([
      'config method ai.assistants.gone (delete /ai/assistants/{assistant_id}): matches no operation of the spec',
      'config method ai.assistants.also_list (get /ai/assistants?content-type=multipart) names the same operation as ai.assistants.list; only the latter is kept',
    ]);
  });

  it('carries response and page types from the config and the last path parameter', () => {
    const assistants = buildResourceTree(spec, config).resources[1]!.subresources[0]!;
    expect(assistants.methods.slice(0, 2)).toEqual([
      { name: 'send_sms', operation: 'post /ai/assistants/{assistant_id}/chat/sms', source: 'config', responseType: 'AssistantSendSMSResponse', positionalParams: ['assistant_id'] },
      { name: 'list', operation: 'get /ai/assistants', source: 'config', responseType: 'Assistant', pageType: 'DefaultFlatPagination', positionalParams: [] },
    ]);
    expect(assistants.path).toEqual(['ai', 'assistants']);
  });

  it('lets the entry without a variant qualifier win whatever the order', () => {
    const tree = buildResourceTree(ops('post /documents'), {
      resources: { documents: { methods: { upload: 'post /documents?content-type=multipart', upload_json: 'post /documents' } } },
    });
    expect(lines(tree.resources)).toEqual(['documents.upload_json ← post /documents (config)']);
    expect(tree.warnings).toHaveLength(1);
  });

  it('infers everything without a config and leaves out empty config resources', () => {
    expect(lines(buildResourceTree(spec).resources)).toEqual(
      lines(buildResourceTree(spec, { resources: { empty: { subresources: { nothing: {} } } } }).resources),
    );
    expect(buildResourceTree(spec).resources.map((r) => r.name)).toEqual(['ai', 'room_sessions', 'zebras']);
  });

  it('never lets an inferred resource take the name of a config method', () => {
    const tree = buildResourceTree(ops('get /calls/{id}/notes', 'get /calls/{id}/notes/{note_id}'), {
      resources: { calls: { methods: { notes: 'get /calls/{id}/notes' } } },
    });
    expect(lines(tree.resources)).toEqual([
      'calls.notes ← get /calls/{id}/notes (config)',
      'calls.notes_2.retrieve ← get /calls/{id}/notes/{note_id} (inferred)',
    ]);
  });

  it('gives inferred methods names that config methods and subresources do not use', () => {
    const tree = buildResourceTree(ops('get /things', 'get /things/{id}', 'get /things/{id}/parts', 'get /things/{id}/parts/{part_id}'), {
      resources: { things: { methods: { retrieve: 'get /things' } } },
    });
    expect(lines(tree.resources)).toEqual([
      'things.retrieve ← get /things (config)',
      'things.retrieve_2 ← get /things/{id} (inferred)',
      'things.parts.list ← get /things/{id}/parts (inferred)',
      'things.parts.retrieve ← get /things/{id}/parts/{part_id} (inferred)',
    ]);
  });
});
