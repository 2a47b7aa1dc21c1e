/**
 * The raw values presenter mode must hide, read from a real profile database after real imports
 * (presenter tests): addresses, counterparts, message/comment/post/search texts, TikTok chat
 * partners, Meta thread folders, profile names/handles/e-mails/phones/bios, e-mail addresses in
 * titles and texts, hosts no rule knows, identifiers, and export file names that name an account.
 */
import Database from 'better-sqlite3';
import { UNKNOWN_HOST_STATEMENT } from '../../../electron/core/evidence/host-knowledge';
import { eventPointerSql } from '../../../electron/core/store/compact';

const THREAD_PARENTS = /(?:^|\/)(?:inbox|archived_threads|message_requests|filtered_threads|e2ee_cutover)\/([^/]+)\//;
const PROFILE_FACT = /name|user|e-?mail|phone|telephone|bio/i;
const TEXT_KINDS = ['message', 'comment', 'search', 'post'];

/** Every raw value presenter mode must hide, read from the profile database itself. */
export function collectCanaries(dbPath: string): { all: string[]; byKind: Record<string, string[]> } {
  const db = new Database(dbPath, { readonly: true });
  try {
    const col = (sql: string) => (db.prepare(sql).raw().all() as unknown[][]).map((r) => r[0]).filter((v): v is string => typeof v === 'string');
    const ips = col('SELECT address FROM ips');
    const handles = col('SELECT DISTINCT counterpart FROM events WHERE counterpart IS NOT NULL');
    const texts = col(`SELECT DISTINCT body FROM events WHERE body IS NOT NULL AND kind IN (${TEXT_KINDS.map((k) => `'${k}'`).join(',')})`);
    const chatPartners = col(`SELECT DISTINCT ${eventPointerSql('e')} FROM events e`).flatMap((p) => [...p.matchAll(/Chat History with ([^:/]+):/g)].map((m) => m[1]!));
    const threads = col('SELECT path FROM members').flatMap((p) => THREAD_PARENTS.exec(p)?.[1] ?? []);
    const profile = (db.prepare("SELECT name, value FROM facts WHERE fact = 'profile' AND value IS NOT NULL").all() as { name: string; value: string }[])
      .filter((f) => PROFILE_FACT.test(f.name) && !/^https?:/.test(f.value)).flatMap((f) => f.value.split(/,\s*/));
    const emails = col('SELECT title FROM events UNION SELECT body FROM events WHERE body IS NOT NULL').flatMap((t) => t.match(/[\w.+-]+@[\w-]+\.[\w.]+/g) ?? []);
    // Hosts no rule knows (a shop, a person's own site): only the known ones are shown.
    const unknownHosts = (db.prepare('SELECT name FROM hosts WHERE statement = ?').raw().all(UNKNOWN_HOST_STATEMENT) as string[][]).map((r) => r[0]!);
    const identifiers = col('SELECT identifiers FROM devices').flatMap((j) => Object.values(JSON.parse(j) as Record<string, string>));
    const files = col('SELECT file FROM sources').filter((f) => /[a-z]{3,}[._][a-z]{3,}|\d{2}[a-z]/i.test(f.replace(/\.zip$/, '')) && !/^(TikTok_Data|takeout|twitter)-?_?/i.test(f));
    const byKind = { ips, handles, texts, chatPartners, threads, profile, emails, unknownHosts, identifiers, files };
    // Short values ("ok", "😂😂", "video") also occur in our own words; six characters is a canary.
    const all = [...new Set(Object.values(byKind).flat().map((s) => s.trim()).filter((s) => s.length >= 6 && /\p{L}|\d/u.test(s) && s !== '00000000-0000-0000-0000-000000000000'))];
    return { all, byKind };
  } finally {
    db.close();
  }
}

/** All text in a value (strings of objects, arrays), one per line: a canary matches as written, not JSON-escaped. */
export function textOf(v: unknown): string {
  const out: string[] = [];
  const walk = (x: unknown): void => {
    if (typeof x === 'string') out.push(x);
    else if (Array.isArray(x)) x.forEach(walk);
    else if (x !== null && typeof x === 'object') Object.entries(x).forEach(([k, y]) => { out.push(k); walk(y); });
  };
  walk(v);
  return out.join('\n');
}

export function leaks(text: string, canaries: string[]): string[] {
  return canaries.filter((c) => text.includes(c));
}
