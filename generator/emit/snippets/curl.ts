// The curl target: raw HTTP examples of the API, built from the neutral HTTP request model.
import { buildHttpRequest } from '../../examples/http-request.js';
import { exampleJson } from '../../examples/values.js';
import { curlExample } from './curl/example.js';
import { curlCommand } from './curl/render.js';
import type { CodeBlock, OperationSnippetInput, SdkInfo, SnippetTarget } from './target.js';

export const curlTarget: SnippetTarget = {
  language: 'curl',
  client: 'http',
  displayName: 'curl',
  fence: 'bash',

  installation(): CodeBlock {
    return { fence: 'text', code: '# curl is pre-installed on macOS, Linux, and Windows 10+' };
  },

  setup(sdk: SdkInfo): string {
    return `export ${sdk.apiKeyEnv}="YOUR_API_KEY_HERE"`;
  },

  example(input: OperationSnippetInput): string {
    const example = curlExample(input);
    const request = buildHttpRequest(input.ir, input.operation, example, { apiKeyEnv: input.sdk.apiKeyEnv });
    const values = new Map(example.pathParams.map((p) => [p.name, String(exampleJson(p.value))]));
    return curlCommand(request, values);
  },
};
