/** Country names from ISO 3166 alpha-2 codes, using the runtime's own (offline) locale data. */

let names: Intl.DisplayNames | null = null;

function displayNames(): Intl.DisplayNames | null {
  if (names) return names;
  try {
    names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  } catch {
    names = null;
  }
  return names;
}

export function countryName(code: string | null | undefined): string {
  if (!code) return 'Unknown country';
  const upper = code.toUpperCase();
  if (!/^[A-Z]{2}$/.test(upper)) return code;
  try {
    return displayNames()?.of(upper) ?? upper;
  } catch {
    return upper;
  }
}

/** "Germany (DE)". */
export function countryWithCode(code: string | null | undefined): string {
  if (!code) return 'Unknown country';
  const name = countryName(code);
  return name.toUpperCase() === code.toUpperCase() ? code.toUpperCase() : `${name} (${code.toUpperCase()})`;
}
