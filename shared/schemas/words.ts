/**
 * Schemas of the findings' and flags' vocabulary (shared/words/codes.ts): one strict object per
 * code, so a response whose params do not fit its code fails the contract tests. agree.ts proves
 * them equal to the TypeScript types.
 */
import { z } from './zod';
import { COUNTRY_REASONS } from '../words/codes';
import { grade, networkKind, nullableText } from './common';

const count = z.number();

const confidence = z.enum(['medium', 'low to medium', 'low']);

/** shared/words/location.ts LocationStatement. */
export const locationStatement = z.union([
  z.strictObject({ grade: z.literal('B'), kind: z.literal('storage'), provider: z.string(), region: z.string(), place: nullableText, country: nullableText }),
  z.strictObject({ grade: z.literal('E'), kind: z.literal('edge'), owner: z.string(), city: z.string(), country: z.string(), code: z.string(), insideIsp: z.boolean() }),
  z.strictObject({
    grade: z.literal('F'), kind: z.enum(['cluster', 'delivery']), place: z.string(), token: z.string(),
    where: z.enum(['host', 'path', 'domain']), confidence,
  }),
  z.strictObject({ grade: z.literal('G'), kind: z.literal('none'), via: z.string() }),
]);

const counted = { count, first: nullableText, last: nullableText };
const linkParams = z.strictObject({ ...counted, place: locationStatement });
const networkParams = z.strictObject({ ...counted, operator: z.string(), asn: count, org: nullableText });
const countryParams = z.strictObject({ ...counted, grade, country: nullableText, reasons: z.array(z.enum(COUNTRY_REASONS)) });

/** A finding: its fields plus one of the codes with that code's params. */
export function findingSchema<S extends z.ZodRawShape>(fields: S) {
  return z.discriminatedUnion('code', [
    z.strictObject({ ...fields, code: z.literal('host-location'), params: linkParams }),
    z.strictObject({ ...fields, code: z.literal('path-location'), params: linkParams }),
    z.strictObject({ ...fields, code: z.literal('login-network'), params: networkParams }),
    z.strictObject({ ...fields, code: z.literal('login-country'), params: countryParams }),
  ]);
}

const networkRef = z.strictObject({ provider: nullableText, org: nullableText, asn: count.nullable(), kind: networkKind });
const kindBasis = z.enum(['curated', 'override', 'list', 'heuristic', 'special', 'none']);
const travelEnd = z.strictObject({ ip: z.string(), country: z.string(), time: z.string(), network: networkRef, networkBasis: z.string() });

const datacenterParams = z.strictObject({
  kind: networkKind, name: z.string(), asn: count.nullable(), org: nullableText, count, addresses: count,
  first: nullableText, last: nullableText, kindBasis, networkBasis: z.string(),
});
const newCountryParams = z.strictObject({
  country: z.string(), time: z.string(), ip: z.string(), network: networkRef, registryCountry: nullableText,
  earlier: z.array(z.string()), later: count, home: z.string(),
});
const travelParams = z.strictObject({
  from: travelEnd, to: travelEnd, apartMs: count, centreKm: count.nullable(), nearestKm: count.nullable(), speedKmh: count.nullable(),
  minKm: count, maxKmh: count, airlinerKmh: count,
});
const newDeviceParams = z.strictObject({
  device: z.string(), time: z.string(), ip: z.string(), country: nullableText, network: networkRef, withinMs: count,
  security: z.array(z.enum(['password_change', 'logout', 'security'])), events: count, windowDays: count,
});

/** A flag: its fields plus one of the codes with that code's params. */
export function flagSchema<S extends z.ZodRawShape>(fields: S) {
  return z.discriminatedUnion('code', [
    z.strictObject({ ...fields, code: z.literal('datacenter-login'), params: datacenterParams }),
    z.strictObject({ ...fields, code: z.literal('new-country'), params: newCountryParams }),
    z.strictObject({ ...fields, code: z.literal('impossible-travel'), params: travelParams }),
    z.strictObject({ ...fields, code: z.literal('new-device-security'), params: newDeviceParams }),
  ]);
}
