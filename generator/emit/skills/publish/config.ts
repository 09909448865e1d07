// targets.skills.publish: the agent clients a flat skills tree is packaged for (types and validation).

/** Agent clients sdkgen writes manifests for, beside one flat `skills/` folder. */
export const PUBLISH_CLIENTS = ['claude', 'cursor', 'gemini', 'codex', 'agent-plugins'] as const;
export type PublishClient = (typeof PUBLISH_CLIENTS)[number];

export function isPublishClient(name: string): name is PublishClient {
  return (PUBLISH_CLIENTS as readonly string[]).includes(name);
}

/**
 * Validates `publish:` (a list of client names); `fail(key, what)` reports a problem with its config key.
 * Returns the clients in the order of PUBLISH_CLIENTS, so output does not depend on how the list is written.
 */
export function parsePublishConfig(value: unknown, key: string, fail: (key: string, what: string) => never): PublishClient[] {
  if (!Array.isArray(value)) fail(key, `expected a list of agent clients (${PUBLISH_CLIENTS.join(', ')})`);
  const list = value as unknown[];
  if (list.length === 0) fail(key, `empty; list one or more of ${PUBLISH_CLIENTS.join(', ')}`);
  const seen = new Set<PublishClient>();
  list.forEach((item, i) => {
    if (typeof item !== 'string' || !isPublishClient(item)) {
      fail(`${key}[${i}]`, `unknown agent client ${JSON.stringify(item)}; one of ${PUBLISH_CLIENTS.join(', ')}`);
    }
    if (seen.has(item as PublishClient)) fail(`${key}[${i}]`, `"${item}" is listed twice`);
    seen.add(item as PublishClient);
  });
  return PUBLISH_CLIENTS.filter((client) => seen.has(client));
}
