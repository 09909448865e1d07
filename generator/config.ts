// sdkgen.config.yml: read, validate (errors name the key and what is wrong), resolve paths against the file.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import * as yaml from 'js-yaml';
import { BUILTIN_TEMPLATES_DIR } from './emit/skills/templates.js';
import type { MarketplaceInfo } from './emit/skills/marketplace.js';
import { parsePublishConfig, type PublishClient } from './emit/skills/publish/config.js';
import { parseVerifyConfig, type VerifyConfig } from './verify/config.js';
import { parseCurationConfig, splitAgentStyle, type AgentConfig } from './emit/skills/agent/config.js';
import { defaultLanguages, parseSdksConfig, type SdksConfig } from './emit/skills/sdks.js';
import { ALL_SNIPPET_LANGUAGES, isSnippetLanguage, SNIPPET_LANGUAGES } from './emit/snippets/index.js';
import type { SnippetLanguage, SnippetStyle } from './emit/snippets/target.js';
import { namingConfigIssues } from './naming/config.js';
import { parseOpenapiTypesTarget, type OpenapiTypesTargetConfig } from './openapi-types/config.js';
import { parseReadmeExamples, type ReadmeExamplesConfig } from './emit/typescript/readme-examples.js';

export interface ClientConfig {
  /** Client class and brand, e.g. "Telnyx". */
  name: string;
  /** npm / PyPI / gem package name. */
  packageName: string;
  apiKeyEnv: string;
  baseUrlEnv: string;
  baseUrl?: string;
  goModule: string;
  javaPackage: string;
  javaRepository: string;
  /** The Java SDK release the v3 Installation block pins (Maven/Gradle); without it the block links the repository. */
  javaVersion?: string;
  webhooks?: { scheme: 'ed25519'; signatureHeader: string; timestampHeader: string };
}

export interface LocaleConfig {
  locale: string;
  languages?: SnippetLanguage[];
  products?: string[];
  styles?: SnippetStyle[];
  /** A catalog file (JSON) of translations. */
  catalog?: string;
  /** Or: build the catalog at generation time from an English document and its translation. */
  extract?: { source: string; translated: string };
}

export interface SkillsTargetConfig {
  out: string;
  languages: SnippetLanguage[];
  styles: SnippetStyle[];
  /** A products file; absent: one product per tag. */
  products?: string;
  /** Which SDK exists per language (targets.skills.sdks, resolved); absent: only the generated TypeScript client. */
  sdks?: SdksConfig;
  /** `profile`: metadata.profile of agent-profile documents. */
  branding: { brand: string; namePrefix: string; author: string; generatedBy?: string; profile?: string };
  /** `styles` named `agent`: the agent profile is written too (under agent/ when other styles are). */
  agent?: AgentConfig;
  marketplace?: MarketplaceInfo;
  locales: LocaleConfig[];
  /** Agent clients to package the flat skills tree for (manifests beside `skills/`). */
  publish?: PublishClient[];
}

export interface TypescriptTargetConfig {
  out: string;
  packageName: string;
  /** The calls the client README shows (its own choice when absent). */
  readme?: ReadmeExamplesConfig;
}

export interface SdkgenConfig {
  /** The file the config was read from, when any. */
  file?: string;
  spec: string;
  client: ClientConfig;
  /** apiMd: the JavaScript (or only) api.md, which names the resource tree; languageApiMd: each language's own. */
  naming: { apiMd?: string; languageApiMd?: Partial<Record<string, string>>; resources?: unknown; initialisms?: string[] };
  targets: { typescript?: TypescriptTargetConfig; skills?: SkillsTargetConfig; openapiTypes?: OpenapiTypesTargetConfig };
  templates?: string;
  /** What `sdkgen verify` checks the docs against (generator/verify/config.ts). */
  verify?: VerifyConfig;
  /**
   * Keys filled with defaults because the config names no client (e.g. "client.packageName",
   * "targets.skills.branding.brand"): they follow the API's title once the spec is read.
   */
  inferred?: string[];
}

export class ConfigError extends Error {
  constructor(
    /** Absolute path of the config file. */
    readonly file: string,
    /** The key in dotted form ("targets.skills.languages[1]"), or the place ("line 3, column 5"). */
    readonly key: string,
    readonly what: string,
  ) {
    super(`${displayPath(file)}: ${key}: ${what}`);
    this.name = 'ConfigError';
  }
}

/** Paths under the working directory are shown relative to it. */
function displayPath(file: string): string {
  if (!path.isAbsolute(file)) return file;
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

type Raw = Record<string, unknown>;

export const SKILL_STYLES = ['v1', 'v2', 'v3'] as const;
const LOCALE_NAME = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** Defaults that follow from the API's name when the config says nothing (or there is no config). */
export function defaultClient(name: string, packageSlug?: string): ClientConfig {
  const pascal = name.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : '')).replace(/^./, (c) => c.toUpperCase()) || 'Client';
  const slug = packageSlug ?? pascal.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
  const env = slug.replace(/-/g, '_').toUpperCase();
  return {
    name: pascal,
    packageName: slug,
    apiKeyEnv: `${env}_API_KEY`,
    baseUrlEnv: `${env}_BASE_URL`,
    goModule: `github.com/${slug}/${slug}-go`,
    javaPackage: `com.${slug.replace(/-/g, '')}.api`,
    javaRepository: `https://github.com/${slug}/${slug}-java`,
  };
}

export function readConfigFile(file: string): SdkgenConfig {
  const absolute = path.resolve(file);
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    throw new ConfigError(absolute, '(file)', `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  if (text.split('\n').every((line) => /^\s*(#.*)?$/.test(line))) {
    throw new ConfigError(absolute, '(root)', 'the file is empty; it needs at least "spec:" and "targets:"');
  }
  let raw: unknown;
  try {
    raw = yaml.load(text);
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const where = mark ? `line ${mark.line + 1}, column ${mark.column + 1}` : '(yaml)';
    throw new ConfigError(absolute, where, `not valid YAML: ${(error as { reason?: string }).reason ?? (error as Error).message}`);
  }
  if (raw === undefined || raw === null) throw new ConfigError(absolute, '(root)', 'the file is empty; it needs at least "spec:" and "targets:"');
  return parseConfig(raw, absolute);
}

export function parseConfig(raw: unknown, file: string): SdkgenConfig {
  const dir = path.dirname(file);
  const v = new Validator(file);
  const root = v.object(raw, '(root)');
  v.known(root, '(root)', ['spec', 'client', 'naming', 'targets', 'templates', 'verify']);
  const spec = v.path(v.required(root.spec, 'spec', 'the OpenAPI document to read, relative to this file'), dir);
  const clientRaw = v.optionalObject(root.client, 'client');
  const defaults = defaultClient(typeof clientRaw.name === 'string' ? clientRaw.name : 'Client');
  v.known(clientRaw, 'client', ['name', 'packageName', 'apiKeyEnv', 'baseUrlEnv', 'baseUrl', 'goModule', 'javaPackage', 'javaRepository', 'javaVersion', 'webhooks']);
  const client: ClientConfig = { ...defaults };
  if (clientRaw.name !== undefined && !/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(v.string(clientRaw.name, 'client.name'))) {
    v.fail('client.name', `"${clientRaw.name}" is not a class name; write it as one word, e.g. "${defaultClient(String(clientRaw.name)).name}"`);
  }
  for (const key of ['name', 'packageName', 'apiKeyEnv', 'baseUrlEnv', 'baseUrl', 'goModule', 'javaPackage', 'javaRepository', 'javaVersion'] as const) {
    if (clientRaw[key] !== undefined) client[key] = v.string(clientRaw[key], `client.${key}`);
  }
  if (clientRaw.webhooks !== undefined) {
    const w = v.object(clientRaw.webhooks, 'client.webhooks');
    v.known(w, 'client.webhooks', ['scheme', 'signatureHeader', 'timestampHeader']);
    if (w.scheme !== 'ed25519') throw new ConfigError(file, 'client.webhooks.scheme', `must be "ed25519" (the only scheme supported), got ${JSON.stringify(w.scheme)}`);
    client.webhooks = {
      scheme: 'ed25519',
      signatureHeader: v.string(w.signatureHeader, 'client.webhooks.signatureHeader'),
      timestampHeader: v.string(w.timestampHeader, 'client.webhooks.timestampHeader'),
    };
  }
  const namingRaw = v.optionalObject(root.naming, 'naming');
  v.known(namingRaw, 'naming', ['apiMd', 'resources', 'initialisms']);
  const naming: SdkgenConfig['naming'] = {};
  if (typeof namingRaw.apiMd === 'object' && namingRaw.apiMd !== null) {
    // One api.md per language: each language's examples take that SDK's names; javascript's also names the tree.
    const perLanguage = v.object(namingRaw.apiMd, 'naming.apiMd');
    v.known(perLanguage, 'naming.apiMd', SNIPPET_LANGUAGES);
    naming.languageApiMd = {};
    for (const [language, file] of Object.entries(perLanguage)) {
      naming.languageApiMd[language] = v.path(v.string(file, `naming.apiMd.${language}`), dir);
    }
    if (naming.languageApiMd.javascript) naming.apiMd = naming.languageApiMd.javascript;
  } else if (namingRaw.apiMd !== undefined) naming.apiMd = v.path(v.string(namingRaw.apiMd, 'naming.apiMd'), dir);
  if (namingRaw.initialisms !== undefined) naming.initialisms = v.stringList(namingRaw.initialisms, 'naming.initialisms');
  if (namingRaw.resources !== undefined) {
    naming.resources = v.object(namingRaw.resources, 'naming.resources');
    const issues = namingConfigIssues({ resources: naming.resources, initialisms: naming.initialisms }, 'naming');
    if (issues.length > 0) v.failIssues(issues);
  }
  const targetsRaw = v.optionalObject(root.targets, 'targets');
  v.known(targetsRaw, 'targets', ['typescript', 'skills', 'openapiTypes']);
  const targets: SdkgenConfig['targets'] = {};
  if (targetsRaw.typescript !== undefined) {
    const t = v.object(targetsRaw.typescript, 'targets.typescript');
    v.known(t, 'targets.typescript', ['out', 'packageName', 'readme']);
    targets.typescript = {
      out: v.path(v.required(t.out, 'targets.typescript.out', 'the folder the client is written to'), dir),
      packageName: t.packageName === undefined ? client.packageName : v.string(t.packageName, 'targets.typescript.packageName'),
    };
    if (t.readme !== undefined) targets.typescript.readme = parseReadmeExamples(v, t.readme, 'targets.typescript.readme');
  }
  if (targetsRaw.skills !== undefined) targets.skills = parseSkills(v, targetsRaw.skills, dir, client, targets.typescript);
  if (targetsRaw.openapiTypes !== undefined) targets.openapiTypes = parseOpenapiTypesTarget(v, targetsRaw.openapiTypes, dir);
  if (!targets.typescript && !targets.skills && !targets.openapiTypes) v.fail('targets', 'nothing to generate; add targets.typescript and/or targets.skills');
  if (targets.typescript && targets.skills && overlaps(targets.typescript.out, targets.skills.out)) {
    v.fail('targets.skills.out', `must not be ${targets.typescript.out} or inside or around it (targets.typescript.out): each target owns its folder`);
  }
  for (const other of ['typescript', 'skills'] as const) {
    const out = targets[other]?.out;
    if (targets.openapiTypes && out !== undefined && overlaps(targets.openapiTypes.out, out)) {
      v.fail('targets.openapiTypes.out', `must not be ${out} or inside or around it (targets.${other}.out): each target owns its folder`);
    }
  }
  const config: SdkgenConfig = { file, spec, client, naming, targets };
  if (root.verify !== undefined && root.verify !== null) config.verify = parseVerifyConfig(root.verify, dir, (key, what) => v.fail(key, what));
  if (clientRaw.name === undefined) config.inferred = inferredKeys(clientRaw, targetsRaw);
  if (root.templates !== undefined) config.templates = v.path(v.string(root.templates, 'templates'), dir);
  return config;
}

/** Without client.name, every default that follows from it, unless the config sets it. */
function inferredKeys(clientRaw: Raw, targetsRaw: Raw): string[] {
  const keys = ['name', 'packageName', 'apiKeyEnv', 'baseUrlEnv', 'goModule', 'javaPackage', 'javaRepository']
    .filter((key) => clientRaw[key] === undefined)
    .map((key) => `client.${key}`);
  const packageInferred = clientRaw.packageName === undefined;
  const typescript = targetsRaw.typescript as Raw | undefined;
  if (typescript && packageInferred && typescript.packageName === undefined) keys.push('targets.typescript.packageName');
  const branding = ((targetsRaw.skills as Raw | undefined)?.branding ?? {}) as Raw;
  if (targetsRaw.skills !== undefined) {
    if (branding.brand === undefined) keys.push('targets.skills.branding.brand');
    if (packageInferred && branding.namePrefix === undefined) keys.push('targets.skills.branding.namePrefix');
    if (packageInferred && branding.author === undefined) keys.push('targets.skills.branding.author');
  }
  return keys;
}

function parseSkills(v: Validator, raw: unknown, dir: string, client: ClientConfig, typescript: TypescriptTargetConfig | undefined): SkillsTargetConfig {
  const s = v.object(raw, 'targets.skills');
  v.known(s, 'targets.skills', ['out', 'languages', 'styles', 'products', 'branding', 'marketplace', 'locales', 'publish', 'sdks', 'curation']);
  const sdks = parseSdksConfig(s.sdks, 'targets.skills.sdks', (key, what) => v.fail(key, what), ALL_SNIPPET_LANGUAGES, typescript);
  const languages = s.languages === undefined ? defaultLanguages(sdks) : v.languages(s.languages, 'targets.skills.languages');
  const agentStyle = splitAgentStyle(s.styles);
  const styles = s.styles === undefined ? (['v2'] as SnippetStyle[]) : agentStyle.agent && (agentStyle.others as unknown[]).length === 0 ? [] : v.styles(agentStyle.others, 'targets.skills.styles');
  const brandingRaw = v.optionalObject(s.branding, 'targets.skills.branding');
  v.known(brandingRaw, 'targets.skills.branding', ['brand', 'namePrefix', 'author', 'generatedBy', 'profile']);
  const slug = client.packageName;
  const branding: SkillsTargetConfig['branding'] = {
    brand: brandingRaw.brand === undefined ? client.name : v.string(brandingRaw.brand, 'targets.skills.branding.brand'),
    namePrefix: brandingRaw.namePrefix === undefined ? slug : v.string(brandingRaw.namePrefix, 'targets.skills.branding.namePrefix'),
    author: brandingRaw.author === undefined ? slug : v.string(brandingRaw.author, 'targets.skills.branding.author'),
  };
  if (brandingRaw.generatedBy !== undefined) branding.generatedBy = v.string(brandingRaw.generatedBy, 'targets.skills.branding.generatedBy');
  if (brandingRaw.profile !== undefined) branding.profile = v.string(brandingRaw.profile, 'targets.skills.branding.profile');
  const skills: SkillsTargetConfig = {
    out: v.path(v.required(s.out, 'targets.skills.out', 'the folder the skill docs are written to'), dir),
    languages,
    styles,
    branding,
    locales: [],
  };
  if (s.products !== undefined) skills.products = v.path(v.string(s.products, 'targets.skills.products'), dir);
  skills.sdks = sdks;
  if (s.publish !== undefined) skills.publish = parsePublishConfig(s.publish, 'targets.skills.publish', (key, what) => v.fail(key, what));
  if (agentStyle.agent) skills.agent = {};
  if (s.curation !== undefined) {
    if (!skills.agent) v.fail('targets.skills.curation', 'is for the agent profile; add agent to targets.skills.styles');
    skills.agent!.curation = parseCurationConfig(s.curation, 'targets.skills.curation', dir, (key, what) => v.fail(key, what));
  }
  if (s.marketplace !== undefined) {
    const m = v.object(s.marketplace, 'targets.skills.marketplace');
    v.known(m, 'targets.skills.marketplace', ['name', 'owner', 'description', 'version', 'pluginDescription', 'sdkLabels']);
    const owner = v.object(m.owner, 'targets.skills.marketplace.owner');
    v.known(owner, 'targets.skills.marketplace.owner', ['name', 'email']);
    if (m.version !== undefined && typeof m.version !== 'string' && typeof m.version !== 'number') {
      v.fail('targets.skills.marketplace.version', `expected a version such as "1.0.0", got ${describe(m.version)}`);
    }
    const sdkLabels = m.sdkLabels === undefined ? {} : v.object(m.sdkLabels, 'targets.skills.marketplace.sdkLabels');
    for (const [language, label] of Object.entries(sdkLabels)) {
      if (!isSnippetLanguage(language)) v.fail(`targets.skills.marketplace.sdkLabels.${language}`, `unknown language; one of ${SNIPPET_LANGUAGES.join(', ')}`);
      v.string(label, `targets.skills.marketplace.sdkLabels.${language}`);
    }
    skills.marketplace = {
      name: v.string(m.name, 'targets.skills.marketplace.name'),
      owner: owner.email === undefined
        ? { name: v.string(owner.name, 'targets.skills.marketplace.owner.name') }
        : { name: v.string(owner.name, 'targets.skills.marketplace.owner.name'), email: v.string(owner.email, 'targets.skills.marketplace.owner.email') },
      description: v.string(m.description, 'targets.skills.marketplace.description'),
      version: String(m.version ?? '1.0.0'),
      pluginDescription: v.string(m.pluginDescription, 'targets.skills.marketplace.pluginDescription'),
      sdkLabels: sdkLabels as Record<string, string>,
    };
  }
  if (s.locales !== undefined) {
    if (!Array.isArray(s.locales)) v.fail('targets.skills.locales', 'expected a list of locales');
    skills.locales = (s.locales as unknown[]).map((item, i) => parseLocale(v, item, `targets.skills.locales[${i}]`, dir, skills));
    const seen = new Set<string>();
    skills.locales.forEach((l, i) => {
      if (l.locale === 'en') v.fail(`targets.skills.locales[${i}].locale`, '"en" is the main locale, always generated; list only translations');
      if (seen.has(l.locale)) v.fail(`targets.skills.locales[${i}].locale`, `"${l.locale}" is listed twice`);
      seen.add(l.locale);
    });
  }
  return skills;
}

function parseLocale(v: Validator, raw: unknown, key: string, dir: string, skills: SkillsTargetConfig): LocaleConfig {
  const l = v.object(raw, key);
  v.known(l, key, ['locale', 'languages', 'products', 'styles', 'catalog', 'extract']);
  const name = v.required(l.locale, `${key}.locale`, 'a locale name such as "zh-CN"');
  if (!LOCALE_NAME.test(name)) v.fail(`${key}.locale`, `"${name}" is not a locale name such as "zh-CN" or "fr"`);
  const locale: LocaleConfig = { locale: name };
  if (l.languages !== undefined) {
    locale.languages = v.languages(l.languages, `${key}.languages`);
    locale.languages.forEach((language, i) => {
      if (!skills.languages.includes(language)) v.fail(`${key}.languages[${i}]`, `"${language}" is not in targets.skills.languages`);
    });
  }
  if (l.products !== undefined) locale.products = v.stringList(l.products, `${key}.products`);
  if (l.styles !== undefined) {
    locale.styles = v.styles(l.styles, `${key}.styles`);
    locale.styles.forEach((style, i) => {
      if (!skills.styles.includes(style)) v.fail(`${key}.styles[${i}]`, `"${style}" is not in targets.skills.styles`);
    });
  }
  if (l.catalog !== undefined) locale.catalog = v.path(v.string(l.catalog, `${key}.catalog`), dir);
  if (l.extract !== undefined) {
    const e = v.object(l.extract, `${key}.extract`);
    v.known(e, `${key}.extract`, ['source', 'translated']);
    locale.extract = {
      source: v.path(v.string(e.source, `${key}.extract.source`), dir),
      translated: v.path(v.string(e.translated, `${key}.extract.translated`), dir),
    };
  }
  if (!locale.catalog && !locale.extract) v.fail(key, 'needs a "catalog" file or an "extract" pair (source: the English SKILL.md, translated: its translation)');
  if (locale.catalog && locale.extract) v.fail(key, 'has both "catalog" and "extract"; keep one');
  return locale;
}

class Validator {
  constructor(private readonly file: string) {}

  fail(key: string, what: string): never {
    throw new ConfigError(this.file, key, what);
  }

  object(value: unknown, key: string): Raw {
    if (!value || typeof value !== 'object' || Array.isArray(value)) this.fail(key, `expected a mapping, got ${describe(value)}`);
    return value as Raw;
  }

  optionalObject(value: unknown, key: string): Raw {
    return value === undefined || value === null ? {} : this.object(value, key);
  }

  /** Every problem of a part validated elsewhere ("key: what" each), the first one as the key. */
  failIssues(issues: string[]): never {
    const [first, ...others] = issues;
    const split = /^([^:]+): (.*)$/s.exec(first!);
    const more = others.length > 0 ? `\n${others.map((issue) => `  also ${issue}`).join('\n')}` : '';
    return this.fail(split?.[1] ?? '(root)', `${split?.[2] ?? first}${more}`);
  }

  required(value: unknown, key: string, what: string): string {
    if (value === undefined || value === null) this.fail(key, `missing; ${what}`);
    return this.string(value, key);
  }

  languages(value: unknown, key: string): SnippetLanguage[] {
    const list = this.stringList(value, key);
    if (list.length === 0) this.fail(key, `empty; list one or more of ${SNIPPET_LANGUAGES.join(', ')}`);
    list.forEach((language, i) => {
      if (!isSnippetLanguage(language)) this.fail(`${key}[${i}]`, `unknown language "${language}"; one of ${SNIPPET_LANGUAGES.join(', ')}`);
    });
    return list as SnippetLanguage[];
  }

  styles(value: unknown, key: string): SnippetStyle[] {
    const list = this.stringList(value, key);
    if (list.length === 0) this.fail(key, `empty; list v1, v2 and/or v3`);
    list.forEach((style, i) => {
      if (!(SKILL_STYLES as readonly string[]).includes(style)) this.fail(`${key}[${i}]`, `unknown style "${style}"; one of ${SKILL_STYLES.join(', ')}`);
    });
    return list as SnippetStyle[];
  }

  string(value: unknown, key: string): string {
    if (typeof value !== 'string' || value === '') this.fail(key, `expected a non-empty string, got ${describe(value)}`);
    return value as string;
  }

  stringList(value: unknown, key: string): string[] {
    if (!Array.isArray(value)) this.fail(key, `expected a list of strings, got ${describe(value)}`);
    return (value as unknown[]).map((item, i) => this.string(item, `${key}[${i}]`));
  }

  path(value: string, dir: string): string {
    return path.resolve(dir, value);
  }

  known(object: Raw, key: string, keys: string[]): void {
    for (const name of Object.keys(object)) {
      if (keys.includes(name)) continue;
      const guess = closest(name, keys);
      this.fail(key === '(root)' ? name : `${key}.${name}`, `unknown key${guess ? ` (did you mean "${guess}"?)` : ''}; expected one of ${keys.join(', ')}`);
    }
  }
}

/** The known key a misspelt one most likely meant: small edit distance, or the same letters in another case. */
function closest(name: string, keys: string[]): string | undefined {
  let best: { key: string; distance: number } | undefined;
  for (const key of keys) {
    const distance = editDistance(name.toLowerCase(), key.toLowerCase());
    if (distance <= Math.max(1, Math.floor(key.length / 3)) && (!best || distance < best.distance)) best = { key, distance };
  }
  return best?.key;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

function overlaps(a: string, b: string): boolean {
  const inside = (child: string, parent: string) => child === parent || child.startsWith(parent + path.sep);
  return inside(a, b) || inside(b, a);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a mapping' : `${typeof value} ${JSON.stringify(value)}`;
}

/**
 * Checks that the files a config names exist (products, catalogs, extract pairs, api.md, templates, locale
 * files), so that a typo is reported with its key before any work starts. Run after --templates is applied.
 */
export function checkConfigFiles(config: SdkgenConfig): void {
  const file = config.file ?? '(command line)';
  const need = (key: string, target: string | undefined, kind: 'file' | 'folder') => {
    if (target === undefined) return;
    let stat;
    try {
      stat = statSync(target);
    } catch {
      throw new ConfigError(file, key, `no such ${kind}: ${target}`);
    }
    if (kind === 'file' && !stat.isFile()) throw new ConfigError(file, key, `not a file: ${target}`);
    if (kind === 'folder' && !stat.isDirectory()) throw new ConfigError(file, key, `not a folder: ${target}`);
  };
  need('templates', config.templates, 'folder');
  need('naming.apiMd', config.naming.apiMd, 'file');
  for (const [language, apiMd] of Object.entries(config.naming.languageApiMd ?? {})) need(`naming.apiMd.${language}`, apiMd, 'file');
  const skills = config.targets.skills;
  if (!skills) return;
  need('targets.skills.products', skills.products, 'file');
  const curation = skills.agent?.curation;
  if (curation) need('targets.skills.curation', 'file' in curation ? curation.file : curation.extract, 'file' in curation ? 'file' : 'folder');
  skills.locales.forEach((locale, i) => {
    const key = `targets.skills.locales[${i}]`;
    need(`${key}.catalog`, locale.catalog, 'file');
    need(`${key}.extract.source`, locale.extract?.source, 'file');
    need(`${key}.extract.translated`, locale.extract?.translated, 'file');
    const strings = `skills/locales/${locale.locale}.json`;
    const found = [config.templates, BUILTIN_TEMPLATES_DIR].some((dir) => dir !== undefined && existsSync(path.join(dir, strings)));
    if (!found) {
      const builtin = readdirSync(path.join(BUILTIN_TEMPLATES_DIR, 'skills/locales')).map((f) => f.replace(/\.json$/, ''));
      throw new ConfigError(
        file,
        `${key}.locale`,
        `no ${strings} for "${locale.locale}" (built in: ${builtin.join(', ')}); add one to your templates folder (see "Custom templates" in the README)`,
      );
    }
  });
}
