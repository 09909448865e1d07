// The call of one operation in the official Python SDK's shape, with what is done with its response.
import type { ExampleField } from '../../../examples/values.js';
import { describeResponse } from '../../../examples/response.js';
import { pythonNamer } from '../../../naming/languages/python.js';
import { singularName } from '../../../naming/words.js';
import { sortByName, wholeUnionBodyName } from '../common.js';
import type { OperationSnippetInput } from '../target.js';
import { INDENT, PythonLiterals, pythonName } from './literals.js';

export interface PythonCall {
  /** The statements, without imports or client set-up. */
  code: string;
  literals: PythonLiterals;
}

export function pythonCall(input: OperationSnippetInput): PythonCall {
  const literals = new PythonLiterals(input.lookup);
  // The SDK's own api.md spells the accessors and the method; the tree's names otherwise.
  const own = input.method.languages?.python;
  const chain = own ? ['client', ...own.resourcePath, own.method].join('.') : pythonNamer.callChain(input.resourcePath, input.method.name);
  const call = `${chain}(${callArguments(input, literals)})`;
  const response = describeResponse({
    operation: input.operation,
    method: input.method,
    resourcePath: input.resourcePath,
    lookup: input.lookup,
    style: input.style,
  });
  if (!response.hasResponse) return { code: call, literals };
  if (response.page) {
    const lines = [`page = ${call}`, `page = page.${pythonName(response.page.itemsField)}[0]`, printLine('page', response.page.printPath)];
    return { code: lines.join('\n'), literals };
  }
  const variable = pythonNamer.variable(response.variable.join('_'));
  return { code: `${variable} = ${call}\n${printLine(variable, response.printPath)}`, literals };
}

function printLine(variable: string, path: string[]): string {
  return `print(${[variable, ...path.map(pythonName)].join('.')})`;
}

/**
 * The SDK takes the last path parameter positionally when it is the method's only parameter; otherwise
 * everything is passed by keyword: path parameters (the last one first, as in the method signature), then
 * the required query, header and body parameters in name order. One argument a line, trailing commas.
 */
function callArguments(input: OperationSnippetInput, literals: PythonLiterals): string {
  const { example } = input;
  const args = argumentLines(input, literals);
  if (args.length === 0) return '';
  if (args.length === 1 && example.pathParams.length === 1 && hasOnlyPathParameters(input)) {
    return `\n${INDENT}${literals.value(example.pathParams[0]!.value, INDENT, example.pathParams[0]!.schema)},\n`;
  }
  return `\n${args.map((line) => `${INDENT}${line},`).join('\n')}\n`;
}

function argumentLines(input: OperationSnippetInput, literals: PythonLiterals): string[] {
  const { example } = input;
  const value = (field: ExampleField) => literals.value(field.value, INDENT, field.schema);
  const named = [...example.query, ...example.headers, ...example.body];
  const raw = example.rawBody;
  const sorted = sortByName(
    named.map((f) => ({ name: pythonName(f.name), field: f })),
    (a) => a.name,
  );
  const taken = new Set(sorted.map((a) => a.name));
  const path = [...example.pathParams];
  const last = path.pop();
  const pathArgs = last ? [last, ...path] : [];
  // The SDK's own api.md names its path arguments (notification_channel_id for {id}), in this same order.
  const sdkNames = input.method.languages?.python?.pathParams;
  const names = sdkNames?.length === pathArgs.length ? sdkNames : pathArgs.map((f) => pathArgumentName(f.name, input, taken));
  const lines = pathArgs.map((f, i) => `${names[i]}=${value(f)}`);
  if (raw?.kind === 'object') {
    lines.push(`${wholeUnionBodyName(input)}=${literals.value(raw, INDENT)}`);
    return lines;
  }
  lines.push(...sorted.map((a) => `${a.name}=${value(a.field)}`));
  if (raw) lines.push(`body=${literals.value(raw, INDENT)}`);
  return lines;
}

/**
 * A path parameter named like a body or query parameter (PUT /phone_number_campaigns/{phoneNumber} with a
 * body `phone_number`) takes the last word of its resource's singular as a prefix: campaign_phone_number.
 */
function pathArgumentName(name: string, input: OperationSnippetInput, taken: ReadonlySet<string>): string {
  const plain = pythonName(name);
  if (!taken.has(plain)) return plain;
  const resource = input.resourcePath[input.resourcePath.length - 1] ?? '';
  const prefix = singularName(resource).split('_').pop();
  return prefix ? pythonName(`${prefix}_${plain}`) : `path_${plain}`;
}

/** No query, header or body parameter, required or not: the SDK method then has no keyword parameters. */
function hasOnlyPathParameters(input: OperationSnippetInput): boolean {
  const { operation } = input;
  return operation.requestBody === undefined && operation.parameters.every((p) => p.in === 'path');
}
