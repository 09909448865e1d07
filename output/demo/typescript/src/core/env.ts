/**
 * Reads an environment variable without assuming a Node `process` (browsers, workers); Deno without
 * `--allow-env` counts as unset rather than throwing. Blank counts as unset.
 */
export function readEnv(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const runtime = globalThis as {
    process?: { env?: Record<string, string | undefined> };
    Deno?: { env?: { get(name: string): string | undefined } };
  };
  let value: string | undefined;
  try {
    value = runtime.Deno?.env ? runtime.Deno.env.get(name) : runtime.process?.env?.[name];
  } catch {
    value = undefined;
  }
  value = value?.trim();
  return value ? value : undefined;
}
