/**
 * Map pins for host locations: hosts (and their graded path hints) that carry coordinates,
 * grouped by place so one marker stands for every host seen there.
 */
import type { HostLocation, HostRow } from '../../../shared/api';
import type { Grade, LocationKind } from '../../../shared/domain';
import { compareGrades } from './grades';

export interface PinSource {
  /** Host name, or `host (path: token)` for a path hint. */
  name: string;
  grade: Grade;
  count: number;
  statement: string;
}

export interface Pin {
  key: string;
  lat: number;
  lon: number;
  label: string;
  kind: LocationKind;
  /** Strongest grade among the sources, which picks the marker. */
  grade: Grade;
  count: number;
  sources: PinSource[];
}

function placeKey(loc: HostLocation): string | null {
  if (loc.lat === null || loc.lon === null || !Number.isFinite(loc.lat) || !Number.isFinite(loc.lon)) return null;
  return `${loc.lat.toFixed(2)},${loc.lon.toFixed(2)}|${loc.kind}`;
}

export function pinsFromHosts(hosts: readonly HostRow[]): Pin[] {
  const pins = new Map<string, Pin>();
  const add = (loc: HostLocation, source: PinSource): void => {
    const key = placeKey(loc);
    if (!key || loc.lat === null || loc.lon === null) return;
    const pin = pins.get(key);
    if (pin) {
      pin.count += source.count;
      pin.sources.push(source);
      if (compareGrades(source.grade, pin.grade) < 0) pin.grade = source.grade;
    } else {
      pins.set(key, { key, lat: loc.lat, lon: loc.lon, label: loc.label, kind: loc.kind, grade: source.grade, count: source.count, sources: [source] });
    }
  };
  for (const h of hosts) {
    add(h.location, { name: h.host, grade: h.grade, count: h.count, statement: h.statement });
    for (const hint of h.pathHints) {
      add(hint.location, { name: `${h.host} (path: ${hint.token})`, grade: hint.grade, count: hint.count, statement: hint.statement });
    }
  }
  // Larger pins first so the smaller ones are drawn on top and stay clickable.
  return [...pins.values()].sort((a, b) => b.count - a.count);
}

/** Marker radius in map units: grows with the square root of the count, within limits. */
export function pinRadius(count: number, max: number): number {
  if (max <= 0) return 4;
  return 4 + 8 * Math.sqrt(Math.max(0, count) / max);
}
