// The Agent Skills specification's rules for one SKILL.md (agentskills.io/specification): checked on every
// document sdkgen writes, so that a config or spec that would break them is reported instead of shipped.
import * as yaml from 'js-yaml';

const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FRONT_MATTER_KEYS = ['name', 'description', 'license', 'compatibility', 'metadata', 'allowed-tools'];

/**
 * Problems of the SKILL.md at `file` (a path ending in `<folder>/SKILL.md`), each "file: what"; none when it
 * conforms. `otherFiles` are the paths written beside it, for the one-level-deep rule on references.
 */
export function skillProblems(file: string, text: string, otherFiles: string[] = []): string[] {
  const problems: string[] = [];
  const fail = (what: string) => problems.push(`${file}: ${what}`);
  const parts = file.split('/');
  const folder = parts[parts.length - 2] ?? '';
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) return [`${file}: no YAML front matter (--- … ---) at the top`];
  let front: unknown;
  try {
    front = yaml.load(match[1]!);
  } catch (error) {
    return [`${file}: front matter is not valid YAML (${(error as Error).message.split('\n')[0]})`];
  }
  if (!front || typeof front !== 'object' || Array.isArray(front)) return [`${file}: front matter is not a mapping`];
  const fields = front as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    if (!FRONT_MATTER_KEYS.includes(key)) fail(`front matter key "${key}" is not one of the specification's (${FRONT_MATTER_KEYS.join(', ')}); move it under metadata`);
  }
  const name = fields.name;
  if (typeof name !== 'string' || name === '') fail('name is missing');
  else {
    if (name.length > 64) fail(`name "${name}" is ${name.length} characters; at most 64`);
    if (!NAME.test(name)) fail(`name "${name}" must be lowercase letters, digits and single hyphens, not starting or ending with one`);
    if (name !== folder) fail(`name "${name}" differs from its folder "${folder}"`);
  }
  const description = fields.description;
  if (typeof description !== 'string' || description.trim() === '') fail('description is missing or empty');
  else if (description.length > 1024) fail(`description is ${description.length} characters; at most 1024`);
  if (fields.compatibility !== undefined && (typeof fields.compatibility !== 'string' || fields.compatibility.length > 500)) {
    fail('compatibility must be a string of at most 500 characters');
  }
  if (fields.metadata !== undefined) {
    if (!fields.metadata || typeof fields.metadata !== 'object' || Array.isArray(fields.metadata)) fail('metadata must be a mapping of strings');
    else {
      for (const [key, value] of Object.entries(fields.metadata)) {
        if (typeof value !== 'string') fail(`metadata.${key} must be a string, got ${JSON.stringify(value)}`);
      }
    }
  }
  const dir = parts.slice(0, -1).join('/');
  for (const other of otherFiles) {
    if (!other.startsWith(`${dir}/`) || other === file) continue;
    const inner = other.slice(dir.length + 1).split('/');
    if (inner.length > 2) fail(`${other} is nested ${inner.length - 1} levels deep; keep files one level below the skill folder`);
  }
  return problems;
}

/** Every conformance problem of a generated tree (relative path → contents). */
export function treeProblems(files: Map<string, string>): string[] {
  const paths = [...files.keys()];
  return paths.filter((p) => p === 'SKILL.md' || p.endsWith('/SKILL.md')).flatMap((p) => skillProblems(p, files.get(p)!, paths));
}
