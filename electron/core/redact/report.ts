/**
 * A redacted report (`report.build {redact: true}`, `whereabouts report --redact`, every report
 * in presenter mode): the report document with the same rules as the app's answers (records.ts),
 * labelled by a fresh Labels in the document's own order. The document is in a content-defined
 * order, so the same archives give the same redacted report, byte for byte: `verify` recomputes
 * the full report, redacts it the same way and compares (report/verify.ts).
 */
import type { ReportDocument } from '../../../shared/report';
import { stableId } from '../evidence/stable-id';
import { Labels } from './labels';
import * as r from './records';
import { deviceName, fileName, provenance, scrubInline } from './values';

export function redactReport(doc: ReportDocument): ReportDocument {
  const l = new Labels();
  // Person-chosen device names also appear inside sentences (the Who summary, evidence): replaced there too.
  const renamed = doc.access.devices.flatMap((d) => [d.model, d.system])
    .filter((x): x is string => x !== null && deviceName(x, l) !== x)
    .map((x) => [x, deviceName(x, l)] as const)
    .sort(([a], [b]) => b.length - a.length);
  const text = (s: string): string => scrubInline(renamed.reduce((acc, [from, to]) => acc.split(from).join(to), s), l);
  const archives = doc.archives.map((a) => ({
    ...a,
    file: fileName(a.file, a.platform, l),
    parts: a.parts.map((p) => ({ ...p, file: fileName(p.file, a.platform, l) })),
    coverage: r.coverage(a.coverage, l),
  }));
  const verdicts = doc.verdicts.map((v) => {
    const red = r.verdict(v, l);
    return { ...red, headline: text(red.headline), reasons: red.reasons.map(text), evidence: red.evidence.map((e) => ({ ...e, what: text(e.what) })) };
  });
  const a = doc.access;
  return {
    ...doc,
    redacted: true,
    archives,
    verdicts,
    summary: { who: doc.summary.who.map(text), where: doc.summary.where.map(text) },
    access: {
      ...a,
      ips: a.ips.map((x) => r.ipRow(x, l)),
      devices: a.devices.map((d) => r.deviceRow(d, l)),
      apps: a.apps.map((x) => r.named(x, l)),
      advertisers: a.advertisers.map((x) => r.named(x, l)),
      offPlatform: a.offPlatform.map((x) => r.named(x, l)),
    },
    hosts: doc.hosts.map((h) => r.hostRow(h, l)),
    findings: doc.findings.map((f) => ({ ...f, evidence: f.evidence.map((p) => provenance(p, l)) })),
    flags: doc.flags.map((f) => {
      const red = r.flag(f, l);
      // A flag's id hashes its title and citations: were a hidden value ever in them, it could be
      // found again by trying candidates, so the redacted flag's id is made from what it now says
      // (today's titles name countries and networks, so the ids mostly stay the same).
      return { ...red, id: stableId('flag', red.kind, red.title, red.first, red.last, ...red.evidence.map((p) => `${p.sourceSha256}:${p.member}:${p.pointer}`)) };
    }),
  };
}
