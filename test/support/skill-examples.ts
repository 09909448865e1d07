// The code of the Telnyx skill docs for the snippet tests of every language: each code block of one language's
// documents (35 products, v1 and v2) with the operation it shows, and the example of every operation of the spec
// (also those no product lists). The docs are generated once per test file, through ./telnyx.ts.
import { readFileSync } from 'node:fs';
import { indexMethods, type MethodIndexEntry } from '../../generator/emit/skills/document.js';
import { loadTargets } from '../../generator/emit/snippets/index.js';
import type { OperationSnippetInput, SdkInfo, SnippetLanguage, SnippetStyle } from '../../generator/emit/snippets/target.js';
import { buildMethodExample } from '../../generator/examples/method.js';
import { sdkInfo, type Project } from '../../generator/pipeline.js';
import type { Operation } from '../../generator/ir/types.js';
import { shared } from './shared.js';
import { telnyxProject, telnyxSkillFiles } from './telnyx.js';

interface ProductsFile {
  products: { slug: string; operations: ListedOperation[]; operationsV1?: ListedOperation[] }[];
}

interface ListedOperation {
  method: string;
  path: string;
  docPath?: string;
}

/** reference/telnyx-products.json as it is, the tests' independent count of what the docs must show. */
export function telnyxProducts(): ProductsFile['products'] {
  return (JSON.parse(readFileSync(shared('reference/telnyx-products.json'), 'utf8')) as ProductsFile).products;
}

/** How many operations the products list: in v2 order, in v1 order (which defaults to the v2 list). */
export function listedOperations(products = telnyxProducts()): { v1: number; v2: number } {
  return {
    v1: products.reduce((n, p) => n + (p.operationsV1 ?? p.operations).length, 0),
    v2: products.reduce((n, p) => n + p.operations.length, 0),
  };
}

export interface SkillCodeBlock {
  /** The document, relative to the skills root: "v2/telnyx-go/skills/telnyx-fax-go/SKILL.md". */
  file: string;
  /** Position among the document's blocks of this language (a v2 Setup block is 0). */
  index: number;
  product: string;
  style: SnippetStyle;
  /** The spec operation the block shows ("post /faxes"); absent on the v2 Setup block. */
  operation?: string;
  /** The block's content without its final newline: the code the target wrote. */
  code: string;
}

export interface SkillExamples {
  project: Project;
  /** The language's documents in the main locale (v1/… and v2/…). */
  files: Map<string, string>;
  /** The SKILL.md paths of each style. */
  documents: Record<SnippetStyle, string[]>;
  /** Every code block of the language's fence, in document order: v2 Setup blocks and one per listed operation. */
  blocks: SkillCodeBlock[];
}

/** The operation line above each example: "`POST /faxes`", maybe followed by the required fields. */
const OPERATION_LINE = /^`(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (\S+)`/;

/** Every code block the Telnyx docs of `language` show, with the product, style and operation of each. */
export async function telnyxSkillExamples(language: SnippetLanguage): Promise<SkillExamples> {
  const [project, files, [target]] = await Promise.all([telnyxProject(), telnyxSkillFiles([language]), loadTargets([language])]);
  const keys = operationKeys(telnyxProducts());
  // A code block of the language, or the operation line of the section it belongs to.
  const blockOrLine = new RegExp(`^\`\`\`${target!.fence}\\n([\\s\\S]*?)^\`\`\`$|${OPERATION_LINE.source}`, 'gm');
  const documents: Record<SnippetStyle, string[]> = { v1: [], v2: [], v3: [] };
  const blocks: SkillCodeBlock[] = [];
  for (const [file, text] of files) {
    if (!file.endsWith('/SKILL.md')) continue;
    const style = file.split('/')[0] as SnippetStyle;
    const product = /^ {2}product: (.+)$/m.exec(text)?.[1];
    if (!product || !documents[style]) throw new Error(`${file}: no product or style`);
    documents[style].push(file);
    let shown: string | undefined;
    let index = 0;
    for (const match of text.matchAll(blockOrLine)) {
      if (match[1] === undefined) {
        shown = `${match[2]} ${match[3]}`;
        continue;
      }
      const block: SkillCodeBlock = { file, index: index++, product, style, code: match[1].replace(/\n$/, '') };
      if (shown) {
        const operation = keys.get(`${product} ${style} ${shown}`);
        if (!operation) throw new Error(`${file}: \`${shown}\` is not an operation the products file lists`);
        block.operation = operation;
      }
      blocks.push(block);
      shown = undefined;
    }
  }
  return { project, files, documents, blocks };
}

/** "<product> <style> <METHOD> <printed path>" → the spec operation key ("post /faxes"). */
function operationKeys(products: ProductsFile['products']): Map<string, string> {
  const keys = new Map<string, string>();
  for (const product of products) {
    for (const [style, entries] of [['v1', product.operationsV1 ?? product.operations], ['v2', product.operations]] as const) {
      for (const e of entries) keys.set(`${product.slug} ${style} ${e.method.toUpperCase()} ${e.docPath ?? e.path}`, `${e.method.toLowerCase()} ${e.path}`);
    }
  }
  return keys;
}

export interface OperationExample {
  style: SnippetStyle;
  /** "post /faxes" */
  operation: string;
  input: OperationSnippetInput;
  code: string;
}

/** The example of every operation of the spec in each style, made the way the skill documents make theirs. */
export async function everyOperationExample(language: SnippetLanguage, styles: SnippetStyle[]): Promise<OperationExample[]> {
  const [project, [target]] = await Promise.all([telnyxProject(), loadTargets([language])]);
  const methods = indexMethods(project.ir);
  const sdk = sdkInfo(project.config);
  const examples: OperationExample[] = [];
  for (const style of styles) {
    for (const operation of project.ir.operations) {
      const input = snippetInput(project, operation, methods.get(operation.key)!, sdk, style);
      examples.push({ style, operation: operation.key, input, code: target!.example(input) });
    }
  }
  return examples;
}

/** What a snippet target gets for one operation of a project, in one style. */
export function snippetInput(
  project: Project,
  operation: Operation,
  named: MethodIndexEntry,
  sdk: SdkInfo,
  style: SnippetStyle,
): OperationSnippetInput {
  return {
    ir: project.ir,
    lookup: project.lookup,
    operation,
    method: named.method,
    resourcePath: named.resourcePath,
    example: buildMethodExample(operation, project.lookup, named.method),
    sdk,
    style,
  };
}
