// targets.skills.sdks: which SDK exists per language (types, validation, and the snippet target of each language).
// A language with a declared SDK gets SDK examples; JavaScript may use the TypeScript client sdkgen generates
// ("generated"); every other language gets raw HTTP examples in that language. Nothing is assumed to exist.
import path from 'node:path';
import { loadTarget, snippetClients } from '../snippets/index.js';
import type { CodeBlock, OperationSnippetInput, SdkInfo, SnippetLanguage, SnippetStyle, SnippetTarget } from '../snippets/target.js';

/** An SDK that exists (published): how to install it, import it and make its client. */
export interface SdkDeclaration {
  /** PyPI / npm / gem name, Go module path, or Java package. */
  package: string;
  /** The Installation block's command; default: the language's package manager with `package`. */
  install?: string;
  /** What the code imports when it differs from `package`: a Python module, a Go module, a Java package. */
  import?: string;
  /** The client class; default `client.name`. */
  client?: string;
  /** The environment variable of the API key; default `client.apiKeyEnv`. */
  apiKeyEnv?: string;
}

/** The TypeScript client sdkgen writes (targets.typescript): what `javascript: generated` resolves to. */
export interface GeneratedClient {
  generated: { out: string; packageName: string };
}

export type SdkChoice = SdkDeclaration | GeneratedClient;
export type SdksConfig = Partial<Record<SnippetLanguage, SdkChoice>>;

const DECLARATION_KEYS = ['package', 'install', 'import', 'client', 'apiKeyEnv'] as const;

type Fail = (key: string, what: string) => never;

/** Validates `sdks:`; `isLanguage` is the registry's test, so an unknown language is reported with the known ones. */
export function parseSdksConfig(
  value: unknown,
  key: string,
  fail: Fail,
  languages: readonly string[],
  typescript: { out: string; packageName: string } | undefined,
): SdksConfig {
  if (value === undefined) return defaultSdks(typescript);
  if (!value || typeof value !== 'object' || Array.isArray(value)) fail(key, 'expected a mapping of language → SDK (or "generated" for javascript)');
  const out: SdksConfig = {};
  for (const [language, raw] of Object.entries(value as Record<string, unknown>)) {
    const at = `${key}.${language}`;
    if (!languages.includes(language)) fail(at, `unknown language; one of ${languages.join(', ')}`);
    if (!snippetClients(language as SnippetLanguage).includes('sdk')) fail(at, `${language} has no SDK examples; its examples are HTTP`);
    if (raw === 'generated') {
      if (language !== 'javascript') fail(at, '"generated" is the TypeScript client sdkgen writes: javascript only');
      if (!typescript) fail(at, '"generated" documents the client of targets.typescript; add that target');
      out[language] = { generated: typescript };
      continue;
    }
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) fail(at, 'expected "generated" or a mapping with package (and install, import, client, apiKeyEnv)');
    const entry = raw as Record<string, unknown>;
    for (const k of Object.keys(entry)) {
      if (!(DECLARATION_KEYS as readonly string[]).includes(k)) fail(`${at}.${k}`, `unknown key; one of ${DECLARATION_KEYS.join(', ')}`);
    }
    for (const k of DECLARATION_KEYS) {
      if (entry[k] !== undefined && (typeof entry[k] !== 'string' || entry[k] === '')) fail(`${at}.${k}`, `expected a non-empty string, got ${JSON.stringify(entry[k])}`);
    }
    if (entry.package === undefined) fail(`${at}.package`, 'missing: the package the examples install (PyPI/npm/gem name, Go module, Java package)');
    out[language as SnippetLanguage] = entry as unknown as SdkDeclaration;
  }
  return out;
}

/** Without `sdks:`, only the TypeScript client sdkgen writes is known to exist. */
export function defaultSdks(typescript: { out: string; packageName: string } | undefined): SdksConfig {
  return typescript ? { javascript: { generated: typescript } } : {};
}

/** The languages a config that lists none documents: those with an SDK, then curl. */
export function defaultLanguages(sdks: SdksConfig): SnippetLanguage[] {
  const order: SnippetLanguage[] = ['python', 'javascript', 'go', 'ruby', 'java'];
  return [...order.filter((language) => sdks[language] !== undefined), ...(snippetClients('curl').length ? (['curl'] as SnippetLanguage[]) : [])];
}

export interface SkillTargetsInput {
  languages: SnippetLanguage[];
  sdks: SdksConfig;
  /** The SdkInfo of the `client:` config (brand, key variable, package coordinates). */
  client: SdkInfo;
  /** targets.skills.out: the generated client's install path is written relative to it. */
  skillsOut: string;
}

/** One snippet target per language: its SDK's when one is declared, else its HTTP one, each bound to its SdkInfo. */
export async function skillTargets(input: SkillTargetsInput): Promise<SnippetTarget[]> {
  return Promise.all(
    input.languages.map(async (language) => {
      const choice = input.sdks[language];
      if (choice === undefined) return bindSdk(await loadTarget(language, snippetClients(language).includes('http') ? 'http' : 'sdk'), input.client);
      if ('generated' in choice) {
        const sdk: SdkInfo = { ...input.client, packageName: choice.generated.packageName };
        const folder = path.relative(input.skillsOut, choice.generated.out).split(path.sep).join('/');
        const install = [
          `# The TypeScript client sdkgen generated in ${folder} (relative to the skills folder); it is not published:`,
          `(cd ${folder} && npm install)   # builds dist/`,
          `npm install ${folder}`,
        ].join('\n');
        return bindSdk(await loadTarget(language, 'sdk'), sdk, install, true);
      }
      return bindSdk(await loadTarget(language, 'sdk'), declaredSdk(language, choice, input.client), choice.install);
    }),
  );
}

/** A declaration as the SDK targets read it. */
function declaredSdk(language: SnippetLanguage, sdk: SdkDeclaration, client: SdkInfo): SdkInfo {
  const info: SdkInfo = { ...client, name: sdk.client ?? client.name, apiKeyEnv: sdk.apiKeyEnv ?? client.apiKeyEnv };
  if (language === 'go') info.goModule = sdk.import ?? sdk.package;
  else if (language === 'java') info.javaPackage = sdk.import ?? sdk.package;
  else info.packageName = sdk.package;
  if (language === 'python' && sdk.import) info.importName = sdk.import;
  return info;
}

const GENERATED_CLIENT = Symbol('the generated TypeScript client');

/** Whether a skill target's examples call the TypeScript client sdkgen generates. */
export function usesGeneratedClient(target: SnippetTarget): boolean {
  return (target as { [GENERATED_CLIENT]?: boolean })[GENERATED_CLIENT] === true;
}

/** The target with its own SdkInfo (and Installation command), whatever SdkInfo the caller passes. */
function bindSdk(target: SnippetTarget, sdk: SdkInfo, install?: string, generated = false): SnippetTarget {
  const bound = Object.create(target) as SnippetTarget;
  return Object.assign(bound, {
    [GENERATED_CLIENT]: generated,
    installation: (_sdk: SdkInfo, style?: SnippetStyle): CodeBlock => (install ? { fence: 'bash', code: install } : target.installation(sdk, style)),
    setup: (_sdk: SdkInfo) => target.setup(sdk),
    example: (input: OperationSnippetInput) => target.example({ ...input, sdk }),
  });
}
