import { describe, expect, it } from 'vitest';
import { groupApps, groupLoginDevices, groupLoginTables, tableOf } from '../../../electron/core/claims/group-records';
import { SHA } from './make-input';

const row = (id: number, time: string | null, pointer: string, member = 'user_data_tiktok.json') => ({ eventId: id, time, provenance: { sourceSha256: SHA, member, pointer } });

describe('record grouping for claim tests', () => {
  it('a JSON list is one table; a text file is one table', () => {
    expect(tableOf('/Your Activity/Login History/LoginHistoryList/12')).toBe('/Your Activity/Login History/LoginHistoryList');
    expect(tableOf('/A/List/3/Date')).toBe('/A/List');
    expect(tableOf('line:40')).toBe('');
  });

  it('sign-in tables: count, span, oldest and newest citations, stable keys', () => {
    const t = groupLoginTables([
      row(5, '2024-01-02T00:00:00Z', '/A/List/1'), row(3, '2023-01-01T00:00:00Z', '/A/List/0'), row(9, null, '/A/List/2'),
      row(1, '2022-05-05T00:00:00Z', 'line:3', 'Login History.txt'),
    ]);
    expect(t.map((x) => x.key)).toEqual([`${SHA.slice(0, 12)}:Login History.txt`, `${SHA.slice(0, 12)}:user_data_tiktok.json#/A/List`]);
    expect(t[1]).toMatchObject({ count: 3, first: '2023-01-01T00:00:00Z', last: '2024-01-02T00:00:00Z', grade: 'A', oldest: { pointer: '/A/List/0' }, newest: { pointer: '/A/List/1' } });
  });

  it('devices: grouped by model, system and identifiers; unnamed sign-ins kept apart; most sign-ins first', () => {
    const base = { userAgent: null, identifiers: {} };
    const d = groupLoginDevices([
      { ...row(1, 'x', '/1'), ...base, model: 'iPhone14,2', system: 'iOS 17' },
      { ...row(2, 'y', '/2'), ...base, model: null, system: null },
      { ...row(3, 'z', '/3'), ...base, model: 'iPhone14,2', system: 'iOS 17' },
    ]);
    expect(d.map((x) => [x.label, x.count])).toEqual([['iPhone14,2 · iOS 17', 2], [null, 1]]);
  });

  it('apps: one group per name, sorted', () => {
    expect(groupApps([{ ...row(-1, null, '/x'), name: 'b' }, { ...row(-1, null, '/y'), name: 'a' }, { ...row(2, null, '/z'), name: 'b' }]).map((a) => [a.name, a.count, a.eventIds])).toEqual([['a', 1, []], ['b', 2, [2]]]);
  });
});
