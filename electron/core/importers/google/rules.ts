/**
 * What the Google readers need beyond the declared spec (declared.ts), keyed by member id there:
 * when the member is read (Settings.json before the records its device names label), the keys of
 * an item its mapper reads (the declared `consumed` keys are added by compile.ts, so together
 * they are every key known), what the member is in words when its root is of the wrong kind,
 * whether a missing list is worth a note, items skipped by design, and declared selectors that
 * hold no records (selected only to report what they hold). Localised names and labels are the
 * locale table's (spec.ts LOCALES); the Access Log columns are spec.ts's column tables.
 */
import type { KeyTree } from '../common/key-tree';

export interface GoogleRule {
  /** Reading order (lower first); members of one order are read in path order. */
  order: number;
  /** JSON members: what the file is, for the problem when its root is of a kind no selector reads ("a list of activities"). */
  expects?: string;
  /** JSON members: the keys of an item the mapper reads, for every selector but those in `readsAt`. */
  reads?: KeyTree;
  /** JSON members: the keys the mapper reads of the items of one selector, where they differ (the Timeline's raw signals). */
  readsAt?: Readonly<Record<string, KeyTree>>;
  /** JSON members: a file without the list its object selector names is noted (nothing to read). */
  noteMissingList?: boolean;
  /** Items the mapper cannot use by design: counted as dropped with this reason, not as problems. */
  quietSkips?: string;
  /** Declared selectors that hold no records: whatever data they hold is reported as not read. */
  sections?: readonly string[];
}

const E7 = { latitudeE7: true, longitudeE7: true } as const;

const SEMANTIC_PLACE: KeyTree = { ...E7, name: true, address: true, semanticType: true, deviceTag: true };

const SEGMENT: KeyTree = {
  startTime: true,
  visit: { topCandidate: { semanticType: true, placeLocation: true } },
  activity: { topCandidate: { type: true }, distanceMeters: true, start: true },
  timelinePath: { point: true },
};

const ACCESS_LOG: GoogleRule = { order: 1 };

export const GOOGLE_RULES: Readonly<Record<string, GoogleRule>> = {
  'location-settings': {
    order: 0, expects: 'Location History settings',
    reads: {
      deviceTag: true, devicePrettyName: true, platformType: true, androidOsLevel: true, iosVersion: true, deviceCreationTime: true,
      reportingEnabled: true, legalCountryCode: true, deviceSpec: { manufacturer: true, brand: true, model: true },
    },
  },
  'access-devices': ACCESS_LOG,
  'access-activities': ACCESS_LOG,
  'my-activity': {
    order: 2, expects: 'a list of activities',
    reads: {
      header: true, title: true, titleUrl: true, time: true, products: true, description: true,
      details: { name: true }, subtitles: { name: true, url: true }, locationInfos: { name: true, url: true, source: true, sourceUrl: true },
    },
  },
  'location-records': {
    order: 3, expects: 'location records', noteMissingList: true,
    reads: { ...E7, accuracy: true, source: true, deviceTag: true, platformType: true, formFactor: true, timestamp: true, timestampMs: true },
  },
  'semantic-location': {
    order: 4, expects: 'a month of Semantic Location History', noteMissingList: true,
    reads: {
      placeVisit: { location: SEMANTIC_PLACE, duration: true },
      activitySegment: { startLocation: SEMANTIC_PLACE, duration: true, distance: true, activityType: true },
    },
  },
  timeline: {
    order: 5, expects: 'an on-device Timeline',
    reads: SEGMENT,
    readsAt: {
      '$.rawSignals.*': { position: { LatLng: true, latLng: true, source: true, accuracyMeters: true, timestamp: true } },
    },
    quietSkips: 'no position (a Wi-Fi scan or an activity guess)',
    sections: ['$.userLocationProfile'],
  },
};
