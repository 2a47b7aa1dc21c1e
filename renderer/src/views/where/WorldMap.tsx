import { geoEqualEarth, geoGraticule10, geoPath } from 'd3-geo';
import { useMemo, useRef, useState } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { HostRow, LocationRecords } from '../../../../shared/api';
import { useElementWidth } from '../../hooks/useElementWidth';
import { useRootFontPx } from '../../hooks/useRootFontPx';
import { countryName } from '../../lib/countries';
import { plural } from '../../lib/format';
import { shadeClass } from '../../lib/map-scale';
import { pinRadius, pinsFromHosts } from '../../lib/pins';
// Bundled with the app: the map is drawn from local data, never from tiles or a network.
import atlas from 'world-atlas/countries-110m.json';
import { alpha2For } from './iso-numeric';
import { LocationDetail, LocationDot } from './LocationDots';
import { LocationLegend, MapLegend, ServedLegend } from './MapLegend';
import { MapModes } from './MapModes';
import type { MapMode } from './map-mode';
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
 * An offline world map with one layer at a time (map-mode.ts): server places by grade (shape and
 * letter, not colour alone), countries shaded by sign-ins, or records with coordinates. Markers
 * grow with the text size, so they stay readable on a projector.
 */
export function WorldMap({ loginCountries, hosts, locations }: { loginCountries: { country: string; logins: number }[]; hosts: HostRow[]; locations: LocationRecords | null }) {
  shapes ??= buildShapes();
  const { projection, countries, sphere, graticule } = shapes;
  const [mode, setMode] = useState<MapMode>('served');
  const [selected, setSelected] = useState<string | null>(null);
  // Markers and letters are in map units (960 wide). Scaled so that on screen they keep their
  // size when the map is drawn narrow (200 % zoom, a projector) and grow with the text size.
  const svgRef = useRef<SVGSVGElement>(null);
  const drawnWidth = useElementWidth(svgRef, WIDTH);
  const scale = (useRootFontPx() / 16) * Math.min(3, Math.max(1, WIDTH / drawnWidth));

  const logins = useMemo(() => new Map(loginCountries.map((c) => [c.country.toUpperCase(), c.logins])), [loginCountries]);
  const maxLogins = loginCountries.reduce((m, c) => Math.max(m, c.logins), 0);
  const pins = useMemo(() => pinsFromHosts(hosts), [hosts]);
  const maxPin = pins.reduce((m, p) => Math.max(m, p.count), 0);
  const points = locations?.points ?? [];
  const modes: MapMode[] = points.length ? ['served', 'signins', 'locations'] : ['served', 'signins'];
  const selectedPin = mode === 'served' ? pins.find((p) => p.key === selected) ?? null : null;
  const selectedPoint = mode === 'locations' ? points.find((p) => `${p.lat},${p.lon}` === selected) ?? null : null;
  const shade = mode === 'signins';

  const describe: Record<MapMode, string> = {
    served: `${plural(pins.length, 'place')} named by server addresses, by evidence grade`,
    signins: `sign-ins from ${plural(loginCountries.length, 'country', 'countries')}`,
    locations: `${plural(locations?.total ?? 0, 'location record')} at ${plural(points.length, 'place')}`,
  };

  return (
    <figure className={`world-map mode-${mode}`} data-testid="world-map" data-mode={mode}>
      <MapModes
        mode={mode}
        modes={modes}
        onChange={(m) => {
          setMode(m);
          setSelected(null);
        }}
      />
      <svg ref={svgRef} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={`World map: ${describe[mode]}. The lists below hold the same information.`}>
        <path className="map-sphere" d={sphere} />
        <path className="map-graticule" d={graticule} />
        <g className="map-countries">
          {countries.map((c) => {
            const n = c.code ? logins.get(c.code) ?? 0 : 0;
            return (
              <path key={c.key} d={c.d} className={`map-country shade-${shade ? shadeClass(n, maxLogins) : 0}`} data-country={c.code ?? undefined}>
                <title>{shade ? `${c.code ? countryName(c.code) : c.name}: ${n ? plural(n, 'sign-in') : 'no sign-ins'}` : c.code ? countryName(c.code) : c.name}</title>
              </path>
            );
          })}
        </g>
        {mode === 'served' ? (
          <g className="map-pins">
            {pins.map((p) => {
              const xy = projection([p.lon, p.lat]);
              if (!xy) return null;
              return (
                <PinMarker
                  key={p.key}
                  pin={p}
                  x={xy[0]}
                  y={xy[1]}
                  r={pinRadius(p.count, maxPin) * scale}
                  fontSize={12 * scale}
                  selected={p.key === selected}
                  onSelect={() => setSelected(p.key === selected ? null : p.key)}
                />
              );
            })}
          </g>
        ) : null}
        {mode === 'locations' ? (
          <g className="map-locations" data-testid="map-locations">
            {points.map((p) => {
              const xy = projection([p.lon, p.lat]);
              if (!xy) return null;
              const key = `${p.lat},${p.lon}`;
              return <LocationDot key={key} point={p} x={xy[0]} y={xy[1]} r={4 * scale} selected={key === selected} onSelect={() => setSelected(key === selected ? null : key)} />;
            })}
          </g>
        ) : null}
      </svg>
      <figcaption>
        {mode === 'signins' ? <MapLegend maxLogins={maxLogins} /> : null}
        {mode === 'served' ? <ServedLegend places={pins.length} /> : null}
        {mode === 'locations' && locations ? <LocationLegend records={locations} /> : null}
        {selectedPin ? <PinDetail pin={selectedPin} /> : null}
        {selectedPoint ? <LocationDetail point={selectedPoint} /> : null}
        {!selectedPin && !selectedPoint && mode !== 'signins' && (mode === 'served' ? pins.length : points.length) ? (
          <p className="muted">Select a marker to see the records behind it.</p>
        ) : null}
      </figcaption>
    </figure>
  );
}
