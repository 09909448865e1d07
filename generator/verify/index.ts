// The registry of example verifiers, one per language (as generator/emit/snippets/index.ts is for targets).
import type { LanguageVerifier } from './types.js';

const loaders: Record<string, () => Promise<LanguageVerifier>> = {
};

export const VERIFY_LANGUAGES = (): string[] => Object.keys(loaders);

export function hasVerifier(language: string): boolean {
  return Object.hasOwn(loaders, language);
}

export async function loadVerifier(language: string): Promise<LanguageVerifier | undefined> {
  return hasVerifier(language) ? loaders[language]() : undefined;
}
