import type { TimePrecision } from '../../../shared/domain';
import { formatLocal, formatUtc, useDisplayZone } from '../lib/time';

/** A time in the reader's zone, with the exact UTC value on hover for citing. */
export function TimeText({ iso, precision = 'second', fallback = '–' }: { iso: string | null | undefined; precision?: TimePrecision; fallback?: string }) {
  // Subscribed, so every time on screen follows a change of the display zone at once.
  const zone = useDisplayZone();
  if (!iso) return <span className="muted">{fallback}</span>;
  return (
    <time dateTime={iso} title={formatUtc(iso, precision)}>
      {formatLocal(iso, precision, { timeZone: zone })}
    </time>
  );
}

export function DateText({ iso }: { iso: string | null | undefined }) {
  return <TimeText iso={iso} precision="day" />;
}
