/**
 * The rows the X reader runs on, compiled from the declared spec (declared.ts, the source) and
 * the rules keyed by its member ids (rules.ts) by compile.ts; and the clients X itself makes.
 * Nothing here is a table of files: edit declared.ts / rules.ts.
 */
import type { KeyTree } from '../common/key-tree';
import type { XMapperId } from './declared';

/** One declared data member as the reader runs it. */
export interface XFileSpec {
  id: string;
  label: string;
  /**
   * JSONPath of each record in the array after the preface. `$.*` = every array item; deeper
   * paths reach lists inside one item (an ad item holds thousands of impressions); each array
   * item is then selected too and its other keys checked (around-keys.ts).
   */
  items: readonly string[];
  /** The key each array item wraps its record in (`{"ipAudit": {…}}`); items without it are read as is. */
  wrapper?: string;
  map: XMapperId;
  /**
   * Values beside the records that their mapper needs (a DM's `conversationId`), selected as
   * units of their own, so a mapper never depends on what a half-built container holds. Written
   * before the records in every export seen; each is given to the records of the same array item
   * as `context[<last key>]`.
   */
  context?: readonly string[];
  /**
   * The file carries no time of its own (its events borrow one from another file), so a missing
   * time is not this file's problem.
   */
  borrowsTime?: boolean;
  /**
   * The keys of one record (the value at `items`) that the mapper reads, or consumes with a
   * reason; any other key holding data is reported to the ledger as not read (common/key-tree.ts).
   * Keys of the containers around deep records (`ad.adsUserData`, `dmConversation`) are checked
   * on the array item once its records are cut (around-keys.ts): a key there is read when an
   * `items` or `context` path goes through it, or known when listed in `around`.
   */
  keys: KeyTree;
  /**
   * Keys of the containers around deep records that are known and not read, as JSONPaths to the
   * key (`$.*.registeredDevices.userId`: the account's own id).
   */
  around?: readonly string[];
}

/** Clients X itself makes: a post from any other client names a third-party app [M]. */
export const FIRST_PARTY_CLIENTS: readonly RegExp[] = [
  /^Twitter (for|Web)\b/i, /^X (for|Web)\b/i, /^Twitter Web App$/i, /^Twitter Web Client$/i, /^TweetDeck/i, /^Twitter Media Studio$/i,
  /^Twitter Lite$/i, /^Twitter for Advertisers/i, /^X Pro\b/i, /^Twitter Ads\b/i, /^X Ads\b/i, /^Mobile Web/i, /^m\.twitter\.com$/i,
];
