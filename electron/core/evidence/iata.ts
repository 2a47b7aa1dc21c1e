/**
 * IATA code -> place, offline: the compiled OurAirports subset (resources/generated/iata.json),
 * with the city-code and CDN-code overrides taking precedence.
 */
import fs from 'node:fs';
import path from 'node:path';
import { MissingDataError, resolveGeneratedDir } from './data-dir';
import { CDN_CODES, CITY_CODES, CITY_NAMES, type PlaceRow } from './iata-overrides';

/** The compiled table: code -> [city, country, lat, lon]. */
export type IataTable = Readonly<Record<string, PlaceRow>>;

export interface IataPlace {
  code: string;
  city: string;
  country: string;
  lat: number;
  lon: number;
  source: 'airport' | 'city-code' | 'cdn-code';
}

export type IataLookup = (code: string) => IataPlace | null;

export function createIataLookup(table: IataTable): IataLookup {
  return (raw) => {
    const code = raw.toUpperCase();
    if (code.length !== 3) return null;
    const cdn = CDN_CODES[code];
    if (cdn) return place(code, cdn, 'cdn-code');
    const city = CITY_CODES[code];
    if (city) return place(code, city, 'city-code');
    const airport = table[code];
    if (!airport) return null;
    return place(code, [CITY_NAMES[code] ?? airport[0], airport[1], airport[2], airport[3]], 'airport');
  };
}

function place(code: string, row: PlaceRow, source: IataPlace['source']): IataPlace {
  return { code, city: row[0], country: row[1], lat: row[2], lon: row[3], source };
}

/** Reads iata.json from the generated folder (see data-dir.ts for how `dir` defaults). */
export function loadIataTable(dir?: string): IataTable {
  const p = path.join(resolveGeneratedDir(dir), 'iata.json');
  if (!fs.existsSync(p)) throw new MissingDataError(`${p} is missing`);
  return JSON.parse(fs.readFileSync(p, 'utf8')) as IataTable;
}
