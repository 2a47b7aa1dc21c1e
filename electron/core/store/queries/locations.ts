/**
 * Location records for the map: events that carry coordinates (GPS points, "last known location",
 * Google `locationInfos`, Maps activity). They say where a device or the account was placed, not
 * where sign-ins came from or where data was served from, so the map shows them as a third layer.
 *
 * Grouped on coordinates rounded to 2 decimals (about 1 km): one point per square, with its
 * count, span and the first record cited, so every dot traces to a member and pointer.
 */
import type { LocationRecords } from '../../../../shared/api';
import type { EventKind, Platform } from '../../../../shared/domain';
import type { Db } from '../db';
import { eventPointerSql } from '../compact';
import { iso, splitList } from './rows';
import { hideUnfinished } from './visible';

/** The map draws the most used points; the rest are counted in `more`, never dropped silently. */
export const MAX_POINTS = 2000;
const IDS_PER_POINT = 20;

interface PointRaw {
  lat: number; lon: number; n: number; first: number; last: number; platforms: string; kinds: string;
}

export function locationRecords(db: Db, sourceIds?: number[]): LocationRecords {
  const scoped = sourceIds?.length ? ` AND e.source_id IN (${sourceIds.map(() => '?').join(',')})` : '';
  const where = `e.lat IS NOT NULL AND e.lon IS NOT NULL${scoped}${hideUnfinished(db, 'e')}`;
  const params = sourceIds?.length ? sourceIds : [];
  const total = (db.prepare(`SELECT count(*) FROM events e WHERE ${where}`).pluck().get(...params) as number) ?? 0;
  const groups = db
    .prepare(
      `SELECT round(e.lat, 2) AS lat, round(e.lon, 2) AS lon, count(*) AS n, min(e.ts) AS first, max(e.ts) AS last,
              group_concat(DISTINCT e.platform) AS platforms, group_concat(DISTINCT e.kind) AS kinds
       FROM events e WHERE ${where}
       GROUP BY round(e.lat, 2), round(e.lon, 2) ORDER BY n DESC, lat, lon`,
    )
    .all(...params) as PointRaw[];
  const drawn = groups.slice(0, MAX_POINTS);
  const wanted = new Set(drawn.map((g) => `${g.lat},${g.lon}`));
  // The first records of each point, earliest first; bounded by IDS_PER_POINT per point, not by the archive.
  const ids = new Map<string, number[]>();
  const idRows = db
    .prepare(
      `SELECT id, la, lo FROM (
         SELECT e.id, round(e.lat, 2) AS la, round(e.lon, 2) AS lo,
                row_number() OVER (PARTITION BY round(e.lat, 2), round(e.lon, 2) ORDER BY e.ts, e.id) AS rn
         FROM events e WHERE ${where})
       WHERE rn <= ${IDS_PER_POINT} ORDER BY la, lo, rn`,
    )
    .iterate(...params) as Iterable<{ id: number; la: number; lo: number }>;
  for (const r of idRows) {
    const key = `${r.la},${r.lo}`;
    if (!wanted.has(key)) continue;
    const list = ids.get(key) ?? [];
    list.push(r.id);
    ids.set(key, list);
  }
  const example = db.prepare(
    `SELECT e.title, ${eventPointerSql('e')} AS pointer, m.path AS member, s.sha256 FROM events e
     JOIN members m ON m.id = e.member_id JOIN sources s ON s.id = e.source_id WHERE e.id = ?`,
  );
  return {
    total,
    more: groups.length - drawn.length,
    points: drawn.map((g) => {
      const eventIds = ids.get(`${g.lat},${g.lon}`) ?? [];
      const ex = example.get(eventIds[0]) as { title: string; pointer: string; member: string; sha256: string };
      return {
        lat: g.lat,
        lon: g.lon,
        count: g.n,
        first: iso(g.first),
        last: iso(g.last),
        platforms: splitList<Platform>(g.platforms),
        kinds: splitList<EventKind>(g.kinds),
        eventIds,
        example: { title: ex.title, member: ex.member, pointer: ex.pointer, sourceSha256: ex.sha256 },
      };
    }),
  };
}
