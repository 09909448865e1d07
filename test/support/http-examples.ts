// Runs the raw-HTTP examples of a spec against a server (a Prism mock in the tests), one process per language:
// one Python script, one Ruby script, one Node module, one Go program, one Java source file, one bash script
// for curl. Each example runs as its docs show it (the target's Setup with the server's base URL, then the
// example); a runner around them records, per example, whether it finished (the examples fail on a non-2xx).
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { indexMethods } from '../../generator/emit/skills/document.js';
import type { HttpSnippetParts, HttpSnippetTarget } from '../../generator/emit/snippets/http/common.js';
import { loadTarget } from '../../generator/emit/snippets/index.js';
import type { SdkInfo, SnippetLanguage, SnippetTarget } from '../../generator/emit/snippets/target.js';
import { baseUrlFromServers } from '../../generator/examples/http-request.js';
import type { Project } from '../../generator/pipeline.js';
import { snippetInput } from './skill-examples.js';

const run = promisify(execFile);

export const HTTP_LANGUAGES = ['python', 'javascript', 'go', 'ruby', 'java', 'curl'] as const satisfies readonly SnippetLanguage[];
export type HttpLanguage = (typeof HTTP_LANGUAGES)[number];

export const TEST_API_KEY = 'test-user:test-secret';

export interface HttpCase {
  /** "get /pets/{petId}" */
  operation: string;
  /** The example as the v2 docs show it (v1 for curl, whose target has one shape). */
  code: string;
  parts?: HttpSnippetParts;
}

export interface CaseResult {
  operation: string;
  ok: boolean;
  /** The error the example raised (first 300 characters), empty when it finished. */
  detail: string;
}

/** Every operation's example in `language`, with the SDK info pointing the examples at `baseUrl`. */
export async function httpCases(project: Project, language: HttpLanguage, sdk: SdkInfo): Promise<{ target: SnippetTarget; cases: HttpCase[] }> {
  const target = await loadTarget(language, 'http');
  const methods = indexMethods(project.ir);
  const cases: HttpCase[] = [];
  for (const operation of project.ir.operations) {
    const named = methods.get(operation.key);
    if (!named) continue;
    const input = snippetInput(project, operation, named, sdk, 'v2');
    const httpTarget = target as Partial<HttpSnippetTarget>;
    const c: HttpCase = { operation: operation.key, code: target.example(input) };
    if (httpTarget.parts) c.parts = httpTarget.parts(input);
    cases.push(c);
  }
  return { target, cases };
}

const MARK = '@@sdkgen-case';

/** Runs every case of one language in one process in `dir`; `baseUrl` is the server the examples call. */
export async function runHttpCases(
  language: HttpLanguage,
  target: SnippetTarget,
  cases: HttpCase[],
  sdk: SdkInfo,
  project: Project,
  dir: string,
): Promise<CaseResult[]> {
  mkdirSync(path.join(dir, 'path/to'), { recursive: true });
  writeFileSync(path.join(dir, 'path/to/file'), 'sdkgen test file\n');
  const env = { ...process.env, [sdk.apiKeyEnv]: TEST_API_KEY };
  const setup = target.setup(sdk);
  let stdout: string;
  const exec = async (cmd: string, args: string[]) => {
    try {
      return (await run(cmd, args, { cwd: dir, env, maxBuffer: 256 * 1024 * 1024, timeout: 600_000 })).stdout;
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string; message: string };
      if (e.stdout?.includes(MARK)) return e.stdout;
      throw new Error(`${language} runner failed: ${e.message}\n${(e.stderr ?? '').slice(0, 3000)}`);
    }
  };
  switch (language) {
    case 'python':
      writeFileSync(path.join(dir, 'cases.json'), JSON.stringify(cases.map((c) => joinParts(c.parts!))));
      writeFileSync(path.join(dir, 'run.py'), pythonRunner(setup));
      stdout = await exec('python3', ['run.py']);
      break;
    case 'ruby':
      writeFileSync(path.join(dir, 'cases.json'), JSON.stringify(cases.map((c) => joinParts(c.parts!))));
      writeFileSync(path.join(dir, 'run.rb'), rubyRunner(setup));
      stdout = await exec('ruby', ['run.rb']);
      break;
    case 'javascript':
      writeFileSync(path.join(dir, 'cases.json'), JSON.stringify(cases.map((c) => c.parts!.body)));
      writeFileSync(path.join(dir, 'run.mjs'), javascriptRunner(setup));
      stdout = await exec(process.execPath, ['run.mjs']);
      break;
    case 'go':
      writeFileSync(path.join(dir, 'main.go'), goProgram(setup, cases));
      stdout = await exec('go', ['run', 'main.go']);
      break;
    case 'java':
      writeFileSync(path.join(dir, 'Main.java'), javaProgram(setup, cases));
      stdout = await exec('java', ['-Xss4m', 'Main.java']);
      break;
    case 'curl': {
      // The docs' placeholders: the spec's server (the operation's own, if any) and the file to upload (curl's is
      // absolute, /path/to/file).
      const serverOf = (key: string) => baseUrlFromServers(project.ir, project.ir.operations.find((o) => o.key === key));
      const commands = cases.map((c) => c.code.split(serverOf(c.operation)).join(sdk.baseUrl!).split('@/path/to/file').join('@path/to/file'));
      writeFileSync(path.join(dir, 'run.sh'), curlScript(commands));
      stdout = await exec('bash', ['run.sh']);
      break;
    }
  }
  const results = new Map<number, CaseResult>();
  for (const line of stdout.split('\n')) {
    const match = new RegExp(`^${MARK} (\\d+) (OK|FAIL) ?(.*)$`).exec(line);
    if (match) results.set(Number(match[1]), { operation: cases[Number(match[1])]!.operation, ok: match[2] === 'OK', detail: match[3] ?? '' });
  }
  return cases.map((c, i) => results.get(i) ?? { operation: c.operation, ok: false, detail: 'no result (the runner stopped before it)' });
}

function joinParts(parts: HttpSnippetParts): string {
  return parts.imports.length ? `${parts.imports.join('\n')}\n${parts.body}` : parts.body;
}

function pythonRunner(setup: string): string {
  return `import contextlib, io, json
SETUP = ${JSON.stringify(setup)}
cases = json.load(open("cases.json"))
for i, code in enumerate(cases):
    scope = {}
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            exec(SETUP + "\\n" + code, scope)
        print("${MARK}", i, "OK", flush=True)
    except BaseException as e:
        detail = repr(e)
        if hasattr(e, "read"):
            detail += " " + e.read()[:200].decode("utf-8", "replace")
        print("${MARK}", i, "FAIL", detail.replace("\\n", " ")[:1200], flush=True)
`;
}

function rubyRunner(setup: string): string {
  return `require "json"
require "stringio"
eval(${JSON.stringify(setup)}, TOPLEVEL_BINDING)
def fresh_binding = binding
JSON.parse(File.read("cases.json")).each_with_index do |code, i|
  out = $stdout
  begin
    $stdout = StringIO.new
    eval(code, fresh_binding)
    $stdout = out
    puts "${MARK} #{i} OK"
  rescue Exception => e
    $stdout = out
    detail = e.inspect
    detail += " " + e.response.body.to_s[0, 200] if e.respond_to?(:response) && e.response
    puts "${MARK} #{i} FAIL #{detail.gsub("\\n", " ")[0, 300]}"
  end
end
`;
}

function javascriptRunner(setup: string): string {
  return `import fs from 'node:fs';
const AsyncFunction = (async () => {}).constructor;
const cases = JSON.parse(fs.readFileSync('cases.json', 'utf8'));
const quiet = { log() {} };
for (const [i, body] of cases.entries()) {
  try {
    await new AsyncFunction('fs', 'console', ${JSON.stringify(setup)} + '\\n' + body)(fs, quiet);
    console.log('${MARK}', i, 'OK');
  } catch (e) {
    console.log('${MARK}', i, 'FAIL', String(e?.stack ?? e).replace(/\\n/g, ' ').slice(0, 1200));
  }
}
`;
}

/** One Go program: the Setup's imports and declarations, each example's main body as a function of its own. */
function goProgram(setup: string, cases: HttpCase[]): string {
  const declarations = setup.slice(setup.indexOf(')\n') + 2).trim();
  const imports = new Set(['fmt', 'net/http', 'os', ...cases.flatMap((c) => c.parts!.imports)]);
  const functions = cases.map(
    (c, i) => `func case${i}() (failure error) {\n\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\tfailure = fmt.Errorf("%v", r)\n\t\t}\n\t}()\n${c.parts!.body}\n\treturn nil\n}`,
  );
  const calls = cases.map((_, i) => `\treport(${i}, case${i})`);
  return `package main

import (
${[...imports].sort().map((p) => `\t"${p}"`).join('\n')}
)

${declarations}

var _ = http.MethodGet

func report(i int, run func() error) {
\tstdout := os.Stdout
\tos.Stdout, _ = os.Open(os.DevNull)
\terr := run()
\tos.Stdout = stdout
\tif err != nil {
\t\tfmt.Printf("${MARK} %d FAIL %.300s\\n", i, err.Error())
\t} else {
\t\tfmt.Printf("${MARK} %d OK\\n", i)
\t}
}

${functions.join('\n\n')}

func main() {
${calls.join('\n')}
}
`;
}

/** One Java source file: the Setup's statements as static fields, each example a static method. */
function javaProgram(setup: string, cases: HttpCase[]): string {
  const lines = setup.split('\n');
  const imports = new Set([...lines.filter((l) => l.startsWith('import ')), ...cases.flatMap((c) => c.parts!.imports.map((i) => `import ${i};`))]);
  const fields = lines.filter((l) => l && !l.startsWith('import ')).map((l) => `    static ${l}`);
  const methods = cases.map((c, i) => `    static void case${i}() throws Exception {\n${c.parts!.body.split('\n').map((l) => `        ${l}`).join('\n')}\n    }`);
  const calls = cases.map((_, i) => `        report(${i}, Main::case${i});`);
  return `${[...imports].sort().join('\n')}

public class Main {
    interface Case { void run() throws Exception; }

${fields.join('\n')}

    static void report(int i, Case c) {
        java.io.PrintStream out = System.out;
        System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        try {
            c.run();
            System.setOut(out);
            System.out.println("${MARK} " + i + " OK");
        } catch (Throwable e) {
            System.setOut(out);
            String detail = String.valueOf(e).replace('\\n', ' ');
            System.out.println("${MARK} " + i + " FAIL " + detail.substring(0, Math.min(300, detail.length())));
        }
    }

${methods.join('\n\n')}

    public static void main(String[] args) {
${calls.join('\n')}
    }
}
`;
}

/** One bash script: curl wrapped to print the status; a case passes on a 2xx. */
function curlScript(commands: string[]): string {
  const parts = commands.map(
    (command, i) => `status=$(${command.trim()})\nif [[ "$status" == 2* ]]; then echo "${MARK} ${i} OK"; else echo "${MARK} ${i} FAIL HTTP $status"; fi`,
  );
  return `curl() { command curl -sS -o /dev/null -w '%{http_code}' "$@"; }\n\n${parts.join('\n\n')}\n`;
}
