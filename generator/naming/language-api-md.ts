// One language's Stainless api.md → what that SDK calls each endpoint: accessors, method, path arguments, types.
import type { LanguageMethodNames } from '../ir/types.js';

const CODE_LINE = /^- <code title="([a-z]+ [^"]+)">(.*)<\/code>\s*$/;
const SIGNATURE = /^client\.((?:[A-Za-z0-9_]+(?:\(\))?\.)*)([A-Za-z0-9_]+)\((.*?)\)\s*(?:->\s*(.+)|\((.+)\)|(\S.*))?$/;

/**
 * Reads the method lines of any language's api.md (Node, Python, Go, Ruby, Java all print
 * `- <code title="verb /path">client.a.b.<a>method</a>(args) -> Returns</code>`, Go without the arrow) into
 * endpoint ("patch /notification_channels/{id}") → the methods naming it, in file order.
 * Path arguments are the plain positional names (`notification_channel_id`, `notificationChannelID`);
 * the context, the params object and option arguments are not path arguments.
 */
export function importLanguageApiMd(text: string): Map<string, LanguageMethodNames[]> {
  const result = new Map<string, LanguageMethodNames[]>();
  for (const raw of text.split(/\r?\n/)) {
    const line = CODE_LINE.exec(raw);
    if (!line) continue;
    const code = plainText(line[2]!);
    const signature = SIGNATURE.exec(code);
    if (!signature) continue;
    const resourcePath = signature[1]!.split('.').filter(Boolean).map((s) => s.replace(/\(\)$/, ''));
    const entry: LanguageMethodNames = { resourcePath, method: signature[2]!, pathParams: [] };
    const paramsLink = /<a href="([^"]*_params\.(?:py|rb))">params<\/a>/.exec(line[2]!);
    for (const arg of splitArguments(signature[3]!)) {
      const parsed = argument(arg);
      if (parsed.kind === 'path') entry.pathParams.push(parsed.name);
      else if (parsed.kind === 'params' && parsed.type) entry.paramsType = parsed.type;
    }
    if (!entry.paramsType && paramsLink) entry.paramsType = pascalFromFile(paramsLink[1]!);
    const returns = (signature[4] ?? signature[5] ?? signature[6])?.trim();
    if (returns) entry.responseType = returnedType(returns);
    const endpoint = normalizeEndpoint(line[1]!);
    result.set(endpoint, [...(result.get(endpoint) ?? []), entry]);
  }
  return result;
}

/** `get /a/{id}/` → `get /a/{}`: endpoints match whatever the SDK named its path parameters. */
export function normalizeEndpoint(endpoint: string): string {
  const [verb, ...rest] = endpoint.trim().split(/\s+/);
  return `${verb!.toLowerCase()} ${rest.join(' ').replace(/\{[^}]*\}/g, '{}').replace(/\/+$/, '')}`;
}

function plainText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/\\\*/g, '*')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"');
}

function splitArguments(args: string): string[] {
  const result: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of args) {
    if ('([{<'.includes(ch)) depth++;
    if (')]}>'.includes(ch)) depth--;
    if (ch === ',' && depth === 0) {
      result.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) result.push(current.trim());
  return result;
}

type Argument = { kind: 'path'; name: string } | { kind: 'params'; type?: string } | { kind: 'other' };

const NOT_PATH = new Set(['ctx', 'params', 'body', 'query', 'opts', 'options', 'request_options', 'requestOptions']);

function argument(arg: string): Argument {
  if (/^\*\*|^\{|^\.\.\./.test(arg)) return { kind: 'params' };
  const typed = /^([A-Za-z_][A-Za-z0-9_]*)\s+(\S.*)$/.exec(arg);
  if (typed) {
    const type = typed[2]!.replace(/^\.\.\./, '').replace(/^[a-z0-9_]+\./, '');
    if (/Params$/.test(type)) return { kind: 'params', type };
    if (NOT_PATH.has(typed[1]!) || /\bContext$|RequestOption/.test(type)) return { kind: 'other' };
    return { kind: 'path', name: typed[1]! };
  }
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(arg) || NOT_PATH.has(arg)) return { kind: 'other' };
  return { kind: 'path', name: arg };
}

/** `*telnyx.FooResponse, error` → FooResponse; `SyncDefaultFlatPagination[Foo]` and `pagination.X[telnyx.Foo]` keep the page. */
function returnedType(returns: string): string {
  const first = splitArguments(returns)[0]!.replace(/^\*/, '');
  return first.replace(/\b[a-z][a-z0-9_]*\./g, '');
}

function pascalFromFile(file: string): string {
  const base = file.replace(/^.*\//, '').replace(/\.(py|rb)$/, '');
  return base
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}
