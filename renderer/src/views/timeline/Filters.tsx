import type { ChangeEvent } from 'react';
import { NETWORK_KINDS, type EventKind, type NetworkKind, type Platform } from '../../../../shared/domain';
import { useApiQuery } from '../../hooks/useApiQuery';
import { countryName } from '../../lib/countries';
import { activeFilterCount } from '../../lib/filters';
import { formatCount } from '../../lib/format';
import { eventKindLabel, NETWORK_KIND_LABEL, PLATFORM_LABEL } from '../../lib/labels';
import { useTimeline } from '../../stores/timeline';

const ALL = '';

/** Narrowing the timeline: one choice per facet keeps it simple to read and to reset. */
export function Filters() {
  const filter = useTimeline((s) => s.filter);
  const setFilter = useTimeline((s) => s.setFilter);
  const resetFilter = useTimeline((s) => s.resetFilter);
  const stats = useApiQuery('stats.summary', {});
  const access = useApiQuery('access.summary', {});

  const platforms = Object.entries(stats.data?.byPlatform ?? {}) as [Platform, number][];
  const kinds = (Object.entries(stats.data?.byKind ?? {}) as [EventKind, number][]).sort((a, b) => b[1] - a[1]);
  const countries = (access.data?.countries ?? []).filter((c): c is { country: string; logins: number; ips: number } => c.country !== null);
  const devices = access.data?.devices ?? [];

  const pick =
    <T extends string>(apply: (v: T | undefined) => void) =>
    (e: ChangeEvent<HTMLSelectElement>): void =>
      apply(e.currentTarget.value === ALL ? undefined : (e.currentTarget.value as T));

  const count = activeFilterCount(filter);
  return (
    <fieldset className="filters" aria-label="Filters">
      <legend className="visually-hidden">Filters</legend>
      <label>
        <span>Platform</span>
        <select value={filter.platforms?.[0] ?? ALL} onChange={pick<Platform>((v) => setFilter({ platforms: v ? [v] : undefined }))} data-testid="filter-platform">
          <option value={ALL}>All</option>
          {platforms.map(([p, n]) => (
            <option key={p} value={p}>
              {PLATFORM_LABEL[p]} ({formatCount(n)})
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Kind</span>
        <select value={filter.kinds?.length === 1 ? filter.kinds[0] : ALL} onChange={pick<EventKind>((v) => setFilter({ kinds: v ? [v] : undefined }))} data-testid="filter-kind">
          <option value={ALL}>All</option>
          {kinds.map(([k, n]) => (
            <option key={k} value={k}>
              {eventKindLabel(k)} ({formatCount(n)})
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Country</span>
        <select value={filter.countries?.[0] ?? ALL} onChange={pick<string>((v) => setFilter({ countries: v ? [v] : undefined }))} data-testid="filter-country">
          <option value={ALL}>All</option>
          {countries.map((c) => (
            <option key={c.country} value={c.country}>
              {countryName(c.country)} ({c.country})
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Network</span>
        <select value={filter.networkKinds?.[0] ?? ALL} onChange={pick<NetworkKind>((v) => setFilter({ networkKinds: v ? [v] : undefined }))} data-testid="filter-network">
          <option value={ALL}>All</option>
          {NETWORK_KINDS.map((k) => (
            <option key={k} value={k}>
              {NETWORK_KIND_LABEL[k]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Device</span>
        <select
          value={filter.deviceIds?.[0] !== undefined ? String(filter.deviceIds[0]) : ALL}
          onChange={(e) => setFilter({ deviceIds: e.currentTarget.value === ALL ? undefined : [Number(e.currentTarget.value)] })}
          data-testid="filter-device"
        >
          <option value={ALL}>All</option>
          {devices.map((d) => (
            <option key={d.id} value={String(d.id)}>
              {[d.model, d.system].filter(Boolean).join(' · ') || `Device ${d.id}`}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={filter.flaggedOnly ?? false} onChange={(e) => setFilter({ flaggedOnly: e.currentTarget.checked || undefined })} data-testid="filter-flagged" />
        <span>Flagged only</span>
      </label>
      <button type="button" className="small" onClick={resetFilter} disabled={count === 0} data-testid="filter-reset">
        Reset filters{count ? ` (${count})` : ''}
      </button>
    </fieldset>
  );
}
