// The Go and Java verifiers against the official SDKs in ../shared/sdks: a correct example passes, a planted
// mistake (a method that does not exist, an unknown parameter) fails naming its doc line and the compiler's
// message, a syntax error in one example hides nothing of the others, and the module path without its major
// version is a warning. The first Go build compiles the SDK (~45 s; later runs reuse the build cache).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { goVerifier } from '../generator/verify/go.js';
import { javaVerifier } from '../generator/verify/java.js';
import type { DocExample, Outcome } from '../generator/verify/types.js';
import { hasShared, shared, sharedSkipReason } from './support/shared.js';
import { findTool } from './support/tools.js';

const workDir = mkdtempSync(path.join(os.tmpdir(), 'sdkgen-verify-test-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const GO_SETUP = [
  'import (',
  '  "context"',
  '  "fmt"',
  '  "os"',
  '',
  '  "github.com/team-telnyx/telnyx-go"',
  '  "github.com/team-telnyx/telnyx-go/option"',
  ')',
  '',
  'client := telnyx.NewClient(',
  '  option.WithAPIKey(os.Getenv("TELNYX_API_KEY")),',
  ')',
].join('\n');

function doc(language: string, style: string, section: string, code: string, line: number, setup?: string): DocExample {
  const example: DocExample = { file: `${style}/telnyx-demo-${language}/SKILL.md`, section, language, style, code, line };
  return setup === undefined ? example : { ...example, setup };
}

function byStatus(outcomes: Outcome[]): string[] {
  return outcomes.map((o) => `${o.example.section}: ${o.status}`);
}

const go = findTool('go', ['version'], 'golang-1.23-go');

describe.skipIf(!hasShared || !go.available)(`Go verifier${sharedSkipReason}${go.skipReason}`, () => {
  const ok = doc(
    'go',
    'v2',
    'List assistants',
    '\tassistantsList, err := client.AI.Assistants.List(context.TODO())\n\tif err != nil {\n\t\tpanic(err.Error())\n\t}\n\tfmt.Printf("%+v\\n", assistantsList.Data)',
    40,
    GO_SETUP,
  );
  const unknownMethod = doc(
    'go',
    'v2',
    'List them all',
    '\tassistants, err := client.AI.Assistants.ListAll(context.TODO())\n\tif err != nil {\n\t\tpanic(err.Error())\n\t}\n\tfmt.Println(assistants)',
    60,
    GO_SETUP,
  );
  const unknownParam = doc(
    'go',
    'v2',
    'Create an assistant',
    '\tassistant, err := client.AI.Assistants.New(context.TODO(), telnyx.AIAssistantNewParams{\n\t\tInstructions: "Be kind",\n\t\tModel:        "m",\n\t\tName:         "n",\n\t\tColour:       "blue",\n\t})\n\t_, _ = assistant, err',
    80,
    GO_SETUP,
  );
  const syntax = doc('go', 'v2', 'Broken syntax', '\tassistant, err := client.AI.Assistants.Get(context.TODO(), "id"\n', 100, GO_SETUP);
  const program = doc(
    'go',
    'v1',
    'A whole program',
    [
      'package main',
      '',
      'import (',
      '  "context"',
      '',
      '  "github.com/team-telnyx/telnyx-go/v4"',
      '  "github.com/team-telnyx/telnyx-go/v4/option"',
      ')',
      '',
      'func main() {',
      '  client := telnyx.NewClient(option.WithAPIKey("k"))',
      '  err := client.AI.Assistants.Delete(context.TODO(), "id")',
      '  _ = err',
      '}',
    ].join('\n'),
    20,
  );

  it('passes what compiles, warns about the module path without /v4, fails each mistake with its doc line', async () => {
    const outcomes = await goVerifier().verify(
      [ok, unknownMethod, unknownParam, syntax, program],
      { sdk: shared('sdks/telnyx-go-4.22.0.tar.gz') },
      workDir,
    );
    expect(byStatus(outcomes)).toEqual([
      'List assistants: warn',
      'List them all: fail',
      'Create an assistant: fail',
      'Broken syntax: fail',
      'A whole program: fail',
    ]);
    expect(outcomes[0]!.message).toContain('imports github.com/team-telnyx/telnyx-go, github.com/team-telnyx/telnyx-go/option');
    expect(outcomes[0]!.message).toContain('github.com/team-telnyx/telnyx-go/v4');
    expect(outcomes[1]!.message).toMatch(/^line 61: client\.AI\.Assistants\.ListAll undefined/);
    expect(outcomes[2]!.message).toMatch(/^line 85: unknown field Colour in struct literal of type telnyx\.AIAssistantNewParams/);
    expect(outcomes[3]!.message).toMatch(/^line 10\d: /);
    // Delete returns (response, error): the v1 program is a whole file, so its mistake is a real one.
    expect(outcomes[4]!.message).toMatch(/^line 32: assignment mismatch/);
  }, 240_000);
});

const javac = findTool('javac', ['-version'], 'openjdk-17-jdk-headless');
const DEBIAN_JARS = ['jackson-databind', 'jackson-core', 'jackson-annotations', 'error_prone_annotations', 'httpclient5', 'httpcore5'].map(
  (jar) => `/usr/share/java/${jar}.jar`,
);
const JAVA_SETUP =
  'import com.telnyx.sdk.client.TelnyxClient;\nimport com.telnyx.sdk.client.okhttp.TelnyxOkHttpClient;\n\nTelnyxClient client = TelnyxOkHttpClient.fromEnv();';

describe.skipIf(!hasShared || !javac.available)(`Java verifier${sharedSkipReason}${javac.skipReason}`, () => {
  const ok = doc(
    'java',
    'v2',
    'Create an assistant',
    'import com.telnyx.sdk.models.ai.assistants.AssistantCreateParams;\nimport com.telnyx.sdk.models.ai.assistants.InferenceEmbedding;\n\nAssistantCreateParams params = AssistantCreateParams.builder()\n    .instructions("i")\n    .model("m")\n    .name("n")\n    .build();\nInferenceEmbedding assistant = client.ai().assistants().create(params);',
    30,
    JAVA_SETUP,
  );
  const unknownMethod = doc('java', 'v2', 'List them all', 'var all = client.ai().assistant().list();', 50, JAVA_SETUP);
  const unknownParam = doc(
    'java',
    'v2',
    'Create with a colour',
    'import com.telnyx.sdk.models.ai.assistants.AssistantCreateParams;\n\nAssistantCreateParams params = AssistantCreateParams.builder()\n    .colour("blue")\n    .build();',
    70,
    JAVA_SETUP,
  );
  const syntax = doc('java', 'v2', 'Broken syntax', 'var x = client.ai(;', 90, JAVA_SETUP);
  const program = doc(
    'java',
    'v1',
    'A whole program',
    'package com.telnyx.sdk.example;\n\nimport com.telnyx.sdk.client.TelnyxClient;\nimport com.telnyx.sdk.client.okhttp.TelnyxOkHttpClient;\n\npublic final class Main {\n    public static void main(String[] args) {\n        TelnyxClient client = TelnyxOkHttpClient.fromEnv();\n        client.ai().assistants().delete("id");\n    }\n}',
    10,
  );

  it('passes what compiles and fails each mistake with its doc line and javac message, in one javac run', async () => {
    const outcomes = await javaVerifier({ classpath: DEBIAN_JARS }).verify(
      [ok, unknownMethod, unknownParam, syntax, program],
      { sdk: shared('sdks/java') },
      workDir,
    );
    expect(byStatus(outcomes)).toEqual([
      'Create an assistant: pass',
      'List them all: fail',
      'Create with a colour: fail',
      'Broken syntax: fail',
      'A whole program: pass',
    ]);
    expect(outcomes[1]!.message).toMatch(/^line 51: cannot find symbol; symbol: method assistant\(\); location: interface AiService/);
    expect(outcomes[2]!.message).toMatch(/^line 74: cannot find symbol; symbol: method colour\(String\)/);
    expect(outcomes[3]!.message).toMatch(/^line 91: /);
  }, 120_000);
});
