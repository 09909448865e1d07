// End to end: the generated Telnyx TypeScript client against a Prism mock of the Telnyx spec.
// The client is generated in memory by the project's pipeline, transpiled with the TypeScript compiler
// (ts.transpileModule, ESM) into a temp dir and imported. Prism validates every request against the spec, so a
// 422 (or a 404 "no path matched") there means the client sent something the spec does not allow.
// For every operation of the products below: a call with only its required params resolves; then each error
// status the operation declares (400, 401, 403, 404, 409, 422, 429, 5xx), forced with `Prefer: code=NNN`, rejects
// with the client's error class for it. The few operations whose spec rules out any passing call are listed in
// SPEC_DEFECTS with the reason, and asserted to fail for that reason.
// SDKGEN_E2E_PRODUCTS=all (or a comma list of product slugs) widens the run; the default keeps it under a minute.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfigFile } from '../generator/config.js';
import { buildMethodExample } from '../generator/examples/method.js';
import { exampleJson } from '../generator/examples/values.js';
import { indexMethods } from '../generator/emit/skills/document.js';
import type { Method, Operation } from '../generator/ir/types.js';
import { createJavascriptNamer } from '../generator/naming/languages/javascript.js';
import { singularName } from '../generator/naming/words.js';
import { loadProject, type Project } from '../generator/pipeline.js';
import { startPrism, type PrismServer } from './support/prism.js';
import { hasShared, repoRoot, shared, sharedSkipReason } from './support/shared.js';
import { TELNYX_CONFIG } from './support/telnyx.js';

const SPEC = shared('specs/telnyx/openapi-2026-02-06.yml');
const PRODUCTS_FILE = shared('reference/telnyx-products.json');
const DEFAULT_PRODUCTS = ['ai-assistants', 'messaging', 'numbers'];

const EMITTER = path.join(repoRoot, 'generator/emit/typescript/index.ts');
const emitterReady = existsSync(EMITTER);
const skipReason = sharedSkipReason || (emitterReady ? '' : ' (skipped: generator/emit/typescript/index.ts not there yet)');

/**
 * Operations that no call with their required params can pass against Prism, because of the spec itself (not of
 * the example values or the client): each is asserted to fail for its documented reason, so an entry that goes
 * stale (the spec, Prism or the client changed) fails the run until it is removed.
 */
const SPEC_DEFECTS: Record<string, { reason: string; evidence: RegExp }> = {
  'get /detail_records': {
    reason:
      "the `filter` parameter is optional (required: false) while its schema requires `record_type` and its description " +
      'says "Required: filter[record_type] must be specified"; Prism validates the absent deepObject parameter as {} and rejects it',
    evidence: /filter must have required property 'record_type'/,
  },
  'get /documents/{id}/download': {
    reason:
      "the 200 response's media type is '*', which is no media range: Prism answers 406 to the client's Accept: " +
      "application/octet-stream (the official SDK's too); only Accept: */* gets the 200 (and 'Accept: *' crashes Prism)",
    evidence: /NOT_ACCEPTABLE/,
  },
};

/** Error statuses that have their own class in the client (5xx: InternalServerError). */
const ERROR_CLASSES: Record<number, string> = {
  400: 'BadRequestError',
  401: 'AuthenticationError',
  403: 'PermissionDeniedError',
  404: 'NotFoundError',
  409: 'ConflictError',
  422: 'UnprocessableEntityError',
  429: 'RateLimitError',
};
const errorClassName = (status: number) => (status >= 500 ? 'InternalServerError' : ERROR_CLASSES[status]);

interface ProductOperation {
  product: string;
  /** "post /messages": Operation.key. */
  key: string;
}

function productOperations(): ProductOperation[] {
  if (!hasShared) return [];
  const catalog = JSON.parse(readFileSync(PRODUCTS_FILE, 'utf8')) as {
    products: { slug: string; operations: { method: string; path: string }[] }[];
  };
  const wanted = process.env.SDKGEN_E2E_PRODUCTS?.split(',').filter(Boolean) ?? DEFAULT_PRODUCTS;
  const products = wanted.includes('all') ? catalog.products : catalog.products.filter((p) => wanted.includes(p.slug));
  const missing = wanted.filter((slug) => slug !== 'all' && !catalog.products.some((p) => p.slug === slug));
  if (missing.length) throw new Error(`unknown product slug(s) in SDKGEN_E2E_PRODUCTS: ${missing.join(', ')}`);
  return products.flatMap((p) => p.operations.map((o) => ({ product: p.slug, key: `${o.method.toLowerCase()} ${o.path}` })));
}

const OPERATIONS = productOperations();

// ---------------------------------------------------------------------------------------------------------------
// The client, generated and loaded.

type AnyFunction = (...args: unknown[]) => Promise<unknown>;
type ClientModule = Record<string, unknown> & { Telnyx: new (options: Record<string, unknown>) => Record<string, unknown> };

/** Generates the Telnyx package in memory, transpiles src/**\/*.ts to ESM .js in a temp dir and imports index.js. */
async function loadGeneratedClient(project: Project, dir: string): Promise<{ module: ClientModule; files: number; warnings: string[] }> {
  const { generateTypescript } = (await import('../generator/emit/typescript/index.js')) as typeof import('../generator/emit/typescript/index.js');
  const { files, warnings } = generateTypescript(project);
  const compilerOptions: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ES2022,
    strict: true,
    sourceMap: false,
  };
  let count = 0;
  for (const [file, text] of files) {
    if (!file.startsWith('src/') || !file.endsWith('.ts')) continue;
    const out = ts.transpileModule(text, { compilerOptions, fileName: file, reportDiagnostics: true });
    const syntax = (out.diagnostics ?? []).map((d) => `${file}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    if (syntax.length) throw new Error(`generated sources do not parse:\n${syntax.join('\n')}`);
    const target = path.join(dir, file.replace(/\.ts$/, '.js'));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, out.outputText);
    count++;
  }
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'telnyx-e2e', private: true, type: 'module' }));
  const module = (await import(pathToFileURL(path.join(dir, 'src/index.js')).href)) as ClientModule;
  return { module, files: count, warnings };
}

// ---------------------------------------------------------------------------------------------------------------
// Operations → client methods and their arguments.

interface Case {
  product: string;
  key: string;
  operation: Operation;
  method: Method;
  resourcePath: string[];
  /** `client.ai.assistants.retrieve`, for messages. */
  chain: string;
  /** The method's own properties from the client root: ['ai', 'assistants', 'retrieve']. */
  members: string[];
  positional: unknown[];
  /** Only the required params (undefined when none are). */
  params: Record<string, unknown> | undefined;
  /** Whether the method takes a params argument at all (before `options`). */
  takesParams: boolean;
  /** Required top-level body fields among the params (for the negative control). */
  requiredBody: string[];
}

/**
 * The official SDK's call shape, built from the IR alone (not from the emitter's plan): the last path parameter
 * (or Method.positionalParams) positional, then one params object with the other path parameters and the required
 * query, header and body fields; a body that is not one object travels whole as `body` (or, for a union of
 * objects, as `<method><Resource>Request`, the name the snippets use).
 */
function buildCase(project: Project, op: ProductOperation, found: { method: Method; resourcePath: string[] }): Case {
  const namer = createJavascriptNamer(project.naming?.initialisms ? { initialisms: project.naming.initialisms } : {});
  const operation = project.ir.operations.find((o) => o.key === op.key)!;
  const { method, resourcePath } = found;
  const example = buildMethodExample(operation, project.lookup, method);
  const positionalNames = method.positionalParams ?? example.pathParams.slice(-1).map((p) => p.name);
  const positional = example.pathParams.filter((p) => positionalNames.includes(p.name)).map((p) => exampleJson(p.value));
  const params: Record<string, unknown> = {};
  for (const field of [...example.pathParams.filter((p) => !positionalNames.includes(p.name)), ...example.query, ...example.headers, ...example.body]) {
    params[field.name] = exampleJson(field.value);
  }
  if (example.rawBody) {
    const resource = resourcePath[resourcePath.length - 1] ?? '';
    const key = example.rawBody.kind === 'object' ? namer.variable([method.name, singularName(resource), 'request'].join('_')) : 'body';
    params[key] = exampleJson(example.rawBody);
  }
  const pathCount = [...operation.path.matchAll(/\{([^}]+)\}/g)].length;
  const takesParams =
    pathCount > positional.length ||
    operation.parameters.some((p) => p.in === 'query' || p.in === 'header') ||
    operation.requestBody !== undefined;
  const members = [...resourcePath.map((segment) => namer.resource(segment)), namer.method(method.name)];
  return {
    product: op.product,
    key: op.key,
    operation,
    method,
    resourcePath,
    chain: ['client', ...members].join('.'),
    members,
    positional,
    params: Object.keys(params).length ? params : undefined,
    takesParams,
    requiredBody: example.body.filter((f) => f.required).map((f) => f.name),
  };
}

/** The function and its `this` for a case, or why it is missing. */
function resolveMethod(client: Record<string, unknown>, c: Case): { fn: AnyFunction; self: unknown } {
  let self: unknown = client;
  for (const [i, member] of c.members.entries()) {
    const next = (self as Record<string, unknown> | undefined)?.[member];
    if (i === c.members.length - 1) {
      if (typeof next !== 'function') throw new Error(`${c.chain} is not a function on the generated client (${c.key})`);
      return { fn: next as AnyFunction, self };
    }
    self = next;
  }
  throw new Error('unreachable');
}

// ---------------------------------------------------------------------------------------------------------------
// What went over the wire.

interface Exchange {
  method: string;
  url: string;
  status: number;
  /** Prism's `sl-violations` header, parsed. */
  violations: { location: string[]; severity: string; code?: string; message: string }[];
  body: string;
}

const exchanges: Exchange[] = [];

/**
 * Prism mocks the token endpoint's shape, not an OAuth server (it answers the client's own token request 401): the
 * client-credentials token requests the client makes by itself (no bearer header) are answered here; every API
 * call, `oauth.token` included, goes to the mock.
 */
const withTokenEndpoint = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const authorization = new Headers(init?.headers).get('authorization') ?? '';
  if (new URL(url).pathname.endsWith('/oauth/token') && !/^bearer /i.test(authorization) && String(init?.body).includes('grant_type=client_credentials')) {
    return Response.json({ access_token: 'e2e-access-token', token_type: 'bearer', expires_in: 3600 });
  }
  return recordingFetch(input, init);
};

const recordingFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
  const response = await fetch(input, init);
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  let violations: Exchange['violations'] = [];
  const header = response.headers.get('sl-violations');
  if (header) {
    try {
      violations = JSON.parse(header) as Exchange['violations'];
    } catch {
      violations = [{ location: [], severity: 'Error', message: header }];
    }
  }
  const body = response.status >= 400 ? (await response.clone().text()).slice(0, 600) : '';
  exchanges.push({ method: init?.method ?? 'GET', url, status: response.status, violations, body });
  return response;
};

/**
 * A method whose success response is not JSON (a CSV download…) sends `Accept: text/csv`, as the official SDK does.
 * Prism then ignores `Prefer: code=NNN` when that status only offers application/json and answers 200 (a real
 * server sends its JSON error regardless), so the forced-error calls also accept JSON. Likewise an error response
 * that is not JSON (oauth's text/html pages) is only forced when the request accepts its type.
 */
function acceptForStatus(operation: Operation, status: number): Record<string, string> {
  const declared = operation.responses.find((r) => r.status === String(status))?.contentType;
  const types = [operation.success?.contentType, declared].filter((t): t is string => !!t && !/json/i.test(t));
  if (!types.length) return {};
  return { Accept: [...new Set(types), 'application/json'].join(', ') };
}

function describeExchanges(list: Exchange[]): string {
  if (!list.length) return '(no request reached fetch)';
  return list
    .map((x) => {
      const v = x.violations.map((v) => `\n    ${v.location.join('.')}: ${v.message}`).join('');
      return `  ${x.method} ${x.url} → ${x.status}${v}${x.body ? `\n    body: ${x.body}` : ''}`;
    })
    .join('\n');
}

// ---------------------------------------------------------------------------------------------------------------

describe.skipIf(!hasShared || !emitterReady)(`generated Telnyx client against a Prism mock${skipReason}`, () => {
  let prism: PrismServer | undefined;
  let workDir: string | undefined;
  let client: Record<string, unknown>;
  let errors: Record<string, new (...args: never[]) => Error>;
  const cases = new Map<string, Case>();
  const unmapped: string[] = [];
  const tally = { called: 0, resolved: 0, specDefects: 0, errorCalls: 0, rejectedAsExpected: 0 };
  const responseViolations = new Map<string, string[]>();
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    workDir = mkdtempSync(path.join(tmpdir(), 'sdkgen-e2e-'));
    const generate = async () => {
      const started = Date.now();
      const project = await loadProject(readConfigFile(TELNYX_CONFIG));
      const byOperation = indexMethods(project.ir);
      for (const op of OPERATIONS) {
        const found = byOperation.get(op.key);
        if (found) cases.set(op.key, buildCase(project, op, found));
        else unmapped.push(`${op.product}: ${op.key}`);
      }
      timings['load'] = Date.now() - started;
      const loaded = await loadGeneratedClient(project, workDir!);
      timings['generate+import'] = Date.now() - started - timings['load']!;
      return loaded.module;
    };
    // Prism loads the spec in its own process while this one generates the client.
    const [server, module] = await Promise.all([startPrism(SPEC), generate()]);
    prism = server;
    const Telnyx = module.Telnyx;
    // Every credential the spec's schemes ask for: oauth.introspect needs OAuth2 client credentials, whose token
    // request goes to the mock too (the token URL is under the API's base URL).
    client = new Telnyx({
      apiKey: 'e2e-test-key',
      clientId: 'e2e-client',
      clientSecret: 'e2e-secret',
      baseURL: prism.url,
      fetch: withTokenEndpoint,
      timeout: 15_000,
    });
    errors = Object.fromEntries(
      ['APIError', ...Object.values(ERROR_CLASSES), 'InternalServerError'].map((name) => {
        const cls = module[name];
        if (typeof cls !== 'function') throw new Error(`the generated index.ts does not export ${name}`);
        return [name, cls as new (...args: never[]) => Error];
      }),
    );
  });

  afterAll(async () => {
    await prism?.stop();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
    if (prism) {
      const violations = [...responseViolations].map(([key, list]) => `\n  ${key}: ${list.join('; ')}`).join('');
      console.log(
        `[client-e2e] Prism started in ${prism.startMs} ms, RSS ${prism.rssMiB ?? '?'} MiB; project load ${timings['load']} ms, ` +
          `generate+transpile+import ${timings['generate+import']} ms; operations called ${tally.called}, resolved ${tally.resolved}, ` +
          `failing as SPEC_DEFECTS documents ${tally.specDefects}; ` +
          `forced error calls ${tally.errorCalls}, rejected with the right class ${tally.rejectedAsExpected}` +
          (violations ? `\n[client-e2e] responses Prism found off-spec (the spec's own examples, not the client):${violations}` : ''),
      );
    }
  });

  it('maps every operation of the products to a method of the resource tree', () => {
    expect(OPERATIONS.length).toBeGreaterThan(0);
    expect(unmapped).toEqual([]);
  });

  it('Prism rejects a request without a required body field (the mock really validates what the client sends)', async () => {
    const c = [...cases.values()].find((x) => x.params && x.requiredBody.length > 0);
    if (!c) throw new Error('no operation with a required body field among the products tested');
    const dropped = c.requiredBody[0]!;
    const { [dropped]: _, ...params } = c.params!;
    const before = exchanges.length;
    const { fn, self } = resolveMethod(client, c);
    const error = await fn.apply(self, [...c.positional, params, { maxRetries: 0 }]).then(
      () => undefined,
      (e: unknown) => e as Error & { status?: number },
    );
    const sent = exchanges.slice(before);
    expect(error, `${c.chain} without ${dropped} resolved:\n${describeExchanges(sent)}`).toBeInstanceOf(errors['UnprocessableEntityError']!);
    expect(error!.status).toBe(422);
    expect(sent[0]!.violations.map((v) => v.message).join('\n')).toContain(`'${dropped}'`);
  });

  for (const op of OPERATIONS) {
    const outcome = SPEC_DEFECTS[op.key] ? 'fails with only its required params, for the spec defect SPEC_DEFECTS names' : 'resolves with only its required params';
    it(`${op.product}: ${op.key} ${outcome}`, async () => {
      const c = cases.get(op.key);
      if (!c) throw new Error(`${op.key} has no method in the resource tree`);
      const { fn, self } = resolveMethod(client, c);
      const args: unknown[] = [...c.positional];
      if (c.params) args.push(c.params);
      const before = exchanges.length;
      tally.called++;
      const defect = SPEC_DEFECTS[op.key];
      if (defect) {
        const error = await fn.apply(self, args).then(
          () => undefined,
          (e: unknown) => e as Error,
        );
        const sent = exchanges.slice(before);
        const seen = `${error?.message ?? '(resolved)'}\n${describeExchanges(sent)}`;
        expect(error, `${c.chain} resolved: remove it from SPEC_DEFECTS (${defect.reason})\n${seen}`).toBeDefined();
        expect(seen, `${c.chain} failed otherwise than SPEC_DEFECTS says (${defect.reason})`).toMatch(defect.evidence);
        tally.specDefects++;
        return;
      }
      try {
        await fn.apply(self, args);
      } catch (error) {
        throw new Error(
          `${c.chain}(${args.map((a) => JSON.stringify(a)).join(', ')}) rejected: ${(error as Error).message}\n${describeExchanges(exchanges.slice(before))}`,
          { cause: error },
        );
      }
      tally.resolved++;
      const sent = exchanges.slice(before);
      expect(sent.length, 'one request, no retry').toBe(1);
      const requestViolations = sent[0]!.violations.filter((v) => v.location[0] === 'request');
      expect(requestViolations, `Prism found the request off-spec:\n${describeExchanges(sent)}`).toEqual([]);
      const offSpec = sent[0]!.violations.filter((v) => v.location[0] === 'response').map((v) => `${v.location.join('.')}: ${v.message}`);
      if (offSpec.length) responseViolations.set(op.key, offSpec);
    });
  }

  for (const op of OPERATIONS) {
    it(`${op.product}: ${op.key} rejects forced error statuses with the matching error class`, async () => {
      const c = cases.get(op.key);
      if (!c) throw new Error(`${op.key} has no method in the resource tree`);
      const declared = c.operation.responses.map((r) => Number(r.status)).filter((s) => errorClassName(s) !== undefined);
      // An operation that declares none still gets Prism's own 404 problem for an undeclared code.
      const statuses = declared.length ? [...new Set(declared)] : [404];
      const { fn, self } = resolveMethod(client, c);
      for (const status of statuses) {
        const args: unknown[] = [...c.positional];
        if (c.takesParams) args.push(c.params);
        else if (c.params) throw new Error(`${c.chain}: params built for a method that takes none`);
        args.push({ headers: { Prefer: `code=${status}`, ...acceptForStatus(c.operation, status) }, maxRetries: 0 });
        const before = exchanges.length;
        tally.errorCalls++;
        const outcome = await fn.apply(self, args).then(
          (value) => ({ resolved: value }),
          (error: unknown) => ({ error }),
        );
        const sent = exchanges.slice(before);
        const context = `${c.chain} with Prefer: code=${status}\n${describeExchanges(sent)}`;
        expect('error' in outcome, `${context}\nresolved instead of rejecting`).toBe(true);
        const error = (outcome as { error: unknown }).error as Error & { status?: number; headers?: unknown; error?: unknown };
        const expected = errorClassName(status)!;
        expect(error, `${context}\n${String(error)}`).toBeInstanceOf(errors['APIError']!);
        expect(error.constructor.name, context).toBe(expected);
        expect(error, context).toBeInstanceOf(errors[expected]!);
        expect(error.status, context).toBe(status);
        expect(error.headers, context).toBeInstanceOf(Headers);
        // maxRetries: 0 sends one request; a 401 to an operation authenticated by OAuth client credentials gets the
        // one token refresh and retry the client makes whatever maxRetries says.
        const oauthOnly = (c.operation.securityRequirements ?? []).some((alt) => alt.some((use) => use.scheme === 'oauthClientAuth'));
        expect(sent.length, `${context}\nrequests sent`).toBe(status === 401 && oauthOnly ? 2 : 1);
        expect(sent[0]!.status, context).toBe(status);
        if (declared.length) {
          // The declared response, not Prism's "status code not defined" problem.
          expect(JSON.stringify(error.error ?? ''), context).not.toContain('stoplight.io/prism/errors');
        }
        expect(error.message, context).toMatch(new RegExp(`^${status}\\b`));
        tally.rejectedAsExpected++;
      }
    });
  }
});
