// The Java target's rules on a small hand-written API: call shapes, builders, values, types and layout.
import { describe, expect, it } from 'vitest';
import { enumConstant, javaDouble, javaLong, javaString } from '../generator/emit/snippets/java/literals.js';
import { javaTarget } from '../generator/emit/snippets/java.js';
import type { SnippetStyle } from '../generator/emit/snippets/target.js';
import { ACME_SDK as sdk } from './support/ir-fixtures.js';
import { specExamples } from './support/spec-examples.js';


const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const ok = (schema: object) => ({ '200': { description: 'OK', ...json(schema) } });
const widgetId = { name: 'widget_id', in: 'path', required: true, schema: { type: 'string' } };

const spec = {
  openapi: '3.1.0',
  info: { title: 'Acme', version: '1' },
  paths: {
    '/widgets': {
      get: {
        parameters: [{ name: 'page[number]', in: 'query', schema: { type: 'integer' } }],
        responses: ok({ type: 'object', properties: { data: { type: 'array', items: { $ref: '#/components/schemas/Widget' } } } }),
      },
      post: {
        requestBody: {
          required: true,
          ...json({
            type: 'object',
            required: ['name', 'kind', 'starts_at', 'tags', 'parts', 'weight', 'count', 'note'],
            properties: {
              name: { type: 'string' },
              kind: { type: 'string', enum: ['mp3', 'gpt-4o'] },
              starts_at: { type: 'string', format: 'date-time', example: '2025-01-02T03:04:05Z' },
              tags: { type: 'array', items: { type: 'string' }, example: ['a', 'b'] },
              parts: {
                type: 'array',
                items: { type: 'object', required: ['label', 'size'], properties: { size: { type: 'integer' }, label: { type: 'string' } } },
              },
              weight: { type: 'number', exclusiveMinimum: 0 },
              count: { type: 'integer' },
              note: { type: 'string', example: 'say "hi"\n' },
              color: { type: 'string' },
            },
          }),
        },
        responses: ok({ $ref: '#/components/schemas/Widget' }),
      },
    },
    '/widgets/batch': {
      post: { responses: ok({ type: 'array', items: { $ref: '#/components/schemas/Widget' } }) },
    },
    '/widgets/{widget_id}': {
      get: { parameters: [widgetId], responses: ok({ $ref: '#/components/schemas/Widget' }) },
      delete: { parameters: [widgetId], responses: { '204': { description: 'gone' } } },
    },
    '/widgets/{widget_id}/gadgets/{gadget_id}': {
      get: {
        parameters: [widgetId, { name: 'gadget_id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: ok({ type: 'object', properties: { id: { type: 'string' } } }),
      },
    },
    '/widgets/{widget_id}/rollout': {
      post: {
        parameters: [widgetId],
        requestBody: { required: true, ...json({ $ref: '#/components/schemas/RolloutRequest' }) },
        responses: ok({ type: 'object', properties: { id: { type: 'string' } } }),
      },
      put: {
        parameters: [widgetId],
        requestBody: { required: true, ...json({ $ref: '#/components/schemas/RolloutRequest' }) },
        responses: ok({ type: 'object', properties: { id: { type: 'string' } } }),
      },
    },
    '/labels/{id}': {
      patch: {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: { required: true, ...json({ type: 'object', required: ['id'], properties: { id: { type: 'string' } } }) },
        responses: ok({ type: 'object', properties: { id: { type: 'string' } } }),
      },
    },
  },
  components: {
    schemas: {
      Widget: { type: 'object', properties: { id: { type: 'string' } } },
      RolloutRequest: {
        type: 'object',
        required: ['shares'],
        properties: { shares: { type: 'array', items: { $ref: '#/components/schemas/Share' } } },
      },
      Share: {
        type: 'object',
        required: ['percentage', 'channel'],
        properties: { percentage: { type: 'number', example: 50 }, channel: { $ref: '#/components/schemas/Channel' } },
      },
      Channel: { type: 'string', enum: ['phone_call', 'sms'] },
      Audit: { type: 'object', properties: { channel: { $ref: '#/components/schemas/Channel' }, share: { $ref: '#/components/schemas/Share' } } },
    },
  },
};

const naming = {
  resources: {
    widgets: {
      methods: {
        list: { endpoint: 'get /widgets', response: 'Widget', page: 'DefaultFlatPagination' },
        create: { endpoint: 'post /widgets', response: 'Widget' },
        batch: { endpoint: 'post /widgets/batch', response: 'WidgetBatchResponse' },
        retrieve: { endpoint: 'get /widgets/{widget_id}', response: 'Widget' },
        delete: { endpoint: 'delete /widgets/{widget_id}', response: 'void' },
      },
      subresources: {
        gadgets: { methods: { retrieve: { endpoint: 'get /widgets/{widget_id}/gadgets/{gadget_id}', response: 'GadgetRetrieveResponse' } } },
        rollouts: {
          methods: {
            start: { endpoint: 'post /widgets/{widget_id}/rollout', response: 'RolloutStartResponse' },
            update: { endpoint: 'put /widgets/{widget_id}/rollout', response: 'RolloutUpdateResponse' },
          },
        },
      },
    },
    labels: { methods: { update: { endpoint: 'patch /labels/{id}', response: 'LabelUpdateResponse' } } },
  },
};

const { example: exampleOf } = specExamples(spec, naming, sdk, javaTarget);
const example = (key: string, style: SnippetStyle = 'v2') => exampleOf(key, { style });

describe('Java call shapes', () => {
  it('passes a lone path parameter bare', () => {
    expect(example('get /widgets/{widget_id}')).toBe(
      [
        'import com.acme.api.models.widgets.Widget;',
        'import com.acme.api.models.widgets.WidgetRetrieveParams;',
        '',
        'Widget widget = client.widgets().retrieve("widget_id");',
      ].join('\n'),
    );
  });

  it('builds params when there are two path parameters, in path order', () => {
    expect(example('get /widgets/{widget_id}/gadgets/{gadget_id}')).toBe(
      [
        'import com.acme.api.models.widgets.gadgets.GadgetRetrieveParams;',
        'import com.acme.api.models.widgets.gadgets.GadgetRetrieveResponse;',
        '',
        'GadgetRetrieveParams params = GadgetRetrieveParams.builder()',
        '    .widgetId("widget_id")',
        '    .gadgetId("gadget_id")',
        '    .build();',
        'GadgetRetrieveResponse gadget = client.widgets().gadgets().retrieve(params);',
      ].join('\n'),
    );
  });

  it('declares no variable for a void response', () => {
    expect(example('delete /widgets/{widget_id}').split('\n').at(-1)).toBe('client.widgets().delete("widget_id");');
  });

  it('names a paginated result `page`, typed by the method\'s page class', () => {
    expect(example('get /widgets')).toBe(
      [
        'import com.acme.api.models.widgets.WidgetListPage;',
        'import com.acme.api.models.widgets.WidgetListParams;',
        '',
        'WidgetListPage page = client.widgets().list();',
      ].join('\n'),
    );
  });

  it('types an array response as a List of its item model', () => {
    expect(example('post /widgets/batch').split('\n').at(-1)).toBe('List<Widget> widgets = client.widgets().batch();');
  });

  it('renames a path parameter that a body property shadows', () => {
    expect(example('patch /labels/{id}')).toContain(['    .labelId("id")', '    .id("id")'].join('\n'));
  });
});

describe('Java values', () => {
  const create = example('post /widgets');

  it('sorts required properties by name and renders each type in its idiom', () => {
    expect(create).toBe(
      [
        'import com.acme.api.models.widgets.Widget;',
        'import com.acme.api.models.widgets.WidgetCreateParams;',
        'import java.time.OffsetDateTime;',
        '',
        'WidgetCreateParams params = WidgetCreateParams.builder()',
        '    .count(0L)',
        '    .kind(WidgetCreateParams.Kind.MP3)',
        '    .name("name")',
        '    .note("say \\"hi\\"\\n")',
        '    .addPart(WidgetCreateParams.Part.builder()',
        '        .label("label")',
        '        .size(0L)',
        '        .build())',
        '    .startsAt(OffsetDateTime.parse("2025-01-02T03:04:05Z"))',
        '    .addTag("a")',
        '    .addTag("b")',
        '    .weight(1.0)',
        '    .build();',
        'Widget widget = client.widgets().create(params);',
      ].join('\n'),
    );
  });

  it('sets a shared request schema whole, as a model with nested models and enum classes', () => {
    expect(example('post /widgets/{widget_id}/rollout')).toBe(
      [
        'import com.acme.api.models.widgets.rollouts.Channel;',
        'import com.acme.api.models.widgets.rollouts.Rollout;',
        'import com.acme.api.models.widgets.rollouts.RolloutStartParams;',
        'import com.acme.api.models.widgets.rollouts.RolloutStartResponse;',
        'import com.acme.api.models.widgets.rollouts.Share;',
        '',
        'RolloutStartParams params = RolloutStartParams.builder()',
        '    .widgetId("widget_id")',
        '    .rollout(Rollout.builder()',
        '        .addShare(Share.builder()',
        '            .channel(Channel.PHONE_CALL)',
        '            .percentage(50.0)',
        '            .build())',
        '        .build())',
        '    .build();',
        'RolloutStartResponse response = client.widgets().rollouts().start(params);',
      ].join('\n'),
    );
  });

  it('spells enum constants as the SDK does', () => {
    expect(['mp3', 'gpt-4o', 'phone_call', 'en-US', 'inProgress', '*'].map(enumConstant)).toEqual([
      'MP3',
      'GPT_4O',
      'PHONE_CALL',
      'EN_US',
      'IN_PROGRESS',
      'EMPTY',
    ]);
  });

  it('writes longs with L, doubles with a fraction, strings escaped', () => {
    expect([javaLong(5), javaLong(-3), javaDouble(1), javaDouble(0.25), javaDouble(1e21)]).toEqual(['5L', '-3L', '1.0', '0.25', '1e+21']);
    expect(javaString('a\\b"c\td\u0001é')).toBe('"a\\\\b\\"c\\td\\u0001é"');
  });
});

describe('Java layout', () => {
  it('v1 is a whole program: package, sorted imports with the client, Main with an 8-space body', () => {
    expect(example('delete /widgets/{widget_id}', 'v1')).toBe(
      [
        'package com.acme.api.example;',
        '',
        'import com.acme.api.client.AcmeClient;',
        'import com.acme.api.client.okhttp.AcmeOkHttpClient;',
        'import com.acme.api.models.widgets.WidgetDeleteParams;',
        '',
        'public final class Main {',
        '    private Main() {}',
        '',
        '    public static void main(String[] args) {',
        '        AcmeClient client = AcmeOkHttpClient.fromEnv();',
        '',
        '        client.widgets().delete("widget_id");',
        '    }',
        '}',
      ].join('\n'),
    );
  });

  it('v2 sets the client up once', () => {
    expect(javaTarget.setup(sdk)).toBe(
      ['import com.acme.api.client.AcmeClient;', 'import com.acme.api.client.okhttp.AcmeOkHttpClient;', '', 'AcmeClient client = AcmeOkHttpClient.fromEnv();'].join('\n'),
    );
  });

  it('points to the repository for installation, worded per style', () => {
    expect(javaTarget.installation(sdk, 'v1')).toEqual({ fence: 'bash', code: '// Add to pom.xml or build.gradle - see https://example.com/acme-java' });
    expect(javaTarget.installation(sdk, 'v2')).toEqual({ fence: 'text', code: '// See https://example.com/acme-java for Maven/Gradle setup' });
  });
});
