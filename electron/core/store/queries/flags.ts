/**
 * Flags as stored by the analysis step (code + params), with the events and citations behind
 * them. The title and explanation are rendered here, at the edge, by shared/words.
 */
import type { Flag } from '../../../../shared/api';
import type { Provenance } from '../../../../shared/domain';
import type { FlagVocab } from '../../../../shared/words/codes';
import { flagWords } from '../../../../shared/words/flags';
import type { Db } from '../db';
import { eventPointerSql } from '../compact';
import { iso } from './rows';

interface FlagRow { id: string; code: FlagVocab['code']; severity: Flag['severity']; params: string; first_ts: number | null; last_ts: number | null }

/** A stored code + params, as the analysis wrote them (store/analysis-rows.ts writeDerived). */
export function storedFlagVocab(code: FlagVocab['code'], params: string): FlagVocab {
  // The params were written by JSON.stringify of the same vocabulary type; nothing else writes them.
  const parsed = JSON.parse(params) as FlagVocab['params'];
  return { code, params: parsed } as FlagVocab;
}

/** Citations are capped per flag/finding: enough to check, not a copy of the database. */
export const EVIDENCE_CAP = 50;

export function evidenceFor(db: Db, table: 'flag_events' | 'finding_events', key: 'flag_id' | 'finding_id', id: string): { eventIds: number[]; evidence: Provenance[] } {
  const rows = db
    .prepare(
      `SELECT e.id, ${eventPointerSql('e')} AS pointer, m.path AS member, s.sha256 FROM ${table} x
       JOIN events e ON e.id = x.event_id JOIN members m ON m.id = e.member_id JOIN sources s ON s.id = e.source_id
       WHERE x.${key} = ? ORDER BY e.ts, e.id`,
    )
    .all(id) as { id: number; pointer: string; member: string; sha256: string }[];
  return {
    eventIds: rows.map((r) => r.id),
    evidence: rows.slice(0, EVIDENCE_CAP).map((r) => ({ sourceSha256: r.sha256, member: r.member, pointer: r.pointer })),
  };
}

type Evidence = { eventIds: number[]; evidence: Provenance[] };

/**
 * The events and citations of every flag in one statement (a profile can hold a hundred flags
 * citing thousands of sign-ins: one query each was most of the Who view's time).
 */
function evidenceOfAllFlags(db: Db): Map<string, Evidence> {
  const rows = db
    .prepare(
      `SELECT x.flag_id, e.id, ${eventPointerSql('e')} AS pointer, m.path AS member, s.sha256 FROM flag_events x
       JOIN events e ON e.id = x.event_id JOIN members m ON m.id = e.member_id JOIN sources s ON s.id = e.source_id
       ORDER BY x.flag_id, e.ts, e.id`,
    )
    .all() as { flag_id: string; id: number; pointer: string; member: string; sha256: string }[];
  const out = new Map<string, Evidence>();
  for (const r of rows) {
    let ev = out.get(r.flag_id);
    if (!ev) out.set(r.flag_id, (ev = { eventIds: [], evidence: [] }));
    ev.eventIds.push(r.id);
    if (ev.evidence.length < EVIDENCE_CAP) ev.evidence.push({ sourceSha256: r.sha256, member: r.member, pointer: r.pointer });
  }
  return out;
}

function toFlag(r: FlagRow, ev: Evidence): Flag {
  const v = storedFlagVocab(r.code, r.params);
  const w = flagWords(v);
  return {
    id: r.id, kind: v.code, severity: r.severity, title: w.title, explanation: w.explanation,
    first: iso(r.first_ts), last: iso(r.last_ts), ...ev, ...v,
  };
}

export function listFlags(db: Db, sourceIds?: number[]): Flag[] {
  const rows = db.prepare(`SELECT * FROM flags ORDER BY ord`).all() as FlagRow[];
  const evidence = evidenceOfAllFlags(db);
  const flags = rows.map((r) => toFlag(r, evidence.get(r.id) ?? { eventIds: [], evidence: [] }));
  if (!sourceIds?.length) return flags;
  // The flags citing an event of the chosen sources.
  const cited = new Set(db
    .prepare(`SELECT DISTINCT x.flag_id FROM flag_events x JOIN events e ON e.id = x.event_id WHERE e.source_id IN (${sourceIds.map(() => '?').join(',')})`)
    .pluck().all(...sourceIds) as string[]);
  return flags.filter((f) => cited.has(f.id));
}

export function flagsForEvent(db: Db, eventId: number): Flag[] {
  const rows = db
    .prepare(`SELECT f.* FROM flags f JOIN flag_events x ON x.flag_id = f.id WHERE x.event_id = ? ORDER BY f.ord`)
    .all(eventId) as FlagRow[];
  return rows.map((r) => toFlag(r, evidenceFor(db, 'flag_events', 'flag_id', r.id)));
}
