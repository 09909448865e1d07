// The code examples of the skill documents on disk: every SKILL.md under a folder, fenced blocks per section.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DocExample } from './types.js';

const FENCE = /^(`{3,}|~{3,})\s*([A-Za-z0-9_+-]*)\s*$/;
const HEADING = /^(#{2,6})\s+(.+?)\s*#*\s*$/;
// "`GET /path`", or the agent profile's "`client.x.list()` — `GET /path`".
const OPERATION_LINE = /^(?:`[^`]+` — )?`(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (\/[^`\s]*)`/;
const SHELL_FENCES = new Set(['bash', 'sh', 'shell', 'console']);
const FENCE_LANGUAGES: Record<string, string> = { js: 'javascript', ts: 'typescript', py: 'python', rb: 'ruby', golang: 'go' };

/** Every SKILL.md under `dir` (sorted, so reports are stable), its examples in document order. */
export function extractExamples(dir: string): DocExample[] {
  return skillFiles(dir).flatMap((file) => extractFromDocument(readFileSync(path.join(dir, file), 'utf8'), file));
}

export function skillFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (relative: string): void => {
    const entries = readdirSync(path.join(dir, relative), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(child);
      else if (entry.isFile() && entry.name === 'SKILL.md') found.push(child);
    }
  };
  walk('');
  return found;
}

interface Block {
  section: string;
  language: string;
  code: string;
  line: number;
  sectionIndex: number;
}

/**
 * The examples of one document. Code fences of a programming language count, and shell fences whose command is
 * curl (language "curl"); install commands and text blocks do not. A block in a section before the first
 * operation ("`GET /path`") is the document's Setup: an example of its own (section "Setup") and the `setup`
 * of every other example in that language.
 */
export function extractFromDocument(text: string, file: string): DocExample[] {
  const lines = text.split(/\r?\n/);
  const style = styleOf(file, lines);
  const blocks: Block[] = [];
  // Section index → its operation ("POST /ai/missions"), from the first endpoint line in it.
  const operationSections = new Map<number, string>();
  let section = '';
  let sectionIndex = 0;
  for (let i = 0; i < lines.length; i++) {
    const heading = HEADING.exec(lines[i]!);
    // A section is a `##` or `###` heading: the agent profile's operations are `###` under `## Core Tasks`.
    if (heading && heading[1]!.length <= 3) {
      section = heading[2]!;
      sectionIndex++;
      continue;
    }
    const operation = OPERATION_LINE.exec(lines[i]!);
    if (operation && !operationSections.has(sectionIndex)) operationSections.set(sectionIndex, `${operation[1]} ${operation[2]}`);
    const fence = FENCE.exec(lines[i]!);
    if (!fence) continue;
    const close = lines.findIndex((l, k) => k > i && l.trimEnd() === fence[1]);
    const end = close === -1 ? lines.length : close;
    const code = lines.slice(i + 1, end).join('\n');
    const language = languageOf(fence[2]!.toLowerCase(), code);
    if (language) blocks.push({ section, language, code, line: i + 1, sectionIndex });
    i = end;
  }
  const firstOperation = Math.min(...operationSections.keys(), Number.POSITIVE_INFINITY);
  const setups = new Map<string, string>();
  const examples: DocExample[] = [];
  for (const block of blocks) {
    const isSetup = block.sectionIndex < firstOperation && Number.isFinite(firstOperation) && !setups.has(block.language);
    if (isSetup) setups.set(block.language, block.code);
    const example: DocExample = { file, section: isSetup ? 'Setup' : block.section, language: block.language, style, code: block.code, line: block.line };
    const endpoint = operationSections.get(block.sectionIndex);
    if (endpoint !== undefined && !isSetup) example.endpoint = endpoint;
    examples.push(example);
  }
  for (const example of examples) {
    const setup = setups.get(example.language);
    if (setup !== undefined && example.section !== 'Setup') example.setup = setup;
  }
  return examples;
}

function languageOf(fence: string, code: string): string | undefined {
  if (SHELL_FENCES.has(fence)) return /^\s*curl\b/m.test(code) && !/^\s*(pip|npm|go|gem|bundle|mvn|gradle)\b/m.test(code) ? 'curl' : undefined;
  if (fence === '' || fence === 'text' || fence === 'json' || fence === 'yaml' || fence === 'xml' || fence === 'markdown') return undefined;
  return FENCE_LANGUAGES[fence] ?? fence;
}

/** A path segment v1/v2/v3/agent, else `style:` in the front matter, else 'unknown'. */
function styleOf(file: string, lines: string[]): string {
  const segment = file.split('/').find((s) => /^(v\d+|agent)$/.test(s));
  if (segment) return segment;
  if (lines[0] === '---') {
    const end = lines.indexOf('---', 1);
    const declared = lines.slice(1, end).map((l) => /^\s*style:\s*"?([\w-]+)"?\s*$/.exec(l)).find(Boolean);
    if (declared) return declared[1]!;
  }
  return 'unknown';
}
