// targets.typescript.readme of sdkgen.config.yml: which calls the client README shows, with which arguments
// (what a Stainless config's readme.example_requests says). Without it the README picks calls by itself.

import { parseEndpoint } from '../../naming/config.js';
import type { SectionValidator } from '../../openapi-types/config.js';

export interface ReadmeRequest {
  /** "<http method> <path>", e.g. "get /v1/users/{user_id}". */
  endpoint: string;
  /** Argument values by parameter or body field name (wire names), e.g. { user_id: "dnedry" }. */
  params: Record<string, unknown>;
}

export interface ReadmeExamplesConfig {
  /** The first call of the README (its Usage section). */
  usage?: ReadmeRequest;
  /** The call of the pagination section. */
  pagination?: ReadmeRequest;
}

const KEYS = ['usage', 'pagination'] as const;

export function parseReadmeExamples(v: SectionValidator, raw: unknown, key: string): ReadmeExamplesConfig {
  const section = v.object(raw, key);
  v.known(section, key, [...KEYS]);
  const out: ReadmeExamplesConfig = {};
  for (const name of KEYS) {
    if (section[name] === undefined) continue;
    const at = `${key}.${name}`;
    const request = v.object(section[name], at);
    v.known(request, at, ['endpoint', 'params']);
    const endpoint = v.required(request.endpoint, `${at}.endpoint`, 'the call, e.g. "get /v1/users/{user_id}"');
    if (!parseEndpoint(endpoint)) v.fail(`${at}.endpoint`, `expected "<http method> <path>" such as "get /users/{id}", got ${JSON.stringify(endpoint)}`);
    const params = request.params === undefined ? {} : v.object(request.params, `${at}.params`);
    out[name] = { endpoint, params };
  }
  return out;
}

/** The operation key ("get /v1/users/{user_id}") a request names. */
export function requestOperationKey(request: ReadmeRequest): string {
  const endpoint = parseEndpoint(request.endpoint)!;
  return `${endpoint.method} ${endpoint.path}`;
}
