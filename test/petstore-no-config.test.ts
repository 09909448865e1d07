// The first run of a new user: `sdkgen generate --spec petstore.yaml --out generated`, no config. The docs it
// writes may only call what exists: the TypeScript client written beside them (JavaScript) or the HTTP API
// (curl). Every example of those docs runs against a Prism mock of the petstore: the JavaScript ones import the
// generated package (transpiled, installed into a node_modules of their own), the curl ones run in bash.
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFromSpec, adoptTitle } from '../generator/generate.js';
import { loadProject, type Project } from '../generator/pipeline.js';
import { cleanTempDirs, listFiles, runCli, tempDir } from './support/cli.js';
import { runHttpCases, TEST_API_KEY } from './support/http-examples.js';
import { loadTarget } from '../generator/emit/snippets/index.js';
import { startPrism, type PrismServer } from './support/prism.js';
import { hasShared, shared, sharedSkipReason } from './support/shared.js';

const run = promisify(execFile);

interface Block {
  file: string;
  operation?: string;
  code: string;
}

/** The code blocks of one fence in every SKILL.md under `dir`: the Setup block first, then one per operation. */
function blocks(dir: string, fence: string): Block[] {
  const out: Block[] = [];
  for (const file of listFiles(dir).filter((f) => f.endsWith('/SKILL.md'))) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    let operation: string | undefined;
    for (const match of text.matchAll(new RegExp(`^\`(GET|POST|PUT|PATCH|DELETE) (\\S+)\`|^\`\`\`${fence}\\n([\\s\\S]*?)^\`\`\`$`, 'gm'))) {
      if (match[1]) operation = `${match[1].toLowerCase()} ${match[2]}`;
      else {
        out.push({ file, ...(operation ? { operation } : {}), code: match[3]! });
        operation = undefined;
      }
    }
  }
  return out;
}

describe.skipIf(!hasShared)(`the petstore without a config${sharedSkipReason}`, () => {
  const spec = () => shared('corpus/oai-examples/examples/v3.0/petstore.yaml');
  let out: string;
  let prism: PrismServer | undefined;
  let project: Project;

  beforeAll(async () => {
    out = path.join(tempDir('petstore'), 'generated');
    const [result, server] = await Promise.all([runCli(['generate', '--spec', spec(), '--out', out]), startPrism(spec())]);
    prism = server;
    expect(result.code, result.stderr).toBe(0);
    const config = configFromSpec(spec(), out);
    project = await loadProject(config);
    adoptTitle(config, project, true);
  }, 120_000);

  afterAll(async () => {
    await prism?.stop();
    cleanTempDirs();
  });

  it('writes the TypeScript client and docs for JavaScript (that client) and curl, nothing for SDKs that do not exist', () => {
    expect(readdirSync(out).sort()).toEqual(['skills', 'typescript']);
    const plugins = readdirSync(path.join(out, 'skills')).filter((f) => !f.startsWith('.'));
    expect(plugins.sort()).toEqual([`${project.config.client.packageName}-curl`, `${project.config.client.packageName}-javascript`]);
    const text = listFiles(path.join(out, 'skills')).filter((f) => f.endsWith('.md')).map((f) => readFileSync(path.join(out, 'skills', f), 'utf8')).join('\n');
    expect(text).not.toMatch(/pip install|go get|gem install|Maven|Gradle/);
    expect(text).toContain('npm install ../typescript');
  });

  it('every JavaScript example runs against Prism with the generated client', async () => {
    const work = tempDir('petstore-js');
    const pkg = JSON.parse(readFileSync(path.join(out, 'typescript/package.json'), 'utf8')) as { name: string };
    installTranspiled(path.join(out, 'typescript'), path.join(work, 'node_modules', pkg.name), pkg.name);
    const jsBlocks = blocks(path.join(out, 'skills'), 'javascript');
    const setup = jsBlocks.find((b) => !b.operation)!.code;
    const examples = jsBlocks.filter((b) => b.operation);
    expect(examples.length).toBe(project.ir.operations.length);
    examples.forEach((b, i) => writeFileSync(path.join(work, `example${i}.mjs`), `${setup}\n${b.code}`));
    writeFileSync(
      path.join(work, 'run.mjs'),
      `for (let i = 0; i < ${examples.length}; i++) {\n  try { await import('./example' + i + '.mjs'); console.log('@@', i, 'OK'); }\n  catch (e) { console.log('@@', i, 'FAIL', String(e).replace(/\\n/g, ' ')); }\n}\n`,
    );
    const env = { ...process.env, [project.config.client.apiKeyEnv]: TEST_API_KEY, [project.config.client.baseUrlEnv]: prism!.url };
    const { stdout } = await run(process.execPath, ['run.mjs'], { cwd: work, env });
    const results = [...stdout.matchAll(/^@@ (\d+) (OK|FAIL) ?(.*)$/gm)].map((m) => ({ operation: examples[Number(m[1])]!.operation, ok: m[2] === 'OK', detail: m[3] }));
    expect(results).toHaveLength(examples.length);
    expect(results.filter((r) => !r.ok)).toEqual([]);
  }, 120_000);

  it('every curl example gets a 2xx from Prism', async () => {
    const curl = blocks(path.join(out, 'skills'), 'bash').filter((b) => b.operation);
    expect(curl.length).toBe(project.ir.operations.length);
    const sdk = { name: '', apiKeyEnv: project.config.client.apiKeyEnv, packageName: '', goModule: '', javaPackage: '', javaRepository: '', baseUrl: prism!.url };
    const cases = curl.map((b) => ({ operation: b.operation!, code: b.code }));
    const results = await runHttpCases('curl', await loadTarget('curl', 'http'), cases, sdk, project, tempDir('petstore-curl'));
    expect(results.filter((r) => !r.ok)).toEqual([]);
  }, 120_000);
});

/** The generated package as an installed dependency: src/**\/*.ts transpiled to ESM .js, package.json pointing at it. */
function installTranspiled(source: string, target: string, name: string): void {
  const options: ts.CompilerOptions = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ES2022 };
  for (const file of listFiles(source).filter((f) => f.startsWith('src/') && f.endsWith('.ts'))) {
    const js = ts.transpileModule(readFileSync(path.join(source, file), 'utf8'), { compilerOptions: options, fileName: file }).outputText;
    mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
    writeFileSync(path.join(target, file.replace(/\.ts$/, '.js')), js);
  }
  writeFileSync(path.join(target, 'package.json'), JSON.stringify({ name, type: 'module', exports: { '.': './src/index.js', './*': './src/*.js' } }));
}
