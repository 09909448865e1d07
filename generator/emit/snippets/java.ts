// Java examples in the style of the official (Stainless) SDK: a params builder per call, model classes
// imported from the package of the resource that declares them, enum constants and OffsetDateTime values.
import { javaNamer } from '../../naming/languages/java.js';
import { javaStatements } from './java/call.js';
import { javaClient, javaExample } from './java/layout.js';
import { javaModels } from './java/models.js';
import type { CodeBlock, OperationSnippetInput, SdkInfo, SnippetStyle, SnippetTarget } from './target.js';

/** Maven and Gradle coordinates: group = the root package, artifact = the package name. */
function javaCoordinates(sdk: SdkInfo, version: string): string {
  return [
    '<!-- Maven -->',
    '<dependency>',
    `    <groupId>${sdk.javaPackage}</groupId>`,
    `    <artifactId>${sdk.packageName}</artifactId>`,
    `    <version>${version}</version>`,
    '</dependency>',
    '',
    '// Gradle',
    `implementation("${sdk.javaPackage}:${sdk.packageName}:${version}")`,
  ].join('\n');
}

export const javaTarget: SnippetTarget = {
  language: 'java',
  displayName: 'Java',
  fence: 'java',

  // Maven/Gradle coordinates change with every release, so the docs point at the repository instead.
  installation(sdk: SdkInfo, style: SnippetStyle = 'v2'): CodeBlock {
    if (style === 'v1') return { fence: 'bash', code: `// Add to pom.xml or build.gradle - see ${sdk.javaRepository}` };
    if (style === 'v3' && sdk.javaVersion) return { fence: 'text', code: javaCoordinates(sdk, sdk.javaVersion) };
    return { fence: 'text', code: `// See ${sdk.javaRepository} for Maven/Gradle setup` };
  },

  setup(sdk: SdkInfo): string {
    const client = javaClient(sdk);
    return [...client.imports.map((name) => `import ${name};`), '', client.statement].join('\n');
  },

  example(input: OperationSnippetInput): string {
    const models = javaModels(input.ir, input.lookup, javaNamer, input.sdk.javaPackage, input.sdk.declaredTypes, input.sdk.declaredModules);
    const { statements, imports } = javaStatements(input, javaNamer, models);
    return javaExample(input.sdk, input.style, imports, statements);
  },
};
