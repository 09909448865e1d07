// api.md in the Stainless format: a section per resource listing its types and one line per method.
import pluralize from 'pluralize';
import type { LanguageNamer } from '../../naming/languages/namer.js';
import { splitWords } from '../../naming/words.js';
import type { MethodPlan, ResourceFile, SdkPlan } from './plan.js';

export function apiMarkdown(plan: SdkPlan, namer: LanguageNamer): string {
  const out: string[] = [];
  const walk = (file: ResourceFile, depth: number) => {
    out.push(`${'#'.repeat(Math.min(depth + 1, 6))} ${file.className}`, '');
    const types = file.declarations.filter((d) => d.kind !== 'params').map((d) => d.name);
    if (types.length) {
      out.push('Types:', '');
      for (const type of types) out.push(`- <code><a href="./${file.path}">${type}</a></code>`);
      out.push('');
    }
    if (file.methods.length) {
      out.push('Methods:', '');
      for (const method of file.methods) out.push(methodLine(plan, file, method, namer));
      out.push('');
    }
    file.children.forEach((child) => walk(child, depth + 1));
  };
  plan.topLevel.forEach((file) => walk(file, 0));
  return out.join('\n');
}

/** `- <code title="get /ai/assistants">client.ai.assistants.<a href="…">list</a>() -> AssistantsList</code>` */
export function methodLine(plan: SdkPlan, file: ResourceFile, method: MethodPlan, namer: LanguageNamer): string {
  const { shape } = method;
  const chain = ['client', ...chainOf(file)].join('.');
  const args = [
    ...shape.positional.map((p) => escapeHtml(namer.variable(p.name))),
    ...(shape.hasParams ? ['{ ...params }'] : []),
  ].join(', ');
  const title = `${shape.operation.method} ${shape.operation.path}`;
  return `- <code title="${escapeHtml(title)}">${chain}.<a href="./${file.path}">${method.name}</a>(${args}) -> ${returnName(plan, method)}</code>`;
}

function chainOf(file: ResourceFile): string[] {
  const chain: string[] = [];
  for (let f: ResourceFile | undefined = file; f; f = f.parent) chain.unshift(f.property);
  return chain;
}

/** The name the official api.md gives a result: the model, `void`, or `<Items><PageClass>` for pages. */
function returnName(plan: SdkPlan, method: MethodPlan): string {
  const { shape } = method;
  const result = method.result;
  const name = !result ? 'unknown' : result.kind === 'text' ? result.text : result.kind === 'declared' ? result.name : undefined;
  const model = name ?? (result?.kind === 'schema' ? (plan.schemaHome.get(result.schema)?.name ?? 'unknown') : 'unknown');
  if (method.page) return `${pluralTypeName(model)}${method.page.name}`;
  switch (shape.response.kind) {
    case 'void':
      return 'void';
    case 'binary':
      return 'Response';
    case 'text':
      return 'string';
    case 'stream': {
      const event = shape.response.event;
      return escapeHtml(`Stream<${event?.kind === 'ref' ? (plan.schemaHome.get(event.name)?.name ?? 'unknown') : 'unknown'}>`);
    }
    case 'json':
      return model;
  }
}

function pluralTypeName(name: string): string {
  const words = splitWords(name);
  const last = words[words.length - 1] ?? name;
  // Initialisms take a plain `s` (IPs, not IPS).
  const plural = /^[A-Z0-9]+$/.test(last) ? `${last}s` : pluralize.plural(last);
  return name.slice(0, name.length - last.length) + plural;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
