/**
 * A finding's words from its code and params: the one renderer the core, the CLI, the report and
 * the UI share. Pure; the grade wording rules live in ./location.ts and hold for everything said
 * here (test/unit/evidence/wording.test.ts renders every code).
 */
import type { CountryReason, FindingVocab } from './codes';
import { countrySummary, LINKS, locationSummary, networkSummary } from './location';

export const COUNTRY_REASON_WORDS: Readonly<Record<CountryReason, string>> = {
  'special-address': 'private or reserved addresses',
  'not-covered': 'addresses the country datasets do not cover',
  'one-dataset': 'only one of the two country datasets has an answer',
  'datasets-disagree': 'the two country datasets disagree',
  'server-network': 'server, VPN or platform networks show where a server is, not the person',
  'relay-network': 'content delivery networks and privacy relays place users only roughly',
  'mobile-network': 'mobile carrier addresses are often registered far from the phone',
};

/** "312 links in this export, dated …, were served from …" and the like. */
export function findingStatement(v: FindingVocab): string {
  switch (v.code) {
    case 'host-location':
    case 'path-location': {
      const p = v.params;
      return locationSummary(p.place, p.count, p.first, p.last, LINKS);
    }
    case 'login-network': {
      const p = v.params;
      return networkSummary(p.count, p.first, p.last, p.operator, p.asn, p.org);
    }
    case 'login-country': {
      const p = v.params;
      // Sorted as words, so the sentence reads the same whatever order the reasons were met in.
      const reasons = p.reasons.map((r) => COUNTRY_REASON_WORDS[r]).sort();
      return countrySummary(p.grade, p.country, p.count, p.first, p.last, reasons);
    }
  }
}
