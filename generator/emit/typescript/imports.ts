// The import lines of one generated module, collected while its code is written.
import { posix } from 'node:path';
import { wrapList } from './names.js';
import type { ResourceFile, SdkPlan, TypeFile, TypeRef } from './plan.js';

/** Runtime names and the core module each comes from; `type` ones are imported with `import type`. */
const RUNTIME: Record<string, { module: string; type: boolean }> = {
  APIResource: { module: 'core/resource', type: false },
  APIPromise: { module: 'core/api-promise', type: true },
  PagePromise: { module: 'core/pagination', type: true },
  RequestOptions: { module: 'core/request-options', type: true },
  Uploadable: { module: 'core/uploads', type: true },
  path: { module: 'core/path', type: false },
  mergeHeaders: { module: 'core/headers', type: false },
  stringifyQuery: { module: 'core/query', type: false },
  Stream: { module: 'core/streaming', type: true },
};

export class ModuleImports {
  private readonly runtime = new Set<string>();
  private readonly pages = new Set<string>();
  private readonly typeModules = new Map<TypeFile, string>();
  private readonly values = new Map<string, { from: string; names: string[] }>();

  constructor(
    readonly file: TypeFile,
    private readonly plan: SdkPlan,
  ) {}

  use(name: keyof typeof RUNTIME): string {
    this.runtime.add(name);
    return name;
  }

  page(name: string): string {
    this.pages.add(name);
    return name;
  }

  /** A value import of another module's export under a local name (sub-resource classes). */
  value(target: string, exported: string, local: string): void {
    const from = this.specifier(target);
    const entry = this.values.get(from) ?? { from, names: [] };
    entry.names.push(exported === local ? exported : `${exported} as ${local}`);
    this.values.set(from, entry);
  }

  /** How this module writes a type: its own name, or `OtherAPI.Name` through a namespace import. */
  ref(ref: TypeRef): string {
    if (ref.kind === 'text') return ref.text;
    if (ref.kind === 'declared') return this.qualified(ref.file, ref.name);
    const home = this.plan.schemaHome.get(ref.schema);
    if (!home) return 'unknown';
    return this.qualified(home.file, home.name);
  }

  refSchema = (schema: string): string => this.ref({ kind: 'schema', schema });

  private qualified(file: TypeFile, name: string): string {
    if (file === this.file) return name;
    let alias = this.typeModules.get(file);
    if (!alias) {
      alias = this.file.scope.claim(aliasWish(file));
      this.typeModules.set(file, alias);
    }
    return `${alias}.${name}`;
  }

  private specifier(target: string): string {
    let relative = posix.relative(posix.dirname(this.file.path), target).replace(/\.ts$/, '.js');
    if (!relative.startsWith('.')) relative = `./${relative}`;
    return relative;
  }

  /** The import lines, in a fixed order: runtime, page classes, sub-resources, other modules' types. */
  render(): string {
    const lines: string[] = [];
    const byModule = new Map<string, { type: string[]; value: string[] }>();
    for (const name of [...this.runtime].sort()) {
      const { module, type } = RUNTIME[name];
      const entry = byModule.get(module) ?? { type: [], value: [] };
      (type ? entry.type : entry.value).push(name);
      byModule.set(module, entry);
    }
    for (const module of [...byModule.keys()].sort()) {
      const { type, value } = byModule.get(module)!;
      const from = this.specifier(`src/${module}.ts`);
      if (value.length === 0) lines.push(wrapList('import type ', type, ` from '${from}';`));
      else lines.push(wrapList('import ', [...value, ...type.map((t) => `type ${t}`)], ` from '${from}';`));
    }
    if (this.pages.size) lines.push(wrapList('import ', [...this.pages].sort(), ` from '${this.specifier('src/pagination.ts')}';`));
    for (const { from, names } of this.values.values()) lines.push(wrapList('import ', names, ` from '${from}';`));
    const modules = [...this.typeModules].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    for (const [file, alias] of modules) lines.push(`import type * as ${alias} from '${this.specifier(file.path)}';`);
    return lines.join('\n');
  }
}

/** `AssistantsAPI` for the assistants resource module, `SharedAPI` for the shared models. */
function aliasWish(file: TypeFile): string {
  const resource = file as Partial<ResourceFile>;
  if (resource.className) return `${resource.className}API`;
  const stem = posix.basename(file.path, '.ts').replace(/(^|[-_])([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
  return `${stem}API`;
}
