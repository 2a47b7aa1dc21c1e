import type { HostRow } from '../../../../shared/api';

/** Hosts grouped by their owner (unknown owners together), biggest first. */
export function ownerSummary(hosts: readonly HostRow[]): { owner: string; hosts: number; count: number }[] {
  const map = new Map<string, { owner: string; hosts: number; count: number }>();
  for (const h of hosts) {
    const owner = h.owner ?? 'Unknown owner';
    const o = map.get(owner) ?? { owner, hosts: 0, count: 0 };
    o.hosts++;
    o.count += h.count;
    map.set(owner, o);
  }
  return [...map.values()].sort((a, b) => b.count - a.count);
}
