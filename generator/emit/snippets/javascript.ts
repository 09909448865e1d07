// JavaScript examples in the style of the official (Stainless) Node SDK, printed exactly as prettier formats them.
import { javascriptNamer } from '../../naming/languages/javascript.js';
import { exampleStatements } from './javascript/call.js';
import { printProgram, stringLiteral } from './javascript/syntax.js';
import type { CodeBlock, OperationSnippetInput, SdkInfo, SnippetTarget } from './target.js';

export const javascriptTarget: SnippetTarget = {
  language: 'javascript',
  displayName: 'JavaScript',
  fence: 'javascript',

  installation(sdk: SdkInfo): CodeBlock {
    return { fence: 'bash', code: `npm install ${sdk.packageName}` };
  },

  setup(sdk: SdkInfo): string {
    return [
      `import ${sdk.name} from ${stringLiteral(sdk.packageName)};`,
      '',
      `const client = new ${sdk.name}({`,
      `  apiKey: process.env[${stringLiteral(sdk.apiKeyEnv)}], // This is the default and can be omitted`,
      '});',
    ].join('\n');
  },

  example(input: OperationSnippetInput): string {
    const code = printProgram(exampleStatements(input, javascriptNamer));
    const imports = code.includes('fs.createReadStream(') ? "import fs from 'fs';\n" : '';
    if (input.style === 'v1') return `${imports}${this.setup(input.sdk)}\n\n${code}`;
    return imports ? `${imports}\n${code}` : code;
  },
};
