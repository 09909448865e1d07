// Document facts a skill profile can show beside its examples (v3, agent): types, optional params, returns, payloads.
export { typeString, resolveForType } from './type-string.js';
export { objectShape, optionalParams, returnFields, type TypedField } from './fields.js';
export { webhookPayloadFields, type PayloadField } from './webhook-payload.js';
export { v3Description, firstSentence, markdownFromHtml, applyTextFixes, type TextFix } from './description.js';
export { importantNotes, type ImportantNotes, type NotesInput } from './notes.js';
