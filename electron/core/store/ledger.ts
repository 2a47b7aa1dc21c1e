/** Members' ledgers (migration 5): what read members held that did not become records. */
import type { NotRead } from '../../../shared/domain';
import type { LedgerBook } from '../importers/common/unread';
import type { Db } from './db';

/** Writes every gap the import's ledger collected; a member missing from the inventory is skipped. */
export function writeLedgerGaps(db: Db, sourceId: number, ledger: LedgerBook): void {
  const memberId = db.prepare(`SELECT id FROM members WHERE source_id = ? AND path = ?`).pluck();
  const insert = db.prepare(`INSERT INTO member_gaps (member_id, kind, what, count, example) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (member_id, kind, what) DO UPDATE SET count = count + excluded.count`);
  for (const member of ledger.members()) {
    const id = memberId.get(sourceId, member) as number | undefined;
    if (id === undefined) continue;
    for (const g of ledger.gapsOf(member)) insert.run(id, g.kind, g.what, g.count, g.example);
  }
}

/** A source's gaps, members in path order, the largest first within a member. */
export function listLedgerGaps(db: Db, sourceId: number): NotRead[] {
  return db
    .prepare(`SELECT m.path AS member, g.kind, g.what, g.count, g.example FROM member_gaps g JOIN members m ON m.id = g.member_id
              WHERE m.source_id = ? ORDER BY m.path, g.count DESC, g.kind, g.what`)
    .all(sourceId) as NotRead[];
}

/** Items not read per source, for the source list. */
export function notReadCounts(db: Db): Map<number, number> {
  const rows = db
    .prepare(`SELECT m.source_id AS id, sum(g.count) AS n FROM member_gaps g JOIN members m ON m.id = g.member_id GROUP BY m.source_id`)
    .all() as { id: number; n: number }[];
  return new Map(rows.map((r) => [r.id, r.n]));
}
