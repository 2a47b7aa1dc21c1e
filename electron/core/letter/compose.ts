/**
 * The follow-up data-access request as editable plain text: GDPR Article 15 for people in the EU
 * or UK (the default), the CCPA "right to know" for California residents. It names what the
 * person's own export lacked (gaps.ts) and what to ask for (request-info.ts). Square brackets mark
 * what the person fills in; nothing personal is filled in for them.
 */
import type { Jurisdiction } from '../../../shared/api';
import type { PlatformGaps } from './gaps';
import { SHORT_HISTORY_DAYS } from './gaps';
import type { RequestInfo } from './request-info';

export type { Jurisdiction };

/** The lines naming what was missing or thin; empty when the export looked complete (or none was given). */
export function gapLines(g: PlatformGaps | null): string[] {
  if (g === null || g.files.length === 0) return [];
  const lines: string[] = [];
  for (const m of g.missing) lines.push(`- ${m.member}: expected in the download but not in it (${m.reason}).`);
  for (const e of g.errors) lines.push(`- ${e.member}: in the download but could not be read (${e.error}). Please provide it again.`);
  const byMember = new Map<string, PlatformGaps['notRead']>();
  for (const n of g.notRead) byMember.set(n.member, [...(byMember.get(n.member) ?? []), n]);
  for (const [member, list] of byMember) {
    const parts = list.map((n) => (n.kind === 'key' ? `${n.count} value(s) under "${n.what}"` : `${n.count} entr${n.count === 1 ? 'y' : 'ies'} (${n.what})`));
    lines.push(`- ${member}: ${parts.join('; ')} — please explain what these fields mean and complete them where they are cut short.`);
  }
  if (g.signIns.count === 0) lines.push('- a record of the sign-ins to my account, with IP addresses, devices and times: the download contains none.');
  else if (g.signIns.days !== null && g.signIns.days < SHORT_HISTORY_DAYS) {
    lines.push(`- the complete history of sign-ins to my account: the download covers only ${g.signIns.first} to ${g.signIns.last} (${g.signIns.days} days). Please say how long you keep it.`);
  }
  return lines;
}

export function composeLetter(info: RequestInfo, gaps: PlatformGaps | null, jurisdiction: Jurisdiction): string {
  const found = gapLines(gaps);
  const files = gaps?.files.length ? gaps.files.join(', ') : '[the file name of the download]';
  const missingPart = found.length > 0
    ? ['What I received lacked the following, which I ask you to provide:', '', ...found, '']
    : [];
  const askPart = ['In particular, please include:', '', ...info.askFor.map((a) => `- ${a}`), ''];
  const head = [
    ...(gaps?.synthetic ? ['[SAMPLE — written from a synthetic workshop export, not anyone\'s data: a demonstration, not for sending.]', ''] : []),
    '[Your name]',
    '[Your postal or e-mail address]',
    '[Date]',
    '',
    `To: ${info.label}, privacy / data protection team`,
    '',
  ];
  const account = ['Account: [username, e-mail address or phone number of the account]', ''];
  const close = ['Kind regards,', '[Your name]', ''];
  if (jurisdiction === 'us') {
    return [
      ...head,
      `Subject: Request to know — California Consumer Privacy Act (Cal. Civ. Code §§ 1798.100, 1798.110)`,
      '',
      ...account,
      `I am a California resident. I downloaded my data from ${info.label} (${files}). Under the California`,
      'Consumer Privacy Act, as amended by the California Privacy Rights Act, I request that you disclose:',
      '',
      '1. the specific pieces of personal information you have collected about me;',
      '2. the categories of personal information you have collected about me;',
      '3. the categories of sources from which it was collected;',
      '4. the business or commercial purpose for collecting, selling or sharing it;',
      '5. the categories of third parties to whom you disclose it, and the categories sold or shared.',
      '',
      ...missingPart,
      ...askPart,
      'Please answer within 45 days of receiving this request (Cal. Civ. Code § 1798.130), in a portable,',
      'machine-readable format (JSON).',
      '',
      '[If you do not live in California: other US states have similar laws; name yours here, or delete this letter\'s legal references.]',
      '',
      ...close,
    ].join('\n');
  }
  return [
    ...head,
    'Subject: Request for access to my personal data — Article 15 GDPR',
    '',
    ...account,
    `I downloaded my data from ${info.label} (${files}). Under Article 15 of the General Data Protection`,
    'Regulation I request:',
    '',
    '1. a complete copy of the personal data you process about me (Article 15(3));',
    '2. the information in Article 15(1): the purposes of the processing; the categories of personal data;',
    '   the recipients or categories of recipients, in particular in third countries; how long the data',
    '   will be stored, or the criteria for that; where data not collected from me came from; and whether',
    '   automated decision-making, including profiling, takes place, with meaningful information about it;',
    '3. where my data are transferred to a third country, the safeguards used (Article 15(2)).',
    '',
    ...missingPart,
    ...askPart,
    'Please provide the data in a structured, commonly used, machine-readable format (JSON), and reply',
    'within one month of receiving this request (Article 12(3) GDPR).',
    '',
    ...close,
  ].join('\n');
}

/** The request helper as text: how to ask, what to choose, how long, what to ask for, and sources. */
export function howToText(info: RequestInfo): string {
  return [
    `${info.label}: how to request your export`,
    `  Where:        ${info.howToRequest}`,
    ...info.choose.map((c, i) => `  ${i === 0 ? 'Choose:      ' : '             '} ${c}`),
    `  Typical wait: ${info.typicalWait}`,
    '  Ask for:',
    ...info.askFor.map((a) => `    - ${a}`),
    `  Sources:      ${info.sources.join('; ')}`,
  ].join('\n');
}
