/** The citation a journalist pastes: enough to find the exact record again in the original archive. */
import type { EventDetail } from '../../../shared/api';
import { formatUtc } from './time';

export function citationText(ev: Pick<EventDetail, 'citation' | 'time' | 'precision' | 'timeText' | 'title'>): string {
  const c = ev.citation;
  return [
    `Record: ${ev.title}`,
    `Time: ${ev.time ? formatUtc(ev.time, ev.precision) : 'none'} (as written in the export: ${ev.timeText})`,
    `Archive: ${c.sourceFile}`,
    `Archive SHA-256: ${c.sourceSha256}`,
    `Member: ${c.member}`,
    `Pointer: ${c.pointer}`,
    `Platform / format: ${c.platform} / ${c.format}`,
    `Parser version: ${c.parserVersion}`,
    'Read with Whereabouts (offline).',
  ].join('\n');
}
