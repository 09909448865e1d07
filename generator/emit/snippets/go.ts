// The Go snippet target: examples in the shape of the official (Stainless) Go SDK. v1 examples are whole
// programs in the generator's raw layout (two-space indents); v2 examples are the call alone, as gofmt -s
// prints it inside func main.
import { goNamer } from '../../naming/languages/go.js';
import { goCall } from './go/call.js';
import { GOFMT_STYLE, goString, RAW_STYLE } from './go/syntax.js';
import type { CodeBlock, OperationSnippetInput, SdkInfo, SnippetTarget } from './target.js';

/** The API key v1 programs pass literally, as the SDK's own examples do. */
const PLACEHOLDER_API_KEY = 'My API Key';

/** The package name of a Go module: its last path element less a `go-`/`-go` affix and any major-version element. */
export function goPackageName(module: string): string {
  const elements = module.split('/').filter((e) => e && !/^v\d+$/.test(e));
  const last = elements[elements.length - 1] ?? 'sdk';
  const name = last.replace(/^go-|-go$/g, '').replace(/[^A-Za-z0-9_]/g, '').toLowerCase();
  return /^[a-z_]/.test(name) ? name : `sdk${name}`;
}

function importBlock(standard: string[], sdk: SdkInfo, indent: string): string[] {
  const own = [sdk.goModule, `${sdk.goModule}/option`];
  return ['import (', ...[...standard].sort().map((p) => `${indent}"${p}"`), '', ...own.map((p) => `${indent}"${p}"`), ')'];
}

function clientLines(sdk: SdkInfo, apiKey: string, indent: string, level: number): string[] {
  const pad = indent.repeat(level);
  return [`${pad}client := ${goPackageName(sdk.goModule)}.NewClient(`, `${pad}${indent}option.WithAPIKey(${apiKey}),`, `${pad})`];
}

export const goTarget: SnippetTarget = {
  language: 'go',
  displayName: 'Go',
  fence: 'go',

  installation(sdk: SdkInfo): CodeBlock {
    return { fence: 'bash', code: `go get ${sdk.goModule}` };
  },

  setup(sdk: SdkInfo): string {
    const indent = RAW_STYLE.indent;
    return [
      ...importBlock(['context', 'fmt', 'os'], sdk, indent),
      '',
      ...clientLines(sdk, `os.Getenv(${goString(sdk.apiKeyEnv)})`, indent, 0),
    ].join('\n');
  },

  example(input: OperationSnippetInput): string {
    const pkg = goPackageName(input.sdk.goModule);
    if (input.style !== 'v1') return goCall(input, goNamer, pkg, GOFMT_STYLE, 1).lines.join('\n');
    const call = goCall(input, goNamer, pkg, RAW_STYLE, 1);
    const standard = ['context', ...(call.prints ? ['fmt'] : []), ...call.imports];
    const indent = RAW_STYLE.indent;
    return [
      'package main',
      '',
      ...importBlock(standard, input.sdk, indent),
      '',
      'func main() {',
      ...clientLines(input.sdk, goString(PLACEHOLDER_API_KEY), indent, 1),
      ...call.lines,
      '}',
    ].join('\n');
  },
};
