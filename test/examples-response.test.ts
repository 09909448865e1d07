// The language-neutral response rules every snippet target shares: the variable, the printed field, pages.
import { describe, expect, it } from 'vitest';
import {
  describePage,
  describeResponse,
  hasResponse,
  isMethodSpecific,
  namespacedLocalName,
  printedField,
  responseVariable,
  type ResponseInput,
} from '../generator/examples/response.js';
import type { Method, Operation, Schema } from '../generator/ir/types.js';
import { object, str } from './support/ir-fixtures.js';

function operation(schema: Schema | undefined, extra: Partial<Operation> = {}, status = '200'): Operation {
  const success = schema ? { status, contentType: 'application/json', schema } : { status };
  return { key: 'get /x', method: 'get', path: '/x', deprecated: false, tags: [], parameters: [], responses: [success], success, security: [], extensions: {}, ...extra };
}

function input(
  schema: Schema | undefined,
  method: Partial<Method> & { name: string },
  resourcePath: string[],
  schemas: Record<string, Schema> = {},
  style: 'v1' | 'v2' = 'v1',
  extra: Partial<Operation> = {},
): ResponseInput {
  return {
    operation: operation(schema, extra),
    method: { operation: 'get /x', source: 'config', ...method },
    resourcePath,
    lookup: (name) => schemas[name],
    style,
  };
}

describe('hasResponse', () => {
  it("follows api.md's void, else the spec's success response", () => {
    expect(hasResponse(operation(str), { name: 'delete', operation: 'x', source: 'config', responseType: 'void' })).toBe(false);
    expect(hasResponse(operation(str), { name: 'delete', operation: 'x', source: 'config', responseType: 'string' })).toBe(true);
    expect(hasResponse(operation(undefined), { name: 'delete', operation: 'x', source: 'inferred' })).toBe(false);
    expect(hasResponse(operation(str, {}, '204'), { name: 'delete', operation: 'x', source: 'inferred' })).toBe(false);
    expect(hasResponse(operation(str), { name: 'get', operation: 'x', source: 'inferred' })).toBe(true);
  });
});

describe('responseVariable', () => {
  const widget: Schema = { kind: 'ref', name: 'Widget' };

  it('names method-specific types after the resource: singular for CRUD, plural for list, else response', () => {
    expect(responseVariable(input(widget, { name: 'delete', responseType: 'ShopWidgetDeleteResponse' }, ['shops', 'shop_widgets']))).toEqual(['shop', 'widget']);
    expect(responseVariable(input(widget, { name: 'list', responseType: 'ShopWidgetListResponse' }, ['shops', 'shop_widgets']))).toEqual(['shop', 'widgets']);
    // The SDK's list examples are plural also where the resource name is not (client.verifications.byPhoneNumber.list).
    expect(responseVariable(input(widget, { name: 'list', responseType: 'ByPhoneNumberListResponse' }, ['by_phone_number']))).toEqual(['by', 'phone', 'numbers']);
    expect(responseVariable(input(widget, { name: 'list', responseType: 'VoiceListResponse' }, ['voice']))).toEqual(['voices']);
    expect(responseVariable(input(widget, { name: 'send_sms', responseType: 'ShopWidgetSendSMSResponse' }, ['shop_widgets']))).toEqual(['response']);
    expect(responseVariable(input(widget, { name: 'create', responseType: 'FaxCreateResponse' }, ['faxes']))).toEqual(['fax']);
  });

  it('names models after themselves and primitives `response`', () => {
    expect(responseVariable(input(widget, { name: 'retrieve', responseType: 'WidgetDetails' }, ['widgets']))).toEqual(['widget', 'details']);
    expect(responseVariable(input(str, { name: 'download', responseType: 'Response' }, ['widgets']))).toEqual(['response']);
    expect(responseVariable(input(str, { name: 'retrieve', responseType: 'unknown' }, ['widgets']))).toEqual(['response']);
  });

  it("names api.md's `string` (the SDK's `<Resource><Method>Response` alias) as a method-specific type", () => {
    // client.messagingProfiles.autorespConfigs.delete → `const autorespConfig = …` (AutorespConfigDeleteResponse = string).
    expect(responseVariable(input(str, { name: 'delete', responseType: 'string' }, ['autoresp_configs']))).toEqual(['autoresp', 'config']);
    expect(responseVariable(input(str, { name: 'retrieve', responseType: 'string' }, ['widgets']))).toEqual(['widget']);
    expect(responseVariable(input(str, { name: 'get_texml', responseType: 'string' }, ['assistants']))).toEqual(['response']);
  });

  it('names an array of a named schema after the plural of that schema', () => {
    const array: Schema = { kind: 'array', items: { kind: 'ref', name: 'RunResult' } };
    expect(responseVariable(input(array, { name: 'trigger', responseType: 'RunTriggerResponse' }, ['runs']))).toEqual(['run', 'results']);
  });

  it('v2 only: a model named after the namespace of a namespaced schema takes the schema name', () => {
    const ref: Schema = { kind: 'ref', name: 'shop-inventory_Widget' };
    const method = { name: 'create', responseType: 'ShopInventory' };
    expect(responseVariable(input(ref, method, ['widgets'], {}, 'v1'))).toEqual(['shop', 'inventory']);
    expect(responseVariable(input(ref, method, ['widgets'], {}, 'v2'))).toEqual(['widget']);
    // Another SDK name for a namespaced schema is kept.
    expect(responseVariable(input(ref, { name: 'create', responseType: 'WidgetModel' }, ['widgets'], {}, 'v2'))).toEqual(['widget', 'model']);
  });

  it('without api.md: the schema name, else the resource rule for inline objects, else response', () => {
    expect(responseVariable(input(widget, { name: 'retrieve' }, ['widgets']))).toEqual(['widget']);
    expect(responseVariable(input(object({ data: str }), { name: 'retrieve' }, ['widgets']))).toEqual(['widget']);
    expect(responseVariable(input(object({ data: str }), { name: 'list' }, ['widgets']))).toEqual(['widgets']);
    expect(responseVariable(input(object({ data: str }), { name: 'paint' }, ['widgets']))).toEqual(['response']);
    expect(responseVariable(input(str, { name: 'retrieve' }, ['widgets']))).toEqual(['response']);
  });
});

describe('name helpers', () => {
  it('recognises `<Resource singular><Method>Response`', () => {
    expect(isMethodSpecific('AssistantSendSMSResponse', 'assistants', 'send_sms')).toBe(true);
    expect(isMethodSpecific('TestSuiteListResponse', 'test_suites', 'list')).toBe(true);
    expect(isMethodSpecific('TestRunResponse', 'runs', 'retrieve')).toBe(false);
    expect(isMethodSpecific('CanaryDeployResponse', 'canary_deploys', 'create')).toBe(false);
  });

  it('splits only namespace_Name forms whose namespace is the SDK type', () => {
    expect(namespacedLocalName('inference-embedding_Assistant', 'InferenceEmbedding')).toBe('Assistant');
    expect(namespacedLocalName('TelnyxCampaign_CSP', 'TelnyxCampaignCsp')).toBeUndefined();
    expect(namespacedLocalName('inference-embedding_Assistant', 'Assistant')).toBeUndefined();
  });
});

describe('printedField', () => {
  const none = () => undefined;

  it('prefers id, then the first required …_id, then the first required, then the first property', () => {
    expect(printedField(object({ created_at: str, id: str }, ['created_at', 'id']), none)).toEqual(['id']);
    expect(printedField(object({ conversation_id: str, created_at: str, run_id: str, test_id: str }, ['created_at', 'run_id', 'test_id']), none)).toEqual(['run_id']);
    expect(printedField(object({ name: str, content: str }, ['content']), none)).toEqual(['content']);
    expect(printedField(object({ data: str, meta: str }), none)).toEqual(['data']);
    expect(printedField(object({ conversationId: str }), none)).toEqual(['conversation_id']);
  });

  it('prints unions, arrays, primitives and unnameable properties whole', () => {
    expect(printedField({ kind: 'union', combinator: 'anyOf', variants: [object({ id: str })] }, none)).toEqual([]);
    expect(printedField({ kind: 'array', items: str }, none)).toEqual([]);
    expect(printedField(str, none)).toEqual([]);
    expect(printedField(object({ '10999': str }), none)).toEqual([]);
    expect(printedField(object({}), none)).toEqual([]);
  });

  it('follows refs and merges allOf', () => {
    const schemas: Record<string, Schema> = { Base: object({ created_at: str }, ['created_at']), Item: { kind: 'allOf', parts: [{ kind: 'ref', name: 'Base' }, object({ item_id: str }, ['item_id'])] } };
    expect(printedField({ kind: 'ref', name: 'Item' }, (n) => schemas[n])).toEqual(['item_id']);
  });
});

describe('pages', () => {
  const item = object({ name: str, widget_id: str }, ['name', 'widget_id']);
  const listOf = (field: string): Schema => object({ [field]: { kind: 'array', items: { kind: 'ref', name: 'Widget' } }, meta: str });

  it("api.md's page class makes a page; the items field comes from the response", () => {
    const page = describePage(input(listOf('records'), { name: 'list', responseType: 'Widget', pageType: 'PerPagePagination' }, ['widgets'], { Widget: item }));
    expect(page).toEqual({ itemsField: 'records', itemVariable: ['widget'], printPath: ['widget_id'] });
  });

  it('a page over a bare array keeps its items in `items`', () => {
    const page = describePage(input({ kind: 'array', items: item }, { name: 'list', responseType: 'WidgetListResponse', pageType: 'DefaultFlatPaginationTopLevelArray' }, ['widgets']));
    expect(page).toEqual({ itemsField: 'items', itemVariable: ['widget', 'list', 'response'], printPath: ['widget_id'] });
  });

  it("without api.md the IR's pagination decides; a method api.md does not page is no page", () => {
    const pagination = { kind: 'page-number' as const, itemsField: 'data', pageParam: 'page[number]' };
    const paged = input(listOf('data'), { name: 'list' }, ['widgets'], { Widget: item }, 'v1', { pagination });
    expect(describeResponse(paged)).toEqual({
      hasResponse: true,
      variable: ['page'],
      printPath: [],
      page: { itemsField: 'data', itemVariable: ['widget'], printPath: ['widget_id'] },
    });
    const notPaged = input(listOf('data'), { name: 'list', responseType: 'WidgetListResponse' }, ['widgets'], { Widget: item }, 'v1', { pagination });
    expect(describeResponse(notPaged)).toEqual({ hasResponse: true, variable: ['widgets'], printPath: ['data'] });
  });

  it('describes a void call as having no response', () => {
    expect(describeResponse(input(undefined, { name: 'delete', responseType: 'void' }, ['widgets']))).toEqual({ hasResponse: false, variable: [], printPath: [] });
  });
});
