// `sdkgen curation extract`: the curated parts of agent-profile documents, from either layout.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Curation } from '../generator/emit/skills/agent/curation.js';
import { cleanTempDirs, runCli, tempDir } from './support/cli.js';
import { hasShared, shared, sharedSkipReason } from './support/shared.js';

afterAll(cleanTempDirs);

const LANGUAGES = ['curl', 'go', 'java', 'javascript', 'python', 'ruby'];

async function extract(from: string): Promise<Curation> {
  const out = path.join(tempDir('curation-out'), 'curation.json');
  const result = await runCli(['curation', 'extract', '--from', from, '--out', out]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(readFileSync(out, 'utf8')) as Curation;
}

describe.skipIf(!hasShared)(`curation extract: the messaging reference${sharedSkipReason}`, () => {
  let flat: Curation;
  beforeAll(async () => {
    const dir = tempDir('curation-flat');
    for (const file of readdirSync(shared('reference/skills-agent'))) copyFileSync(shared('reference/skills-agent', file), path.join(dir, file));
    flat = await extract(dir);
  });

  it('finds the one product and its title, description, caveats and field type notes', () => {
    expect(Object.keys(flat.products)).toEqual(['messaging']);
    const messaging = flat.products.messaging!;
    expect(messaging.title).toBe('Messaging');
    expect(messaging.description).toMatch(/^Send and receive SMS\/MMS/);
    expect(messaging.operationalCaveats).toHaveLength(3);
    expect(messaging.importantNotes).toBeUndefined();
    expect(messaging.fieldTypeNotes).toHaveLength(3);
  });

  it('reads core tasks and supporting operations with their rows in spec spelling', () => {
    const messaging = flat.products.messaging!;
    expect(messaging.coreTasks!.map((t) => t.operation)).toEqual(['POST /messages', 'POST /messages/alphanumeric_sender_id']);
    expect(messaging.coreTasks![0]).toMatchObject({
      title: 'Send an SMS',
      params: ['to', 'from', 'text', 'messaging_profile_id', 'media_urls', 'webhook_url'],
      required: ['to', 'from', 'text'],
      responseFields: ['data.id', 'data.to', 'data.from', 'data.text', 'data.sent_at', 'data.errors'],
    });
    expect(messaging.coreTasks![0]!.rationale).toMatch(/^Primary outbound messaging flow\./);
    expect(messaging.supportingOperations!.map((t) => t.operation)).toEqual([
      'POST /messages/group_mms',
      'POST /messages/long_code',
      'POST /messages/number_pool',
      'POST /messages/short_code',
      'POST /messages/schedule',
      'POST /messages/whatsapp',
    ]);
    expect(messaging.supportingOperations!.find((t) => t.operation === 'POST /messages/whatsapp')!.params).toContain('type');
  });

  it('keeps Use-when texts, inline webhook events and every language\'s examples', () => {
    const messaging = flat.products.messaging!;
    expect(Object.keys(messaging.useWhen!)).toHaveLength(20);
    expect(messaging.useWhen!['DELETE /messages/{id}']).toMatch(/^Remove, detach/);
    expect(messaging.webhooks!.map((w) => [w.event, w.title])).toEqual([
      ['deliveryUpdate', 'Delivery Update'],
      ['inboundMessage', 'Inbound Message'],
    ]);
    expect(messaging.webhooks![0]!.fields[0]).toBe('data.event_type');
    expect(Object.keys(messaging.examples!['POST /messages']!).sort()).toEqual(LANGUAGES);
    expect(Object.keys(messaging.examples!.errorHandling!).sort()).toEqual(LANGUAGES);
    expect(messaging.examples!['POST /messages']!.python).toMatch(/^response = client\.messages\.send\(/);
    expect(messaging.webhookEvents).toEqual(['deliveryUpdate', 'inboundMessage', 'replacedLinkClick']);
    expect(messaging.webhookEventTypes).toEqual({ replacedLinkClick: 'message.link_click' });
    expect(messaging.sdkMethods!['POST /messages/alphanumeric_sender_id']).toMatchObject({
      python: 'client.messages.send_with_alphanumeric_sender()',
      go: 'client.Messages.SendWithAlphanumericSender()',
    });
    expect(messaging.sdkMethods!['POST /messages/alphanumeric_sender_id']!.curl).toBeUndefined();
  });

  it('reads the skills/<skill>/SKILL.md + references/api-details.md layout the same way', async () => {
    const dir = tempDir('curation-tree');
    for (const language of LANGUAGES) {
      const skill = path.join(dir, 'skills', `telnyx-messaging-${language}`);
      mkdirSync(path.join(skill, 'references'), { recursive: true });
      copyFileSync(shared(`reference/skills-agent/telnyx-messaging-${language}.SKILL.md`), path.join(skill, 'SKILL.md'));
      copyFileSync(shared(`reference/skills-agent/telnyx-messaging-${language}.api-details.md`), path.join(skill, 'references/api-details.md'));
    }
    expect(await extract(dir)).toEqual(flat);
  });
});

describe('curation extract: bad input', () => {
  it('a folder without agent-profile documents is an error naming it', async () => {
    const dir = tempDir('curation-empty');
    writeFileSync(path.join(dir, 'SKILL.md'), '---\nname: x\ndescription: y\n---\n\n# X\n');
    const result = await runCli(['curation', 'extract', '--from', dir, '--out', path.join(dir, 'c.json')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${dir}: no document of the agent profile`);
    expect(readdirSync(dir)).toEqual(['SKILL.md']);
  });

  it('a document without product and language metadata is an error naming the file', async () => {
    const dir = tempDir('curation-meta');
    writeFileSync(path.join(dir, 'x.SKILL.md'), '---\nname: x\ndescription: y\n---\n\n## Core Tasks\n');
    const result = await runCli(['curation', 'extract', '--from', dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('x.SKILL.md: front matter has no metadata.product and metadata.language');
  });
});
