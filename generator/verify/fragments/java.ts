// What a Java doc fragment leaves out, for javac: `params` typed as the parameter of the SDK method the fragment
// passes it to (read from the SDK's classes with javap, so any SDK on the classpath works), methods the fragment
// declares (a webhook handler with its annotations) as members of the class rather than statements of main, with
// the Setup's client as a static field they can see, and STUBS of the web framework the handler is written for
// (Spring's names). Spring is stubbed, only the members the fragments use; the SDK is the real jar: what the check
// proves is the SDK calls (`client.webhooks().unwrap(...)`, the exception classes and their status codes).
import path from 'node:path';
import { run } from '../compiled.js';
import { splitDeclarations, type SplitFragment } from './split.js';

/** The package of the framework stubs, imported on demand by every fragment (nothing else declares these names). */
export const JAVA_STUB_PACKAGE = 'sdkgenverify.frameworks';

const STUB_HEADER = `// Spring and the Servlet API, STUBBED for sdkgen verify: only what the doc fragments use. The Telnyx SDK they call is the real one.
package ${JAVA_STUB_PACKAGE};
`;

/** One compilation unit per public stub type: file name (relative to the source root) → text. */
export const JAVA_STUB_FILES: Record<string, string> = Object.fromEntries(
  Object.entries({
    PostMapping: 'public @interface PostMapping {\n  String[] value() default {};\n}',
    GetMapping: 'public @interface GetMapping {\n  String[] value() default {};\n}',
    RequestBody: 'public @interface RequestBody {}',
    RequestHeader: 'public @interface RequestHeader {\n  String value() default "";\n}',
    HttpServletRequest: 'public interface HttpServletRequest {\n  String getHeader(String name);\n}',
    ResponseEntity: [
      'public class ResponseEntity<T> {',
      '  public interface BodyBuilder {',
      '    <T> ResponseEntity<T> body(T body);',
      '    <T> ResponseEntity<T> build();',
      '  }',
      '  public static <T> ResponseEntity<T> ok(T body) { return null; }',
      '  public static BodyBuilder ok() { return null; }',
      '  public static BodyBuilder badRequest() { return null; }',
      '  public static BodyBuilder status(int status) { return null; }',
      '}',
    ].join('\n'),
  }).map(([name, body]) => [`${JAVA_STUB_PACKAGE.replace(/\./g, '/')}/${name}.java`, `${STUB_HEADER}\n${body}\n`]),
);

/**
 * A line at column 0 that is an annotation (`@PostMapping(…)`) or a method header (`public T name(`) opens a class
 * member; it ends at the next `}` at column 0. Everything else is statements of main.
 */
export function splitMembers(lines: string[]): SplitFragment {
  return splitDeclarations(lines, /^(@\w+|(?:(?:public|protected|private|static|final|synchronized)\s+)+[\w.<>\[\], ?]+\s+\w+\s*\()/, (line) => /^}/.test(line));
}

/** Setup declarations `Type name = expr;` as static fields; undefined when a statement is of another kind (or `var`). */
export function staticFields(statements: string[]): string[] | undefined {
  const out: string[] = [];
  let open = false;
  for (const line of statements) {
    if (!open && line.trim() !== '' && !line.trim().startsWith('//')) {
      const declaration = /^(\s*)((?:[\w.]+)(?:<[^=]*>)?(?:\[\])*)\s+(\w+)\s*=/.exec(line);
      if (!declaration || declaration[2] === 'var' || /^(return|throw)$/.test(declaration[2]!)) return undefined;
      out.push(`${declaration[1]}static ${line.slice(declaration[1]!.length)}`);
    } else {
      out.push(line);
    }
    if (line.trim() !== '' && !line.trim().startsWith('//')) open = !/;\s*(\/\/.*)?$/.test(line);
  }
  return out;
}

/** Whether `code` uses the identifier `name` without declaring it (`Type name =`, a parameter `Type name`). */
export function usesUndeclared(code: string, name: string): boolean {
  const uses = new RegExp(`(^|[^\\w.])${name}\\b`, 'm').test(code);
  const declares = new RegExp(`[\\w>\\]]\\s+${name}\\s*[=;,)]`).test(code);
  return uses && !declares;
}

/** Reads method signatures of classes with javap (one run per class, cached for the verify run). */
export class JavapSignatures {
  private readonly cache = new Map<string, Promise<{ name: string; returns: string; parameters: string[] }[]>>();

  constructor(
    private readonly javap: string,
    private readonly classpath: string,
  ) {}

  methods(className: string): Promise<{ name: string; returns: string; parameters: string[] }[]> {
    let found = this.cache.get(className);
    if (!found) {
      found = run(this.javap, ['-public', '-cp', this.classpath, className]).then((result) =>
        result.code !== 0
          ? []
          : [...result.stdout.matchAll(/^\s+(?:(?:public|protected|abstract|default|static|final|synchronized|native)\s+)*(?:<[^>]*>\s+)?([\w.$<>\[\], ?]+?)\s+(\w+)\(([^)]*)\)/gm)].map((m) => ({
              returns: m[1]!.replace(/<.*$/, ''),
              name: m[2]!,
              parameters: m[3]!.trim() ? splitTypes(m[3]!) : [],
            })),
      );
      this.cache.set(className, found);
    }
    return found;
  }
}

/** `a.B, java.util.Map<K, V>` → its types (commas inside type arguments do not split). */
function splitTypes(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if (ch === '<') depth++;
    if (ch === '>') depth--;
    if (ch === ',' && depth === 0) {
      out.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/**
 * The type of `params` in the fragment: the parameter of the SDK method the fragment passes it to, through the
 * receiver chain from a variable the Setup declares (`TelnyxClient client = …` with its import), e.g.
 * `client.messages().send(params)` → com.telnyx.sdk.models.messages.MessageSendParams. Undefined when the call,
 * a class of the chain or a single matching overload is not found.
 */
export async function javaParamsType(code: string, setup: string, signatures: JavapSignatures, name = 'params'): Promise<string | undefined> {
  const call = new RegExp(`\\b(\\w+)((?:\\.\\w+\\(\\))*)\\.(\\w+)\\(([^()]*\\b${name}\\b[^()]*)\\)`).exec(code);
  if (!call) return undefined;
  const [, root, chain, method, args] = call as unknown as [string, string, string, string, string];
  const declared = new RegExp(`^\\s*([\\w.]+)\\s+${root}\\s*=`, 'm').exec(setup)?.[1];
  if (!declared) return undefined;
  let type = declared.includes('.') ? declared : new RegExp(`^\\s*import\\s+([\\w.]+\\.${declared})\\s*;`, 'm').exec(setup)?.[1];
  for (const member of chain.split('()').map((m) => m.replace(/^\./, '')).filter(Boolean)) {
    if (!type) return undefined;
    type = (await signatures.methods(type)).find((m) => m.name === member && m.parameters.length === 0)?.returns;
  }
  if (!type) return undefined;
  const argList = args.split(',').map((a) => a.trim());
  const position = argList.indexOf(name);
  const candidates = new Set((await signatures.methods(type)).filter((m) => m.name === method && m.parameters.length === argList.length).map((m) => m.parameters[position]!));
  return candidates.size === 1 ? [...candidates][0]!.replace(/\$/g, '.') : undefined;
}

/** javap beside the configured javac (else on PATH). */
export function javapBeside(javac: string | undefined): string {
  return javac && javac.includes(path.sep) ? path.join(path.dirname(javac), 'javap') : 'javap';
}
