// verify.sdkSpec: an SDK older than the docs' spec. Examples of operations absent from the SDK's spec, or whose
// call changed in a way that breaks them, are skipped with the cause; everything else is still checked.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIR } from '../generator/ir/builder.js';
import { parseVerifyConfig } from '../generator/verify/config.js';
import { extractFromDocument } from '../generator/verify/extract.js';
import { verifyDocs } from '../generator/verify/index.js';
import { formatReport, reportJson, styleCounts } from '../generator/verify/report.js';
import { verifyFromOptions } from '../generator/verify/command.js';
import type { SdkgenConfig } from '../generator/config.js';
import { endpointKey, mentions, sdkSpecCheck, signatureIndex } from '../generator/verify/sdk-spec.js';
import { cleanTempDirs, tempDir } from './support/cli.js';
import { testTool } from './support/tools.js';

afterAll(cleanTempDirs);

type Raw = Record<string, any>;

const json = (schema: Raw) => ({ content: { 'application/json': { schema } } });
const ok = (schema: Raw = { type: 'object', properties: { data: { type: 'object' } } }) => ({ responses: { '200': { description: 'ok', ...json(schema) } } });
const body = (properties: Raw, required: string[] = []) => ({ requestBody: { required: true, ...json({ type: 'object', properties, required }) } });
const spec = (paths: Raw): Raw => ({ openapi: '3.0.3', info: { title: 'Acme', version: '1' }, paths });

const speechBefore = { post: { ...body({ text: { type: 'string' }, voice: { type: 'string' } }, ['text', 'voice']), responses: { '200': { description: 'audio', content: { 'audio/mpeg': { schema: { type: 'string', format: 'binary' } } } } } } };
const speechNow = { post: { ...body({ text: { type: 'string' }, voice: { type: 'string' } }), ...ok({ type: 'object', properties: { base64_audio: { type: 'string' } } }) } };

const before = spec({
  '/widgets': { get: ok(), post: { ...body({ name: { type: 'string' }, size: { type: 'integer' } }, ['name']), ...ok() } },
  '/widgets/{id}': { parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], get: ok(), delete: { responses: { '204': { description: 'gone' } } } },
  '/speech': speechBefore,
  '/reports': { get: ok() },
});
const now = spec({
  // A new optional field and a new optional response field: no change for a call that uses neither.
  '/widgets': { get: ok(), post: { ...body({ name: { type: 'string' }, size: { type: 'integer' }, color: { type: 'string' } }, ['name']), ...ok() } },
  // The path parameter renamed in braces only elsewhere is the same operation; here it keeps its name.
  '/widgets/{id}': { parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], get: ok(), delete: { responses: { '204': { description: 'gone' } } } },
  '/speech': speechNow,
  '/reports': { get: { parameters: [{ name: 'page', in: 'query', required: false, schema: { type: 'integer' } }], ...ok() } },
  '/gadgets': { post: { ...body({ name: { type: 'string' } }, ['name']), ...ok() } },
});

const check = sdkSpecCheck(signatureIndex(buildIR(before)), signatureIndex(buildIR(now)), 'acme-1.yml');
const call = (endpoint: string, language: string, code = '') => check({ endpoint, language, code });

describe('which examples an older SDK cannot know', () => {
  it('an operation absent from the SDK spec is skipped in every language', () => {
    for (const language of ['python', 'go', 'java', 'ruby', 'javascript', 'kotlin']) {
      expect(call('POST /gadgets', language, 'client.gadgets.create(name="x")')).toBe("not in the SDK's spec acme-1.yml");
    }
  });

  it('an operation whose call is the same in both specs is checked', () => {
    expect(call('GET /widgets', 'python', 'client.widgets.list()')).toBeUndefined();
    expect(call('GET /widgets/{id}', 'go', 'client.Widgets.Get(ctx, "x")')).toBeUndefined();
    expect(call('DELETE /widgets/{widget_id}', 'java', '')).toBeUndefined();
    expect(call('POST /widgets', 'python', 'client.widgets.create(name="x", size=1)')).toBeUndefined();
  });

  it('a field the SDK requires that the docs no longer send: skipped where required fields are checked', () => {
    const code = 'response = client.speech.create()\nprint(response.base64_audio)';
    expect(call('POST /speech', 'python', code)).toMatch(/^changed since the SDK's spec acme-1\.yml: body field text no longer required; body field voice no longer required; response audio\/mpeg → application\/json$/);
    // A Go struct literal leaves a required field to run time: only the response change counts.
    expect(call('POST /speech', 'go', 'response, err := client.Speech.New(ctx, params)\nfmt.Println(response.Base64Audio)')).toMatch(/: response audio\/mpeg → application\/json$/);
    // So does a Java builder, but the SDK has a method without params only when none is required.
    expect(call('POST /speech', 'java', 'client.speech().create();')).toMatch(/: body field text no longer required; body field voice no longer required$/);
    expect(call('POST /speech', 'java', 'client.speech().create(SpeechCreateParams.builder().text("hi").build());')).toBeUndefined();
  });

  it('a new optional field counts only for an example that uses it, however the language spells it', () => {
    expect(call('POST /widgets', 'python', 'client.widgets.create(name="x")')).toBeUndefined();
    expect(call('POST /widgets', 'python', 'client.widgets.create(name="x", color="red")')).toMatch(/body field color added$/);
    expect(call('POST /widgets', 'go', 'telnyx.WidgetNewParams{Name: "x", Color: telnyx.String("red")}')).toMatch(/body field color added$/);
    expect(mentions('params.messagingProfileId("x")', 'messaging_profile_id')).toBe(true);
    expect(mentions('filter={"name": {"contains": "x"}}', 'filter[name][contains]')).toBe(true);
    expect(mentions('filter={"name": "x"}', 'filter[name][contains]')).toBe(false);
    // Only as an argument name, a key or a member: not an import, a package qualifier or a value.
    expect(mentions('import com.acme.sdk.Widgets;\nclient.widgets().list();', 'acme')).toBe(false);
    expect(mentions('acme.WidgetListParams{}', 'acme')).toBe(false);
    expect(mentions('client.widgets.create(name="color")', 'color')).toBe(false);
    expect(mentions('print(response.data.color)', 'color')).toBe(true);
  });

  it('parameters where the SDK operation took none: skipped where examples name a params type (Go)', () => {
    expect(call('GET /reports', 'go', 'client.Reports.List(ctx, acme.ReportListParams{})')).toMatch(/parameters added \(the SDK's operation takes none\)/);
    expect(call('GET /reports', 'python', 'client.reports.list()')).toBeUndefined();
  });

  it('a required field retyped or added, a renamed path parameter, another body content type: skipped everywhere', () => {
    const param = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });
    const older = spec({
      '/a': { post: { ...body({ count: { type: 'integer' } }, ['count']), ...ok() } },
      '/b/{id}': { get: { parameters: [param('id')], ...ok() } },
      '/c': { post: { ...body({ name: { type: 'string' } }), ...ok() } },
      '/d': { post: { requestBody: { content: { 'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string' } } } } } }, ...ok() } },
    });
    const newer = spec({
      '/a': { post: { ...body({ count: { type: 'string' } }, ['count']), ...ok() } },
      '/b/{b_id}': { get: { parameters: [param('b_id')], ...ok() } },
      '/c': { post: { ...body({ name: { type: 'string' }, kind: { type: 'string' } }, ['kind']), ...ok() } },
      '/d': { post: { ...body({ file: { type: 'string' } }), ...ok() } },
    });
    const changed = sdkSpecCheck(signatureIndex(buildIR(older)), signatureIndex(buildIR(newer)), 'old.yml');
    const go = (endpoint: string) => changed({ endpoint, language: 'go', code: '' });
    expect(go('POST /a')).toMatch(/body field count integer → string$/);
    expect(go('GET /b/{b_id}')).toMatch(/path parameters id → b_id$/);
    expect(go('POST /c')).toMatch(/body field kind added as required$/);
    expect(go('POST /d')).toMatch(/request body multipart\/form-data → application\/json$/);
  });

  it('without the docs spec only absence is known', () => {
    const absentOnly = sdkSpecCheck(signatureIndex(buildIR(before)), undefined, 'acme-1.yml');
    expect(absentOnly({ endpoint: 'POST /gadgets', language: 'python', code: '' })).toMatch(/not in the SDK's spec/);
    expect(absentOnly({ endpoint: 'POST /speech', language: 'python', code: '' })).toBeUndefined();
    expect(absentOnly({ language: 'python', code: 'client.x()' })).toBeUndefined();
  });

  it('matches endpoints by method and path with the path parameter names left out', () => {
    expect(endpointKey('GET /a/{id}/b/{b_id}')).toBe('get /a/{}/b/{}');
    expect(endpointKey('not an endpoint')).toBeUndefined();
  });
});

describe('the endpoint of an example', () => {
  it('comes from the endpoint line of its section (v3 and the agent profile)', () => {
    const FENCE = '```';
    const text = ['## Setup', `${FENCE}python`, 'client = Acme()', FENCE, '## Create', '`POST /gadgets` — Required: `name`', `${FENCE}python`, 'x()', FENCE, '### Send', '`client.messages.send()` — `POST /messages`', `${FENCE}python`, 'y()', FENCE, '## Notes', `${FENCE}python`, 'z()', FENCE].join('\n');
    expect(extractFromDocument(text, 'v3/SKILL.md').map((e) => [e.section, e.endpoint])).toEqual([
      ['Setup', undefined],
      ['Create', 'POST /gadgets'],
      ['Send', 'POST /messages'],
      ['Notes', undefined],
    ]);
  });

  it('verify.sdkSpec is a path relative to the config', () => {
    const fail = (key: string, what: string): never => {
      throw new Error(`${key}: ${what}`);
    };
    expect(parseVerifyConfig({ sdkSpec: '../specs/old.yml' }, '/p/conf', fail).sdkSpec).toBe(path.resolve('/p/specs/old.yml'));
    expect(() => parseVerifyConfig({ sdkSpec: 3 }, '/p', fail)).toThrow(/verify\.sdkSpec/);
  });
});

const pyright = testTool('pyright');

describe.skipIf(!pyright.available)(`verify with sdkSpec against a tiny Python SDK${pyright.skipReason}`, () => {
  const FENCE = '```';
  const dir = tempDir('verify-sdk-spec');
  const sdk = path.join(dir, 'sdk');
  mkdirSync(path.join(sdk, 'acme'), { recursive: true });
  writeFileSync(
    path.join(sdk, 'acme/__init__.py'),
    [
      'class Widgets:',
      '    def list(self) -> list[str]:',
      '        return []',
      '',
      'class Speech:',
      '    def create(self, *, text: str, voice: str) -> bytes:',
      '        return b""',
      '',
      'class Acme:',
      '    widgets: Widgets = Widgets()',
      '    speech: Speech = Speech()',
      '',
    ].join('\n'),
  );
  const docs = path.join(dir, 'docs');
  mkdirSync(path.join(docs, 'v3/acme-python'), { recursive: true });
  writeFileSync(
    path.join(docs, 'v3/acme-python/SKILL.md'),
    ['# Acme', '## Setup', `${FENCE}python`, 'from acme import Acme', 'client = Acme()', FENCE, '## List widgets', '`GET /widgets`', `${FENCE}python`, 'client.widgets.list()', FENCE, '## Create a gadget', '`POST /gadgets` — Required: `name`', `${FENCE}python`, 'client.gadgets.create(name="x")', FENCE, '## Speak', '`POST /speech`', `${FENCE}python`, 'client.speech.create()', FENCE, ''].join('\n'),
  );
  const write = (name: string, document: Raw) => {
    writeFileSync(path.join(dir, name), JSON.stringify(document));
    return path.join(dir, name);
  };
  const sdkSpec = write('acme-1.json', before);
  const docsSpec = write('acme-2.json', now);
  const target = { language: 'python', sdk, options: { pyright: pyright.path } };

  it('skips the example of an operation the SDK predates, checks the rest, and counts the skips apart', async () => {
    const report = await verifyDocs({ dir: docs, targets: [target], languages: ['python'], sdkSpec, docsSpec });
    expect(report.ok).toBe(true);
    const text = formatReport(report);
    expect(text).toMatch(/✓ python v3: 1\/1, 2 skipped \(operations the SDK release predates\), setups 1\/1/);
    expect(text).toMatch(/POST \/gadgets \(python\): not in the SDK's spec acme-1\.json/);
    expect(text).toMatch(/POST \/speech \(python\): changed since the SDK's spec acme-1\.json: body field text no longer required; body field voice no longer required$/m);
    const language = (reportJson(report) as { languages: { styles: { skipped: number }[]; failures: unknown[]; skips: { endpoint: string; status: string }[] }[] }).languages[0]!;
    expect(language.styles[0]!.skipped).toBe(2);
    expect(language.failures).toEqual([]);
    expect(language.skips.map((s) => [s.status, s.endpoint])).toEqual([
      ['skip', 'POST /gadgets'],
      ['skip', 'POST /speech'],
    ]);
  }, 60_000);

  it('a minimum compares passes: skipped examples do not count', async () => {
    const report = await verifyDocs({ dir: docs, targets: [{ ...target, minimum: { v3: 2 } }], languages: ['python'], sdkSpec, docsSpec });
    expect(report.ok).toBe(false);
  }, 60_000);

  it('without sdkSpec the missing method and the changed call fail', async () => {
    const report = await verifyDocs({ dir: docs, targets: [target], languages: ['python'] });
    expect(report.ok).toBe(false);
    const failures = report.runs[0]!.outcomes.filter((o) => o.status === 'fail');
    expect(failures.map((o) => o.example.section)).toEqual(['Create a gadget', 'Speak']);
    expect(failures[0]!.message).toMatch(/gadgets/);
    expect(failures[1]!.message).toMatch(/text/);
  }, 60_000);

  it('the command: --sdk-spec over the config, whose spec is what the docs came from; without the docs spec only absence', async () => {
    const io = { stdout: () => {}, stderr: () => {} };
    const config = { file: path.join(dir, 'sdkgen.config.yml'), spec: docsSpec, verify: { dir: docs, targets: [target] } } as unknown as SdkgenConfig;
    const withConfig = await verifyFromOptions({ config, sdkSpec, languages: ['python'] }, io);
    expect(styleCounts(withConfig.runs[0]!)[0]).toMatchObject({ passed: 1, total: 1, skipped: 2 });
    const noSpec = { verify: { dir: docs, targets: [target] } } as unknown as SdkgenConfig;
    const alone = await verifyFromOptions({ config: noSpec, sdkSpec, languages: ['python'] }, io);
    expect(styleCounts(alone.runs[0]!)[0]).toMatchObject({ skipped: 1, total: 2 });
    await expect(verifyFromOptions({ dir: docs, sdkSpec: path.join(dir, 'nope.yml') }, io)).rejects.toThrow(/nope\.yml: no such file/);
  }, 60_000);
});
