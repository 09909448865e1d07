// How a Java example is framed: v1 a whole program (package, imports, `Main` class), v2 imports and statements.
import { compareNames } from '../common.js';
import type { SdkInfo, SnippetStyle } from '../target.js';
import { INDENT, indentBlock } from './builders.js';

export interface JavaClient {
  /** `TelnyxClient` */
  interfaceName: string;
  /** `TelnyxOkHttpClient` */
  implementationName: string;
  imports: string[];
  /** `TelnyxClient client = TelnyxOkHttpClient.fromEnv();` */
  statement: string;
}

export function javaClient(sdk: SdkInfo): JavaClient {
  const interfaceName = `${sdk.name}Client`;
  const implementationName = `${sdk.name}OkHttpClient`;
  return {
    interfaceName,
    implementationName,
    imports: [`${sdk.javaPackage}.client.${interfaceName}`, `${sdk.javaPackage}.client.okhttp.${implementationName}`],
    statement: `${interfaceName} client = ${implementationName}.fromEnv();`,
  };
}

export function importLines(names: Iterable<string>): string[] {
  return [...new Set(names)].sort(compareNames).map((name) => `import ${name};`);
}

export function javaExample(sdk: SdkInfo, style: SnippetStyle, imports: Set<string>, statements: string[]): string {
  if (style !== 'v1') return [...importLines(imports), '', ...statements].join('\n');
  const client = javaClient(sdk);
  const body = [client.statement, '', ...statements].join('\n');
  return [
    `package ${sdk.javaPackage}.example;`,
    '',
    ...importLines([...client.imports, ...imports]),
    '',
    'public final class Main {',
    `${INDENT}private Main() {}`,
    '',
    `${INDENT}public static void main(String[] args) {`,
    indentBlock(body, INDENT + INDENT),
    `${INDENT}}`,
    '}',
  ].join('\n');
}
