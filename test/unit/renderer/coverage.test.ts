import { describe, expect, it } from 'vitest';
import type { MemberRow } from '../../../shared/api';
import { groupMembers } from '../../../renderer/src/lib/coverage';

const m = (path: string, status: MemberRow['status'], records = 0): MemberRow => ({ path, bytes: 1, sha256: null, status, records, items: null, note: null });

describe('coverage groups', () => {
  it('puts problems first and sums records', () => {
    const groups = groupMembers([m('b.json', 'parsed', 3), m('a.json', 'parsed', 2), m('x', 'ignored'), m('bad', 'error'), m('gone', 'missing')]);
    expect(groups.map((g) => g.status)).toEqual(['error', 'missing', 'parsed', 'ignored']);
    const parsed = groups.find((g) => g.status === 'parsed');
    expect(parsed?.records).toBe(5);
    expect(parsed?.members.map((x) => x.path)).toEqual(['a.json', 'b.json']);
  });
});
