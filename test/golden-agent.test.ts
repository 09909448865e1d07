// Golden: the agent profile of Telnyx messaging equals reference/skills-agent, extracted curation and all; the
// allowed differences are each listed with their reason (CODE_EXCEPTIONS: examples of the reference the SDKs reject).
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, listFiles, runCli, tempDir } from './support/cli.js';
import { hasShared, repoRoot, shared, sharedSkipReason } from './support/shared.js';

const LANGUAGES = ['curl', 'go', 'java', 'javascript', 'python', 'ruby'];
const AGENT_CONFIG = path.join(repoRoot, 'specs/telnyx/agent.config.yml');

/**
 * The agent config with its paths made absolute and its output in `out`; `curation` replaces the config's.
 */
function configCopy(dir: string, out: string): string {
  const text = readFileSync(AGENT_CONFIG, 'utf8')
    .replaceAll('../../../shared/', `${shared()}/`)
    .replace(/out: \.\.\/\.\.\/output\/telnyx\/skills\/agent/, `out: ${out}`);
  const file = path.join(dir, 'agent.config.yml');
  writeFileSync(file, text);
  return file;
}

/**
 * Exceptions, each a normalization applied to both sides:
 * - api-details rows of each table compared as a set: the public spec is key-sorted, the reference was generated
 *   from an unsorted copy, so Optional Parameters and Webhook Payload Fields rows cannot be put in its order;
 * - "Send a Whatsapp message" (the 03-24 spec's summary) where the reference prints "Send a WhatsApp message" (the
 *   summary of the copy it was generated from).
 */
function normalizeDetails(text: string): string {
  const lines = text.replaceAll('Send a WhatsApp message', 'Send a Whatsapp message').split('\n');
  const out: string[] = [];
  let rows: string[] = [];
  let open = false;
  for (const line of [...lines, '']) {
    // A row may span lines (a description with line breaks): it ends at a line ending with "|".
    if (open) rows[rows.length - 1] += `\n${line}`;
    else if (line.startsWith('| `')) rows.push(line);
    if (open || line.startsWith('| `')) open = !line.endsWith('|');
    else {
      out.push(...rows.sort(), line);
      rows = [];
    }
  }
  return out.slice(0, -1).join('\n');
}

/**
 * Sections whose code block differs from the reference because the reference's does not work against the SDK (its
 * curated example is printed with the SDK's conventions: generator/emit/skills/agent/conform.ts); everything else in
 * the section must be equal. Key: "<language>/<heading>" (a `##` or `###` heading).
 */
const GO_OPTIONAL = 'the SDK types optional fields as param.Opt: a bare string does not compile, telnyx.String(…) does';
const CODE_EXCEPTIONS: Record<string, string> = {
  'go/Error Handling': `${GO_OPTIONAL} (from, text)`,
  'go/Send an SMS': `${GO_OPTIONAL} (from, text)`,
  'go/Send a group MMS message': `${GO_OPTIONAL} (text)`,
  'go/Send a long code message': `${GO_OPTIONAL} (text)`,
  'go/Send a message using number pool': `${GO_OPTIONAL} (text)`,
  'go/Send a short code message': `${GO_OPTIONAL} (text)`,
  'go/Schedule a message': `${GO_OPTIONAL} (from, text); send_at is a param.Opt[time.Time], not a string (the Go target writes telnyx.Time(time.Now()))`,
  'go/Send a WhatsApp message': 'telnyx-go has no WhatsappMessageContentParam: the field is a MessageSendWhatsappParamsWhatsappMessage',
  'java/Schedule a message': 'sendAt takes an OffsetDateTime, not a String: OffsetDateTime.parse(…) and its import',
  'java/Send a WhatsApp message': 'telnyx-java has no WhatsappMessageContent: the field takes a MessageSendWhatsappParams.WhatsappMessage (and the import of the missing class goes)',
  'javascript/Error Handling': "the Node SDK's error headers are a fetch Headers: no index signature (err.headers?.get('retry-after')), and the value is a string (Number(…))",
  'javascript/Schedule a message': 'the Node SDK takes the wire name send_at (sendAt is no param of it)',
  'python/Webhook Verification': "the profile's handler (templates/skills/v3) does not read event.data.event_type: not every event of unwrap()'s union has it (pyright rejects the reference's)",
  'javascript/Webhook Verification': "the profile's handler (templates/skills/v3) does not read event.data.event_type: not every event of unwrap()'s union has it (tsc rejects the reference's)",
  'ruby/Webhook Verification': "telnyx-ruby 5.14.0's webhooks.unwrap takes the payload only and checks no signature: the reference's unwrap(payload, headers) raises ArgumentError, which its own rescue turns into a 400 for every webhook; ours checks the Ed25519 signature with the standard library (verify runs it on a signed request) and then unwraps",
  'go/Installation': "the reference runs `go get github.com/team-telnyx/telnyx-go`: the SDK's module is github.com/team-telnyx/telnyx-go/v4 (go.mod), and the path without /v4 fetches the old major version, against which the examples do not compile; ours names the module with its major version",
  'go/Setup': "the reference imports github.com/team-telnyx/telnyx-go and …/option: the SDK's module is …/telnyx-go/v4, so those imports do not resolve against it (sdkgen verify compiled them with /v4 and warned); ours imports …/v4 and …/v4/option",
  'ruby/Send a message using number pool': 'the reference misses the comma after `to:` (a syntax error); the Ruby target prints the call',
};

/** `##`/`###` sections by heading, the code blocks of excepted sections replaced by a marker. */
function sections(text: string, language: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of text.split(/^(?=##+ )/m)) {
    const heading = /^##+ (.*)$/m.exec(part)?.[1] ?? '';
    out.set(heading, CODE_EXCEPTIONS[`${language}/${heading}`] ? part.replace(/^```\w*\n[\s\S]*?^```$/gm, '```(code may differ)```') : part);
  }
  return out;
}

/** The code blocks of one section. */
function codeOf(text: string, heading: string): string[] {
  const part = text.split(/^(?=##+ )/m).find((p) => new RegExp(`^##+ ${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n`).test(p)) ?? '';
  return [...part.matchAll(/^```\w*\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
}

/** JavaScript names as the Node SDK spells them (snake_case: its params are the wire names), not camelCase. */
const camel = (name: string) => name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
function camelJavascriptNames(text: string): string {
  let parameterTable = false;
  return text
    .split('\n')
    .map((line) => {
      if (line.startsWith('| ') && !line.startsWith('| `')) parameterTable = line.startsWith('| Parameter ');
      if (parameterTable && /^\| `[a-z0-9_]+` \|/.test(line)) return line.replace(/^\| `([a-z0-9_]+)`/, (_, n: string) => `| \`${camel(n)}\``);
      if (/^- `response\.[a-z0-9_.]+`$/.test(line)) return camel(line);
      if (line.startsWith('| ') && line.includes('`client.')) return line.replace(/\| ([^|]*) \|$/, (_, names: string) => `| ${camel(names)} |`);
      return line;
    })
    .join('\n');
}

afterAll(cleanTempDirs);

describe.skipIf(!hasShared)(`golden: agent profile (Telnyx messaging, 6 languages)${sharedSkipReason}`, () => {
  let out: string;
  let extracted: string;
  beforeAll(async () => {
    const dir = tempDir('golden-agent');
    const copy = path.join(dir, 'reference');
    (await import('node:fs')).mkdirSync(copy);
    for (const file of readdirSync(shared('reference/skills-agent'))) copyFileSync(shared('reference/skills-agent', file), path.join(copy, file));
    extracted = path.join(dir, 'curation.json');
    const extract = await runCli(['curation', 'extract', '--from', copy, '--out', extracted]);
    expect(extract.code, extract.stderr).toBe(0);
    out = path.join(dir, 'out');
    const generate = await runCli(['generate', '--quiet', '--config', configCopy(dir, out), '--curation', extracted]);
    expect(generate.code, generate.stderr).toBe(0);
  }, 120_000);

  it('writes one flat skills/ tree: SKILL.md and references/api-details.md per language, manifests beside it', () => {
    const files = listFiles(out).filter((f) => !f.startsWith('.sdkgen'));
    expect(files.filter((f) => f.startsWith('skills/'))).toEqual(
      LANGUAGES.flatMap((l) => [`skills/telnyx-messaging-${l}/SKILL.md`, `skills/telnyx-messaging-${l}/references/api-details.md`]),
    );
    expect(files).toContain('.claude-plugin/marketplace.json');
    expect(files).toContain('AGENTS.md');
  });

  for (const language of LANGUAGES) {
    it(`skills/telnyx-messaging-${language}/SKILL.md equals the reference${language === 'javascript' ? ' (names in snake_case, as the Node SDK spells them)' : ''}`, () => {
      const expected = readFileSync(shared(`reference/skills-agent/telnyx-messaging-${language}.SKILL.md`), 'utf8');
      const actual = readFileSync(path.join(out, `skills/telnyx-messaging-${language}/SKILL.md`), 'utf8');
      const compared = language === 'javascript' ? camelJavascriptNames(actual) : actual;
      if (language === 'javascript') {
        expect(actual).not.toBe(expected);
        expect(actual).toContain('| `messaging_profile_id` | string (UUID) | No |');
      }
      const [ours, theirs] = [sections(compared, language), sections(expected, language)];
      expect([...ours.keys()]).toEqual([...theirs.keys()]);
      for (const [heading, text] of theirs) expect(ours.get(heading), `section "${heading}"`).toBe(text);
    });

    it(`skills/telnyx-messaging-${language}/references/api-details.md equals the reference (rows of a table as a set)`, () => {
      const expected = readFileSync(shared(`reference/skills-agent/telnyx-messaging-${language}.api-details.md`), 'utf8');
      let actual = readFileSync(path.join(out, `skills/telnyx-messaging-${language}/references/api-details.md`), 'utf8');
      if (language === 'javascript') actual = camelJavascriptNames(actual);
      expect(normalizeDetails(actual)).toBe(normalizeDetails(expected));
    });
  }

  it('the exceptions are still needed: each excepted code block differs from the reference', () => {
    for (const [key, reason] of Object.entries(CODE_EXCEPTIONS)) {
      const [language, heading] = key.split('/') as [string, string];
      const reference = readFileSync(shared(`reference/skills-agent/telnyx-messaging-${language}.SKILL.md`), 'utf8');
      const ours = readFileSync(path.join(out, `skills/telnyx-messaging-${language}/SKILL.md`), 'utf8');
      expect(codeOf(reference, heading), `${key}: no such section in the reference`).not.toEqual([]);
      expect(codeOf(ours, heading), `${key} (${reason})`).not.toEqual(codeOf(reference, heading));
    }
  });

  it('extracting at generation time (curation: { extract } in the config) gives the same files', async () => {
    const dir = tempDir('golden-agent-config');
    const again = path.join(dir, 'out');
    const result = await runCli(['generate', '--quiet', '--config', configCopy(dir, again)]);
    expect(result.code, result.stderr).toBe(0);
    for (const file of listFiles(out).filter((f) => f.startsWith('skills/'))) {
      expect(readFileSync(path.join(again, file), 'utf8'), file).toBe(readFileSync(path.join(out, file), 'utf8'));
    }
  }, 120_000);
});
