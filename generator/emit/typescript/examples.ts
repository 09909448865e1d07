// The @example of each method's JSDoc, as the official (Stainless) SDKs have them: the call the JavaScript skill
// docs show for the operation (v2 style, the same snippet target), so that an editor's hover and the docs agree.
import { buildMethodExample } from '../../examples/method.js';
import type { SchemaLookup } from '../../ir/pagination.js';
import type { IR } from '../../ir/types.js';
import { javascriptNamer } from '../../naming/languages/javascript.js';
import { javascriptTarget } from '../snippets/javascript.js';
import type { SdkInfo } from '../snippets/target.js';
import { clientProperties } from './client-file.js';
import type { MethodPlan, ResourceFile, SdkPlan } from './plan.js';

export interface ExampleInput {
  ir: IR;
  plan: SdkPlan;
  lookup: SchemaLookup;
  sdk: SdkInfo;
}

export class MethodExamples {
  /** Methods left without an example: the docs call them by another name (`client.a.b` → `client.a.bMethod`). */
  readonly renamed: string[] = [];
  readonly failed: string[] = [];

  private readonly roots: Map<ResourceFile, string>;

  constructor(private readonly input: ExampleInput) {
    this.roots = clientProperties(input.plan);
  }

  /** The docs' example of the method, or undefined when the call it shows is not this method's. */
  of(file: ResourceFile, method: MethodPlan): string | undefined {
    const { shape } = method;
    const properties: string[] = [];
    for (let f: ResourceFile | undefined = file; f; f = f.parent) properties.unshift(f.parent ? f.property : this.roots.get(f)!);
    const chain = ['client', ...properties, method.name].join('.');
    // The docs name the call with the default initialisms and know nothing of the client's collision renames.
    const documented = javascriptNamer.callChain(shape.resourcePath, shape.method.name);
    if (documented !== chain) {
      this.renamed.push(`${documented} → ${chain}`);
      return undefined;
    }
    const { ir, lookup, sdk } = this.input;
    try {
      return javascriptTarget.example({
        ir,
        lookup,
        operation: shape.operation,
        method: shape.method,
        resourcePath: shape.resourcePath,
        example: buildMethodExample(shape.operation, lookup, shape.method),
        sdk,
        style: 'v2',
      });
    } catch (error) {
      this.failed.push(`${shape.operation.key}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }

  /** One warning per kind of omission, naming the first few methods. */
  warnings(): string[] {
    const list = (items: string[]) => `${items.slice(0, 5).join(', ')}${items.length > 5 ? `, … (${items.length} in all)` : ''}`;
    const out: string[] = [];
    if (this.renamed.length) out.push(`no @example in the client where the JavaScript docs call the method by another name: ${list(this.renamed)}`);
    if (this.failed.length) out.push(`no @example in the client where the JavaScript example failed: ${list(this.failed)}`);
    return out;
  }
}
