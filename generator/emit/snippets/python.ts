// The Python snippet target: examples in the shape of the official (Stainless) Python SDK.
import { pythonCall } from './python/call.js';
import type { PythonImports } from './python/literals.js';
import { pythonString } from './python/literals.js';
import type { CodeBlock, OperationSnippetInput, SdkInfo, SnippetTarget } from './target.js';

/** The import name of a PyPI distribution: `telnyx` → telnyx, `my-sdk` → my_sdk. */
function moduleName(sdk: SdkInfo): string {
  return sdk.importName ?? sdk.packageName.replace(/[-.]/g, '_');
}

function clientSetup(sdk: SdkInfo): string {
  return [
    `client = ${sdk.name}(`,
    `    api_key=os.environ.get(${pythonString(sdk.apiKeyEnv)}),  # This is the default and can be omitted`,
    ')',
  ].join('\n');
}

/** `from datetime import …` for the date/time values a snippet uses; none when it uses none. */
function datetimeImport(imports: PythonImports): string[] {
  const names = [imports.date ? 'date' : '', imports.datetime ? 'datetime' : ''].filter(Boolean);
  return names.length ? [`from datetime import ${names.join(', ')}`] : [];
}

export const pythonTarget: SnippetTarget = {
  language: 'python',
  displayName: 'Python',
  fence: 'python',

  installation(sdk: SdkInfo): CodeBlock {
    return { fence: 'bash', code: `pip install ${sdk.packageName}` };
  },

  setup(sdk: SdkInfo): string {
    return [`import os`, `from ${moduleName(sdk)} import ${sdk.name}`, '', clientSetup(sdk)].join('\n');
  },

  example(input: OperationSnippetInput): string {
    const { code, literals } = pythonCall(input);
    const extra = datetimeImport(literals.imports);
    if (input.style !== 'v1') return extra.length ? [...extra, '', code].join('\n') : code;
    const imports = ['import os', ...extra, `from ${moduleName(input.sdk)} import ${input.sdk.name}`];
    return [...imports, '', clientSetup(input.sdk), code].join('\n');
  },
};
