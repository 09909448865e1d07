// The few JavaScript shapes an example uses, printed by prettier's layout rules (singleQuote, trailingComma
// "all", printWidth 100, objectWrap "preserve") so that running prettier over a snippet changes nothing.
import { hexEscape, quotedString } from '../common.js';
import {
  breakParent,
  conditionalGroup,
  type Doc,
  fill,
  group,
  hardline,
  ifBreak,
  indent,
  indentIfBreak,
  line,
  printDoc,
  softline,
  stringWidth,
  willBreak,
} from '../doc.js';

const PRINT_WIDTH = 100;
/** prettier's tabWidth (2) + 3: object keys narrower than this never move their value to the next line. */
const SHORT_KEY_WIDTH = 5;

export type JsExpression =
  | { type: 'string'; value: string }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'null' }
  /** An identifier or a member path of identifiers (`assistant.id`), printed as written. */
  | { type: 'name'; text: string }
  | { type: 'array'; elements: JsExpression[] }
  /** `expanded`: written with a line break after `{`, which prettier keeps (objectWrap "preserve"). */
  | { type: 'object'; properties: JsProperty[]; expanded: boolean }
  /** A call whose callee is a member chain of identifiers (`client.ai.assistants.list`). */
  | { type: 'call'; callee: string; args: JsExpression[] }
  | { type: 'await'; argument: JsExpression };

export interface JsProperty {
  key: string;
  value: JsExpression;
}

export type JsStatement =
  | { type: 'const'; name: string; init: JsExpression }
  | { type: 'expression'; expression: JsExpression }
  | { type: 'for-await'; name: string; iterable: JsExpression; body: JsStatement[] }
  | { type: 'comment'; text: string };

/** Statements in blocks: lines within a block, one blank line between blocks. */
export function printProgram(blocks: JsStatement[][], printWidth = PRINT_WIDTH): string {
  return blocks.map((block) => block.map((statement) => printDoc(statementDoc(statement, printWidth), printWidth)).join('\n')).join('\n\n');
}

function statementDoc(statement: JsStatement, printWidth: number): Doc {
  switch (statement.type) {
    case 'comment':
      return `// ${statement.text}`;
    case 'expression':
      return [expressionDoc(statement.expression), ';'];
    case 'const':
      return group(['const ', assignmentDoc(statement.name, statement.init, printWidth), ';']);
    case 'for-await': {
      const body = statement.body.map((s) => statementDoc(s, printWidth));
      const block = ['{', indent(body.flatMap((doc) => [hardline, doc])), hardline, '}'];
      return group(['for await (', group(['const ', statement.name]), ' of ', expressionDoc(statement.iterable), ') ', block]);
    }
  }
}

/** `name = init` of a declaration, with prettier's "break-after-operator" or "fluid" layout. */
function assignmentDoc(name: string, init: JsExpression, printWidth: number): Doc {
  const right = expressionDoc(init);
  if (isPoorlyBreakableChain(unwrapAwait(init), printWidth)) return group([group(name), ' =', group(indent([line, right]))]);
  return fluid(group(name), ' =', right);
}

function fluid(left: Doc, operator: string, right: Doc): Doc {
  const id = Symbol('assignment');
  return group([left, operator, group(indent(line), { id }), indentIfBreak(right, id)]);
}

function unwrapAwait(expression: JsExpression): JsExpression {
  return expression.type === 'await' ? unwrapAwait(expression.argument) : expression;
}

/** A call with no arguments or one short literal: breaking its arguments would gain nothing. */
function isPoorlyBreakableChain(expression: JsExpression, printWidth: number): boolean {
  if (expression.type !== 'call') return false;
  const [first, ...others] = expression.args;
  return others.length === 0 && (first === undefined || isLoneShortArgument(first, printWidth / 4));
}

/** prettier's threshold for a short argument is a quarter of the print width. */
function isLoneShortArgument(arg: JsExpression, maxWidth: number): boolean {
  switch (arg.type) {
    case 'string':
      return stringLiteral(arg.value).length <= maxWidth;
    case 'name':
      return !arg.text.includes('.') && arg.text.length <= maxWidth;
    case 'number':
    case 'boolean':
    case 'null':
      return true;
    default:
      return false;
  }
}

function expressionDoc(expression: JsExpression): Doc {
  switch (expression.type) {
    case 'string':
      return stringLiteral(expression.value);
    case 'number':
      return numberLiteral(expression.value);
    case 'boolean':
      return String(expression.value);
    case 'null':
      return 'null';
    case 'name':
      return expression.text;
    case 'await':
      return ['await ', expressionDoc(expression.argument)];
    case 'call':
      return group([expression.callee, argumentsDoc(expression.args)]);
    case 'array':
      return arrayDoc(expression.elements);
    case 'object':
      return objectDoc(expression);
  }
}

function argumentsDoc(args: JsExpression[]): Doc {
  if (args.length === 0) return '()';
  const printed = args.map((arg, i) => (i === args.length - 1 ? expressionDoc(arg) : [expressionDoc(arg), ',', line]));
  const allBrokenOut = () => group(['(', indent([line, ...printed]), ifBreak(','), line, ')'], { shouldBreak: true });
  if (shouldHugLastArgument(args)) {
    const leading = printed.slice(0, -1);
    if (leading.some(willBreak)) return allBrokenOut();
    const last = expressionDoc(args[args.length - 1]!);
    const hugged = ['(', ...leading, group(last, { shouldBreak: true }), ')'];
    if (willBreak(last)) return [breakParent, conditionalGroup([hugged, allBrokenOut()])];
    return conditionalGroup([['(', ...leading, last, ')'], hugged, allBrokenOut()]);
  }
  return group(['(', indent([softline, ...printed]), ifBreak(','), softline, ')'], { shouldBreak: printed.some(willBreak) });
}

/** A trailing non-empty object or array hugs the parentheses: `f('id', {` … `})`. */
function shouldHugLastArgument(args: JsExpression[]): boolean {
  const last = args[args.length - 1]!;
  const penultimate = args[args.length - 2];
  const huggable = (last.type === 'object' && last.properties.length > 0) || (last.type === 'array' && last.elements.length > 0);
  if (!huggable || penultimate?.type === last.type) return false;
  return !(args.length > 1 && isConciseArray(last));
}

function objectDoc(object: Extract<JsExpression, { type: 'object' }>): Doc {
  if (object.properties.length === 0) return '{}';
  const properties = object.properties.map((p, i) => (i === 0 ? [propertyDoc(p)] : [',', line, propertyDoc(p)]));
  return group(['{', indent([line, ...properties]), ifBreak(','), line, '}'], { shouldBreak: object.expanded });
}

function propertyDoc(property: JsProperty): Doc {
  const key = propertyKey(property.key);
  const value = expressionDoc(property.value);
  const shortKey = stringWidth(key) < SHORT_KEY_WIDTH;
  const kind = property.value.type;
  if (kind === 'string' && !shortKey) return group([group(key), ':', group(indent([line, value]))]);
  const literal = kind === 'string' || kind === 'boolean' || (kind === 'number' && property.value.value >= 0 && !Object.is(property.value.value, -0));
  if (shortKey || literal) return group([group(key), ':', ' ', value]);
  return fluid(group(key), ':', value);
}

function arrayDoc(elements: JsExpression[]): Doc {
  if (elements.length === 0) return '[]';
  const shouldBreak =
    elements.length > 1 &&
    elements.every((element, i) => {
      const next = elements[i + 1];
      if (next && next.type !== element.type) return false;
      if (element.type === 'object') return element.properties.length > 1;
      return element.type === 'array' && element.elements.length > 1;
    });
  if (isConciseArray({ type: 'array', elements })) {
    const id = Symbol('array');
    const parts: Doc[] = [];
    elements.forEach((element, i) => {
      const last = i === elements.length - 1;
      parts.push([expressionDoc(element), last ? ifBreak(',', '', id) : ',']);
      if (!last) parts.push(line);
    });
    return group(['[', indent([softline, fill(parts)]), softline, ']'], { shouldBreak, id });
  }
  const items = elements.map((element, i) => (i === 0 ? [group(expressionDoc(element))] : [',', line, group(expressionDoc(element))]));
  return group(['[', indent([softline, ...items, ifBreak(',')]), softline, ']'], { shouldBreak });
}

/** prettier prints an array of number literals with fill (as many per line as fit). */
function isConciseArray(expression: JsExpression): boolean {
  return expression.type === 'array' && expression.elements.length > 0 && expression.elements.every((e) => e.type === 'number');
}

/** Keys stay bare when they are identifier names (or simple numbers, which prettier unquotes); others are quoted. */
export function propertyKey(key: string): string {
  if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)) return key;
  if (/^(?:\d+|\d+\.\d+)$/.test(key) && String(Number(key)) === key) return key;
  return stringLiteral(key);
}

/** prettier's quote choice: single quotes unless the text holds more single than double quotes. */
export function stringLiteral(value: string): string {
  const singles = [...value].filter((c) => c === "'").length;
  const doubles = [...value].filter((c) => c === '"').length;
  return quotedString(value, { quote: singles > doubles ? '"' : "'", control: hexEscape, special: lineTerminator });
}

/** U+2028 and U+2029 ended string literals before ES2019: written as escapes. */
function lineTerminator(char: string): string | undefined {
  return char === '\u2028' || char === '\u2029' ? `\\u${char.charCodeAt(0).toString(16)}` : undefined;
}

/** A number as prettier prints the literal: lower-case exponent without "+". */
export function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) return '0';
  return String(value).replace('e+', 'e');
}
