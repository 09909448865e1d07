import { describe, expect, it } from 'vitest';
import { createNamers, LANGUAGES } from '../generator/naming/languages/index.js';

const n = createNamers();
const path = ['ai', 'assistants', 'scheduled_events'];

describe('language namers', () => {
  it('spell call chains per language', () => {
    expect(n.python.callChain(path, 'list')).toBe('client.ai.assistants.scheduled_events.list');
    expect(n.javascript.callChain(path, 'list')).toBe('client.ai.assistants.scheduledEvents.list');
    expect(n.go.callChain(path, 'list')).toBe('client.AI.Assistants.ScheduledEvents.List');
    expect(n.ruby.callChain(path, 'list')).toBe('client.ai.assistants.scheduled_events.list');
    expect(n.java.callChain(path, 'list')).toBe('client.ai().assistants().scheduledEvents().list');
    expect(n.go.callChain(['ai', 'mcp_servers'], 'create', 'c')).toBe('c.AI.McpServers.New');
  });

  it('spell methods with initialisms except in Java, and Go says New and Get', () => {
    expect(LANGUAGES.map((l) => n[l].method('send_sms'))).toEqual(['send_sms', 'sendSMS', 'SendSMS', 'send_sms', 'sendSms']);
    expect(n.go.method('create')).toBe('New');
    expect(n.go.method('retrieve')).toBe('Get');
    expect(n.go.method('retrieve_fields')).toBe('GetFields');
    expect(n.go.method('create_presigned_url')).toBe('NewPresignedURL');
    expect(n.go.method('get_texml')).toBe('GetTexml');
    expect(n.go.method('list_0')).toBe('List0');
    expect(n.java.method('retrieve')).toBe('retrieve');
  });

  it('escape reserved words the way each SDK does', () => {
    expect(n.python.param('from')).toBe('from_');
    expect(n.python.param('type')).toBe('type');
    expect(n.python.method('import')).toBe('import_');
    expect(n.python.method('global')).toBe('global_');
    expect(n.ruby.method('clone')).toBe('clone_');
    expect(n.ruby.method('test')).toBe('test_');
    expect(n.ruby.method('send')).toBe('send_');
    expect(n.ruby.method('end')).toBe('end_');
    expect(n.ruby.method('list')).toBe('list');
    expect(n.ruby.param('from')).toBe('from');
    expect(n.java.method('clone')).toBe('clone');
    expect(n.java.param('default')).toBe('default_');
    expect(n.go.variable('type')).toBe('type_');
    expect(n.javascript.variable('delete')).toBe('delete_');
    expect(n.javascript.method('delete')).toBe('delete');
  });

  it('spell params as callers write them', () => {
    expect(LANGUAGES.map((l) => n[l].param('api_key_ref'))).toEqual(['api_key_ref', 'api_key_ref', 'APIKeyRef', 'api_key_ref', 'apiKeyRef']);
    expect(n.go.param('conversation_id')).toBe('ConversationID');
    expect(n.go.param('url')).toBe('URL');
    expect(n.javascript.param('page[number]')).toBe("'page[number]'");
    expect(n.python.param('page[number]')).toBe('page_number');
    expect(n.java.adder('versions')).toBe('addVersion');
  });

  it('name params, response and page types', () => {
    expect(n.go.paramsType(['ai', 'assistants'], 'create')).toBe('AIAssistantNewParams');
    expect(n.go.paramsType(path, 'list')).toBe('AIAssistantScheduledEventListParams');
    expect(n.go.paramsType(['ai', 'assistants'], 'send_sms')).toBe('AIAssistantSendSMSParams');
    expect(n.java.paramsType(['ai', 'assistants'], 'send_sms')).toBe('AssistantSendSmsParams');
    expect(n.java.pageType(path, 'list')).toBe('ScheduledEventListPage');
    expect(n.java.packageName('com.telnyx.sdk', path)).toBe('com.telnyx.sdk.models.ai.assistants.scheduledevents');
    expect(n.javascript.paramsType(['ai', 'assistants'], 'send_sms')).toBe('AssistantSendSMSParams');
    expect(n.javascript.responseType(['messages', 'rcs'], 'send')).toBe('RcSendResponse');
    expect(n.python.paramsType(['global_ips'], 'list')).toBe('GlobalIPListParams');
    expect(n.ruby.paramsType(path, 'list')).toBe('AI::Assistants::ScheduledEventListParams');
    expect(n.go.modelParamType('CanaryDeploy')).toBe('CanaryDeployParam');
  });

  it('spell enum values', () => {
    const goType = n.go.nestedType(n.go.paramsType(['ai', 'assistants'], 'imports'), 'provider');
    expect(n.go.enumValue(goType, 'elevenlabs')).toBe('AIAssistantImportsParamsProviderElevenlabs');
    expect(n.go.enumValue('ConversationChannelType', 'phone_call')).toBe('ConversationChannelTypePhoneCall');
    const javaType = n.java.nestedType(n.java.paramsType(['ai', 'assistants'], 'imports'), 'provider');
    expect(n.java.enumValue(javaType, 'elevenlabs')).toBe('AssistantImportsParams.Provider.ELEVENLABS');
    expect(n.java.enumValue('Resolution', '1080p')).toBe('Resolution._1080P');
    expect(n.python.enumValue('X', 'phone_call')).toBe('"phone_call"');
    expect(n.ruby.enumValue('X', 'phone_call')).toBe(':phone_call');
    expect(n.ruby.enumValue('X', 'en-US')).toBe(':"en-US"');
    expect(n.javascript.enumValue('X', "it's")).toBe("'it\\'s'");
  });

  it('take initialisms from the naming config', () => {
    const custom = createNamers({ initialisms: ['MCP'] });
    expect(custom.go.callChain(['ai', 'mcp_servers'], 'list')).toBe('client.AI.MCPServers.List');
    expect(custom.javascript.resource('mcp_servers')).toBe('mcpServers');
    expect(custom.javascript.method('list_mcp_servers')).toBe('listMCPServers');
    expect(custom.java.resource('mcp_servers')).toBe('mcpServers');
  });
});
