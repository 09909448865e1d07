// Java examples in the style of the official (Stainless) SDK: a params builder per call, model classes
// imported from the package of the resource that declares them, enum constants and OffsetDateTime values.
import { javaNamer } from '../../naming/languages/java.js';
import { javaStatements } from './java/call.js';
import { javaClient, javaExample } from './java/layout.js';
import { javaModels } from './java/models.js';
import type { CodeBlock, OperationSnippetInput, SdkInfo, SnippetStyle, SnippetTarget } from './target.js';

export const javaTarget: SnippetTarget = {
  language: 'java',
  displayName: 'Java',
  fence: 'java',

  // Maven/Gradle coordinates change with every release, so the docs point at the repository instead.
  installation(sdk: SdkInfo, style: SnippetStyle = 'v2'): CodeBlock {
    return style === 'v1'
      ? { fence: 'bash', code: `// Add to pom.xml or build.gradle - see ${sdk.javaRepository}` }
      : { fence: 'text', code: `// See ${sdk.javaRepository} for Maven/Gradle setup` };
  },

  setup(sdk: SdkInfo): string {
    const client = javaClient(sdk);
    return [...client.imports.map((name) => `import ${name};`), '', client.statement].join('\n');
  },

  example(input: OperationSnippetInput): string {
    const models = javaModels(input.ir, input.lookup, javaNamer, input.sdk.javaPackage);
    const { statements, imports } = javaStatements(input, javaNamer, models);
    return javaExample(input.sdk, input.style, imports, statements);
  },
};
