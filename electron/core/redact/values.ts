/**
 * The value-level rules of presenter mode: what a single field becomes. Pure (given a Labels).
 * Kept: times, kinds, counts, platform hosts, countries, network owners and kinds, grades,
 * organisations (apps, advertisers). Hidden: exact IP addresses (a stable label), names and
 * handles (a person label), text people wrote or searched, raw records, identifiers, person-chosen
 * device names, and the parts of member paths and JSON pointers that are data (TikTok's
 * "Chat History with alice:", Meta's message-thread folders).
 */
import { parseIPv4, parseIPv6 } from '../evidence/ip-parse';
import type { Provenance } from '../../../shared/domain';
import type { Labels } from './labels';

const v6words = new Uint32Array(4);
/** A whole IPv4 or IPv6 address in text form. */
function isAddress(s: string): boolean {
  return parseIPv4(s) >= 0 || parseIPv6(s, v6words);
}

/** What a hidden text reads as (the page shows it as text). */
export const HIDDEN = '[hidden in presenter mode]';

/** Folders whose children are message threads named after the people in them (Instagram, Facebook). */
const THREAD_PARENTS = new Set(['inbox', 'archived_threads', 'message_requests', 'filtered_threads', 'e2ee_cutover', 'chats']);
/** TikTok's DM keys: one per person ("Chat History with alice:"). */
const CHAT_KEY = /^(Chat History with )(.*?)(:?)$/;
const CHAT_KEY_INLINE = /(Chat History with )([^:/"\n]*)(:)/g;
const THREAD_INLINE = new RegExp(`\\b(${[...THREAD_PARENTS].join('|')})/([^/\\s"'\`]+)`, 'g');
/** Instagram's and Facebook's export names carry the account: "instagram-asa.lindqvist-2025-09-16-h7Q2xKpL.zip". */
const META_EXPORT_NAME = /\b(instagram|facebook)-[^\s/"'`]+?-\d{4}-\d{2}-\d{2}-[A-Za-z0-9]+(?:\.zip)?/g;
const EMAIL = /[^\s@"'<>()[\]/:,;]+@[^\s@"'<>()[\]/:,;]+\.[A-Za-z]{2,}/g;
/** Candidates for an address: runs of hex digits, dots and colons (checked by the evidence layer's parser: the core may not import node:net, only serve may). */
const IP_CANDIDATE = /[0-9A-Fa-f:.]*[:.][0-9A-Fa-f:.]*/g;
const IPV4_INSIDE = /\d{1,3}(?:\.\d{1,3}){3}/g;

/** Every IP address in a text replaced by its label ("address 7"); the rest of the text kept. */
export function scrubIps(text: string, labels: Labels): string {
  return text.replace(IP_CANDIDATE, (cand) => {
    const trimmed = cand.replace(/^[.:]+|[.:]+$/g, '');
    if (trimmed.length >= 2 && isAddress(trimmed)) return cand.replace(trimmed, labels.ip(trimmed));
    // "1.2.3.4:443", "::ffff:1.2.3.4": the v4 address inside.
    return cand.replace(IPV4_INSIDE, (v4) => (isAddress(v4) ? labels.ip(v4) : v4));
  });
}

/**
 * A text of ours that may quote data (an error note, a reason, a shape listing, a letter):
 * addresses, e-mail addresses, TikTok chat keys and thread folders replaced; the words kept.
 */
export function scrubInline(text: string, labels: Labels): string {
  return scrubIps(
    text
      .replace(META_EXPORT_NAME, (name, platform: string) => fileName(name.endsWith('.zip') ? name : `${name}.zip`, platform, labels))
      .replace(CHAT_KEY_INLINE, (_m, a: string, who: string, c: string) => `${a}${labels.person(who)}${c}`)
      .replace(THREAD_INLINE, (_m, parent: string, thread: string) => `${parent}/${labels.of('thread', thread)}`)
      .replace(EMAIL, (e) => labels.person(e)),
    labels,
  );
}

export const scrubNullable = (text: string | null, labels: Labels): string | null => (text === null ? null : scrubInline(text, labels));

/** One path segment (of a member path or a JSON pointer), given the segment before it. */
function segment(seg: string, parent: string | undefined, labels: Labels): string {
  const chat = CHAT_KEY.exec(seg);
  if (chat) return `${chat[1]}${labels.person(chat[2]!)}${chat[3]}`;
  if (parent !== undefined && THREAD_PARENTS.has(parent)) return labels.of('thread', seg);
  if (seg.includes('@')) return labels.person(seg);
  return scrubIps(seg, labels);
}

function segments(path: string, sep: string, labels: Labels): string {
  const parts = path.split(sep);
  return parts.map((s, i) => segment(s, i > 0 ? parts[i - 1] : undefined, labels)).join(sep);
}

/** A member path inside an export: thread folders and other data segments replaced. */
export function memberPath(path: string, labels: Labels): string {
  return segments(path, '/', labels);
}

/** An RFC 6901 pointer (or `line:N`): data segments replaced, structure kept. */
export function pointer(p: string, labels: Labels): string {
  return p.startsWith('line:') ? p : segments(p, '/', labels);
}

export function provenance<T extends Provenance>(p: T, labels: Labels): T {
  return { ...p, member: memberPath(p.member, labels), pointer: pointer(p.pointer, labels) };
}

/**
 * An export's file name ("instagram-asa.lindqvist-2025-09-16-….zip" names the account): the
 * platform, a number and the extension are kept.
 */
export function fileName(file: string, platform: string, labels: Labels): string {
  const ext = /\.(zip|tar\.gz|tgz|json|js|csv|html|mbox)$/i.exec(file)?.[0] ?? '';
  return `${platform} ${labels.of('file', file)}${ext}`;
}

/** Just the file name of a local path (the folders name the computer's user). */
export function baseName(path: string): string {
  return path.split(/[\\/]/).filter((s) => s !== '').pop() ?? '';
}

/** Words a person gives a device ("Noah's iPhone", "iPhone von Zoé"), an e-mail or an address. */
const PERSON_CHOSEN = /['’]s\b|s['’](\s|$)|\b(von|de|di|van|från|av)\s+\p{Lu}|@/u;

/** A device as named in a row: a model or system string is kept; a person-chosen name becomes "device N". */
export function deviceName(name: string, labels: Labels): string {
  if (PERSON_CHOSEN.test(name)) return labels.device(name);
  return scrubIps(name, labels);
}

export const deviceNullable = (name: string | null, labels: Labels): string | null => (name === null ? null : deviceName(name, labels));

/** A link: the host is kept (which servers a platform uses is the point), the path and query go (they name accounts). */
export function url(u: string, host: string): string {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(u)?.[0] ?? '';
  return `${scheme}${host}/…`;
}

/**
 * A host: kept when a rule knows its owner (a platform's servers, a CDN); a host no rule knows may
 * be a person's own site or a shop they used, and becomes "host 4". Addresses as hosts are labelled.
 */
export function host(name: string, known: boolean, labels: Labels): string {
  return known ? scrubIps(name, labels) : labels.of('host', name);
}

/** Identifiers (advertising ids, cookies, phone numbers): the names kept, every value hidden. */
export function identifiers(ids: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.keys(ids).map((k) => [k, HIDDEN]));
}
