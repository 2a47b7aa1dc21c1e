/** Presenter mode's redaction (docs/workshops.md § Presenter mode). */
export { Labels } from './labels';
export { EVENT_REDACTORS, REDACTORS, REQUEST_REWRITES, refusal, type ChannelRedaction } from './channels';
export { HIDDEN } from './values';
export { redactError } from './errors';
