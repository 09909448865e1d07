// One interface for every language whose SDK examples the skill docs show (httpsnippet's targets/<lang> idea).
import type { MethodExample } from '../../examples/method.js';
import type { SchemaLookup } from '../../ir/pagination.js';
import type { IR, Method, Operation } from '../../ir/types.js';

export type SnippetLanguage = 'python' | 'javascript' | 'go' | 'ruby' | 'java' | 'curl';

/**
 * What a language's examples call (httpsnippet's targets/<language>/<client>): the API's SDK in that language, or
 * raw HTTP with the language's own HTTP library (urllib, fetch, net/http…). curl is `http` only.
 */
export type SnippetClient = 'sdk' | 'http';

/** v1: every example stands alone; v2: one shared Setup section; v3: v2 plus field lists, error handling, payloads. */
export type SnippetStyle = 'v1' | 'v2' | 'v3';

/** The SDK being documented: its brand, key variable and per-language package coordinates. */
export interface SdkInfo {
  /** Client class / brand, e.g. "Telnyx". */
  name: string;
  /** Environment variable holding the API key, e.g. "TELNYX_API_KEY". */
  apiKeyEnv: string;
  /** PyPI / npm / gem package name, e.g. "telnyx". */
  packageName: string;
  /** Go module path, e.g. "github.com/team-telnyx/telnyx-go". */
  goModule: string;
  /**
   * The type names the SDK's api.md files declare (naming.apiMd): a named request schema is a model of the SDK
   * exactly when it is one of them. Absent: models are guessed from the spec (response types, shared schemas).
   */
  declaredTypes?: readonly string[];
  /** Declared type name → the resource module declaring it (a Node api.md link), e.g. "verifications/by-phone-number/actions". */
  declaredModules?: Readonly<Record<string, string>>;
  /** Java root package, e.g. "com.telnyx.sdk". */
  javaPackage: string;
  /** Where Maven/Gradle coordinates are documented, e.g. "https://github.com/team-telnyx/telnyx-java". */
  javaRepository: string;
  /** The Java SDK release to pin in Maven/Gradle coordinates, when known. */
  javaVersion?: string;
  /** The API's base URL the raw-HTTP examples call (the spec's first absolute server when absent). */
  baseUrl?: string;
  /** The Python module to import when it is not the package name with `-`/`.` as `_`. */
  importName?: string;
}

export interface OperationSnippetInput {
  ir: IR;
  lookup: SchemaLookup;
  operation: Operation;
  method: Method;
  /** Canonical snake_case resource names from the root, e.g. ["ai", "assistants", "scheduled_events"]. */
  resourcePath: string[];
  example: MethodExample;
  sdk: SdkInfo;
  style: SnippetStyle;
}

export interface CodeBlock {
  /** The info string of the fence, e.g. "bash", "python", "text". */
  fence: string;
  code: string;
}

export interface SnippetTarget {
  readonly language: SnippetLanguage;
  /** `sdk` when absent. */
  readonly client?: SnippetClient;
  /** As printed in headings: "Python", "JavaScript", "Go", "Ruby", "Java". */
  readonly displayName: string;
  /** The fence info string of example code blocks. */
  readonly fence: string;
  /** The Installation block; `style` for the SDKs whose v1 and v2 documents word it differently (Java). */
  installation(sdk: SdkInfo, style?: SnippetStyle): CodeBlock;
  /** The v2 Setup block (client construction). */
  setup(sdk: SdkInfo): string;
  /** The example of one operation, without fences; v1 includes imports and set-up. */
  example(input: OperationSnippetInput): string;
  /**
   * Optional batch pass over every example of one generation run (e.g. a code formatter), called once with
   * all codes so that per-snippet start-up costs are paid once; returns them in the same order.
   */
  format?(codes: string[]): Promise<string[]>;
}
