/** Reads an environment variable without assuming a Node `process` (browsers, workers). Blank counts as unset. */
export function readEnv(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const value = env?.[name]?.trim();
  return value ? value : undefined;
}
