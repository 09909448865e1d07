// The format's fragment blocks (v3 and the agent profile: `## Error Handling`, `### Webhook Verification`) are
// checked in a context that declares what they leave out: the SDK's real client, `params` typed as the parameters of
// the call the fragment makes, `ctx` in Go, top-level declarations at the top level, and STUBS of the web framework
// the handler is written for. Per language: a fragment with the framework's names passes, and the same fragment with
// an SDK method that does not exist inside the handler fails, naming its section. Tests that need a toolchain skip
// without it (and fail instead under CI).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { goParamsType, goSdkIndex, packageLevelSetup, splitTopLevel } from '../generator/verify/fragments/go.js';
import { splitMembers, staticFields } from '../generator/verify/fragments/java.js';
import type { DocExample, LanguageVerifier, Outcome } from '../generator/verify/types.js';
import { hasRuby, rubySkipReason } from './support/ruby.js';
import { hasShared, shared, sharedSkipReason } from './support/shared.js';
import { findTool, testTool } from './support/tools.js';

const workDir = mkdtempSync(path.join(os.tmpdir(), 'sdkgen-verify-fragments-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

interface Case {
  language: string;
  sdk: () => string;
  ready: boolean;
  skip: string;
  verifier: () => Promise<LanguageVerifier>;
  setup: string;
  /** The fragments that must pass, by section. */
  fragments: Record<string, string>;
  /** The SDK call of the webhook handler, and the same call with a method the SDK does not have. */
  broken: [string, string];
}

function example(c: Case, section: string, code: string, line: number): DocExample {
  return { file: `v3/skills/telnyx-fax-${c.language}/SKILL.md`, section, language: c.language, style: 'v3', code, line, setup: c.setup };
}

async function check(c: Case): Promise<{ passing: Outcome[]; broken: Outcome }> {
  const sections = Object.entries(c.fragments);
  const webhook = c.fragments['Webhook Verification']!;
  expect(webhook).toContain(c.broken[0]);
  const examples = [
    ...sections.map(([section, code], i) => example(c, section, code, 100 + i * 40)),
    example(c, 'Webhook Verification (broken)', webhook.replace(c.broken[0], c.broken[1]), 900),
  ];
  const dir = mkdtempSync(path.join(workDir, `${c.language}-`));
  const outcomes = await (await c.verifier()).verify(examples, { sdk: c.sdk(), options: {} }, dir);
  return { passing: outcomes.slice(0, -1), broken: outcomes.at(-1)! };
}

const pyright = testTool('pyright');

const PYTHON: Case = {
  language: 'python',
  sdk: () => shared('sdks/telnyx-python-4.22.0.tar.gz'),
  ready: pyright.available,
  skip: pyright.skipReason,
  verifier: async () => (await import('../generator/verify/python.js')).pythonVerifier({ pyright: pyright.path }),
  setup: 'import os\nfrom telnyx import Telnyx\n\nclient = Telnyx(\n    api_key=os.environ.get("TELNYX_API_KEY"),\n)',
  fragments: {
    'Error Handling': [
      'import telnyx',
      '',
      'try:',
      '    result = client.messages.send(to="+13125550001", from_="+13125550002", text="Hello")',
      'except telnyx.RateLimitError:',
      '    pass',
      'except telnyx.APIStatusError as e:',
      '    print(f"API error {e.status_code}: {e.message}")',
    ].join('\n'),
    'Webhook Verification': [
      '@app.route("/webhooks", methods=["POST"])',
      'def handle_webhook():',
      '    payload = request.get_data(as_text=True)',
      '    headers = dict(request.headers)',
      '    try:',
      '        event = client.webhooks.unwrap(payload, headers=headers)',
      '    except Exception as e:',
      '        return "Invalid signature", 400',
      '    print(f"Received event: {type(event).__name__}")',
      '    return "OK", 200',
    ].join('\n'),
  },
  broken: ['client.webhooks.unwrap(', 'client.webhooks.unwrap_signed('],
};

const JAVASCRIPT: Case = {
  language: 'javascript',
  sdk: () => 'telnyx@5.23.0',
  ready: true,
  skip: '',
  verifier: async () => (await import('../generator/verify/typescript.js')).javascriptVerifier,
  setup: "import Telnyx from 'telnyx';\n\nconst client = new Telnyx({\n  apiKey: process.env['TELNYX_API_KEY'],\n});",
  fragments: {
    'Error Handling': [
      'try {',
      "  const result = await client.messages.send({ to: '+13125550001', from: '+13125550002', text: 'Hello' });",
      '} catch (err) {',
      '  if (err instanceof Telnyx.RateLimitError) {',
      "    const retryAfter = Number(err.headers?.get('retry-after') ?? 1);",
      '    await new Promise((r) => setTimeout(r, retryAfter * 1000));',
      '  } else if (err instanceof Telnyx.APIError) {',
      '    console.error(`API error ${err.status}: ${err.message}`);',
      '  }',
      '}',
    ].join('\n'),
    'Webhook Verification': [
      "app.post('/webhooks', express.raw({ type: 'application/json' }), async (req, res) => {",
      '  try {',
      '    const event = await client.webhooks.unwrap(req.body.toString(), {',
      '      headers: req.headers,',
      '    });',
      "    console.log('Received webhook event');",
      "    res.status(200).send('OK');",
      '  } catch (err) {',
      "    console.error('Webhook verification failed:', err.message);",
      "    res.status(400).send('Invalid signature');",
      '  }',
      '});',
    ].join('\n'),
  },
  broken: ['client.webhooks.unwrap(', 'client.webhooks.unwrapSigned('],
};

const RUBY: Case = {
  language: 'ruby',
  sdk: () => shared('sdks/telnyx-ruby-5.14.0.tar.gz'),
  ready: hasRuby,
  skip: rubySkipReason,
  verifier: async () => (await import('../generator/verify/ruby.js')).rubyVerifier(),
  setup: 'require "telnyx"\n\nclient = Telnyx::Client.new(\n  api_key: ENV["TELNYX_API_KEY"],\n)',
  fragments: {
    'Error Handling': [
      'begin',
      '  result = client.messages.send_(to: "+13125550001", from: "+13125550002", text: "Hello")',
      'rescue Telnyx::Errors::RateLimitError',
      '  sleep(0)',
      'rescue Telnyx::Errors::APIStatusError => e',
      '  puts "API error #{e.status}: #{e.message}"',
      'end',
    ].join('\n'),
    // telnyx-ruby 5.14.0's unwrap takes the payload alone (it verifies no signature), and its union of events reads a
    // fax event as a CampaignStatusUpdate: the raw fields are read by key.
    'Webhook Verification': [
      'post "/webhooks" do',
      '  payload = request.body.read',
      '  begin',
      '    event = client.webhooks.unwrap(payload)',
      '  rescue => e',
      '    halt 400, "Invalid signature: #{e.message}"',
      '  end',
      '  puts "Received event: #{event[:data]}"',
      '  status 200',
      'end',
    ].join('\n'),
  },
  broken: ['client.webhooks.unwrap(', 'client.webhooks.unwrap_signed('],
};

const go = findTool('go', ['version'], 'golang-1.23-go');

const GO: Case = {
  language: 'go',
  sdk: () => shared('sdks/telnyx-go-4.22.0.tar.gz'),
  ready: go.available,
  skip: go.skipReason,
  verifier: async () => (await import('../generator/verify/go.js')).goVerifier(),
  setup: [
    'import (',
    '  "context"',
    '  "fmt"',
    '  "os"',
    '',
    '  "github.com/team-telnyx/telnyx-go/v4"',
    '  "github.com/team-telnyx/telnyx-go/v4/option"',
    ')',
    '',
    'client := telnyx.NewClient(',
    '  option.WithAPIKey(os.Getenv("TELNYX_API_KEY")),',
    ')',
  ].join('\n'),
  fragments: {
    'Error Handling': [
      'import "errors"',
      '',
      'result, err := client.Messages.Send(ctx, params)',
      'if err != nil {',
      '  var apiErr *telnyx.Error',
      '  if errors.As(err, &apiErr) {',
      '    fmt.Printf("API error %d: %s\\n", apiErr.StatusCode, apiErr.Error())',
      '  }',
      '}',
    ].join('\n'),
    'Webhook Verification': [
      '// In your webhook handler:',
      'func handleWebhook(w http.ResponseWriter, r *http.Request) {',
      '  body, _ := io.ReadAll(r.Body)',
      '  event, err := client.Webhooks.Unwrap(body, r.Header)',
      '  if err != nil {',
      '    http.Error(w, "Invalid signature", http.StatusBadRequest)',
      '    return',
      '  }',
      '  fmt.Println("Received event:", event.Data.EventType)',
      '  w.WriteHeader(http.StatusOK)',
      '}',
    ].join('\n'),
  },
  broken: ['client.Webhooks.Unwrap(', 'client.Webhooks.UnwrapSigned('],
};

const javac = findTool('javac', ['-version'], 'openjdk-17-jdk-headless');
// The SDK jar's own dependencies, from Debian (as specs/telnyx/sdkgen.config.yml lists them).
const JAVA_DEPENDENCIES = ['jackson-databind', 'jackson-core', 'jackson-annotations', 'error_prone_annotations', 'httpclient5', 'httpcore5'].map(
  (jar) => `/usr/share/java/${jar}.jar`,
);

const JAVA: Case = {
  language: 'java',
  sdk: () => shared('sdks/java'),
  ready: javac.available,
  skip: javac.skipReason,
  verifier: async () => (await import('../generator/verify/java.js')).javaVerifier({ classpath: JAVA_DEPENDENCIES }),
  setup: 'import com.telnyx.sdk.client.TelnyxClient;\nimport com.telnyx.sdk.client.okhttp.TelnyxOkHttpClient;\n\nTelnyxClient client = TelnyxOkHttpClient.fromEnv();',
  fragments: {
    'Error Handling': [
      'import com.telnyx.sdk.errors.TelnyxServiceException;',
      '',
      'try {',
      '    var result = client.messages().send(params);',
      '} catch (TelnyxServiceException e) {',
      '    System.err.println("API error " + e.statusCode() + ": " + e.getMessage());',
      '    if (e.statusCode() == 429) {',
      '        Thread.sleep(1000);',
      '    }',
      '}',
    ].join('\n'),
    'Webhook Verification': [
      'import com.telnyx.sdk.core.UnwrapWebhookParams;',
      'import com.telnyx.sdk.core.http.Headers;',
      '',
      '// In your webhook handler (e.g., Spring — use raw body):',
      '@PostMapping("/webhooks")',
      'public ResponseEntity<String> handleWebhook(',
      '    @RequestBody String payload,',
      '    HttpServletRequest request) {',
      '  try {',
      '    Headers headers = Headers.builder()',
      '        .put("telnyx-signature-ed25519", request.getHeader("telnyx-signature-ed25519"))',
      '        .build();',
      '    var event = client.webhooks().unwrap(',
      '        UnwrapWebhookParams.builder()',
      '            .body(payload)',
      '            .headers(headers)',
      '            .build());',
      '    return ResponseEntity.ok("OK");',
      '  } catch (Exception e) {',
      '    return ResponseEntity.badRequest().body("Invalid signature");',
      '  }',
      '}',
    ].join('\n'),
  },
  broken: ['client.webhooks().unwrap(', 'client.webhooks().unwrapSigned('],
};

const CASES: Case[] = [PYTHON, JAVASCRIPT, RUBY, GO, JAVA];

describe.skipIf(!hasShared || !hasRuby)(`ruby: a mistake the handler rescues still fails${sharedSkipReason}${rubySkipReason}`, () => {
  it('the headers the format passes to telnyx-ruby 5.14.0\'s one-argument unwrap are an ArgumentError, though `rescue => e` catches it', async () => {
    const webhook = RUBY.fragments['Webhook Verification']!.replace('client.webhooks.unwrap(payload)', 'client.webhooks.unwrap(payload, {"telnyx-timestamp" => "1"})');
    const [outcome] = await (await RUBY.verifier()).verify([example(RUBY, 'Webhook Verification', webhook, 700)], { sdk: RUBY.sdk() }, workDir);
    expect(outcome!.status).toBe('fail');
    expect(outcome!.message).toBe('line 4: ArgumentError: wrong number of arguments (given 2, expected 1) (rescued by the example)');
  }, 120_000);
});

for (const c of CASES) {
  describe.skipIf(!hasShared || !c.ready)(`${c.language}: the format's fragments against the SDK${sharedSkipReason}${c.skip}`, () => {
    it('a fragment with the framework names passes; an unknown SDK method inside the webhook handler fails, naming its section', async () => {
      const { passing, broken } = await check(c);
      expect(passing.map((o) => `${o.example.section}: ${o.status}${o.message ? ` (${o.message})` : ''}`)).toEqual(
        Object.keys(c.fragments).map((s) => `${s}: pass`),
      );
      expect(broken.status).toBe('fail');
      expect(broken.example.section).toBe('Webhook Verification (broken)');
      expect(broken.message).toMatch(new RegExp(c.broken[1].replace(/^.*\.(\w+)\($/, '$1')));
    }, 300_000);
  });
}

describe('the context of a fragment, without a toolchain', () => {
  it('Go: a top-level func apart from the statements, the Setup as package variables, params typed from the SDK source', () => {
    const split = splitTopLevel(['// In your webhook handler:', 'func handle(w http.ResponseWriter, r *http.Request) {', '  x := 1', '}', 'fmt.Println(1)']);
    expect(split.declarations).toEqual([{ lines: ['func handle(w http.ResponseWriter, r *http.Request) {', '  x := 1', '}'], start: 1 }]);
    expect(split.statements).toEqual([{ lines: ['// In your webhook handler:'], start: 0 }, { lines: ['fmt.Println(1)'], start: 4 }]);
    expect(packageLevelSetup(['client := acme.NewClient(', '  option.WithAPIKey(os.Getenv("K")),', ')'])).toEqual([
      'var client = acme.NewClient(',
      '  option.WithAPIKey(os.Getenv("K")),',
      ')',
    ]);
    expect(packageLevelSetup(['defer client.Close()'])).toBeUndefined();
    const sdk = mkdtempSync(path.join(workDir, 'go-sdk-'));
    writeFileSync(
      path.join(sdk, 'client.go'),
      'package acme\n\ntype Client struct {\n\tOptions []option.RequestOption\n\tWidgets WidgetService\n}\n\nfunc NewClient(opts ...option.RequestOption) (r Client) {\n\treturn\n}\n',
    );
    writeFileSync(
      path.join(sdk, 'widget.go'),
      'package acme\n\ntype WidgetService struct {\n\tOptions []option.RequestOption\n}\n\nfunc (r *WidgetService) Update(ctx context.Context, id string, body WidgetUpdateParams, opts ...option.RequestOption) (res *Widget, err error) {\n\treturn\n}\n',
    );
    const index = goSdkIndex(sdk);
    const setup = 'client := acme.NewClient()';
    expect(goParamsType('w, err := client.Widgets.Update(ctx, "id", params)', setup, index)).toBe('acme.WidgetUpdateParams');
    expect(goParamsType('w, err := client.Widgets.Delete(ctx, params)', setup, index)).toBeUndefined();
    expect(goParamsType('w, err := other.Widgets.Update(ctx, "id", params)', setup, index)).toBeUndefined();
  });

  it('Java: an annotated method is a class member, the Setup declarations static fields', () => {
    const split = splitMembers(['// handler', '@PostMapping("/w")', 'public ResponseEntity<String> handle(', '    @RequestBody String body) {', '  return null;', '}']);
    expect(split.declarations).toEqual([{ lines: ['@PostMapping("/w")', 'public ResponseEntity<String> handle(', '    @RequestBody String body) {', '  return null;', '}'], start: 1 }]);
    expect(split.statements).toEqual([{ lines: ['// handler'], start: 0 }]);
    expect(staticFields(['AcmeClient client = AcmeOkHttpClient.builder()', '    .fromEnv()', '    .build();'])).toEqual([
      'static AcmeClient client = AcmeOkHttpClient.builder()',
      '    .fromEnv()',
      '    .build();',
    ]);
    expect(staticFields(['var client = AcmeOkHttpClient.fromEnv();'])).toBeUndefined();
    expect(staticFields(['client.close();'])).toBeUndefined();
  });
});

describe.skipIf(!hasShared || !hasRuby)(`ruby: the webhook request is signed for real${sharedSkipReason}${rubySkipReason}`, () => {
  // A handler that checks the Ed25519 signature itself, as the v3 Ruby block does (the gem's unwrap checks none).
  const checking = (signed: string) =>
    [
      'require "base64"',
      'require "openssl"',
      'post "/webhooks" do',
      '  payload = request.body.read',
      '  timestamp = request.env["HTTP_TELNYX_TIMESTAMP"].to_s',
      '  signature = Base64.decode64(request.env["HTTP_TELNYX_SIGNATURE_ED25519"].to_s)',
      '  key = OpenSSL::PKey.read(["302a300506032b6570032100"].pack("H*") + Base64.decode64(ENV.fetch("TELNYX_PUBLIC_KEY")))',
      `  halt 400, "Invalid signature" unless key.verify(nil, signature, ${signed})`,
      '  event = client.webhooks.unwrap(payload)',
      '  status 200',
      'end',
    ].join('\n');

  it('a handler that checks "timestamp|body" against the key it reads from the environment accepts the request', async () => {
    const [outcome] = await (await RUBY.verifier()).verify([example(RUBY, 'Webhook Verification', checking('"#{timestamp}|#{payload}"'), 700)], { sdk: RUBY.sdk() }, workDir);
    expect(outcome).toMatchObject({ status: 'pass' });
  }, 120_000);

  it('a handler that checks another message refuses the signed request, and the example fails saying so', async () => {
    const [outcome] = await (await RUBY.verifier()).verify([example(RUBY, 'Webhook Verification', checking('payload'), 700)], { sdk: RUBY.sdk() }, workDir);
    expect(outcome!.status).toBe('fail');
    expect(outcome!.message).toContain('the handler refused a correctly signed webhook: 400 Invalid signature');
  }, 120_000);
});
