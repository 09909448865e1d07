// Which "Important Notes" bullets a document needs, from the facts of its operations.
import type { Operation } from '../../../ir/types.js';

export interface NotesInput {
  operation: Operation;
  /** The operation's Required list. */
  required: string[];
}

const PHONE_FIELDS = new Set(['to', 'from', 'phone_number', 'phone_numbers']);

export interface ImportantNotes {
  /** Some operation requires a phone number field (E.164 bullet). */
  phoneNumbers: boolean;
  /** Some operation lists a collection (its summary starts with "List"): the pagination bullet. */
  pagination: boolean;
}

export function importantNotes(sections: NotesInput[]): ImportantNotes {
  return {
    phoneNumbers: sections.some((s) => s.required.some((name) => PHONE_FIELDS.has(name))),
    pagination: sections.some((s) => (s.operation.summary ?? '').startsWith('List')),
  };
}
