// The registry of snippet targets: per language, one target per client (`sdk` and/or `http`).
import type { SnippetClient, SnippetLanguage, SnippetTarget } from './target.js';

type Loader = () => Promise<SnippetTarget>;

const loaders: Record<SnippetLanguage, Partial<Record<SnippetClient, Loader>>> = {
  python: { sdk: async () => (await import('./python.js')).pythonTarget, http: async () => (await import('./python/http.js')).pythonHttpTarget },
  javascript: { sdk: async () => (await import('./javascript.js')).javascriptTarget, http: async () => (await import('./javascript/http.js')).javascriptHttpTarget },
  go: { sdk: async () => (await import('./go.js')).goTarget, http: async () => (await import('./go/http.js')).goHttpTarget },
  ruby: { sdk: async () => (await import('./ruby.js')).rubyTarget, http: async () => (await import('./ruby/http.js')).rubyHttpTarget },
  java: { sdk: async () => (await import('./java.js')).javaTarget, http: async () => (await import('./java/http.js')).javaHttpTarget },
  curl: { http: async () => (await import('./curl.js')).curlTarget },
};

/** The languages that have an SDK-style target (the default set of a config that names none). */
export const SNIPPET_LANGUAGES = (Object.keys(loaders) as SnippetLanguage[]).filter((l) => loaders[l].sdk);

/** Every language a config may name, whatever its clients. */
export const ALL_SNIPPET_LANGUAGES = (Object.keys(loaders) as SnippetLanguage[]).filter((l) => Object.keys(loaders[l]).length > 0);

export function isSnippetLanguage(name: string): name is SnippetLanguage {
  return Object.hasOwn(loaders, name) && Object.keys(loaders[name as SnippetLanguage]).length > 0;
}

/** The clients a language has a target for, `sdk` first. */
export function snippetClients(language: SnippetLanguage): SnippetClient[] {
  return (['sdk', 'http'] as const).filter((client) => loaders[language][client]);
}

export async function loadTarget(language: SnippetLanguage, client: SnippetClient): Promise<SnippetTarget> {
  const loader = loaders[language][client];
  if (!loader) throw new Error(`no ${client} snippet target for ${language}`);
  return loader();
}

/** One target per language: its `sdk` client, else its `http` one (curl). */
export async function loadTargets(languages: SnippetLanguage[]): Promise<SnippetTarget[]> {
  return Promise.all(languages.map((language) => loadTarget(language, snippetClients(language)[0]!)));
}
