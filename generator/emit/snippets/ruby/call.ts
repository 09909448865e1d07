// One Ruby call statement laid out the way the gem's examples are: on one line when it fits the width,
// else one argument per line, with nested arrays and hashes breaking the same way.
import type { ExampleField } from '../../../examples/values.js';
import type { SchemaLookup } from '../../../ir/pagination.js';
import { bracketed, type Doc, layout } from './layout.js';
import { hashKey, rubyValue } from './literals.js';

/** The widest line a statement may take before its arguments go one per line. */
export const RUBY_LINE_WIDTH = 120;

export interface RubyArgument {
  /** The keyword; none for a positional argument. */
  name?: string;
  field: ExampleField;
}

export interface RubyCallInput {
  /** `client.ai.assistants.create` */
  chain: string;
  args: RubyArgument[];
  assignTo?: string;
  lookup: SchemaLookup;
  /** The Ruby spelling of a declared request property inside nested hashes. */
  param(name: string): string;
}

export function rubyCall(input: RubyCallInput): string {
  const ctx = { lookup: input.lookup, param: input.param };
  const args: Doc[] = input.args.map((arg) => {
    const value = rubyValue(arg.field.value, arg.field.schema, ctx);
    return arg.name === undefined ? value : [hashKey(arg.name), ' ', value];
  });
  const call: Doc = args.length ? [input.chain, bracketed('(', args, ')')] : input.chain;
  const statement: Doc = input.assignTo ? [`${input.assignTo} = `, call] : call;
  return layout(statement, { width: RUBY_LINE_WIDTH, indentUnit: '  ' });
}
