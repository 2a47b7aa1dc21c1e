/** Groups an archive's members by coverage status, in the order a reader should check them. */
import type { MemberRow } from '../../../shared/api';
import type { MemberStatus } from '../../../shared/domain';

export const STATUS_ORDER: readonly MemberStatus[] = ['error', 'missing', 'unknown', 'parsed', 'ignored'];

export interface MemberGroup {
  status: MemberStatus;
  members: MemberRow[];
  records: number;
}

export function groupMembers(rows: readonly MemberRow[]): MemberGroup[] {
  const groups = new Map<MemberStatus, MemberRow[]>();
  for (const row of rows) {
    const list = groups.get(row.status);
    if (list) list.push(row);
    else groups.set(row.status, [row]);
  }
  return STATUS_ORDER.filter((s) => groups.has(s)).map((status) => {
    const members = [...(groups.get(status) ?? [])].sort((a, b) => a.path.localeCompare(b.path));
    return { status, members, records: members.reduce((n, m) => n + m.records, 0) };
  });
}
