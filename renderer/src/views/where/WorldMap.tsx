import { geoEqualEarth, geoGraticule10, geoPath } from 'd3-geo';
import { useMemo, useState } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { HostRow } from '../../../../shared/api';
import { countryName } from '../../lib/countries';
import { plural } from '../../lib/format';
import { shadeClass } from '../../lib/map-scale';
import { pinRadius, pinsFromHosts } from '../../lib/pins';
// Bundled with the app: the map is drawn from local data, never from tiles or a network.
import atlas from 'world-atlas/countries-110m.json';
import { alpha2For } from './iso-numeric';
import { MapLegend } from './MapLegend';
import { PinDetail, PinMarker } from './MapPins';

const WIDTH = 960;
const HEIGHT = 480;

interface CountryProps {
  name: string;
}

/** Built once: the atlas does not change while the app runs. */
function buildShapes() {
  const topo = atlas as unknown as Topology<{ countries: GeometryCollection<CountryProps> }>;
  const fc = feature(topo, topo.objects.countries);
  const projection = geoEqualEarth().fitExtent(
    [
      [8, 8],
      [WIDTH - 8, HEIGHT - 8],
    ],
    { type: 'Sphere' },
  );
  const path = geoPath(projection);
  const countries = fc.features.map((f, i) => ({
    key: `${String(f.id ?? '')}-${i}`,
    code: alpha2For(f.id, f.properties?.name),
    name: f.properties?.name ?? 'Unknown',
    d: path(f) ?? '',
  }));
  return { projection, countries, sphere: path({ type: 'Sphere' }) ?? '', graticule: path(geoGraticule10()) ?? '' };
}

let shapes: ReturnType<typeof buildShapes> | null = null;

/**
 * An offline world map: countries shaded by sign-ins, and a marker for each place a server name
 * points to, drawn by grade (shape and letter, not colour alone).
 */
export function WorldMap({ loginCountries, hosts }: { loginCountries: { country: string; logins: number }[]; hosts: HostRow[] }) {
  shapes ??= buildShapes();
  const { projection, countries, sphere, graticule } = shapes;
  const [selected, setSelected] = useState<string | null>(null);

  const logins = useMemo(() => new Map(loginCountries.map((c) => [c.country.toUpperCase(), c.logins])), [loginCountries]);
  const maxLogins = loginCountries.reduce((m, c) => Math.max(m, c.logins), 0);
  const pins = useMemo(() => pinsFromHosts(hosts), [hosts]);
  const maxPin = pins.reduce((m, p) => Math.max(m, p.count), 0);
  const selectedPin = pins.find((p) => p.key === selected) ?? null;

  return (
    <figure className="world-map" data-testid="world-map">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="group"
        aria-label={`World map: sign-ins from ${plural(loginCountries.length, 'country', 'countries')}; ${plural(pins.length, 'place')} named by server addresses. The tables below hold the same information.`}
      >
        <path className="map-sphere" d={sphere} />
        <path className="map-graticule" d={graticule} />
        <g className="map-countries">
          {countries.map((c) => {
            const n = c.code ? logins.get(c.code) ?? 0 : 0;
            return (
              <path key={c.key} d={c.d} className={`map-country shade-${shadeClass(n, maxLogins)}`} data-country={c.code ?? undefined}>
                <title>{`${c.code ? countryName(c.code) : c.name}: ${n ? plural(n, 'sign-in') : 'no sign-ins'}`}</title>
              </path>
            );
          })}
        </g>
        <g className="map-pins">
          {pins.map((p) => {
            const xy = projection([p.lon, p.lat]);
            if (!xy) return null;
            return (
              <PinMarker key={p.key} pin={p} x={xy[0]} y={xy[1]} r={pinRadius(p.count, maxPin)} selected={p.key === selected} onSelect={() => setSelected(p.key === selected ? null : p.key)} />
            );
          })}
        </g>
      </svg>
      <figcaption>
        <MapLegend maxLogins={maxLogins} />
        {selectedPin ? <PinDetail pin={selectedPin} /> : pins.length ? <p className="muted">Select a marker to see the server names behind it.</p> : null}
      </figcaption>
    </figure>
  );
}
