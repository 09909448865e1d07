// Curated examples read back as intent (call, arguments, values), the base of printing them in the SDK's conventions.
import { describe, expect, it } from 'vitest';
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
