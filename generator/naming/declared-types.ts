// The types an SDK declares, read from its api.md type listings (Node: `- <code><a …>Name</a></code>`, Go:
// `- <a …>telnyx</a>.<a …>NameParam</a>`), and the rule they decide: a named request schema is a model of a
// Stainless SDK — a type of its own, the same name in every language — exactly when the SDK declares it. A
// request body that is such a model is taken whole under the model's name (Go `UpdateConference:
// telnyx.UpdateConferenceParam{…}`, Java `.updateConference(UpdateConference.builder()…)`); any other body is
// flattened into the params. A spec schema names its model with or without a `Request`/`Schema` suffix
// (UpdateConferenceRequest → UpdateConference, AutoRespConfigCreateSchema → AutoRespConfigCreate).
import { readFileSync } from 'node:fs';

/** A type listing line of any api.md flavour: the last link of a bullet is the type's name. */
const TYPE_LINE = /^- (?:<code>)?(?:<a [^>]*>[A-Za-z_][\w]*<\/a>\.)?<a [^>]*>([A-Za-z_]\w*)<\/a>(?:<\/code>)?\s*$/;
/** What a request schema's name may add to its model's name. */
const SCHEMA_SUFFIXES = [/Request$/, /Schema$/];

export function readDeclaredTypes(apiMd: string): string[] {
  const names: string[] = [];
  for (const line of apiMd.split(/\r?\n/)) {
    const match = TYPE_LINE.exec(line);
    if (match) names.push(match[1]!);
  }
  return names;
}

/** Letters and digits, lower-cased: spellings that differ only in initialism case meet (GlobalIp, GlobalIP). */
function key(name: string): string {
  return name.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
}

export interface DeclaredModel {
  /** The model's name as the SDK spells it (Go's spelling when a Go api.md lists it), e.g. "UpdateConference". */
  name: string;
  /** Its Go request type: `UpdateConferenceParam`, or the name itself when it already ends in Params. */
  goParam: string;
}

export class DeclaredModels {
  private readonly models = new Map<string, string>();
  private readonly goParams = new Set<string>();

  /** `names`: declared type names of one or more api.md files; Go's request types carry a `Param` suffix. */
  constructor(names: readonly string[]) {
    const goModels = names.filter((n) => /[a-z0-9]Param$/.test(n)).map((n) => n.slice(0, -'Param'.length));
    for (const name of names) if (/Param$/.test(name)) this.goParams.add(name);
    // Go's spelling first: the request-side model names are the ones bodies use.
    for (const name of [...goModels, ...names.filter((n) => !/[a-z0-9]Param$/.test(n))]) {
      if (!this.models.has(key(name))) this.models.set(key(name), name);
    }
  }

  get size(): number {
    return this.models.size;
  }

  /** The model a named schema is, or undefined when the SDK has no type of that name (it inlines the schema). */
  model(schemaName: string): DeclaredModel | undefined {
    const candidates = [schemaName, ...SCHEMA_SUFFIXES.map((suffix) => schemaName.replace(suffix, ''))];
    for (const candidate of candidates) {
      const name = candidate && this.models.get(key(candidate));
      if (name) return { name, goParam: this.goParamOf(name) };
    }
    return undefined;
  }

  private goParamOf(name: string): string {
    if (this.goParams.has(`${name}Param`)) return `${name}Param`;
    return /Params$/.test(name) ? name : `${name}Param`;
  }
}

const readCache = new Map<string, string[]>();

/** The declared types of every api.md file given (read once per path); duplicates are kept once. */
export function declaredTypesOf(files: readonly (string | undefined)[]): string[] {
  const names = new Set<string>();
  for (const file of files) {
    if (!file) continue;
    let listed = readCache.get(file);
    if (!listed) readCache.set(file, (listed = readDeclaredTypes(readFileSync(file, 'utf8'))));
    for (const name of listed) names.add(name);
  }
  return [...names];
}

/** A Node api.md type line links the module declaring the type: `./src/resources/texml/accounts/accounts.ts`. */
const MODULE_LINK = /^- <code><a href="\.\/src\/resources\/([^"]+)\.ts">([A-Za-z_]\w*)<\/a><\/code>\s*$/;

/**
 * Type name → the resource module that declares it (`texml/accounts`, `verifications/by-phone-number/actions`),
 * from the links of a Node api.md; a module named like its folder is the folder (messages/messages → messages).
 * The other SDKs of the generator put the type in the package of that same resource. A name several modules
 * declare (ActionCancelResponse) is left out: each resource has its own.
 */
export function readDeclaredModules(apiMd: string): Record<string, string> {
  const modules: Record<string, string> = {};
  for (const line of apiMd.split(/\r?\n/)) {
    const match = MODULE_LINK.exec(line);
    if (!match) continue;
    const segments = match[1]!.split('/');
    if (segments.length > 1 && segments.at(-1) === segments.at(-2)) segments.pop();
    if (segments.at(-1) === 'index') segments.pop();
    const module = segments.join('/');
    const name = match[2]!;
    modules[name] = Object.hasOwn(modules, name) && modules[name] !== module ? '' : module;
  }
  for (const name of Object.keys(modules)) if (modules[name] === '') delete modules[name];
  return modules;
}

/** The declared modules of every api.md file given that links them (Node's). */
export function declaredModulesOf(files: readonly (string | undefined)[]): Record<string, string> {
  const modules: Record<string, string> = {};
  for (const file of files) {
    if (!file) continue;
    for (const [name, module] of Object.entries(readDeclaredModules(readFileSync(file, 'utf8')))) modules[name] ??= module;
  }
  return modules;
}
