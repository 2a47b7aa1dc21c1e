/** The app's vocabulary for findings and flags: codes, params, and the renderers that word them. */
export * from './codes';
export { COUNTRY_REASON_WORDS, findingStatement } from './findings';
export { flagWords, networkName, SECURITY_WORDS, type FlagWords } from './flags';
export { NOT_STORED_SENTENCE, locationSentence, locationSummary, type Confidence, type LocationStatement } from './location';
