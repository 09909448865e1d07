// Java type names: all-capital initialisms become words (Sms, Ip), mixed-case spellings stay as written (OAuth),
// as in every Stainless Java SDK; members spell no initialisms at all.
import { describe, expect, it } from 'vitest';
import { createJavaNamer } from '../generator/naming/languages/java.js';

describe('Java initialism spelling', () => {
  const namer = createJavaNamer({ initialisms: ['GitHub', 'DNS'] });

  it('keeps mixed-case spellings in type names', () => {
    expect(namer.paramsType(['oauth_clients'], 'create')).toBe('OAuthClientCreateParams');
    expect(namer.pageType(['oauth_grants'], 'list')).toBe('OAuthGrantListPage');
    expect(namer.paramsType(['github_repos'], 'list')).toBe('GitHubRepoListParams');
    expect(namer.typeName('oauth_client')).toBe('OAuthClient');
  });

  it('spells all-capital initialisms as words in type names', () => {
    expect(namer.paramsType(['messages'], 'send_sms')).toBe('MessageSendSmsParams');
    expect(namer.paramsType(['dns_records'], 'create')).toBe('DnsRecordCreateParams');
    expect(namer.nestedType('GlobalIpCreateParams', 'ip_address')).toBe('GlobalIpCreateParams.IpAddress');
  });

  it('spells no initialism in members', () => {
    expect(namer.callChain(['oauth_clients'], 'create')).toBe('client.oauthClients().create');
    expect(namer.method('send_sms')).toBe('sendSms');
  });
});
