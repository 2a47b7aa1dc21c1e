/**
 * Presenter mode, per channel: what each answer becomes before it leaves the core. One entry per
 * contract channel, checked at compile time (a mapped type over `Channel`): a new channel does not
 * compile until someone decides here what presenter mode does with its answer.
 *
 *  - a function: the answer redacted (records.ts; labels stable for the core's lifetime);
 *  - 'keep': the answer holds nothing personal (counts, our own words, closed vocabularies,
 *    settings, job ids, synthetic personas, k-anonymous summaries) — the reason is beside it;
 *  - 'request': the answer is built redacted because the request is rewritten (reports:
 *    `redact: true`, see REQUEST_REWRITES);
 *  - 'refuse': the channel is refused while presenter mode is on (ApiError 'unsupported').
 */
import type { ApiEvents, Channel, EventName, Req, Res } from '../../../shared/api';
import type { Labels } from './labels';
import * as r from './records';
import { baseName, fileName, memberPath, scrubInline } from './values';

export type ChannelRedaction<C extends Channel> = ((res: Res<C>, labels: Labels) => Res<C>) | 'keep' | 'request' | 'refuse';

const paths = (xs: string[]): string[] => xs.map(baseName);

export const REDACTORS: { [C in Channel]: ChannelRedaction<C> } = {
  'profile.info': (res) => r.profileInfo(res),
  'profile.erase': (res) => ({ info: r.profileInfo(res.info), erased: { removed: paths(res.erased.removed), kept: paths(res.erased.kept) } }),
  'sources.list': (res, l) => res.map((s) => r.source(s, l)),
  'sources.members': (res, l) => res.map((m) => r.member(m, l)),
  'sources.coverage': (res, l) => r.coverage(res, l),
  'sources.remove': (res) => r.profileInfo(res),
  // Keys without values, but keys can be data (TikTok's "Chat History with alice:") and paths name threads.
  'sources.shape': (res, l) => ({ text: scrubInline(res.text, l), fileName: scrubInline(res.fileName, l) }),
  // The person's own pick, handed back so that import.start can read it (Electron answers it in main).
  'dialog.openExport': 'keep',
  'import.start': 'keep', // a job id
  'import.sample': 'keep',
  'import.cancel': 'keep',
  'stats.summary': 'keep', // counts per kind and platform, first and last time
  'timeline.histogram': 'keep', // counts per bucket
  'timeline.page': (res, l) => ({ ...res, events: res.events.map((e) => r.eventRow(e, l)) }),
  'timeline.event': (res, l) => (res === null ? null : r.eventDetail(res, l)),
  'access.summary': (res, l) => r.access(res, l),
  'where.summary': (res, l) => r.where(res, l),
  'where.locations': (res, l) => r.locations(res, l),
  'settings.get': 'keep',
  'settings.set': 'keep',
  'credits.list': 'keep', // the datasets' credits and our offline promises
  // A CSV is a file that leaves the screen and the session: made from the person's own rows, or not at all.
  'export.csv': 'refuse',
  'claims.templates': 'keep', // our templates
  'claims.evaluate': (res, l) => r.claimsEvaluation(res, l),
  'report.build': 'request',
  'report.pdf': 'request',
  'report.verify': (res, l) => r.verification(res, l),
  'work.cancel': 'keep',
  'personas.list': 'keep', // synthetic people written for workshops
  'import.persona': 'keep',
  'profiles.list': 'keep', // profile names, chosen by the facilitator (p1, p2, …), and counts
  'profiles.create': 'keep',
  'profiles.switch': (res) => r.profileInfo(res),
  'profiles.erase': (res) => ({ ...res, erased: { removed: paths(res.erased.removed), kept: paths(res.erased.kept) } }),
  'aggregate.make': 'keep', // k-anonymous, closed vocabulary, checked again on every read (core/aggregate)
  'aggregate.merge': 'keep',
  'letter.info': 'keep', // how to ask a platform, from our reference
  'letter.compose': (res, l) => ({ text: scrubInline(res.text, l), fileName: scrubInline(res.fileName, l) }),
};

/** Channels whose request changes in presenter mode: reports are built redacted (report/redact.ts). */
export const REQUEST_REWRITES: { [C in Channel]?: (req: Req<C>) => Req<C> } = {
  'report.build': (req) => ({ ...req, redact: true }),
  'report.pdf': (req) => ({ ...req, redact: true }),
};

/** The refusal's words (ApiError 'unsupported'). */
export function refusal(channel: Channel): string {
  return channel === 'export.csv'
    ? 'CSV export is off in presenter mode: a CSV would carry the exact addresses, names and texts the screen hides. Turn presenter mode off to export.'
    : `${channel} is off in presenter mode.`;
}

/** Events pushed to the page, redacted the same way (file names name accounts, member paths name threads). */
export const EVENT_REDACTORS: { [E in EventName]: (p: ApiEvents[E], labels: Labels) => ApiEvents[E] } = {
  'import.progress': (p, l) => ({ ...p, file: fileName(p.file, 'export', l), member: p.member === null ? null : memberPath(p.member, l) }),
  'import.done': (p, l) => ({
    ...p,
    // The message names the file: the file's label replaces it before the rest is scrubbed.
    message: p.message === null ? null : scrubInline(p.file === null ? p.message : p.message.split(p.file).join(fileName(p.file, 'export', l)), l),
    file: p.file === null ? null : fileName(p.file, 'export', l),
    member: p.member === null ? null : memberPath(p.member, l),
  }),
  'work.progress': (p, l) => ({ ...p, label: scrubInline(p.label, l) }),
};
