/**
 * What crosses between an import's reader thread and its writer must arrive as it left: raw
 * copies (whatever text they hold), the ledger (summed calls give the same gaps as the calls one
 * by one, cap and overflow included) and errors (same class, same wording).
 */
import { describe, expect, it } from 'vitest';
import { ArchiveError } from '../../../electron/core/archive/types';
import { LedgerBook } from '../../../electron/core/importers/common/unread';
import { ExportError, MemberError } from '../../../electron/core/importers/types';
import { decodeBatch, DecodedTime, encodeRecords, wireTime, ForwardingLedger, fromWire, replay, toWire, wireRaw } from '../../../electron/core/import/reader-protocol';
import { TIME_AS_STORED, timeAsStored, type TimeAsStored } from '../../../electron/core/store/compact';
import { isoOf } from '../../../electron/core/store/iso-time';
import { rawText } from '../../../electron/core/store/writer';
import type { ImportRecord } from '../../../shared/records';
import { createRng } from '../../fixtures/generators/rng';

const RAWS: unknown[] = [
  { a: 1, b: 'line\nbreak', c: ['\u2028', '\u0001'] },
  'a CSV row,"with a\nline break"',
  '\u0001starts with the mark',
  'plain text line',
  '',
  undefined,
  null,
  42,
  [1, 'two', { three: 3 }],
  'lone \ud800 surrogate',
];

describe('raw copies across the thread', () => {
  it('arrive as the text the store would keep', () => {
    const recs: ImportRecord[] = RAWS.map((raw, i) => ({ type: 'fact', fact: 'profile', name: `n${i}`, member: 'm', pointer: `/${i}`, raw }));
    const raws = recs.map((r) => wireRaw(r.raw));
    for (const r of recs) r.raw = undefined;
    const back = decodeBatch(encodeRecords(recs), raws.join('\n'), recs.length);
    expect(back.map((r) => r.raw)).toEqual(RAWS.map((r) => rawText(r)));
    expect(back.map((r) => rawText(r.raw))).toEqual(RAWS.map((r) => rawText(r)));
  });

  it('a batch whose parts disagree is refused', () => {
    expect(() => decodeBatch('{"m":[],"r":[{}]}', 'a\nb', 1)).toThrow(/internal/);
  });
});

describe('records across the thread', () => {
  it('arrive as JSON would carry them, plain events (sent as arrays) and every other shape alike', () => {
    const rng = createRng(11);
    const members = ['user_data_tiktok.json', 'Activity/Login History.txt', 'data/ad-engagements.js'];
    const maybe = <T>(v: T): T | undefined => (rng.chance(0.5) ? v : undefined);
    const recs: ImportRecord[] = [];
    for (let i = 0; i < 3000; i++) {
      const base = { member: rng.pick(members), pointer: `/list/${i}`, raw: undefined };
      // UTC texts with milliseconds, without them (as TikTok's are read), and in another spelling.
      const iso = new Date(1.7e12 + i * 1000 + (rng.chance(0.3) ? rng.int(1, 999) : 0)).toISOString();
      const utc = rng.chance(0.1) ? null : rng.pick([iso, iso.endsWith('.000Z') ? `${iso.slice(0, 19)}Z` : iso, iso.replace('Z', '+00:00')]);
      // Texts stored as themselves, as a one-character format code (the ISO text itself), and one character long.
      const text = rng.pick([`t${i}`, utc ?? 'x', '7']);
      const time = { utc, text, precision: rng.pick(['second', 'day', 'ms'] as const) };
      const shape = rng.int(0, 9);
      if (shape <= 5) {
        // Plain: only the fields the array form carries, each present or not.
        recs.push({
          type: 'event', kind: rng.pick(['watch', 'like', 'search', 'message'] as const), time, title: `title ${i}`, ...base,
          ...(rng.chance(0.6) ? { urls: rng.chance(0.2) ? [] : [`https://v.example.com/${i}`, `https://x.example/${i}`].slice(0, rng.int(1, 2)) } : {}),
          ...(rng.chance(0.4) ? { text: rng.chance(0.2) ? '' : `body ${i} "quoted" \n line` } : {}),
        });
      } else if (shape === 6) {
        recs.push({ type: 'event', kind: 'login', time, title: 'Login', ...base, ip: '84.1.2.3', device: maybe({ model: 'iPhone14,2', system: 'iOS 17' }), network: maybe({ type: 'Wi-Fi' }) });
      } else if (shape === 7) {
        recs.push({ type: 'event', kind: 'off_platform', time, title: 'Purchase', ...base, offPlatform: { source: 'Shop', event: 'Purchase' }, app: maybe('App'), geo: maybe({ lat: 1.5, lon: -2 }), counterpart: maybe('') });
      } else if (shape === 8) {
        // A key the array form does not carry makes the record cross whole.
        recs.push({ type: 'event', kind: 'watch', time, title: 'odd', ...base, extra: i } as unknown as ImportRecord);
      } else {
        recs.push({ type: 'fact', fact: 'profile', name: `n${i}`, value: maybe('v'), details: maybe({ a: 'b' }), ...base });
      }
    }
    const raws = recs.map((_, i) => `{"i":${i}}`);
    const back = decodeBatch(encodeRecords(recs), raws.join('\n'), recs.length);
    // Plain events with a time carry the ts and stored time text the writer would compute.
    const stored = back.map((r) => (r as { [TIME_AS_STORED]?: TimeAsStored })[TIME_AS_STORED]);
    back.forEach((r, i) => {
      const sent = recs[i]!;
      const want = sent.type === 'event' && sent.time.utc !== null ? timeAsStored(sent.time.utc, sent.time.text) : null;
      if (stored[i] !== undefined) expect(stored[i]).toEqual(want);
      delete (r as { [TIME_AS_STORED]?: TimeAsStored })[TIME_AS_STORED];
    });
    expect(stored.filter((x) => x !== undefined).length).toBeGreaterThan(1000);
    expect(stored.filter((x) => x !== undefined && x[1] === '\u0002').length).toBeGreaterThan(150);
    const expected = (JSON.parse(JSON.stringify(recs)) as ImportRecord[]).map((r, i) => ({ ...r, raw: raws[i] }));
    // A plain event's time is derived from its ts and stored text when read: the same three texts.
    const asRead = back.map((r) => (r.type === 'event' ? { ...r, time: { utc: r.time.utc, text: r.time.text, precision: r.time.precision } } : r));
    expect(asRead).toEqual(expected);
    // Most of them did cross as arrays (the point of the form), sharing a few shapes.
    const wire = JSON.parse(encodeRecords(recs)) as { s: unknown[]; r: unknown[] };
    expect(wire.r.filter((x) => Array.isArray(x)).length).toBeGreaterThan(1500);
    expect(back.filter((r) => r.type === 'event' && r.time instanceof DecodedTime).length).toBeGreaterThan(1500);
  });
});

describe('a plain event\'s time on the wire', () => {
  // The definition: the writer's own ts and stored text, and the UTC form read off the ISO text of ts.
  const definition = (utc: string, text: string) => {
    const stored = timeAsStored(utc, text);
    if (stored === null) return null;
    const iso = isoOf(stored[0]);
    const form = utc === iso ? 0 : iso !== null && utc.length === 20 && utc.endsWith('Z') && iso.startsWith(utc.slice(0, 19)) && iso.endsWith('.000Z') ? 1 : utc;
    return [stored[0], stored[1], form];
  };

  it('is what the writer would compute, for TikTok times, near misses and other spellings', () => {
    const rng = createRng(23);
    const two = (n: number) => String(n).padStart(2, '0');
    let fast = 0;
    for (let i = 0; i < 20_000; i++) {
      const y = rng.pick([rng.int(1970, 2030), rng.int(0, 99), rng.int(100, 9999)]);
      const date = `${String(y).padStart(4, '0')}-${two(rng.int(1, 13))}-${two(rng.int(1, 31))}`;
      const clock = `${two(rng.int(0, 24))}:${two(rng.int(0, 60))}:${two(rng.int(0, 60))}`;
      const utc = rng.pick([`${date}T${clock}Z`, `${date}T${clock}.${String(rng.int(0, 999)).padStart(3, '0')}Z`, `${date}T${clock}z`, `${date} ${clock}Z`]);
      // The export's text: TikTok's spelling of the same time, of a neighbouring one, or another spelling.
      const other = `${date.slice(0, 8)}${two(rng.int(1, 28))} ${clock}`;
      // Where Date reads an impossible date as another (31 November as 1 December), that other date's text too.
      const read = isoOf(Date.parse(utc));
      const normalised = read === null ? other : `${read.slice(0, 10)} ${read.slice(11, 19)}`;
      const text = rng.pick([`${date} ${clock}`, `${date} ${clock}`, `${date}T${clock}`, other, normalised, `${date} ${clock.slice(0, 6)}${two(rng.int(0, 59))}`, `${date}x${clock}`, utc]);
      const got = wireTime(utc, text);
      expect(got, `${utc} / ${text}`).toEqual(definition(utc, text));
      if (got !== null && got[1] === '\u0001') fast++;
    }
    // The usual TikTok time was among them, many times over.
    expect(fast).toBeGreaterThan(3000);
  });
});

describe('the ledger across the thread', () => {
  it('gives the gaps the calls one by one give, past the cap, however the calls are split into messages', () => {
    const rng = createRng(5);
    const direct = new LedgerBook();
    const replayed = new LedgerBook();
    const sink = { ledger: replayed, problem: () => undefined, parsed: () => undefined, hashed: () => undefined, opening: () => undefined };
    let flushes = 0;
    const fwd = new ForwardingLedger(() => {
      flushes++;
      replay(fwd.drain(), sink);
    });
    for (let i = 0; i < 20_000; i++) {
      const member = `m${rng.int(0, 2)}`;
      const key = `/list/*/key ${rng.int(0, 1000)}`;
      const n = rng.int(1, 3);
      const what = rng.int(0, 9);
      if (what === 0) {
        direct.dropped(member, `reason ${n}`, `/p/${i}`, n);
        fwd.dropped(member, `reason ${n}`, `/p/${i}`, n);
      } else if (what < 4) {
        direct.found(member, n);
        fwd.found(member, n);
      } else {
        direct.unread(member, key, `/list/${i}/key`, n);
        fwd.unread(member, key, `/list/${i}/key`, n);
      }
      if (rng.int(0, 5000) === 0) replay(fwd.drain(), sink); // a batch went out
    }
    replay(fwd.drain(), sink);
    expect(flushes).toBeGreaterThan(0); // the held-keys bound was reached at least once
    expect(replayed.members().sort()).toEqual(direct.members().sort());
    expect(new Map(replayed.items)).toEqual(new Map(direct.items));
    for (const m of direct.members()) expect(replayed.gapsOf(m)).toEqual(direct.gapsOf(m));
  });
});

describe('errors across the thread', () => {
  it('keep their class and wording', () => {
    const archive = new ArchiveError('corrupt', 'a.zip', 'the zip is damaged', 'x/y.json');
    const member = new MemberError('x/y.json', 'not JSON');
    const exported = new ExportError('this is the HTML version');
    const plain = Object.assign(new Error('disk full'), { code: 'ENOSPC' });
    const a = fromWire(toWire(archive)) as ArchiveError;
    expect(a).toBeInstanceOf(ArchiveError);
    expect([a.code, a.file, a.problem, a.member, a.message]).toEqual([archive.code, archive.file, archive.problem, archive.member, archive.message]);
    const m = fromWire(toWire(member)) as MemberError;
    expect(m).toBeInstanceOf(MemberError);
    expect([m.member, m.problem, m.message]).toEqual([member.member, member.problem, member.message]);
    expect(fromWire(toWire(exported))).toBeInstanceOf(ExportError);
    expect(fromWire(toWire(exported)).message).toBe(exported.message);
    const p = fromWire(toWire(plain)) as Error & { code?: string };
    expect([p.message, p.code]).toEqual(['disk full', 'ENOSPC']);
    expect(fromWire(toWire('a thrown string')).message).toBe('a thrown string');
  });
});
