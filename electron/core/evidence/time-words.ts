/** Time words live in shared/words (the UI, CLI and report render findings and flags with them). */
export { byText, DAY_MS, formatDay, formatDuration, formatUtc, toMs } from '../../../shared/words/time-words';
