/**
 * Redactors for the contract's record types (shared/api.ts), built from the value rules in
 * values.ts. Each takes the value as the core made it and returns the same type with the hidden
 * fields replaced; nothing else changes, so the page renders a redacted answer like any other.
 */
import type {
  AccessSummary, Citation, DeviceGroupRow, DeviceRow, EventDetail, EventRow, Flag, HostRow, IpRow, LocationPoint, LocationRecords, MemberRow, NamedRow,
  ProfileInfo, ReportVerification, SourceSummary, WhereSummary,
} from '../../../shared/api';
import type { ClaimVerdict, ClaimsEvaluation, EvidenceRef } from '../../../shared/claims';
import type { Coverage, EventKind } from '../../../shared/domain';
import type { FlagVocab } from '../../../shared/words/codes';
import { flagWords } from '../../../shared/words/flags';
import type { Labels } from './labels';
import {
  baseName, deviceName, deviceNullable, fileName, HIDDEN, host, identifiers, memberPath, pointer, provenance, scrubInline, scrubIps, scrubNullable, url,
} from './values';
import { UNKNOWN_HOST_STATEMENT } from '../evidence/host-knowledge';

/** What an event was, in our words: its title in presenter mode (titles quote messages, searches, handles and addresses). */
export const KIND_TITLES: Readonly<Record<EventKind, string>> = {
  login: 'Sign-in', logout: 'Sign-out', session: 'Session', security: 'Security event', password_change: 'Password change',
  app_authorised: 'App authorised', device_seen: 'Device seen', ad_impression: 'Ad seen', ad_click: 'Ad clicked',
  off_platform: 'Activity off the platform', watch: 'Watched', like: 'Liked', favorite: 'Added to favourites', search: 'Searched',
  share: 'Shared', comment: 'Commented', post: 'Posted', message: 'Message', follow: 'Followed', follower: 'New follower',
  block: 'Blocked', live: 'LIVE', purchase: 'Purchase', location: 'Location record', profile: 'Profile change', other: 'Other record',
};

export function profileInfo(p: ProfileInfo): ProfileInfo {
  // The folders name the computer's user; the file name is enough to recognise the profile.
  return { ...p, dbPath: baseName(p.dbPath) };
}

export function source(s: SourceSummary, l: Labels): SourceSummary {
  return {
    ...s,
    file: fileName(s.file, s.platform, l),
    parts: s.parts.map((p) => ({ ...p, file: fileName(p.file, s.platform, l) })),
  };
}

export function member(m: MemberRow, l: Labels): MemberRow {
  return { ...m, path: memberPath(m.path, l), note: scrubNullable(m.note, l) };
}

export function coverage(c: Coverage, l: Labels): Coverage {
  const m = (member: string) => memberPath(member, l);
  return {
    parsed: c.parsed.map((p) => ({ ...p, member: m(p.member) })),
    ignored: c.ignored.map((p) => ({ member: m(p.member), reason: scrubInline(p.reason, l) })),
    unknown: c.unknown.map((p) => ({ member: m(p.member) })),
    missing: c.missing.map((p) => ({ member: m(p.member), reason: scrubInline(p.reason, l) })),
    errors: c.errors.map((p) => ({ member: m(p.member), error: scrubInline(p.error, l) })),
    notRead: c.notRead.map((n) => ({ ...n, member: m(n.member), what: pointer(n.what, l), example: pointer(n.example, l) })),
  };
}

const ip = (a: string | null, l: Labels): string | null => (a === null ? null : l.ip(a));

export function eventRow<T extends EventRow>(e: T, l: Labels): T {
  const address = ip(e.ip, l);
  return {
    ...e,
    title: address === null ? KIND_TITLES[e.kind] : `${KIND_TITLES[e.kind]} · ${address}`,
    ip: address,
    device: deviceNullable(e.device, l),
    counterpart: e.counterpart === null ? null : l.person(e.counterpart),
    // A search hit is the text itself: the page learns that it matched, not what.
    snippet: e.snippet === null ? null : [{ text: HIDDEN, hit: true }],
  };
}

function citation(c: Citation, l: Labels): Citation {
  return { ...provenance(c, l), sourceFile: fileName(c.sourceFile, c.platform, l) };
}

export function eventDetail(e: EventDetail, l: Labels): EventDetail {
  return {
    ...eventRow(e, l),
    text: e.text === null ? null : HIDDEN,
    raw: HIDDEN,
    citation: citation(e.citation, l),
    urls: e.urls.map((u) => {
      const known = u.statement !== UNKNOWN_HOST_STATEMENT;
      return { ...u, host: host(u.host, known, l), url: known ? url(u.url, scrubIps(u.host, l)) : HIDDEN };
    }),
    flags: e.flags.map((f) => flag(f, l)),
  };
}

/** A flag's params with addresses and device keys replaced, its words rendered again from them. */
export function flagVocab(v: FlagVocab, l: Labels): FlagVocab {
  switch (v.code) {
    case 'datacenter-login':
      return { code: v.code, params: { ...v.params, networkBasis: scrubInline(v.params.networkBasis, l) } };
    case 'new-country':
      return { code: v.code, params: { ...v.params, ip: l.ip(v.params.ip) } };
    case 'impossible-travel':
      return { code: v.code, params: { ...v.params, from: { ...v.params.from, ip: l.ip(v.params.from.ip) }, to: { ...v.params.to, ip: l.ip(v.params.to.ip) } } };
    case 'new-device-security':
      // The device key is an identifier or a user agent: a label says "the same device" without it.
      return { code: v.code, params: { ...v.params, device: l.device(v.params.device), ip: l.ip(v.params.ip) } };
  }
}

export function flag<T extends Flag | Omit<Flag, 'eventIds'>>(f: T, l: Labels): T {
  const v = flagVocab({ code: f.code, params: f.params } as FlagVocab, l);
  const words = flagWords(v);
  return { ...f, ...v, title: words.title, explanation: words.explanation, evidence: f.evidence.map((p) => provenance(p, l)) };
}

export function ipRow(r: IpRow, l: Labels): IpRow {
  return { ...r, ip: l.ip(r.ip), ...(r.networkBasis === undefined ? {} : { networkBasis: scrubNullable(r.networkBasis, l) }) };
}

export function deviceRow<T extends Omit<DeviceRow, 'id'>>(d: T, l: Labels): T {
  return {
    ...d,
    model: deviceNullable(d.model, l),
    system: deviceNullable(d.system, l),
    identifiers: identifiers(d.identifiers),
    ...(d.group === undefined ? {} : { group: groupKey(d.group, l) }),
    ...(d.userAgent === undefined ? {} : { userAgent: d.userAgent === null ? null : HIDDEN }),
  };
}

/** A device group's key is made of the model's words: a person-chosen name in it is replaced (the same way in rows and groups). */
const groupKey = (key: string, l: Labels): string => (deviceName(key, l) === key ? key : l.of('value', key));

export function deviceGroup(g: DeviceGroupRow, l: Labels): DeviceGroupRow {
  return { ...g, key: groupKey(g.key, l), label: deviceName(g.label, l), device: deviceNullable(g.device, l), system: deviceNullable(g.system, l), app: deviceNullable(g.app, l) };
}

/** Apps, advertisers and off-platform sources are organisations: their names stay; details are scrubbed. */
export function named<T extends NamedRow>(r: T, l: Labels): T {
  return { ...r, name: scrubIps(r.name, l), detail: scrubNullable(r.detail, l) };
}

export function access(a: AccessSummary, l: Labels): AccessSummary {
  return {
    ...a,
    ips: a.ips.map((r) => ipRow(r, l)),
    devices: a.devices.map((d) => deviceRow(d, l)),
    ...(a.deviceGroups === undefined ? {} : { deviceGroups: a.deviceGroups.map((g) => deviceGroup(g, l)) }),
    apps: a.apps.map((r) => named(r, l)),
    advertisers: a.advertisers.map((r) => named(r, l)),
    offPlatform: a.offPlatform.map((r) => named(r, l)),
    flags: a.flags.map((f) => flag(f, l)),
  };
}

export function where(w: WhereSummary, l: Labels): WhereSummary {
  return {
    ...w,
    hosts: w.hosts.map((h) => hostRow(h, l)),
    findings: w.findings.map((f) => ({ ...f, evidence: f.evidence.map((p) => provenance(p, l)) })),
  };
}

export function hostRow(h: HostRow, l: Labels): HostRow {
  return { ...h, host: host(h.host, h.statement !== UNKNOWN_HOST_STATEMENT, l) };
}

/** Coordinates to one decimal (about 11 km): a map of the city, not of the home. */
const coarse = (x: number): number => Math.round(x * 10) / 10;
const minTime = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : a < b ? a : b);
const maxTime = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : a > b ? a : b);

/** Points rounded to about 11 km and merged where they then coincide (one dot per place on the map). */
export function locations(r: LocationRecords, l: Labels): LocationRecords {
  const merged = new Map<string, LocationPoint>();
  for (const p of r.points) {
    const lat = coarse(p.lat);
    const lon = coarse(p.lon);
    const key = `${lat},${lon}`;
    const had = merged.get(key);
    if (!had) {
      merged.set(key, { ...p, lat, lon, example: { ...provenance(p.example, l), title: p.kinds.length === 1 ? KIND_TITLES[p.kinds[0]!] : 'Location record' } });
      continue;
    }
    const kinds = [...new Set([...had.kinds, ...p.kinds])];
    merged.set(key, {
      ...had,
      count: had.count + p.count,
      first: minTime(had.first, p.first),
      last: maxTime(had.last, p.last),
      platforms: [...new Set([...had.platforms, ...p.platforms])].sort(),
      kinds,
      eventIds: [...had.eventIds, ...p.eventIds].slice(0, 20),
      example: { ...had.example, title: kinds.length === 1 ? KIND_TITLES[kinds[0]!] : 'Location record' },
    });
  }
  return { ...r, points: [...merged.values()] };
}

function evidenceRef(e: EvidenceRef, l: Labels): EvidenceRef {
  let ref = e.ref;
  if (ref.startsWith('device:')) ref = `device:${l.device(ref.slice('device:'.length))}`;
  else if (ref.startsWith('records:')) {
    const [, sha, ...rest] = ref.split(':');
    ref = `records:${sha}:${memberPath(rest.join(':'), l)}`;
  } else ref = scrubInline(ref, l);
  return { ...e, ref, what: scrubInline(e.what, l), citations: e.citations.map((p) => provenance(p, l)) };
}

export function verdict(v: ClaimVerdict, l: Labels): ClaimVerdict {
  return { ...v, headline: scrubInline(v.headline, l), reasons: v.reasons.map((r) => scrubInline(r, l)), evidence: v.evidence.map((e) => evidenceRef(e, l)) };
}

export function claimsEvaluation(c: ClaimsEvaluation, l: Labels): ClaimsEvaluation {
  return { ...c, verdicts: c.verdicts.map((v) => verdict(v, l)) };
}

export function verification(v: ReportVerification, l: Labels): ReportVerification {
  return {
    ...v,
    archives: v.archives.map((a) => ({ ...a, file: fileName(a.file, 'export', l) })),
    sections: v.sections.map((s) => ({ ...s, differences: s.differences.map(() => HIDDEN) })),
  };
}
