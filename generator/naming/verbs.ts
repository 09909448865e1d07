// Which words are verbs: a segment or operationId that starts with one names an action, not a thing.

/** Verbs that name the standard methods (list, create, retrieve, update, delete) in other words. */
const STANDARD_SYNONYMS: Readonly<Record<string, string>> = {
  list: 'list', find: 'list', browse: 'list',
  get: 'retrieve', retrieve: 'retrieve', fetch: 'retrieve', read: 'retrieve', show: 'retrieve', view: 'retrieve', describe: 'retrieve',
  create: 'create', post: 'create', new: 'create', make: 'create', insert: 'create', submit: 'create', upload: 'create',
  update: 'update', patch: 'update', put: 'update', modify: 'update', edit: 'update', replace: 'update', change: 'update', identify: 'update',
  delete: 'delete', destroy: 'delete', purge: 'delete', erase: 'delete', del: 'delete',
};

/** Verbs with a meaning of their own: an SDK names the method by them. */
const OWN_VERBS = [
  'accept', 'activate', 'add', 'append', 'apply', 'approve', 'archive', 'assign', 'attach', 'authorize', 'block', 'cancel',
  'check', 'clear', 'clone', 'close', 'compute', 'confirm', 'connect', 'convert', 'copy', 'count', 'deactivate', 'decline', 'detach', 'disconnect', 'dismiss',
  'dial', 'disable', 'download', 'duplicate', 'enable', 'end', 'enqueue', 'evaluate', 'execute', 'export', 'follow', 'forward', 'generate',
  'hangup', 'import', 'invite', 'invoke', 'join', 'kick', 'leave', 'link', 'lock', 'lookup', 'mark', 'merge', 'move', 'mute',
  'pause', 'play', 'poll', 'preview', 'publish', 'purchase', 'query', 'reboot', 'record', 'refresh', 'register', 'reject', 'reload', 'remove',
  'release', 'rename', 'render', 'request', 'reorder', 'replay', 'reset', 'resize', 'restart', 'restore', 'resume', 'retry', 'revoke', 'rotate', 'run',
  'save', 'schedule', 'score', 'search', 'seek', 'send', 'set', 'share', 'shutdown', 'skip', 'speak', 'split', 'start', 'stop',
  'subscribe', 'summarize', 'suspend', 'sync', 'test', 'toggle', 'transcribe', 'transfer', 'translate', 'trigger',
  'unarchive', 'unassign', 'unblock', 'unfollow', 'unlink', 'unlock', 'unmute', 'unpublish', 'unregister', 'unset',
  'unsubscribe', 'validate', 'verify',
];
const OWN = new Set(OWN_VERBS);

/** True for a word that starts an action: `cancel`, `attach`, `get`, `list`. */
export function isVerb(word: string): boolean {
  return OWN.has(word) || word in STANDARD_SYNONYMS;
}

/** The standard method a verb stands for (`fetch` → retrieve), or undefined for a verb with a meaning of its own. */
export function standardMethodOf(verb: string): string | undefined {
  return STANDARD_SYNONYMS[verb];
}

/**
 * The verb an operationId starts with (`register_model_v1_models_post` → register, `get-an-album` → get,
 * `openai_create_vector_store` → create), or undefined when it starts otherwise (`AssistantsList`).
 */
export function operationIdVerb(words: readonly string[]): string | undefined {
  for (const [i, word] of words.slice(0, 2).entries()) {
    // `reorder-or-replace-playlists-tracks` names two actions: neither is the method (spotify tracks and items).
    if (isVerb(word)) return words[i + 1] === 'or' && isVerb(words[i + 2] ?? '') ? undefined : word;
  }
  return undefined;
}
