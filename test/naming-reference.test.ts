// Golden: the api.md of the official TypeScript SDK, imported, must reproduce the names the reference skill docs
// show in every language (call chains, params types, fields, enum constants, packages).
import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { dumpNamingConfig, importApiMd } from '../generator/naming/api-md.js';
import { methodConfig, type NamingConfig, namingConfigIssues, type ResourceConfig } from '../generator/naming/config.js';
import { createNamers, LANGUAGES, type Language, type Namers } from '../generator/naming/languages/index.js';
import { snakeCase } from '../generator/naming/words.js';
import { hasShared, shared, sharedSkipReason } from './support/shared.js';

interface Named {
  path: string[];
  method: string;
}

interface Section {
  /** "get /ai/assistants" */
  key: string;
  code: string;
}

const FENCE: Record<Language, string> = { python: 'python', javascript: 'javascript', go: 'go', ruby: 'ruby', java: 'java' };

/** The call of an example; the client variable is `client`, or `telnyx` in the Ruby v1 docs. */
const CHAIN: Record<Language, RegExp> = {
  python: /client(?:\.[a-z_][a-z0-9_]*)+(?=\()/,
  javascript: /client(?:\.[A-Za-z_$][A-Za-z0-9_$]*)+(?=\()/,
  go: /client(?:\.[A-Z][A-Za-z0-9]*)+(?=\()/,
  ruby: /\b(?:client|telnyx)(?:\.[a-z_][a-z0-9_]*)+/,
  java: /client(?:\.[a-z][A-Za-z0-9]*\(\))*\.[a-z][A-Za-z0-9]*(?=\()/,
};

/** Sections of a reference doc that show one endpoint (`METHOD /path`) and the code block after it. */
function sections(text: string, language: Language): Section[] {
  const result: Section[] = [];
  for (const part of text.split(/^## /m).slice(1)) {
    const endpoint = /^`(GET|POST|PUT|PATCH|DELETE) (\/[^`\s]*)`/m.exec(part);
    const code = new RegExp('```' + FENCE[language] + '\\n([\\s\\S]*?)```').exec(part);
    if (endpoint && code) result.push({ key: `${endpoint[1].toLowerCase()} ${endpoint[2]}`, code: code[1] });
  }
  return result;
}

function referenceDocs(): { language: Language; style: string; sections: Section[] }[] {
  const dir = shared('reference', 'skills');
  return readdirSync(dir)
    .map((file) => /^telnyx-ai-assistants-(\w+)\.(v\d)\.SKILL\.md$/.exec(file))
    .filter((m): m is RegExpExecArray => !!m && (LANGUAGES as string[]).includes(m[1]))
    .map((m) => ({
      language: m[1] as Language,
      style: m[2],
      sections: sections(readFileSync(`${dir}/${m[0]}`, 'utf8'), m[1] as Language),
    }));
}

function index(resources: Record<string, ResourceConfig>, parent: string[] = [], into = new Map<string, Named>()): Map<string, Named> {
  for (const [name, resource] of Object.entries(resources)) {
    const path = [...parent, name];
    for (const [method, entry] of Object.entries(resource.methods ?? {})) {
      const key = methodConfig(entry).endpoint;
      if (!into.has(key)) into.set(key, { path, method });
    }
    index(resource.subresources ?? {}, path, into);
  }
  return into;
}

describe(`naming golden: api.md → reference skill docs${sharedSkipReason}`, () => {
  let config: NamingConfig;
  let byEndpoint: Map<string, Named>;
  let namers: Namers;
  let docs: ReturnType<typeof referenceDocs>;

  beforeAll(() => {
    if (!hasShared) return;
    config = importApiMd(readFileSync(shared('reference', 'stainless', 'telnyx-node.api.md'), 'utf8'));
    byEndpoint = index(config.resources);
    namers = createNamers({ initialisms: config.initialisms });
    docs = referenceDocs();
  });

  const named = (key: string): Named => {
    const found = byEndpoint.get(key);
    if (!found) throw new Error(`the imported api.md names no method for ${key}`);
    return found;
  };

  it.skipIf(!hasShared)('reads every reference doc in five languages and two styles', () => {
    expect(docs.map((d) => `${d.language}.${d.style}`).sort()).toEqual(
      LANGUAGES.flatMap((l) => [`${l}.v1`, `${l}.v2`]).sort(),
    );
    for (const doc of docs) expect(doc.sections.length, `${doc.language}.${doc.style}`).toBeGreaterThanOrEqual(40);
  });

  it.skipIf(!hasShared)('produces the call chain of every operation shown, in every language', () => {
    let checked = 0;
    for (const doc of docs) {
      const namer = namers[doc.language];
      for (const section of doc.sections) {
        const shown = CHAIN[doc.language].exec(section.code)?.[0];
        expect(shown, `${doc.language}.${doc.style} ${section.key}: no call found`).toBeDefined();
        const { path, method } = named(section.key);
        const client = shown!.slice(0, shown!.indexOf('.'));
        expect(namer.callChain(path, method, client), `${doc.language}.${doc.style} ${section.key}`).toBe(shown);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(400);
  });

  it.skipIf(!hasShared)('produces the call chains of the fax reference doc', () => {
    const fax = sections(readFileSync(shared('reference', 'skills', 'telnyx-fax-python.v2.SKILL.md'), 'utf8'), 'python');
    expect(fax.length).toBeGreaterThanOrEqual(10);
    for (const section of fax) {
      const { path, method } = named(section.key);
      expect(namers.python.callChain(path, method), section.key).toBe(CHAIN.python.exec(section.code)?.[0]);
    }
    expect(fax.find((s) => s.key === 'post /faxes')!.code).toContain(`${namers.python.param('from')}=`);
  });

  it.skipIf(!hasShared)('produces the Go params types, nested types and model param types shown', () => {
    let checked = 0;
    for (const doc of docs.filter((d) => d.language === 'go')) {
      for (const section of doc.sections) {
        const { path, method } = named(section.key);
        const paramsType = namers.go.paramsType(path, method);
        for (const [, shown] of section.code.matchAll(/telnyx\.(\w+Params)\{/g)) {
          expect(shown, `${doc.style} ${section.key}`).toBe(paramsType);
          checked++;
        }
        const keys = jsKeys(section.key, doc.style, docs);
        for (const [, nested] of section.code.matchAll(new RegExp(`telnyx\\.${paramsType}(\\w+)\\{`, 'g'))) {
          expect(keys.map((k) => namers.go.param(k)), `${doc.style} ${section.key}`).toContain(nested);
          checked++;
        }
        // A model the Java example builds (CanaryDeploy.builder()) is a …Param struct in Go.
        const java = docs.find((d) => d.language === 'java' && d.style === doc.style)!.sections.find((s) => s.key === section.key)!;
        for (const [, model] of java.code.matchAll(/(?<![.\w])([A-Z]\w*)\.builder\(\)/g)) {
          if (model.endsWith('Params')) continue;
          expect(section.code, `${doc.style} ${section.key}`).toContain(`telnyx.${namers.go.modelParamType(model)}{`);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(50);
  });

  it.skipIf(!hasShared)('produces the Java params classes, packages and page classes imported', () => {
    let checked = 0;
    for (const doc of docs.filter((d) => d.language === 'java')) {
      for (const section of doc.sections) {
        const { path, method } = named(section.key);
        const imports = [...section.code.matchAll(/^import (com\.telnyx\.sdk\.models\.[a-z0-9.]+)\.(\w+);$/gm)];
        const params = imports.filter(([, , cls]) => cls.endsWith('Params'));
        expect(params, `${doc.style} ${section.key}`).toHaveLength(1);
        expect(params[0]![2], `${doc.style} ${section.key}`).toBe(namers.java.paramsType(path, method));
        expect(params[0]![1], `${doc.style} ${section.key}`).toBe(namers.java.packageName('com.telnyx.sdk', path));
        for (const [, , page] of imports.filter(([, , cls]) => cls.endsWith('Page'))) {
          expect(page, `${doc.style} ${section.key}`).toBe(namers.java.pageType(path, method));
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(80);
  });

  it.skipIf(!hasShared)('spells the request properties of the JavaScript examples as every other language does', () => {
    let checked = 0;
    for (const doc of docs.filter((d) => d.language !== 'javascript')) {
      for (const section of doc.sections) {
        for (const key of jsKeys(section.key, doc.style, docs)) {
          const code = section.code;
          const where = `${doc.language}.${doc.style} ${section.key}: ${key}`;
          if (doc.language === 'python') expect(code.includes(`${namers.python.param(key)}=`) || code.includes(`"${key}":`), where).toBe(true);
          if (doc.language === 'ruby') expect(code, where).toContain(`${namers.ruby.param(key)}:`);
          if (doc.language === 'go') expect(code, where).toMatch(new RegExp(`\\b${namers.go.param(key)}:`));
          if (doc.language === 'java') {
            expect(code.includes(`.${namers.java.param(key)}(`) || code.includes(`.${namers.java.adder(key)}(`), where).toBe(true);
          }
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(100);
  });

  it.skipIf(!hasShared)('spells enum values as Go constants, Java constants, Python strings and Ruby symbols', () => {
    let checked = 0;
    for (const style of ['v1', 'v2']) {
      const doc = (language: Language) => docs.find((d) => d.language === language && d.style === style)!;
      for (const section of doc('javascript').sections) {
        const code = (language: Language) => doc(language).sections.find((s) => s.key === section.key)?.code ?? '';
        const { path, method } = named(section.key);
        for (const [, key, value] of section.code.matchAll(/\b([a-z_][a-z0-9_]*): '([^']*)'/g)) {
          const goConstant = new RegExp(`\\b${namers.go.param(key)}:\\s+telnyx\\.(\\w+),`).exec(code('go'))?.[1];
          if (!goConstant) continue; // Not an enum: Go shows a plain string.
          const javaValue = new RegExp(`\\.${namers.java.param(key)}\\(([A-Za-z.]+)\\.([A-Z0-9_]+)\\)`).exec(code('java'));
          expect(javaValue, `${style} ${section.key}: ${key}`).not.toBeNull();
          const javaType = javaValue![1];
          const inline = namers.java.nestedType(namers.java.paramsType(path, method), key);
          // An enum of the params (inline) or a named enum schema, whose name Java and Go share.
          const goType = javaType === inline ? namers.go.nestedType(namers.go.paramsType(path, method), key) : namers.go.typeName(javaType);
          expect(goConstant, `${style} ${section.key}: ${key}`).toBe(namers.go.enumValue(goType, value));
          expect(`${javaValue![1]}.${javaValue![2]}`).toBe(namers.java.enumValue(javaType, value));
          expect(code('python')).toContain(`${namers.python.param(key)}=${namers.python.enumValue('', value)}`);
          expect(code('ruby')).toContain(`${namers.ruby.param(key)}: ${namers.ruby.enumValue('', value)}`);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(4);
  });

  it.skipIf(!hasShared)('names the method-specific response types of the api.md (singular resource + method)', () => {
    const mismatches: string[] = [];
    let checked = 0;
    const walk = (resources: Record<string, ResourceConfig>, parent: string[]): void => {
      for (const [name, resource] of Object.entries(resources)) {
        const path = [...parent, name];
        for (const [method, entry] of Object.entries(resource.methods ?? {})) {
          const { response, page } = methodConfig(entry);
          // Only a type ending in <Method>Response was generated for the method (others are named schemas).
          if (page || !response?.endsWith(`${namers.javascript.typeName(method)}Response`)) continue;
          checked++;
          if (response !== namers.javascript.responseType(path, method)) mismatches.push(`${path.join('.')}.${method}: ${response}`);
        }
        walk(resource.subresources ?? {}, path);
      }
    };
    walk(config.resources, []);
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(500);
  });

  it.skipIf(!hasShared)('reproduces every JavaScript name of the api.md from the canonical snake names', () => {
    const text = readFileSync(shared('reference', 'stainless', 'telnyx-node.api.md'), 'utf8');
    const lines = [...text.matchAll(/<code title="([^"]+)">(client(?:\.\w+)*)\.<a [^>]*>(\w+)<\/a>\(/g)];
    expect(lines.length).toBe(879);
    const all = new Map<string, Named[]>();
    const walk = (resources: Record<string, ResourceConfig>, parent: string[]): void => {
      for (const [name, resource] of Object.entries(resources)) {
        const path = [...parent, name];
        for (const [method, entry] of Object.entries(resource.methods ?? {})) {
          const key = methodConfig(entry).endpoint;
          all.set(key, [...(all.get(key) ?? []), { path, method }]);
        }
        walk(resource.subresources ?? {}, path);
      }
    };
    walk(config.resources, []);
    const produced = new Set([...all.values()].flat().map((n) => namers.javascript.callChain(n.path, n.method)));
    const missing = lines.map(([, , chain, method]) => `${chain}.${method}`).filter((chain) => !produced.has(chain));
    expect(missing).toEqual([]);
  });

  it.skipIf(!hasShared)('collects the initialisms the SDK spells, each of them found in the api.md', () => {
    const text = readFileSync(shared('reference', 'stainless', 'telnyx-node.api.md'), 'utf8');
    expect(config.initialisms).toEqual(expect.arrayContaining(['AI', 'ID', 'IP', 'OAuth', 'SMS', 'URL']));
    for (const spelling of config.initialisms!) expect(text).toMatch(new RegExp(`[a-z]${spelling}|# ${spelling}`));
  });

  it.skipIf(!hasShared)('dumps the imported config as stable, valid YAML that loads back unchanged', () => {
    const yaml = dumpNamingConfig(config);
    expect(load(yaml)).toEqual(config);
    expect(namingConfigIssues(load(yaml))).toEqual([]);
    const again = dumpNamingConfig(importApiMd(readFileSync(shared('reference', 'stainless', 'telnyx-node.api.md'), 'utf8')));
    expect(again).toBe(yaml);
    const text = readFileSync(shared('reference', 'stainless', 'telnyx-node.api.md'), 'utf8');
    const firstSegments = [...new Set([...text.matchAll(/<code title="[^"]+">client\.(\w+)\./g)].map((m) => snakeCase(m[1])))];
    const topLevel = [...yaml.matchAll(/^ {2}([a-z0-9_]+):$/gm)].map((m) => m[1]);
    expect(topLevel).toEqual(firstSegments);
  });
});

/** The top-level and nested property keys of the JavaScript example of one endpoint. */
function jsKeys(key: string, style: string, docs: { language: Language; style: string; sections: Section[] }[]): string[] {
  const js = docs.find((d) => d.language === 'javascript' && d.style === style)?.sections.find((s) => s.key === key);
  if (!js) return [];
  const call = js.code.slice(js.code.indexOf('client.'));
  return [...new Set([...call.matchAll(/\b([a-z_][a-z0-9_]*): /g)].map((m) => m[1]))];
}
