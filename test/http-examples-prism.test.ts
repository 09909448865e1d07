// The raw-HTTP examples run: every operation's example, in every language with an HTTP client (Python urllib,
// JavaScript fetch, Go net/http, Ruby Net::HTTP, Java java.net.http, curl), calls a Prism mock of its spec and
// must get a 2xx. Default: the demo spec and the OpenAPI petstore. SDKGEN_HTTP_CORPUS=all (set by .ci/run) adds
// every ../shared/corpus spec Prism can serve. Each language runs its whole batch in one process.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFromSpec } from '../generator/generate.js';
import { loadProject, sdkInfo, type Project } from '../generator/pipeline.js';
import { HTTP_LANGUAGES, httpCases, runHttpCases, type CaseResult, type HttpLanguage } from './support/http-examples.js';
import { startPrism, type PrismServer } from './support/prism.js';
import { hasShared, repoRoot, shared, sharedSkipReason } from './support/shared.js';
import { findTool } from './support/tools.js';

const TOOLS: Record<HttpLanguage, () => boolean> = {
  python: () => findTool('python3', ['--version'], 'python3').available,
  javascript: () => true,
  go: () => findTool('go', ['version'], 'golang-1.23-go').available,
  ruby: () => findTool('ruby', ['--version'], 'ruby').available,
  java: () => findTool('java', ['-version'], 'openjdk-17-jdk-headless').available,
  curl: () => findTool('curl', ['--version'], 'curl').available,
};

/**
 * Examples known not to get a 2xx, with the cause (a defect of the spec, not of the examples): operation key →
 * cause, for every language.
 */
const KNOWN_FAILURES: Record<string, Record<string, string>> = {};

interface SpecCase {
  name: string;
  file: () => string;
}

const DEFAULT_SPECS: SpecCase[] = [
  { name: 'demo', file: () => path.join(repoRoot, 'specs/demo/openapi.yml') },
  ...(hasShared ? [{ name: 'petstore', file: () => shared('corpus/oai-examples/examples/v3.0/petstore.yaml') }] : []),
];

const CORPUS_SPECS: SpecCase[] = [
  'oai-examples/examples/v3.0/petstore-expanded.yaml',
  'oai-examples/examples/v3.0/uspto.yaml',
  'oai-examples/examples/v3.0/api-with-examples.yaml',
  'oai-examples/examples/v3.0/link-example.yaml',
  'oai-examples/examples/v3.0/callback-example.yaml',
  'oai-examples/examples/v3.1/webhook-example.yaml',
  'oai-examples/examples/v2.0/yaml/petstore.yaml',
  'oai-examples/examples/v2.0/yaml/petstore-expanded.yaml',
  'oai-examples/examples/v2.0/json/uber.json',
].map((file) => ({ name: file.split('/').slice(-1)[0]!.replace(/\.(ya?ml|json)$/, '') + (file.includes('v2.0') ? '-2.0' : ''), file: () => shared('corpus', file) }));

const SPECS = process.env.SDKGEN_HTTP_CORPUS === 'all' && hasShared ? [...DEFAULT_SPECS, ...CORPUS_SPECS] : DEFAULT_SPECS;

describe.each(SPECS)(`HTTP examples of $name against Prism${sharedSkipReason}`, ({ name, file }) => {
  let prism: PrismServer | undefined;
  let project: Project;
  let work: string;

  beforeAll(async () => {
    work = mkdtempSync(path.join(os.tmpdir(), `sdkgen-http-${name}-`));
    const [server, loaded] = await Promise.all([startPrism(file()), loadProject(configFromSpec(file(), path.join(work, 'out')))]);
    prism = server;
    project = loaded;
  }, 120_000);

  afterAll(async () => {
    await prism?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it.each(HTTP_LANGUAGES.filter((language) => TOOLS[language]()))('%s: every example gets a 2xx', async (language) => {
    const sdk = { ...sdkInfo(project.config), baseUrl: prism!.url };
    const { target, cases } = await httpCases(project, language, sdk);
    expect(cases.length).toBeGreaterThan(0);
    const results = await runHttpCases(language, target, cases, sdk, project, path.join(work, language));
    const failures = results.filter((r) => !r.ok && !KNOWN_FAILURES[name]?.[r.operation]);
    const passed = results.filter((r) => r.ok).length;
    console.log(`${name} ${language}: ${passed}/${results.length} examples got a 2xx`);
    expect(failures.map(describeFailure(cases)), `${name} ${language}`).toEqual([]);
  }, 600_000);
});

function describeFailure(cases: { operation: string; code: string }[]): (r: CaseResult) => string {
  return (r) => `${r.operation}: ${r.detail}\n${cases.find((c) => c.operation === r.operation)?.code ?? ''}`;
}
