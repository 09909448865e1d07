// The agent profile without curation: documented defaults, and every SKILL.md under 500 lines on every spec.
// Local runs check the demo, petstore and Telnyx 07-16 in two languages; SDKGEN_AGENT_SPECS=all (set by .ci/run)
// checks every spec of ../shared in all six languages.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateAgentSkills, defaultDescription, MAX_SKILL_LINES } from '../generator/emit/skills/agent/index.js';
import { skillName } from '../generator/emit/skills/agent/model.js';
import { treeProblems } from '../generator/emit/skills/conformance.js';
import { productsFromTags } from '../generator/emit/skills/products.js';
import { loadTargets } from '../generator/emit/snippets/index.js';
import type { SnippetLanguage } from '../generator/emit/snippets/target.js';
import { configFromSpec } from '../generator/generate.js';
import { loadProject, sdkInfo } from '../generator/pipeline.js';
import { hasShared, repoRoot, shared, sharedSkipReason } from './support/shared.js';

const ALL = process.env.SDKGEN_AGENT_SPECS === 'all';
const LANGUAGES: SnippetLanguage[] = ALL ? ['python', 'javascript', 'go', 'ruby', 'java', 'curl'] : ['javascript', 'curl'];

async function agentFiles(spec: string, languages: SnippetLanguage[] = LANGUAGES): Promise<{ files: Map<string, string>; warnings: string[] }> {
  const config = configFromSpec(spec, '/nonexistent');
  const project = await loadProject(config);
  const brand = project.ir.api.title.replace(/[^A-Za-z0-9]+/g, ' ').trim().split(' ')[0] || 'Api';
  const prefix = brand.toLowerCase();
  return generateAgentSkills(project.ir, project.lookup, {
    targets: await loadTargets(languages),
    products: productsFromTags(project.ir),
    sdk: { ...sdkInfo(config), name: brand, packageName: prefix },
    branding: { brand, namePrefix: prefix, author: prefix },
    webhookHeaders: { timestamp: 'webhook-timestamp', signature: 'webhook-signature' },
    root: '',
  });
}

const lines = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

describe('agent profile without curation: defaults (demo)', () => {
  let files: Map<string, string>;
  const skill = (name: string) => files.get(`skills/${name}/SKILL.md`)!;

  it('writes SKILL.md and references/api-details.md per product and language, conforming', async () => {
    ({ files } = await agentFiles(path.join(repoRoot, 'specs/demo/openapi.yml'), ['python', 'javascript', 'curl']));
    expect([...files.keys()].filter((f) => f.endsWith('/SKILL.md')).length).toBe(15);
    expect([...files.keys()].filter((f) => f.endsWith('/references/api-details.md')).length).toBe(15);
    expect(treeProblems(files)).toEqual([]);
  });

  it('core tasks are the product\'s create, list and retrieve; the other operations are indexed', () => {
    const text = skill('orbit-tasks-python');
    const core = text.slice(text.indexOf('\n## Core Tasks\n'), text.indexOf('\n## Additional Operations\n'));
    expect([...core.matchAll(/^### (.+)$/gm)].map((m) => m[1])).toEqual(['Create a task', 'List tasks', 'Retrieve a task', 'Webhook Verification']);
    const index = text.slice(text.indexOf('\n## Additional Operations\n'));
    expect(index).toContain('| Update a task | `client.tasks.update()` | `PATCH /tasks/{task_id}` | Modify an existing resource without recreating it. | `task_id` |');
    expect(index).toContain('| Delete a task | `client.tasks.delete()` | `DELETE /tasks/{task_id}` | Remove, detach, or clean up an existing resource. | `task_id` |');
  });

  it('JavaScript tables spell parameters as the Node SDK does (snake_case wire names)', () => {
    expect(skill('orbit-tasks-javascript')).toContain('| `project_id` | string (UUID) | Yes |');
    expect(skill('orbit-tasks-javascript')).not.toMatch(/\| `projectId` \|/);
  });

  it('curl shows endpoints only, "HTTP only" in the index', () => {
    const text = skill('orbit-tasks-curl');
    expect(text).toMatch(/^`POST \/projects\/\{project_id\}\/tasks`$/m);
    expect(text).toContain('| Update a task | HTTP only |');
  });

  it('descriptions start with "Use when" and fit client listings (≤ 250 characters)', () => {
    for (const [file, text] of files) {
      if (!file.endsWith('/SKILL.md')) continue;
      const description = /description: >-\n((?: {2}.+\n)+)/.exec(text)![1]!.split('\n').map((l) => l.trim()).join(' ').trim();
      expect(description, file).toMatch(/^Use when calling the Orbit \w+ API from (Python|JavaScript|curl)\./);
      expect(description.length, file).toBeLessThanOrEqual(250);
    }
    const long = defaultDescription('Acme', 'Widgets', 'word '.repeat(100));
    expect(long.length).toBeLessThanOrEqual(250);
    expect(long).toMatch(/^Use when calling the Acme Widgets API from \{Lang\}\. word .*word\.\.\.$/);
  });

  it('skill names past 64 characters are cut at a hyphen with a hash of the product', () => {
    const long = skillName('twilio-api20100401', 'auth-calls-ip-access-control-list-mapping', 'javascript');
    expect(long.length).toBeLessThanOrEqual(64);
    expect(long).toMatch(/^twilio-api20100401-auth-calls-ip-[a-z-]*[0-9a-f]{6}-javascript$/);
    expect(skillName('twilio-api20100401', 'auth-calls-ip-access-control-list-other', 'javascript')).not.toBe(long);
  });
});

/** Every spec of ../shared with operations (the full run) or three of them (local default). */
function specs(): string[] {
  if (!ALL) return ['corpus/oai-examples/examples/v3.0/petstore.yaml', 'specs/telnyx/openapi-2026-07-16.yml'];
  const list = [
    'specs/telnyx/openapi-2026-02-06.yml',
    'specs/telnyx/openapi-2026-03-20.yml',
    'specs/telnyx/openapi-2026-03-24.yml',
    'specs/telnyx/openapi-2026-07-16.yml',
    'corpus/stripe/spec3.yaml',
    'corpus/github/api.github.com.json',
    'corpus/slack/slack_web_openapi_v2.json',
    'corpus/twilio/twilio_api_v2010.yaml',
    'corpus/twilio/twilio_messaging_v1.yaml',
    'corpus/twilio/twilio_verify_v2.yaml',
    'corpus/digitalocean/specification/DigitalOcean-public.v2.yaml',
    'naming/knock/openapi.yml',
    'naming/llama-stack/openapi.yml',
    'naming/honcho/openapi.json',
    'naming/spotify/openapi.yml',
    'naming/hetzner/openapi.json',
    'naming/lobechat/openapi.yml',
    ...['petstore.yaml', 'petstore-expanded.yaml', 'api-with-examples.yaml', 'link-example.yaml', 'uspto.yaml', 'callback-example.yaml'].map(
      (f) => `corpus/oai-examples/examples/v3.0/${f}`,
    ),
  ];
  return list.filter((file) => existsSync(shared(file)));
}

describe.skipIf(!hasShared)(`agent profile without curation: SKILL.md ≤ ${MAX_SKILL_LINES} lines (${ALL ? 'every spec of ../shared, six languages' : 'petstore and Telnyx 07-16, two languages'})${sharedSkipReason}`, () => {
  for (const spec of specs()) {
    it(`${spec}: every SKILL.md within ${MAX_SKILL_LINES} lines, every document conforming`, async () => {
      const { files } = await agentFiles(shared(spec));
      const skills = [...files].filter(([file]) => file.endsWith('/SKILL.md'));
      expect(skills.length).toBeGreaterThan(0);
      const long = skills.filter(([, text]) => lines(text) > MAX_SKILL_LINES).map(([file, text]) => `${file}: ${lines(text)} lines`);
      expect(long).toEqual([]);
      expect(treeProblems(files)).toEqual([]);
    }, 300_000);
  }
});

it('the reference documents of the agent profile are themselves under the limit (what the budget copies)', () => {
  if (!hasShared) return;
  for (const language of LANGUAGES) expect(lines(readFileSync(shared(`reference/skills-agent/telnyx-messaging-${language}.SKILL.md`), 'utf8'))).toBeLessThan(MAX_SKILL_LINES);
});

describe.skipIf(!hasShared)(`agent profile examples: no UUID placeholder in an enum field${sharedSkipReason}`, () => {
  it('every string-enum field of every 03-24 example (placeholder values) holds one of its values', async () => {
    const { buildMethodExample } = await import('../generator/examples/method.js');
    const { resolveShape } = await import('../generator/ir/pagination.js');
    const config = configFromSpec(shared('specs/telnyx/openapi-2026-03-24.yml'), '/nonexistent');
    const project = await loadProject(config);
    const wrong: string[] = [];
    let checked = 0;
    type Field = { name: string; value: { kind: string; value?: unknown; fields?: Field[]; items?: unknown[] }; schema: import('../generator/ir/types.js').Schema };
    const visit = (key: string, field: Field) => {
      const shape = resolveShape(field.schema, project.lookup);
      if (shape?.kind === 'string' && shape.enum && field.value.kind === 'string') {
        checked++;
        if (!shape.enum.includes(field.value.value as string)) wrong.push(`${key}: ${field.name} = ${String(field.value.value)}`);
      }
      for (const child of field.value.fields ?? []) visit(key, child);
    };
    for (const operation of project.ir.operations) {
      const example = buildMethodExample(operation, project.lookup, undefined, { names: 'placeholder' });
      for (const field of [...example.pathParams, ...example.query, ...example.body] as unknown as Field[]) visit(operation.key, field);
    }
    expect(checked).toBeGreaterThan(20);
    expect(wrong).toEqual([]);
  }, 120_000);
});

describe.skipIf(!hasShared)(`agent profile without curation: no operation under another product by a tag accident${sharedSkipReason}`, () => {
  it('03-24: the stray operations join the product of their resource (POST /messages/whatsapp with messages)', async () => {
    const { regroupStrays } = await import('../generator/emit/skills/agent/regroup.js');
    const { indexMethods } = await import('../generator/emit/skills/document.js');
    const project = await loadProject(configFromSpec(shared('specs/telnyx/openapi-2026-03-24.yml'), '/nonexistent'));
    const before = productsFromTags(project.ir).products;
    const { products, moves } = regroupStrays(before, indexMethods(project.ir));
    expect(moves).toContain('POST /messages/whatsapp: whatsapp-messaging → messages');
    expect(moves).toContain('DELETE /messaging_hosted_numbers/{id}: hosted-numbers → messaging');
    expect(moves.length).toBeLessThanOrEqual(10);
    const all = (list: typeof before) => list.flatMap((p) => p.operations.map((o) => `${o.method} ${o.path}`)).sort();
    expect(all(products)).toEqual(all(before));
    expect(products.find((p) => p.slug === 'messages')!.operations.map((o) => o.path)).toContain('/messages/whatsapp');
  }, 120_000);
});
