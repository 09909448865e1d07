// Handlebars templates of the skill docs, looked up by name: a user's templates folder first, then ours.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type Handlebars from 'handlebars';

// Loaded on first use: the config (and a no-op run) only needs BUILTIN_TEMPLATES_DIR from this module.
const require = createRequire(import.meta.url);
let handlebars: typeof Handlebars | undefined;
const loadHandlebars = (): typeof Handlebars => (handlebars ??= require('handlebars') as typeof Handlebars);

/** templates/ at the package root: two levels above generator/emit/skills (or dist/emit/skills). */
export const BUILTIN_TEMPLATES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../templates');

export class TemplateSet {
  private readonly hbs = loadHandlebars().create();
  private readonly compiled = new Map<string, Handlebars.TemplateDelegate>();

  /** `overrideDir` (a user's templates folder) wins over the built-in one, file by file. */
  constructor(private readonly overrideDir?: string) {}

  /** The path of a template by its name relative to the templates folder, e.g. "skills/skill-v2.md.hbs". */
  resolve(name: string): string {
    if (this.overrideDir) {
      const custom = path.join(this.overrideDir, name);
      if (existsSync(custom)) return custom;
    }
    const builtin = path.join(BUILTIN_TEMPLATES_DIR, name);
    if (!existsSync(builtin)) throw new Error(`template not found: ${name} (looked in ${this.overrideDir ?? '-'} and ${BUILTIN_TEMPLATES_DIR})`);
    return builtin;
  }

  read(name: string): string {
    return readFileSync(this.resolve(name), 'utf8');
  }

  render(name: string, data: unknown): string {
    let template = this.compiled.get(name);
    if (!template) {
      template = this.hbs.compile(this.read(name), { noEscape: true, strict: false });
      this.compiled.set(name, template);
    }
    return template(data);
  }

  /** Renders a short string (a locale entry) with its own parameters. */
  renderString(text: string, data: unknown): string {
    if (!text.includes('{{')) return text;
    return this.hbs.compile(text, { noEscape: true })(data);
  }
}
