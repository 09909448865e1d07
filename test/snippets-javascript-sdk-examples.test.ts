// Property: the calls of the JavaScript examples are the calls the official SDK documents for its own methods
// (the @example blocks of telnyx@5.23.0's type declarations), compared without layout: same method chain, same
// positional argument, same params object (keys, order, values); and the result has the SDK's name for it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasShared, repoRoot, sharedSkipReason } from './support/shared.js';
import { telnyxSkillExamples } from './support/skill-examples.js';

/**
 * Calls that differ: the SDK's examples sometimes use a media-type request example or a Stainless-renamed body
 * param (not in the spec), or other example values than the spec's (e.g. 'id' for a path parameter that has one).
 * And 15 on purpose, where the SDK's call is one the API refuses: nine storage calls (ten, one of which differed
 * already) where the SDK passes the spec's empty example ('') for a path parameter (ours: the name), and six texml
 * calls with a required form-encoded body where the SDK passes no body field, which sends no body at all (ours:
 * the fields of the body schema's example). 691 before these rules (which also gave oauth's redirect_uri the SDK's
 * 'https://example.com'), 677 with them.
 */
const MINIMUM_SAME_CALLS = 677;

/**
 * Results named as the SDK names them (`const externalVettings = await …list(…)`, `for await (const x of …)`):
 * 724 of 731. The others are the ai.assistants methods returning InferenceEmbedding, which the v2 reference
 * documents name `assistant` (the namespace rule of generator/examples/response.ts) where the SDK has
 * `inferenceEmbedding`.
 */
const MINIMUM_SAME_NAMES = 724;

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

/** The name an example gives the result of its call: `const <name> =`, `for await (const <name> of`, else "". */
function resultName(code: string): string {
  return /(?:const|for await \(const) ([A-Za-z0-9_$]+) (?:=\s*await|of) client\./.exec(code)?.[1] ?? '';
}

interface SdkExample {
  call: string;
  name: string;
}

function sdkExamples(): Map<string, SdkExample> {
  const calls = new Map<string, SdkExample>();
  const files = readdirSync(SDK_RESOURCES, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.d.ts'));
  for (const file of files) {
    const text = readFileSync(path.join(SDK_RESOURCES, file), 'utf8');
    for (const block of text.matchAll(/@example\n\s*\* ```ts\n([\s\S]*?)\n\s*\* ```/g)) {
      const code = block[1]!.replace(/^\s*\* ?/gm, '');
      const call = callOf(code);
      if (call) calls.set(call.chain, { call: call.call, name: resultName(code) });
    }
  }
  return calls;
}

describe.skipIf(!hasShared)(`JavaScript example calls equal the official SDK's own examples${sharedSkipReason}`, () => {
  let compared = 0;
  let same = 0;
  let sameNames = 0;
  const otherNames: string[] = [];

  beforeAll(async () => {
    const sdk = sdkExamples();
    const seen = new Set<string>();
    for (const example of (await telnyxSkillExamples('javascript')).blocks.filter((b) => b.style === 'v2' && b.operation)) {
      const ours = callOf(example.code);
      if (!ours || seen.has(ours.chain) || !sdk.has(ours.chain)) continue;
      seen.add(ours.chain);
      compared++;
      const theirs = sdk.get(ours.chain)!;
      if (theirs.call === ours.call) same++;
      if (theirs.name === resultName(example.code)) sameNames++;
      else otherNames.push(`${ours.chain}: ${resultName(example.code) || '(none)'}, the SDK ${theirs.name || '(none)'}`);
    }
  });

  it(`makes at least ${MINIMUM_SAME_CALLS} of the calls the SDK documents`, () => {
    console.log(`JavaScript example calls equal to the SDK's own examples: ${same} of ${compared}`);
    expect(compared).toBeGreaterThan(700);
    expect(same).toBeGreaterThanOrEqual(MINIMUM_SAME_CALLS);
  });

  it(`names the result as the SDK does in at least ${MINIMUM_SAME_NAMES} of them`, () => {
    console.log(`JavaScript example results named as in the SDK's own examples: ${sameNames} of ${compared}`);
    for (const other of otherNames) console.log(`  ${other}`);
    expect(sameNames).toBeGreaterThanOrEqual(MINIMUM_SAME_NAMES);
  });
});
