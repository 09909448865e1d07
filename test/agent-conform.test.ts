// Curated examples read back as intent (call, arguments, values), the base of printing them in the SDK's conventions.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateAgentSkills } from '../generator/emit/skills/agent/index.js';
import { productsFromTags } from '../generator/emit/skills/products.js';
import { loadTargets } from '../generator/emit/snippets/index.js';
import { configFromSpec } from '../generator/generate.js';
import { loadProject, sdkInfo } from '../generator/pipeline.js';
import { repoRoot } from './support/shared.js';
import { nodeHeaders } from '../generator/emit/skills/agent/conform.js';
import { readCall } from '../generator/emit/skills/agent/intent.js';
import { parseLiteral, UNREADABLE } from '../generator/emit/skills/agent/literals.js';

const args = (code: string, language: Parameters<typeof readCall>[1]) => readCall(code, language)?.args.map((a) => [a.name, a.text]);

describe('readCall: the first SDK call of a curated example', () => {
  it('reads named arguments per language, with where each one is', () => {
    expect(args('response = client.messages.send(\n    to="+1",\n    from_="+2",\n)\nprint(response.data)', 'python')).toEqual([['to', '"+1"'], ['from_', '"+2"']]);
    expect(args('response = client.messages.send_(to: "+1", from: "+2")', 'ruby')).toEqual([['to', '"+1"'], ['from', '"+2"']]);
    expect(args("const r = await client.messages.schedule({ to: '+1', sendAt: '2025-07-01T15:00:00Z' });", 'javascript')).toEqual([['to', "'+1'"], ['sendAt', "'2025-07-01T15:00:00Z'"]]);
    const go = '\tr, err := client.Messages.Send(context.Background(), telnyx.MessageSendParams{\n\t\tTo: "+1",\n\t\tTo2: []string{"a", "b"},\n\t})';
    expect(readCall(go, 'go')?.call).toBe('client.Messages.Send/telnyx.MessageSendParams');
    expect(args(go, 'go')).toEqual([['To', '"+1"'], ['To2', '[]string{"a", "b"}']]);
    const java = 'import x.Y;\n\nP params = P.builder()\n    .to("+1")\n\n    .addTo("+2")\n    .build();\nR r = client.messages().send(params);';
    const read = readCall(java, 'java')!;
    expect(read.args.map((a) => [a.name, a.text])).toEqual([['to', '"+1"'], ['addTo', '"+2"']]);
    expect(java.slice(read.args[0]!.at.start, read.args[0]!.at.end)).toBe('.to("+1")');
    expect(java.slice(read.span.start, read.span.end)).toBe('P params = P.builder()\n    .to("+1")\n\n    .addTo("+2")\n    .build();');
  });

  it('marks a missing separator: two arguments on two lines of one piece', () => {
    const ruby = 'response = client.messages.send_number_pool(\n  messaging_profile_id: "abc",\n  to: "+1"\n    text: "Hi",\n)';
    const read = readCall(ruby, 'ruby')!;
    expect(read.wellFormed).toBe(false);
    expect(read.args.map((a) => a.name)).toEqual(['messaging_profile_id', 'to', 'text']);
    expect(readCall('response = client.messages.send_(to: "+1", text: "Hi")', 'ruby')!.wellFormed).toBe(true);
  });

  it('finds no call where there is none', () => {
    expect(readCall('puts "hello"', 'ruby')).toBeUndefined();
    expect(readCall('System.out.println("x");', 'java')).toBeUndefined();
  });
});

describe('parseLiteral: argument values as JSON', () => {
  it('reads strings, numbers, lists, maps, Go and Java literals, and value wrappers', () => {
    expect(parseLiteral("'it\\'s'")).toBe("it's");
    expect(parseLiteral('"a\\"b"')).toBe('a"b');
    expect(parseLiteral('42')).toBe(42);
    expect(parseLiteral('True')).toBe(true);
    expect(parseLiteral('nil')).toBeNull();
    expect(parseLiteral('["a", "b",]')).toEqual(['a', 'b']);
    expect(parseLiteral('[]string{"a", "b"}')).toEqual(['a', 'b']);
    expect(parseLiteral('{"k": 1, n: "x"}')).toEqual({ k: 1, n: 'x' });
    expect(parseLiteral('{"k" => 1}')).toEqual({ k: 1 });
    expect(parseLiteral('telnyx.MessageParamsInner{Name: telnyx.String("x")}')).toEqual({ Name: 'x' });
    expect(parseLiteral('Inner.builder().name("x").addTag("a").addTag("b").build()')).toEqual({ name: 'x', tag: ['a', 'b'] });
    expect(parseLiteral('OffsetDateTime.parse("2025-07-01T15:00:00Z")')).toBe('2025-07-01T15:00:00Z');
    expect(parseLiteral('List.of("a", "b")')).toEqual(['a', 'b']);
  });

  it('gives up on what it cannot read rather than guessing', () => {
    expect(parseLiteral('someVariable')).toBe(UNREADABLE);
    expect(parseLiteral('f(a, b)')).toBe(UNREADABLE);
    expect(parseLiteral('"unterminated')).toBe(UNREADABLE);
    expect(parseLiteral('[1, x]')).toBe(UNREADABLE);
  });
});

describe('nodeHeaders: the Node SDK reads a header with Headers.get()', () => {
  it('rewrites an index into error headers, and a delay taken from it is a Number', () => {
    expect(nodeHeaders("const retryAfter = err.headers?.['retry-after'] || 1;")).toBe("const retryAfter = Number(err.headers?.get('retry-after') ?? 1);");
    expect(nodeHeaders("const id = headers.get('x');")).toBe("const id = headers.get('x');");
  });
});

describe('curated examples in the SDK conventions (demo spec: POST /projects/{project_id}/tasks)', () => {
  const curated: Record<string, string> = {
    // Right as written (an ISO string is what the Python SDK takes for a date-time): kept byte for byte.
    python: 'task = client.projects.tasks.create(\n    project_id="prj_1",\n    title="Ship it",\n    due_at="2025-07-01T15:00:00Z",\n)\nprint(task.id)',
    // An optional field written bare: the SDK wants its param.Opt helper.
    go: '\ttask, err := client.Projects.Tasks.New(context.Background(), "prj_1", openapi.ProjectTaskNewParams{\n\t\tTitle: "Ship it",\n\t\tAssigneeID: "550e8400-e29b-41d4-a716-446655440000",\n\t})\n\tif err != nil {\n\t\tlog.Fatal(err)\n\t}',
    // camelCase where the Node SDK takes the wire name.
    javascript: "const task = await client.projects.tasks.create('prj_1', { title: 'Ship it', assigneeId: '550e8400-e29b-41d4-a716-446655440000' });\nconsole.log(task.id);",
    // A missing comma.
    ruby: 'task = client.projects.tasks.create(\n  "prj_1",\n  title: "Ship it"\n  assignee_id: "550e8400-e29b-41d4-a716-446655440000"\n)\n\nputs(task)',
    // A String where the builder takes an OffsetDateTime.
    java: 'import com.openapi.api.models.projects.tasks.TaskCreateParams;\nimport com.openapi.api.models.projects.tasks.TaskCreateResponse;\n\nTaskCreateParams params = TaskCreateParams.builder()\n    .projectId("prj_1")\n\n    .title("Ship it")\n    .dueAt("2025-07-01T15:00:00Z")\n    .build();\nTaskCreateResponse task = client.projects().tasks().create(params);',
  };
  let files: Map<string, string>;
  const code = (language: string) => {
    const text = files.get(`skills/orbit-tasks-${language}/SKILL.md`)!;
    return /### Create a task[\s\S]*?^```\w+\n([\s\S]*?)\n^```$/m.exec(text)![1]!;
  };

  beforeAll(async () => {
    const config = configFromSpec(path.join(repoRoot, 'specs/demo/openapi.yml'), '/nonexistent');
    const project = await loadProject(config);
    ({ files } = await generateAgentSkills(project.ir, project.lookup, {
      targets: await loadTargets(['python', 'go', 'javascript', 'ruby', 'java']),
      products: productsFromTags(project.ir),
      curation: {
        format: 'sdkgen-curation/1',
        products: { tasks: { coreTasks: [{ operation: 'POST /projects/{project_id}/tasks', title: 'Create a task' }], examples: { 'POST /projects/{project_id}/tasks': curated } } },
      },
      sdk: { ...sdkInfo(config), name: 'Orbit', packageName: 'orbit' },
      branding: { brand: 'Orbit', namePrefix: 'orbit', author: 'orbit' },
      webhookHeaders: { timestamp: 'webhook-timestamp', signature: 'webhook-signature' },
      root: '',
    }));
  }, 60_000);

  it('keeps an example that passes its values as the target does', () => {
    expect(code('python')).toBe(curated.python);
  });

  it('replaces only the arguments the SDK takes otherwise, in place (order, layout and the rest kept)', () => {
    expect(code('go')).toBe(curated.go!.replace('AssigneeID: "550e', 'AssigneeID: openapi.String("550e').replace('440000",\n\t})', '440000"),\n\t})'));
    expect(code('javascript')).toBe(curated.javascript!.replace('assigneeId:', 'assignee_id:'));
    expect(code('java')).toBe(
      curated.java!.replace('.dueAt("2025-07-01T15:00:00Z")', '.dueAt(OffsetDateTime.parse("2025-07-01T15:00:00Z"))').replace('TaskCreateResponse;\n', 'TaskCreateResponse;\nimport java.time.OffsetDateTime;\n'),
    );
  });

  it('prints the target\'s statement for a call it cannot read one argument at a time (a missing comma)', () => {
    expect(code('ruby')).toMatch(/^task = client\.projects\.tasks\.create\("prj_1", (assignee_id: "550e8400-e29b-41d4-a716-446655440000", title: "Ship it"|title: "Ship it", assignee_id: "550e8400-e29b-41d4-a716-446655440000")\)\n\nputs\(task\)$/);
  });
});
