// The registry of snippet targets, one per language.
import type { SnippetLanguage, SnippetTarget } from './target.js';

const loaders: Record<SnippetLanguage, () => Promise<SnippetTarget>> = {
  python: async () => (await import('./python.js')).pythonTarget,
  javascript: async () => (await import('./javascript.js')).javascriptTarget,
  go: async () => (await import('./go.js')).goTarget,
  ruby: async () => (await import('./ruby.js')).rubyTarget,
  java: async () => (await import('./java.js')).javaTarget,
};

export const SNIPPET_LANGUAGES = Object.keys(loaders) as SnippetLanguage[];

export function isSnippetLanguage(name: string): name is SnippetLanguage {
  return Object.hasOwn(loaders, name);
}

export async function loadTargets(languages: SnippetLanguage[]): Promise<SnippetTarget[]> {
  return Promise.all(languages.map((language) => loaders[language]()));
}
