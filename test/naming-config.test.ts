import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { dumpNamingConfig, importApiMd, splitPage } from '../generator/naming/api-md.js';
import { NamingConfigError, namingConfigIssues, parseEndpoint, validateNamingConfig } from '../generator/naming/config.js';

const issuesOf = (yamlText: string): string[] => namingConfigIssues(load(yamlText));

describe('naming config validation', () => {
  it('accepts the Stainless shape: shorthand and full method entries, subresources, initialisms', () => {
    const config = validateNamingConfig(
      load(`
resources:
  ai:
    methods:
      retrieve_models: get /ai/models
    subresources:
      assistants:
        methods:
          list: { endpoint: get /ai/assistants, response: AssistantsList }
          list_x: { endpoint: get /x, response: ScheduledEventListResponse, page: DefaultFlatPagination }
initialisms: [AI, ID, SMS, IP, OAuth]
`),
    );
    expect(Object.keys(config.resources.ai.subresources!.assistants.methods!)).toEqual(['list', 'list_x']);
    expect(config.initialisms).toEqual(['AI', 'ID', 'SMS', 'IP', 'OAuth']);
  });

  it('drops an initialisms key left undefined', () => {
    expect(validateNamingConfig({ resources: {}, initialisms: undefined })).toEqual({ resources: {} });
  });

  it('names the key path and what is wrong', () => {
    const issues = issuesOf(`
resources:
  aiAssistants:
    methods:
      List: get /ai/assistants
      create: post
      update: { endpoint: 42 }
      delete: { response: Foo }
      send: { endpoint: post /x, page: DefaultFlatPagination, retries: 3 }
    subresource:
      x: {}
`);
    expect(issues).toEqual([
      'resources.aiAssistants: resource names must be snake_case starting with a letter (e.g. "ai_assistants")',
      'resources.aiAssistants.subresource: unknown key (expected one of methods, subresources, models)',
      'resources.aiAssistants.methods.List: method names must be snake_case starting with a letter (e.g. "list")',
      'resources.aiAssistants.methods.create: expected "<http method> <path>" such as "get /ai/assistants", got "post"',
      'resources.aiAssistants.methods.update.endpoint: expected a string such as "get /ai/assistants", got number 42',
      'resources.aiAssistants.methods.delete.endpoint: missing; expected "<http method> <path>"',
      'resources.aiAssistants.methods.send.retries: unknown key (expected one of endpoint, response, page, params, bodyParam, positionalParams)',
    ]);
  });

  it('rejects a name used for a method and a subresource of one resource', () => {
    expect(issuesOf('resources: { calls: { methods: { actions: get /a }, subresources: { actions: { methods: { x: get /b } } } } }')).toEqual([
      'resources.calls: "actions" is both a method and a subresource; an SDK cannot have both under one name',
    ]);
  });

  it('checks initialism spellings', () => {
    expect(issuesOf('resources: {}\ninitialisms: [SMS, sms2, Id, sms, "a b"]')).toEqual([
      'initialisms[1]: "sms2" is spelled like an ordinary word; give the SDK spelling, with its capitals, e.g. "SMS2"',
      'initialisms[2]: "Id" is spelled like an ordinary word; give the SDK spelling, with its capitals, e.g. "ID"',
      'initialisms[3]: "sms" is spelled like an ordinary word; give the SDK spelling, with its capitals, e.g. "SMS"',
      'initialisms[3]: "sms" repeats initialisms[0]',
      'initialisms[4]: expected a word of letters and digits, got string "a b"',
    ]);
  });

  it('rejects what is not a mapping, and prefixes key paths when asked', () => {
    expect(namingConfigIssues([])).toEqual(['(root): expected a mapping with a "resources" key, got a list']);
    expect(namingConfigIssues({}, 'naming')).toEqual(['naming.resources: missing; expected a mapping of resource names']);
    expect(namingConfigIssues({ resources: { ai: null } }, 'naming')).toEqual([
      'naming.resources.ai: expected a mapping with methods and/or subresources, got nothing',
    ]);
    expect(() => validateNamingConfig({ resources: [] })).toThrow(NamingConfigError);
    try {
      validateNamingConfig({ resources: { a: { methods: { b: 'fetch /x' } } } });
    } catch (error) {
      expect((error as NamingConfigError).issues).toEqual([
        'resources.a.methods.b: expected "<http method> <path>" such as "get /ai/assistants", got "fetch /x"',
      ]);
    }
  });

  it('parses endpoints with a variant qualifier', () => {
    expect(parseEndpoint('get /ai/assistants')).toEqual({ method: 'get', path: '/ai/assistants' });
    expect(parseEndpoint('POST /documents?content-type=multipart')).toEqual({
      method: 'post',
      path: '/documents',
      variant: 'content-type=multipart',
    });
    expect(parseEndpoint('get ai/assistants')).toBeUndefined();
  });
});

describe('api.md import', () => {
  const md = [
    '# AI',
    '',
    'Types:',
    '',
    '- <code><a href="./src/resources/ai/ai.ts">AIRetrieveModelsResponse</a></code>',
    '',
    'Methods:',
    '',
    '- <code title="get /ai/models">client.ai.<a href="./src/resources/ai/ai.ts">retrieveModels</a>() -> AIRetrieveModelsResponse</code>',
    '',
    '## ScheduledEvents',
    '',
    'Types:',
    '',
    '- <code><a href="./x.ts">ScheduledEventListResponse</a></code>',
    '',
    'Methods:',
    '',
    '- <code title="get /ai/events/{event_id}">client.ai.scheduledEvents.<a href="./x.ts">list</a>(eventID, { ...params }) -> ScheduledEventListResponsesDefaultFlatPagination</code>',
    '- <code title="post /ai/events/{event_id}/sms">client.ai.scheduledEvents.<a href="./x.ts">sendSMS</a>(eventID) -> void</code>',
    '',
    '# OAuthClients',
    '',
    'Methods:',
    '',
    '- <code title="get /oauth_clients">client.oauthClients.<a href="./y.ts">list</a>() -> OAuthClientsDefaultFlatPagination</code>',
  ].join('\n');

  it('builds the resource tree with snake names, response types, pages and initialisms', () => {
    expect(importApiMd(md)).toEqual({
      resources: {
        ai: {
          methods: { retrieve_models: { endpoint: 'get /ai/models', response: 'AIRetrieveModelsResponse' } },
          subresources: {
            scheduled_events: {
              methods: {
                list: { endpoint: 'get /ai/events/{event_id}', response: 'ScheduledEventListResponse', page: 'DefaultFlatPagination' },
                send_sms: { endpoint: 'post /ai/events/{event_id}/sms', response: 'void' },
              },
            },
          },
        },
        oauth_clients: {
          methods: { list: { endpoint: 'get /oauth_clients', response: 'OAuthClient', page: 'DefaultFlatPagination' } },
        },
      },
      initialisms: ['AI', 'ID', 'OAuth', 'SMS'],
    });
  });

  it('dumps stable YAML that loads back to the same config', () => {
    const config = importApiMd(md);
    const text = dumpNamingConfig(config);
    expect(load(text)).toEqual(config);
    expect(dumpNamingConfig(importApiMd(md))).toBe(text);
    expect(text).toContain("      retrieve_models: { endpoint: get /ai/models, response: AIRetrieveModelsResponse }\n");
    expect(text.indexOf('resources:')).toBeLessThan(text.indexOf('initialisms:'));
  });

  it('keeps shorthand method entries short', () => {
    expect(dumpNamingConfig({ resources: { ai: { methods: { summarize: 'post /ai/summarize' } } } })).toBe(
      'resources:\n  ai:\n    methods:\n      summarize: post /ai/summarize\n',
    );
  });
});

describe('splitPage', () => {
  const declared = new Set(['ScheduledEventListResponse', 'RoomSession', 'Room', 'PhoneNumberWithMessagingSettings', 'IP']);

  it.each([
    ['ScheduledEventListResponsesDefaultFlatPagination', 'ScheduledEventListResponse', 'DefaultFlatPagination'],
    ['RoomSessionsDefaultFlatPagination', 'RoomSession', 'DefaultFlatPagination'],
    ['PhoneNumberWithMessagingSettingsDefaultFlatPagination', 'PhoneNumberWithMessagingSettings', 'DefaultFlatPagination'],
    ['IPsDefaultFlatPagination', 'IP', 'DefaultFlatPagination'],
    ['LogMessageListResponsesDefaultPaginationForLogMessages', 'LogMessageListResponse', 'DefaultPaginationForLogMessages'],
    ['CampaignsPerPagePaginationV2', 'Campaign', 'PerPagePaginationV2'],
    ['VerificationRequestStatusesCursorPagination', 'VerificationRequestStatus', 'CursorPagination'],
  ])('%s → %s + %s', (returns, item, page) => {
    expect(splitPage(returns, declared)).toEqual({ item, page });
  });

  it('leaves other return types alone', () => {
    expect(splitPage('AssistantsList', declared)).toBeUndefined();
    expect(splitPage('Pagination', declared)).toBeUndefined();
  });
});
