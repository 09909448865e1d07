// One flat skills tree (`skills/<name>/SKILL.md`) packaged for every agent client the config names: the
// manifests each client reads beside `skills/`, an AGENTS.md index and a README on installing it.
import { asciiJson } from '../marketplace.js';
import type { TemplateSet } from '../templates.js';
import type { PublishClient } from './config.js';

export interface PublishInfo {
  /** Plugin / extension name: lowercase, digits and dashes, e.g. "telnyx-agent-skills". */
  name: string;
  /** Human name, e.g. "Telnyx". */
  brand: string;
  description: string;
  version: string;
  owner: { name: string; email?: string };
}

export interface PublishedSkill {
  /** Folder name under skills/ (= the front matter's name). */
  name: string;
  description: string;
  product: string;
  language: string;
  displayName: string;
}

/** The files of the package, by path relative to the tree's root (the folder holding `skills/`). */
export function renderPublishFiles(
  clients: PublishClient[],
  info: PublishInfo,
  skills: PublishedSkill[],
  templates: TemplateSet,
): Map<string, string> {
  const sorted = [...skills].sort((a, b) => compare(a.name, b.name));
  const author = info.owner.email ? { name: info.owner.name, email: info.owner.email } : { name: info.owner.name };
  const keywords = [...new Set(['agent-skills', ...sorted.map((s) => s.product), ...sorted.map((s) => s.language)])];
  const files = new Map<string, string>();
  const json = (path: string, value: unknown) => files.set(path, `${asciiJson(value)}\n`);
  for (const client of clients) {
    switch (client) {
      case 'claude':
        json('.claude-plugin/plugin.json', { name: info.name, description: info.description, version: info.version, author, keywords });
        json('.claude-plugin/marketplace.json', {
          name: info.name,
          owner: author,
          metadata: { description: info.description, version: info.version },
          plugins: [{ name: info.name, source: './', description: info.description, version: info.version }],
        });
        break;
      case 'cursor':
        json('.cursor-plugin/plugin.json', {
          name: info.name,
          displayName: `${info.brand} Agent Skills`,
          version: info.version,
          description: info.description,
          author,
          keywords,
          skills: './skills/',
        });
        break;
      case 'gemini':
        json('gemini-extension.json', { name: info.name, version: info.version, description: info.description, contextFileName: 'AGENTS.md' });
        break;
      case 'codex':
        json('.codex-plugin/plugin.json', {
          name: info.name,
          version: info.version,
          description: info.description,
          author,
          keywords,
          skills: './skills/',
          interface: { displayName: `${info.brand} Agent Skills`, shortDescription: info.description, developerName: info.owner.name },
        });
        break;
      case 'agent-plugins':
        json('plugin.json', { name: info.name, version: info.version, description: info.description, author, skills: './skills/' });
        break;
    }
  }
  const data = { ...info, clients: Object.fromEntries(clients.map((c) => [c.replace('-', '_'), true])), skills: sorted };
  files.set('AGENTS.md', templates.render('skills/publish/AGENTS.md.hbs', data));
  files.set('README.md', templates.render('skills/publish/README.md.hbs', data));
  return files;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
