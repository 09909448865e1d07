// The Telnyx client (specs/telnyx/sdkgen.config.yml, 878 operations): it type-checks under --strict, and so does
// every v2 JavaScript example of the skill docs (35 products) with `telnyx` resolved to it, plus its README, all
// in one TypeScript program. Its api.md says what the official SDK's says, line for line where the spec allows.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTypescript } from '../generator/emit/typescript/index.js';
import { importApiMd } from '../generator/naming/api-md.js';
import type { Project } from '../generator/pipeline.js';
import { generateInto, type GeneratedClient, jsdocExamples, readmeModules, removeTempDirs, resolvingPackage, typeCheck } from './client-helpers.js';
import { hasShared, repoRoot, shared, sharedSkipReason } from './support/shared.js';
import { telnyxSkillExamples, type SkillCodeBlock } from './support/skill-examples.js';
import { telnyxProject } from './support/telnyx.js';

/** Type names user code written against the official SDK (api.md) uses; a missing one fails to compile. */
const OFFICIAL_TYPE_NAMES = `import Telnyx from 'telnyx';

declare const client: Telnyx;

export async function names(): Promise<void> {
  const params: Telnyx.AI.Assistants.AssistantCreateParams = { instructions: 'i', model: 'm', name: 'n' };
  const flat: Telnyx.AssistantCreateParams = params;
  const assistant: Telnyx.AI.Assistants.InferenceEmbedding = await client.ai.assistants.create(flat);
  const list: Telnyx.AI.Assistants.AssistantsList = await client.ai.assistants.list();
  const resource: Telnyx.AI.Assistants = client.ai.assistants;
  const event: Telnyx.UnwrapWebhookEvent = await client.webhooks.unwrap('{}', { headers: {}, key: 'k' });
  const answered: Telnyx.Webhooks.CallAnswered | undefined = undefined;
  const error: typeof Telnyx.NotFoundError = Telnyx.NotFoundError;
  // Inline objects of params are interfaces of the params type's namespace, also through the flat name.
  const rubric: Telnyx.AI.Assistants.Tests.TestCreateParams.Rubric = { criteria: 'c', name: 'n' };
  const amd: Telnyx.CallDialParams.AnsweringMachineDetectionConfig = {};
  const same: Telnyx.Calls.CallDialParams.AnsweringMachineDetectionConfig = amd;
  void [assistant, list, resource, event, answered, error, rubric, same];
}
`;

/**
 * The params types of TypeScript sources or declarations, and the qualified names of the interfaces and types
 * in their namespaces (`TestCreateParams.Rubric`, `CallDialParams.ConferenceConfig.Foo`).
 */
function nestedParamsTypes(texts: string[]): { params: Set<string>; nested: Set<string> } {
  const params = new Set<string>();
  const nested = new Set<string>();
  for (const text of texts) {
    const open: { indent: number; name: string }[] = [];
    for (const line of text.split('\n')) {
      const declared = /^export (?:interface|type) (\w+Params)\b/.exec(line);
      if (declared) params.add(declared[1]!);
      const namespace = /^(\s*)(?:export )?(?:declare )?namespace (\w+) \{/.exec(line);
      if (namespace && (open.length > 0 || namespace[2]!.endsWith('Params'))) {
        open.push({ indent: namespace[1]!.length, name: namespace[2]! });
        continue;
      }
      const member = /^\s*(?:export )?(?:interface|type) (\w+)/.exec(line);
      if (member && open.length > 0) nested.add([...open.map((n) => n.name), member[1]].join('.'));
      const close = /^(\s*)\}/.exec(line);
      if (close && open.at(-1)?.indent === close[1]!.length) open.pop();
    }
  }
  return { params, nested };
}

describe.skipIf(!hasShared)(`the Telnyx client${sharedSkipReason}`, () => {
  let project: Project;
  let client: GeneratedClient;
  let examples: SkillCodeBlock[];
  let exampleFiles: string[];
  let byFile: Map<string, string[]>;
  let typeNames: string;

  beforeAll(async () => {
    project = await telnyxProject();
    client = generateInto(project, 'telnyx');
    const v2 = (await telnyxSkillExamples('javascript')).blocks.filter((b) => b.style === 'v2');
    examples = v2.filter((b) => b.operation);
    const setup = v2.find((b) => !b.operation)!.code;
    const { name, packageName } = project.config.client;
    const dir = path.join(client.root, 'examples');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
    exampleFiles = examples.map((example, i) => {
      const file = path.join(dir, `example-${String(i).padStart(4, '0')}.ts`);
      writeFileSync(file, `${setup}\n\nexport async function example() {\n${example.code.replace(/^/gm, '  ')}\n}\n`);
      return file;
    });
    const readme = readmeModules(client.files.get('README.md')!, name, packageName, path.join(client.root, 'readme'));
    typeNames = path.join(dir, 'type-names.ts');
    writeFileSync(typeNames, OFFICIAL_TYPE_NAMES);
    const options = resolvingPackage(client, packageName, client.root);
    byFile = new Map();
    for (const line of typeCheck([...client.sources, ...readme, typeNames, ...exampleFiles], options, '/')) {
      const file = `/${line.slice(0, line.indexOf(':'))}`;
      byFile.set(file, [...(byFile.get(file) ?? []), line]);
    }
  }, 300_000);

  afterAll(removeTempDirs);

  it('type-checks under --strict, README included', () => {
    const outside = [...byFile].filter(([file]) => !exampleFiles.includes(file) && file !== typeNames).flatMap(([, lines]) => lines);
    expect(outside.slice(0, 20)).toEqual([]);
  });

  it('exports types under the names the official SDK gives them, nested and flat', () => {
    expect(byFile.get(typeNames) ?? []).toEqual([]);
  });

  it('compiles every v2 JavaScript example of the docs (836 of 836)', () => {
    const failing = examples.filter((_, i) => byFile.has(exampleFiles[i]!));
    console.log(`JavaScript v2 examples compiling against the generated client: ${examples.length - failing.length} of ${examples.length}`);
    expect(examples.length).toBeGreaterThanOrEqual(836);
    expect(failing.map((e) => `${e.file} ${e.operation}: ${byFile.get(exampleFiles[examples.indexOf(e)]!)![0]}`).slice(0, 10)).toEqual([]);
  });

  it("shows each method's v2 JavaScript docs example as its JSDoc @example (836 of 836)", () => {
    const ours = jsdocExamples(client.files);
    // Every method has one, in the docs or not.
    expect(ours.size).toBe(project.ir.operations.length);
    // The docs' code as a comment holds it: a `*/` inside a string literal is written `*\/`, the same string.
    const differing = examples.filter((e) => ours.get(e.operation!) !== e.code.replaceAll('*/', '*\\/'));
    console.log(`JSDoc @examples identical to the v2 JavaScript docs: ${examples.length - differing.length} of ${examples.length}`);
    expect(examples.length).toBeGreaterThanOrEqual(836);
    expect(differing.map((e) => `${e.file} ${e.operation}:\n${ours.get(e.operation!)}\n--- docs:\n${e.code}`).slice(0, 3)).toEqual([]);
  });

  it('names the interfaces nested in params types as the official SDK does', () => {
    const official = nestedParamsTypes(
      readdirSync(path.join(repoRoot, 'node_modules/telnyx/resources'), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.d.ts'))
        .map((f) => readFileSync(path.join(repoRoot, 'node_modules/telnyx/resources', f), 'utf8')),
    );
    const ours = nestedParamsTypes([...client.files].filter(([f]) => f.startsWith('src/resources/')).map(([, text]) => text));
    // Compared within the params types both SDKs have (api.md gives most of their names).
    const shown = [...official.nested].filter((name) => ours.params.has(name.split('.')[0]!));
    const same = shown.filter((name) => ours.nested.has(name));
    const extra = [...ours.nested].filter((name) => official.params.has(name.split('.')[0]!) && !official.nested.has(name));
    console.log(`nested params types named as in the official SDK: ${same.length} of ${shown.length}; others: ${extra.length}`);
    // The rest are schemas the spec names (the official SDK copies them into the namespace) and union members
    // without a title.
    expect(same.length).toBeGreaterThanOrEqual(300);
    expect(extra.length).toBeLessThanOrEqual(2);
  });

  it('lists every operation in api.md, most lines exactly as the official SDK does', () => {
    const ours = client.files.get('api.md')!.split('\n').filter((l) => l.startsWith('- <code title='));
    // Every operation, and one twice: the api.md names it under two methods (the second an alias), as ours does.
    expect(new Set(ours.map((l) => /title="([^"]+)"/.exec(l)![1])).size).toBe(project.ir.operations.length);
    expect(ours).toHaveLength(project.ir.operations.length + 1);
    const official = new Set(readFileSync(shared('reference/stainless/telnyx-node.api.md'), 'utf8').split('\n'));
    const same = ours.filter((line) => official.has(line)).length;
    console.log(`api.md method lines identical to the official SDK's: ${same} of ${ours.length}`);
    // The rest differ in the name of the positional argument ({id} → messagingProfileID) or where the spec and
    // the official SDK disagree (a cursor page, a CSV download typed as bytes).
    expect(same).toBeGreaterThanOrEqual(850);
  });

  it('writes an api.md that reads back as the same resource tree', () => {
    const imported = importApiMd(client.files.get('api.md')!);
    const lines: string[] = [];
    const walk = (resources: typeof imported.resources, prefix: string[]) => {
      for (const [name, resource] of Object.entries(resources)) {
        for (const [method, entry] of Object.entries(resource.methods ?? {})) {
          lines.push(`${[...prefix, name, method].join('.')} ${typeof entry === 'string' ? entry : entry.endpoint}`);
        }
        walk(resource.subresources ?? {}, [...prefix, name]);
      }
    };
    walk(imported.resources, []);
    const tree: string[] = [];
    const visit = (resources: Project['ir']['resources']) => {
      for (const r of resources) {
        for (const m of r.methods) tree.push(`${[...r.path, m.name].join('.')} ${m.operation}`);
        visit(r.subresources);
      }
    };
    visit(project.ir.resources);
    expect(lines.sort()).toEqual(tree.sort());
  });

  it('is the same for the same input', () => {
    const again = generateTypescript(project).files;
    expect([...again.keys()]).toEqual([...client.files.keys()]);
    const changed = [...again].filter(([file, text]) => client.files.get(file) !== text).map(([file]) => file);
    expect(changed).toEqual([]);
  });
});
