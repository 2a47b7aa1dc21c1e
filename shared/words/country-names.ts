/**
 * English country names for statements, from the runtime's ICU data (Node and Electron ship full
 * ICU), so no table has to be maintained. Falls back to the code itself.
 */
let names: Intl.DisplayNames | null | undefined;
const cache = new Map<string, string>();

export function countryName(cc: string | null): string {
  if (!cc) return 'an unknown country';
  const code = cc.toUpperCase();
  const hit = cache.get(code);
  if (hit !== undefined) return hit;
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    } catch {
      names = null;
    }
  }
  let name = code;
  try {
    name = names?.of(code) ?? code;
  } catch {
    // Invalid region code: keep the code.
  }
  cache.set(code, name);
  return name;
}

/** "London, United Kingdom"; just "Singapore" when the city already names the country. */
export function placeName(city: string, cc: string | null): string {
  if (!cc) return city;
  const country = countryName(cc);
  return country.startsWith(city) || city.startsWith(country) ? city : `${city}, ${country}`;
}

/** "Frankfurt, Germany", "Singapore", "Spain" (no city known) or null. */
export function regionPlace(place: string | null, cc: string | null): string | null {
  if (place) return placeName(place, cc);
  return cc ? countryName(cc) : null;
}

const NEEDS_THE = /^(United |Netherlands$|Philippines$|Bahamas$|Gambia$|Maldives$|Comoros$)|(Islands|Republic|Emirates)$/;

/** The name as used after "in" or "from": "the United States", "the Netherlands", "Germany". */
export function countryInSentence(cc: string | null): string {
  const name = countryName(cc);
  return NEEDS_THE.test(name) ? `the ${name}` : name;
}
