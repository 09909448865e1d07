// sdkgen.config.yml: read, validate (errors name the key and what is wrong), resolve paths against the file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as yaml from 'js-yaml';
import { isSnippetLanguage, SNIPPET_LANGUAGES } from './emit/snippets/index.js';
import type { SnippetLanguage, SnippetStyle } from './emit/snippets/target.js';

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
  branding: { brand: string; namePrefix: string; author: string; generatedBy?: string };
  marketplace?: {
    name: string;
    owner: { name: string; email?: string };
    description: string;
    version: string;
    pluginDescription: string;
    sdkLabels: Record<string, string>;
  };
  locales: LocaleConfig[];
}

export interface TypescriptTargetConfig {
  out: string;
  packageName: string;
}

export interface SdkgenConfig {
  /** The file the config was read from, when any. */
  file?: string;
  spec: string;
  client: ClientConfig;
  naming: { apiMd?: string; resources?: unknown; initialisms?: string[] };
  targets: { typescript?: TypescriptTargetConfig; skills?: SkillsTargetConfig };
  templates?: string;
}

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly key: string,
    what: string,
  ) {
    super(`${file}: ${key}: ${what}`);
    this.name = 'ConfigError';
  }
}

type Raw = Record<string, unknown>;

/** Defaults that follow from the API's name when the config says nothing (or there is no config). */
export function defaultClient(name: string): ClientConfig {
  const pascal = name.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : '')).replace(/^./, (c) => c.toUpperCase()) || 'Client';
  const slug = pascal.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
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
  let raw: unknown;
  try {
    raw = yaml.load(text);
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const where = mark ? `line ${mark.line + 1}, column ${mark.column + 1}` : '(yaml)';
    throw new ConfigError(absolute, where, `not valid YAML: ${(error as { reason?: string }).reason ?? (error as Error).message}`);
  }
  return parseConfig(raw, absolute);
}

export function parseConfig(raw: unknown, file: string): SdkgenConfig {
  const dir = path.dirname(file);
  const v = new Validator(file);
  const root = v.object(raw, '(root)');
  v.known(root, '(root)', ['spec', 'client', 'naming', 'targets', 'templates']);
  const spec = v.path(v.string(root.spec, 'spec'), dir);
  const clientRaw = v.optionalObject(root.client, 'client');
  const defaults = defaultClient(typeof clientRaw.name === 'string' ? clientRaw.name : 'Client');
  v.known(clientRaw, 'client', ['name', 'packageName', 'apiKeyEnv', 'baseUrlEnv', 'baseUrl', 'goModule', 'javaPackage', 'javaRepository', 'webhooks']);
  const client: ClientConfig = { ...defaults };
  for (const key of ['name', 'packageName', 'apiKeyEnv', 'baseUrlEnv', 'baseUrl', 'goModule', 'javaPackage', 'javaRepository'] as const) {
    if (clientRaw[key] !== undefined) client[key] = v.string(clientRaw[key], `client.${key}`);
  }
  if (clientRaw.webhooks !== undefined) {
    const w = v.object(clientRaw.webhooks, 'client.webhooks');
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
  if (namingRaw.apiMd !== undefined) naming.apiMd = v.path(v.string(namingRaw.apiMd, 'naming.apiMd'), dir);
  if (namingRaw.resources !== undefined) naming.resources = v.object(namingRaw.resources, 'naming.resources');
  if (namingRaw.initialisms !== undefined) naming.initialisms = v.stringList(namingRaw.initialisms, 'naming.initialisms');
  const targetsRaw = v.optionalObject(root.targets, 'targets');
  v.known(targetsRaw, 'targets', ['typescript', 'skills']);
  const targets: SdkgenConfig['targets'] = {};
  if (targetsRaw.typescript !== undefined) {
    const t = v.object(targetsRaw.typescript, 'targets.typescript');
    v.known(t, 'targets.typescript', ['out', 'packageName']);
    targets.typescript = {
      out: v.path(v.string(t.out, 'targets.typescript.out'), dir),
      packageName: t.packageName === undefined ? client.packageName : v.string(t.packageName, 'targets.typescript.packageName'),
    };
  }
  if (targetsRaw.skills !== undefined) targets.skills = parseSkills(v, targetsRaw.skills, dir, client);
  const config: SdkgenConfig = { file, spec, client, naming, targets };
  if (root.templates !== undefined) config.templates = v.path(v.string(root.templates, 'templates'), dir);
  return config;
}

function parseSkills(v: Validator, raw: unknown, dir: string, client: ClientConfig): SkillsTargetConfig {
  const s = v.object(raw, 'targets.skills');
  v.known(s, 'targets.skills', ['out', 'languages', 'styles', 'products', 'branding', 'marketplace', 'locales']);
  const languages = s.languages === undefined ? SNIPPET_LANGUAGES : v.stringList(s.languages, 'targets.skills.languages');
  languages.forEach((lang, i) => {
    if (!isSnippetLanguage(lang)) v.fail(`targets.skills.languages[${i}]`, `unknown language "${lang}"; one of ${SNIPPET_LANGUAGES.join(', ')}`);
  });
  const styles = s.styles === undefined ? ['v2'] : v.stringList(s.styles, 'targets.skills.styles');
  styles.forEach((style, i) => {
    if (style !== 'v1' && style !== 'v2') v.fail(`targets.skills.styles[${i}]`, `unknown style "${style}"; one of v1, v2`);
  });
  const brandingRaw = v.optionalObject(s.branding, 'targets.skills.branding');
  const slug = client.packageName;
  const branding: SkillsTargetConfig['branding'] = {
    brand: brandingRaw.brand === undefined ? client.name : v.string(brandingRaw.brand, 'targets.skills.branding.brand'),
    namePrefix: brandingRaw.namePrefix === undefined ? slug : v.string(brandingRaw.namePrefix, 'targets.skills.branding.namePrefix'),
    author: brandingRaw.author === undefined ? slug : v.string(brandingRaw.author, 'targets.skills.branding.author'),
  };
  if (brandingRaw.generatedBy !== undefined) branding.generatedBy = v.string(brandingRaw.generatedBy, 'targets.skills.branding.generatedBy');
  const skills: SkillsTargetConfig = {
    out: v.path(v.string(s.out, 'targets.skills.out'), dir),
    languages: languages as SnippetLanguage[],
    styles: styles as SnippetStyle[],
    branding,
    locales: [],
  };
  if (s.products !== undefined) skills.products = v.path(v.string(s.products, 'targets.skills.products'), dir);
  if (s.marketplace !== undefined) {
    const m = v.object(s.marketplace, 'targets.skills.marketplace');
    const owner = v.object(m.owner, 'targets.skills.marketplace.owner');
    skills.marketplace = {
      name: v.string(m.name, 'targets.skills.marketplace.name'),
      owner: owner.email === undefined
        ? { name: v.string(owner.name, 'targets.skills.marketplace.owner.name') }
        : { name: v.string(owner.name, 'targets.skills.marketplace.owner.name'), email: v.string(owner.email, 'targets.skills.marketplace.owner.email') },
      description: v.string(m.description, 'targets.skills.marketplace.description'),
      version: String(m.version ?? '1.0.0'),
      pluginDescription: v.string(m.pluginDescription, 'targets.skills.marketplace.pluginDescription'),
      sdkLabels: m.sdkLabels === undefined ? {} : (v.object(m.sdkLabels, 'targets.skills.marketplace.sdkLabels') as Record<string, string>),
    };
  }
  if (s.locales !== undefined) {
    if (!Array.isArray(s.locales)) v.fail('targets.skills.locales', 'expected a list of locales');
    skills.locales = (s.locales as unknown[]).map((item, i) => parseLocale(v, item, `targets.skills.locales[${i}]`, dir));
  }
  return skills;
}

function parseLocale(v: Validator, raw: unknown, key: string, dir: string): LocaleConfig {
  const l = v.object(raw, key);
  v.known(l, key, ['locale', 'languages', 'products', 'styles', 'catalog', 'extract']);
  const locale: LocaleConfig = { locale: v.string(l.locale, `${key}.locale`) };
  if (l.languages !== undefined) locale.languages = v.stringList(l.languages, `${key}.languages`) as SnippetLanguage[];
  if (l.products !== undefined) locale.products = v.stringList(l.products, `${key}.products`);
  if (l.styles !== undefined) locale.styles = v.stringList(l.styles, `${key}.styles`) as SnippetStyle[];
  if (l.catalog !== undefined) locale.catalog = v.path(v.string(l.catalog, `${key}.catalog`), dir);
  if (l.extract !== undefined) {
    const e = v.object(l.extract, `${key}.extract`);
    locale.extract = {
      source: v.path(v.string(e.source, `${key}.extract.source`), dir),
      translated: v.path(v.string(e.translated, `${key}.extract.translated`), dir),
    };
  }
  if (!locale.catalog && !locale.extract) v.fail(key, 'needs a "catalog" file or an "extract" pair');
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
      if (!keys.includes(name)) this.fail(key === '(root)' ? name : `${key}.${name}`, `unknown key; expected one of ${keys.join(', ')}`);
    }
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a mapping' : `${typeof value} ${JSON.stringify(value)}`;
}
