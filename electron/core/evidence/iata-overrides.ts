/**
 * Codes the airport list cannot answer well (reference/location-knowledge.md §4):
 * IATA *city* codes (not airports), non-standard codes CDNs use in hostnames, and airports whose
 * OurAirports municipality is not the name a person would recognise ("Islands" for HKG).
 * Each row: [city, ISO country, lat, lon]. Coordinates are city centres, rounded.
 */
export type PlaceRow = readonly [city: string, country: string, lat: number, lon: number];

/** IATA metropolitan-area codes: they name a city served by several airports. */
export const CITY_CODES: Readonly<Record<string, PlaceRow>> = {
  LON: ['London', 'GB', 51.507, -0.128],
  NYC: ['New York', 'US', 40.713, -74.006],
  WAS: ['Washington, D.C.', 'US', 38.907, -77.037],
  CHI: ['Chicago', 'US', 41.878, -87.630],
  DTT: ['Detroit', 'US', 42.331, -83.046],
  YTO: ['Toronto', 'CA', 43.653, -79.383],
  YMQ: ['Montreal', 'CA', 45.502, -73.567],
  SAO: ['São Paulo', 'BR', -23.551, -46.633],
  RIO: ['Rio de Janeiro', 'BR', -22.907, -43.173],
  BUE: ['Buenos Aires', 'AR', -34.604, -58.382],
  PAR: ['Paris', 'FR', 48.857, 2.352],
  MIL: ['Milan', 'IT', 45.464, 9.190],
  ROM: ['Rome', 'IT', 41.903, 12.496],
  STO: ['Stockholm', 'SE', 59.329, 18.069],
  BUH: ['Bucharest', 'RO', 44.427, 26.103],
  MOW: ['Moscow', 'RU', 55.756, 37.617],
  REK: ['Reykjavík', 'IS', 64.147, -21.943],
  TYO: ['Tokyo', 'JP', 35.676, 139.650],
  OSA: ['Osaka', 'JP', 34.694, 135.502],
  SPK: ['Sapporo', 'JP', 43.062, 141.354],
  SEL: ['Seoul', 'KR', 37.567, 126.978],
  BJS: ['Beijing', 'CN', 39.904, 116.407],
  JKT: ['Jakarta', 'ID', -6.209, 106.846],
};

/**
 * Non-standard codes seen in CDN and router hostnames. `ash` is the CAIDA Hoiho example
 * (operators use it for Ashburn, VA, although IATA ASH is Nashua, NH); `frt`/`frx` are the
 * Frankfurt codes in Meta edge hostnames (`scontent-frt3-1`, `scontent-frx5-1`), by observation.
 */
export const CDN_CODES: Readonly<Record<string, PlaceRow>> = {
  ASH: ['Ashburn, Virginia', 'US', 39.044, -77.487],
  FRT: ['Frankfurt', 'DE', 50.111, 8.682],
  FRX: ['Frankfurt', 'DE', 50.111, 8.682],
};

/** Better display names for airports whose OurAirports municipality misleads. */
export const CITY_NAMES: Readonly<Record<string, string>> = {
  HKG: 'Hong Kong',
  KUL: 'Kuala Lumpur',
  TPE: 'Taipei (Taoyuan)',
  IAD: 'Washington, D.C. (Dulles)',
  NRT: 'Tokyo (Narita)',
  BRU: 'Brussels',
  PTY: 'Panama City',
  ISB: 'Islamabad',
  MFM: 'Macau',
  MEX: 'Mexico City',
  IST: 'Istanbul',
  EZE: 'Buenos Aires',
  HAN: 'Hanoi',
  PVG: 'Shanghai',
  CAN: 'Guangzhou',
  SZX: 'Shenzhen',
  CTU: 'Chengdu',
  KHH: 'Kaohsiung',
  XSP: 'Singapore (Seletar)',
  EWR: 'Newark (New York area)',
};
