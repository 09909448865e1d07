// The agent profile's config: `styles: [agent]`, `curation:` (a file, or documents to extract it from at
// generation time) and the `profile` metadata value (types and validation; config.ts calls it).
import path from 'node:path';

export interface AgentConfig {
  /** A curation file (JSON), or a folder of agent-profile documents to extract it from when generating. */
  curation?: { file: string } | { extract: string };
}

type Fail = (key: string, what: string) => never;

/** Takes `agent` out of `styles` (the other styles are validated as before). */
export function splitAgentStyle(styles: unknown): { agent: boolean; others: unknown } {
  if (!Array.isArray(styles) || !styles.includes('agent')) return { agent: false, others: styles };
  return { agent: true, others: styles.filter((style) => style !== 'agent') };
}

/** `curation: FILE` or `curation: { extract: DIR }`, paths relative to the config's folder. */
export function parseCurationConfig(value: unknown, key: string, dir: string, fail: Fail): AgentConfig['curation'] {
  if (typeof value === 'string' && value !== '') return { file: path.resolve(dir, value) };
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value);
    const extract = (value as Record<string, unknown>).extract;
    if (keys.length === 1 && typeof extract === 'string' && extract !== '') return { extract: path.resolve(dir, extract) };
  }
  return fail(key, 'expected a curation file (JSON from `sdkgen curation extract`), or { extract: FOLDER } of agent-profile documents');
}
