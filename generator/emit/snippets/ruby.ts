// Ruby examples in the style of the official (Stainless) gem: the last path parameter positional, every
// other argument a keyword in a fixed order, one argument per line when the call passes the line width.
import { splitPathParams } from '../../examples/method.js';
import { describeResponse, isPaginated } from '../../examples/response.js';
import type { ExampleField } from '../../examples/values.js';
import { rubyNamer } from '../../naming/languages/ruby.js';
import { sortByName, wholeUnionBodyName } from './common.js';
import { rubyCall, type RubyArgument } from './ruby/call.js';
import { rubyString } from './ruby/literals.js';
import type { CodeBlock, OperationSnippetInput, SdkInfo, SnippetTarget } from './target.js';

export const rubyTarget: SnippetTarget = {
  language: 'ruby',
  displayName: 'Ruby',
  fence: 'ruby',

  installation(sdk: SdkInfo): CodeBlock {
    return { fence: 'bash', code: `gem install ${sdk.packageName}` };
  },

  setup(sdk: SdkInfo): string {
    return [
      `require ${rubyString(sdk.packageName)}`,
      '',
      `client = ${sdk.name}::Client.new(`,
      `  api_key: ENV[${rubyString(sdk.apiKeyEnv)}], # This is the default and can be omitted`,
      ')',
    ].join('\n');
  },

  example(input: OperationSnippetInput): string {
    const { sdk, style } = input;
    const client = style === 'v1' ? rubyNamer.variable(sdk.name) : 'client';
    const variable = responseVariable(input);
    const call = rubyCall({
      chain: rubyNamer.callChain(input.resourcePath, input.method.name, client),
      args: callArguments(input),
      assignTo: variable,
      lookup: input.lookup,
      param: (name) => rubyNamer.param(name),
    });
    const lines = [call, '', `puts(${variable})`];
    if (style === 'v1') {
      lines.unshift(`require ${rubyString(sdk.packageName)}`, '', `${client} = ${sdk.name}::Client.new(api_key: "My API Key")`, '');
    }
    return lines.join('\n');
  },
};

/** A page is printed whole as `page`; the gem returns something even for an empty body, and prints it as `result`. */
function responseVariable(input: OperationSnippetInput): string {
  if (isPaginated(input.operation, input.method)) return 'page';
  const response = describeResponse(input);
  return response.hasResponse ? rubyNamer.variable(response.variable.join('_')) : 'result';
}

/**
 * The positional argument is the last path parameter; the other path parameters follow as keywords in path
 * order, then query, header and body parameters as keywords in alphabetical order (a non-object body as `body:`,
 * a union of objects under its request name).
 */
export function callArguments(input: OperationSnippetInput): RubyArgument[] {
  const { example, method } = input;
  const { positional, others: pathKeywords } = splitPathParams(example, method);
  const params: ExampleField[] = [...example.query, ...example.headers, ...example.body];
  const raw = example.rawBody;
  const keyword = (f: ExampleField): RubyArgument => ({ name: rubyNamer.param(f.name), field: f });
  const sorted = sortByName(params.map(keyword), (a) => a.name!);
  const args: RubyArgument[] = [...positional.map((field) => ({ field })), ...pathKeywords.map(keyword), ...sorted];
  if (raw?.kind === 'object') {
    // A union of objects is taken whole, as in the Python SDK (wholeUnionBodyName).
    const name = wholeUnionBodyName(input);
    args.push({ name, field: { name, value: raw, schema: input.operation.requestBody!.schema, required: true } });
  } else if (raw) {
    args.push({ name: 'body', field: { name: 'body', value: raw, schema: input.operation.requestBody!.schema, required: true } });
  }
  return args;
}
