import { tickLabel, timeTicks, type Domain, type Tick } from '../../lib/histogram';
import { zoneOffsetMs } from '../../lib/time';

/**
 * Ticks on the calendar of a zone: steps are laid out on the zone's wall clock (UTC shifted by
 * the zone's offset) and shifted back, so "1 Mar" sits at midnight in that zone. Labels are the
 * wall-clock values. Pure; exported for tests.
 */
export function zoneTicks(domain: Domain, maxTicks: number, zone: string): { at: number; label: string }[] {
  const off = zoneOffsetMs(zone, domain.from);
  const wall: Tick[] = timeTicks({ from: domain.from + off, to: domain.to + off }, maxTicks);
  return wall.map((t) => ({ at: t.t - zoneOffsetMs(zone, t.t - off), label: tickLabel(t) }));
}
