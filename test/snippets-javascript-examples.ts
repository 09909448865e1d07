// Every JavaScript example of the Telnyx skill docs (all products, one per product operation and style),
// generated the way the skill documents generate them: shared by the JavaScript snippet tests.
import { readFileSync } from 'node:fs';
import { javascriptTarget } from '../generator/emit/snippets/javascript.js';
import type { OperationSnippetInput, SnippetStyle } from '../generator/emit/snippets/target.js';
import { indexMethods } from '../generator/emit/skills/document.js';
import { parseProductCatalog } from '../generator/emit/skills/products.js';
import { buildMethodExample } from '../generator/examples/method.js';
import { sdkInfo } from '../generator/pipeline.js';
import { telnyxProject } from './support/telnyx.js';

export interface GeneratedExample {
  product: string;
  /** "get /ai/assistants" */
  operation: string;
  style: SnippetStyle;
  input: OperationSnippetInput;
  code: string;
}

export async function telnyxJavascriptExamples(styles: SnippetStyle[]): Promise<GeneratedExample[]> {
  const project = await telnyxProject();
  const productsFile = project.config.targets.skills!.products!;
  const catalog = parseProductCatalog(JSON.parse(readFileSync(productsFile, 'utf8')), productsFile);
  const operations = new Map(project.ir.operations.map((op) => [op.key, op]));
  const methods = indexMethods(project.ir);
  const sdk = sdkInfo(project.config);
  const examples: GeneratedExample[] = [];
  for (const style of styles) {
    for (const product of catalog.products) {
      for (const entry of style === 'v1' ? product.operationsV1 : product.operations) {
        const key = `${entry.method} ${entry.path}`;
        const operation = operations.get(key);
        const named = methods.get(key);
        if (!operation || !named) continue;
        const input: OperationSnippetInput = {
          ir: project.ir,
          lookup: project.lookup,
          operation,
          method: named.method,
          resourcePath: named.resourcePath,
          example: buildMethodExample(operation, project.lookup),
          sdk,
          style,
        };
        examples.push({ product: product.slug, operation: key, style, input, code: javascriptTarget.example(input) });
      }
    }
  }
  return examples;
}
