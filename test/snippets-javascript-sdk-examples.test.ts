// Property: the calls of the JavaScript examples are the calls the official SDK documents for its own methods
// (the @example blocks of telnyx@5.23.0's type declarations), compared without layout: same method chain, same
// positional argument, same params object (keys, order, values).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { telnyxJavascriptExamples } from './snippets-javascript-examples.js';
import { hasShared, repoRoot, sharedSkipReason } from './support/shared.js';

/**
 * Calls that differ: the SDK's examples sometimes use a media-type request example or a Stainless-renamed body
 * param (not in the spec), or other example values than the spec's (e.g. 'id' for a path parameter that has one).
 */
const MINIMUM_SAME_CALLS = 680;

const SDK_RESOURCES = path.join(repoRoot, 'node_modules/telnyx/resources');

/** `client.a.b(…)` with its arguments, from the first `client.` to the parenthesis that closes the call. */
function callOf(code: string): { chain: string; call: string } | undefined {
  const match = /client(?:\.[A-Za-z0-9_$]+)+\(/.exec(code);
  if (!match) return undefined;
  let depth = 0;
  let quote: string | undefined;
  for (let i = match.index + match[0].length - 1; i < code.length; i++) {
    const c = code[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '(' || c === '{' || c === '[') depth++;
    else if (c === ')' || c === '}' || c === ']') {
      depth--;
      if (depth === 0) return { chain: match[0].slice(0, -1), call: normalize(code.slice(match.index, i + 1)) };
    }
  }
  return undefined;
}

/** Without layout: no whitespace outside strings, no trailing commas. */
function normalize(call: string): string {
  return call
    .split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\s+/g, '').replace(/,([)}\]])/g, '$1')))
    .join('');
}

function sdkExampleCalls(): Map<string, string> {
  const calls = new Map<string, string>();
  const files = readdirSync(SDK_RESOURCES, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.d.ts'));
  for (const file of files) {
    const text = readFileSync(path.join(SDK_RESOURCES, file), 'utf8');
    for (const block of text.matchAll(/@example\n\s*\* ```ts\n([\s\S]*?)\n\s*\* ```/g)) {
      const code = block[1]!.replace(/^\s*\* ?/gm, '');
      const call = callOf(code);
      if (call) calls.set(call.chain, call.call);
    }
  }
  return calls;
}

describe.skipIf(!hasShared)(`JavaScript example calls equal the official SDK's own examples${sharedSkipReason}`, () => {
  let compared = 0;
  let same = 0;

  beforeAll(async () => {
    const sdk = sdkExampleCalls();
    const seen = new Set<string>();
    for (const example of await telnyxJavascriptExamples(['v2'])) {
      const ours = callOf(example.code);
      if (!ours || seen.has(ours.chain) || !sdk.has(ours.chain)) continue;
      seen.add(ours.chain);
      compared++;
      if (sdk.get(ours.chain) === ours.call) same++;
    }
  });

  it(`makes at least ${MINIMUM_SAME_CALLS} of the calls the SDK documents`, () => {
    console.log(`JavaScript example calls equal to the SDK's own examples: ${same} of ${compared}`);
    expect(compared).toBeGreaterThan(700);
    expect(same).toBeGreaterThanOrEqual(MINIMUM_SAME_CALLS);
  });
});
