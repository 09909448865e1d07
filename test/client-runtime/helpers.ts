import {
  BaseClient,
  type ClientIdentity,
  type ClientOptions,
} from '../../templates/typescript/core/client.js';

export const TEST_IDENTITY: ClientIdentity = {
  name: 'Acme',
  version: '1.2.3',
  apiKeyEnvVar: 'ACME_TEST_API_KEY',
  baseURLEnvVar: 'ACME_TEST_BASE_URL',
  defaultBaseURL: 'https://api.acme.test/v2',
};

/** The shape a generated client has, with retry waits recorded instead of slept. */
export class TestClient extends BaseClient {
  readonly sleeps: number[] = [];

  constructor(options: ClientOptions = {}, identity: Partial<ClientIdentity> = {}) {
    super({ ...TEST_IDENTITY, ...identity }, { apiKey: 'test-key', ...options });
  }

  protected override sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    return Promise.resolve();
  }
}

/** Same as TestClient but really waits, to test the default sleep. */
export class SleepingClient extends BaseClient {
  constructor(options: ClientOptions = {}) {
    super(TEST_IDENTITY, { apiKey: 'test-key', ...options });
  }
}

export type Handler = (request: Request, callIndex: number) => Response | Promise<Response>;

export interface MockFetch {
  (input: string | URL | Request, init?: RequestInit): Promise<Response>;
  requests: Request[];
}

/** A fetch that records every request (as a `Request`, so bodies can be parsed) and answers with `handler`. */
export function mockFetch(handler: Handler): MockFetch {
  const requests: Request[] = [];
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request.clone());
    return handler(request, requests.length - 1);
  }) as MockFetch;
  fetch.requests = requests;
  return fetch;
}

/** Answers with each response in turn (the last one repeats). */
export function sequence(...responses: (() => Response)[]): Handler {
  return (_request, index) => responses[Math.min(index, responses.length - 1)]!();
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/**
 * A fetch that never answers until its signal aborts, like a hung server. It listens on the signal it was
 * given, not on `Request.signal`: undici links the latter only weakly, so it can be collected mid-test.
 */
export function hangingFetch(): MockFetch {
  const requests: Request[] = [];
  const fetch = ((input: string | URL | Request, init?: RequestInit) => {
    requests.push(new Request(input, { ...init, signal: null }));
    return new Promise<Response>((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => {
        reject(new DOMException('This operation was aborted', 'AbortError'));
      });
    });
  }) as MockFetch;
  fetch.requests = requests;
  return fetch;
}
