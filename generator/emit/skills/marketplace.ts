// The v2 publish index (.claude-plugin/marketplace.json): one plugin per language, listing its skills.

export interface MarketplaceInfo {
  name: string;
  owner: { name: string; email?: string };
  description: string;
  version: string;
  /** Each plugin's description; {Lang} and {SdkLabel} are replaced per language. */
  pluginDescription: string;
  /** How a language's SDK is called in plugin descriptions (default: its display name). */
  sdkLabels: Record<string, string>;
}

export interface MarketplacePlugin {
  language: string;
  displayName: string;
  /** Folder of the plugin under the v2 root, e.g. "telnyx-go". */
  folder: string;
  /** Skill folders (names), e.g. "telnyx-fax-go". */
  skills: string[];
  /** The plugin's skills sit in one flat `skills/` folder at the root (v3), not under the plugin's own folder. */
  flat?: boolean;
}

export function renderMarketplace(info: MarketplaceInfo, plugins: MarketplacePlugin[]): string {
  const index = {
    name: info.name,
    owner: info.owner,
    metadata: { description: info.description, version: info.version },
    plugins: [...plugins]
      .sort((a, b) => compare(a.folder, b.folder))
      .map((plugin) => ({
        name: plugin.folder,
        description: info.pluginDescription
          .replaceAll('{Lang}', plugin.displayName)
          .replaceAll('{SdkLabel}', info.sdkLabels[plugin.language] ?? plugin.displayName),
        source: plugin.flat ? './' : `./${plugin.folder}`,
        skills: plugin.skills.map((skill) => (plugin.flat ? `./skills/${skill}` : `./${plugin.folder}/skills/${skill}`)).sort(compare),
      })),
  };
  return `${asciiJson(index)}\n`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** JSON with two-space indent and non-ASCII characters escaped as \uXXXX, as publish indexes are written. */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
