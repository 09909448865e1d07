import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  camelCase,
  capitalizeWord,
  letterLeading,
  makeInitialisms,
  NO_INITIALISMS,
  pascalCase,
  screamingSnakeCase,
  singularName,
  singularTypeName,
  snakeCase,
  splitWords,
} from '../generator/naming/words.js';

describe('splitWords', () => {
  it.each([
    ['sendSMS', ['send', 'SMS']],
    ['accessIPAddress', ['access', 'IP', 'Address']],
    ['OAuthClients', ['OAuth', 'Clients']],
    ['oauthClients', ['oauth', 'Clients']],
    ['bulkSetPublicIPs', ['bulk', 'Set', 'Public', 'IPs']],
    ['IPsList', ['IPs', 'List']],
    ['verifySMSOtp', ['verify', 'SMS', 'Otp']],
    ['getAPIUsage', ['get', 'API', 'Usage']],
    ['scheduled_events', ['scheduled', 'events']],
    ['canary-deploys', ['canary', 'deploys']],
    ['2faEmail', ['2fa', 'Email']],
    ['messaging10dlc', ['messaging', '10dlc']],
    ['list0', ['list', '0']],
    ['Recordings.json', ['Recordings', 'json']],
    ['{assistant_id}', ['assistant', 'id']],
    ['HTTPServer', ['HTTP', 'Server']],
    ['PhoneNumberBCountry', ['Phone', 'Number', 'B', 'Country']],
    ['SCREAMING_SNAKE', ['SCREAMING', 'SNAKE']],
    ['', []],
  ])('%s → %j', (input, words) => {
    expect(splitWords(input)).toEqual(words);
  });

  it('keeps a mixed-case initialism whole only when it is known', () => {
    expect(splitWords('OAuthClients', NO_INITIALISMS)).toEqual(['O', 'Auth', 'Clients']);
    expect(splitWords('GitHubRepos', makeInitialisms(['GitHub']))).toEqual(['GitHub', 'Repos']);
  });
});

describe('casing', () => {
  it('spells initialisms in camel and Pascal case, not in the first camel word', () => {
    expect(camelCase('send_sms')).toBe('sendSMS');
    expect(camelCase('ai_assistants')).toBe('aiAssistants');
    expect(pascalCase('ai_assistants')).toBe('AIAssistants');
    expect(pascalCase('oauth_clients')).toBe('OAuthClients');
    expect(camelCase('oauth_clients')).toBe('oauthClients');
    expect(pascalCase('api_key_ref')).toBe('APIKeyRef');
    expect(pascalCase('conversation_id')).toBe('ConversationID');
    expect(pascalCase('bulk_set_public_ips')).toBe('BulkSetPublicIPs');
    expect(pascalCase('mcp_servers')).toBe('McpServers');
  });

  it('spells nothing specially without initialisms (Java)', () => {
    expect(camelCase('send_sms', NO_INITIALISMS)).toBe('sendSms');
    expect(pascalCase('api_key_ref', NO_INITIALISMS)).toBe('ApiKeyRef');
  });

  it('adds config spellings to the defaults and lets them replace a default', () => {
    const extra = makeInitialisms(['MCP', 'Id']);
    expect(pascalCase('mcp_servers', extra)).toBe('MCPServers');
    expect(pascalCase('assistant_id', extra)).toBe('AssistantId');
    expect(pascalCase('send_sms', extra)).toBe('SendSMS');
  });

  it('joins digits as written', () => {
    expect(camelCase('list_0')).toBe('list0');
    expect(camelCase('messaging_10dlc')).toBe('messaging10dlc');
    expect(pascalCase('messaging_10dlc')).toBe('Messaging10dlc');
    expect(camelCase('resend_2fa_email')).toBe('resend2faEmail');
    expect(snakeCase('resend2faEmail')).toBe('resend_2fa_email');
  });

  it('converts any spelling to snake and screaming snake', () => {
    expect(snakeCase('scheduledEvents')).toBe('scheduled_events');
    expect(snakeCase('accessIPAddress')).toBe('access_ip_address');
    expect(snakeCase('OAuthClients')).toBe('oauth_clients');
    expect(snakeCase(['ai', 'AssistantTests'])).toBe('ai_assistant_tests');
    expect(screamingSnakeCase('phone_call')).toBe('PHONE_CALL');
    expect(screamingSnakeCase('gpt-4o')).toBe('GPT_4O');
  });

  it('capitalises plural initialisms', () => {
    expect(capitalizeWord('ips')).toBe('IPs');
    expect(capitalizeWord('ids')).toBe('IDs');
    expect(capitalizeWord('sms')).toBe('SMS');
  });

  // One- and two-letter words can be ambiguous once capitalised ("a_a" → "AA"); real names do not rely on them.
  const snakeName = fc
    .array(fc.oneof(fc.stringMatching(/^[a-z]{3,8}$/), fc.constantFrom('ai', 'id', 'ip', 'ips', 'sms', 'url', 'oauth')), {
      minLength: 1,
      maxLength: 5,
    })
    .map((words) => words.join('_'));

  it('round-trips canonical snake names through camel and Pascal case', () => {
    fc.assert(
      fc.property(snakeName, (name) => {
        expect(snakeCase(camelCase(name))).toBe(name);
        expect(snakeCase(pascalCase(name))).toBe(name);
        expect(snakeCase(camelCase(name, NO_INITIALISMS))).toBe(name);
      }),
    );
  });
});

describe('singulars', () => {
  it.each([
    ['scheduled_events', 'scheduled_event'],
    ['faxes', 'fax'],
    ['ips', 'ip'],
    ['sms', 'sms'],
    ['ai', 'ai'],
    ['rcs', 'rc'],
    ['messaging_10dlc', 'messaging_10dlc'],
    ['access_ip_ranges', 'access_ip_range'],
  ])('%s → %s', (plural, singular) => {
    expect(singularName(plural)).toBe(singular);
  });

  it('singularises the last word of a type name and keeps its spelling', () => {
    expect(singularTypeName('ScheduledEventListResponses')).toBe('ScheduledEventListResponse');
    expect(singularTypeName('VerificationRequestStatuses')).toBe('VerificationRequestStatus');
    expect(singularTypeName('CdrUsageReportResponseLegacies')).toBe('CdrUsageReportResponseLegacy');
    expect(singularTypeName('IPs')).toBe('IP');
    expect(singularTypeName('OAuthClients')).toBe('OAuthClient');
    expect(singularTypeName('AccessOAuths')).toBe('AccessOAuth');
    expect(singularTypeName('Fqdns')).toBe('Fqdn');
  });
});

describe('letterLeading', () => {
  it('spells out leading digits so that names start with a letter', () => {
    expect(letterLeading('10dlc')).toBe('ten_dlc');
    expect(letterLeading('2fa_email')).toBe('two_fa_email');
    expect(letterLeading('42')).toBe('forty_two');
    expect(letterLeading('v2')).toBe('v2');
  });
});
