// The `servers` of a document, path item or operation: absolute base URLs with their variables at defaults.
import type { Server } from './types.js';

type Raw = Record<string, any>;

export function convertServers(raw: unknown): Server[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((s): s is Raw => !!s && typeof s === 'object' && typeof s.url === 'string')
    .map((s) => {
      let url: string = s.url;
      // Substitute server variables with their defaults: SDKs need one concrete base URL.
      for (const [name, variable] of Object.entries((s.variables ?? {}) as Raw)) {
        if (variable && typeof variable === 'object' && 'default' in variable) {
          url = url.replaceAll(`{${name}}`, String(variable.default));
        }
      }
      return typeof s.description === 'string' ? { url, description: s.description } : { url };
    });
}
