// targets.typescript.readme: the calls the client README shows, checked like every config section.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../generator/config.js';

const parse = (readme: unknown) => () =>
  parseConfig({ spec: './openapi.yml', targets: { typescript: { out: './ts', readme } } }, path.resolve('sdkgen.config.yml'));

describe('targets.typescript.readme', () => {
  it('takes a usage and a pagination request, each an endpoint with optional params', () => {
    expect(parse({ usage: { endpoint: 'post /users', params: { name: 'Ada' } }, pagination: { endpoint: 'get /users' } })().targets.typescript!.readme).toEqual({
      usage: { endpoint: 'post /users', params: { name: 'Ada' } },
      pagination: { endpoint: 'get /users', params: {} },
    });
  });

  it('names what is wrong', () => {
    expect(parse({ headline: { endpoint: 'get /users' } })).toThrow(/targets\.typescript\.readme\.headline: unknown key/);
    expect(parse({ usage: { params: {} } })).toThrow(/targets\.typescript\.readme\.usage\.endpoint: missing/);
    expect(parse({ usage: { endpoint: 'users' } })).toThrow(/targets\.typescript\.readme\.usage\.endpoint: expected "<http method> <path>"/);
    expect(parse({ usage: { endpoint: 'get /users', params: [1] } })).toThrow(/targets\.typescript\.readme\.usage\.params: expected a mapping/);
  });
});
