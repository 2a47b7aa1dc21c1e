import type { TimePrecision } from '../../../shared/domain';
import { formatLocal, formatUtc } from '../lib/time';

/** A time in the reader's zone, with the exact UTC value on hover for citing. */
export function TimeText({ iso, precision = 'second', fallback = '–' }: { iso: string | null | undefined; precision?: TimePrecision; fallback?: string }) {
  if (!iso) return <span className="muted">{fallback}</span>;
  return (
    <time dateTime={iso} title={formatUtc(iso, precision)}>
      {formatLocal(iso, precision)}
    </time>
  );
}

export function DateText({ iso }: { iso: string | null | undefined }) {
  return <TimeText iso={iso} precision="day" />;
}
