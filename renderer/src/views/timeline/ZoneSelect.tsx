import { useState } from 'react';
import { isValidZone, localZoneName, useZoneSetting } from '../../lib/time';

/**
 * The display zone: the computer's (default), UTC, or any zone typed by name. Every time on
 * screen follows it (TimeText, the chart axis). Exported for the Settings view too.
 */
export function ZoneSelect() {
  const zone = useZoneSetting((s) => s.zone);
  const setZone = useZoneSetting((s) => s.setZone);
  const [other, setOther] = useState(zone !== 'system' && zone !== 'UTC' ? zone : '');
  const [bad, setBad] = useState(false);
  // "another zone…" chosen, its name not typed yet: the setting stays as it was meanwhile.
  const [typing, setTyping] = useState(false);
  const mode = typing ? 'other' : zone === 'system' ? 'system' : zone === 'UTC' ? 'UTC' : 'other';
  return (
    <span className="zone-select">
      <label>
        Times in{' '}
        <select
          value={mode}
          data-testid="zone-select"
          onChange={(e) => {
            const v = e.currentTarget.value;
            setTyping(v === 'other');
            if (v === 'other') {
              if (other && isValidZone(other)) setZone(other);
            } else setZone(v);
          }}
        >
          <option value="system">this computer’s zone ({localZoneName()})</option>
          <option value="UTC">UTC</option>
          <option value="other">another zone…</option>
        </select>
      </label>
      {mode === 'other' ? (
        <label>
          {' '}Zone name{' '}
          <input
            type="text"
            value={other}
            placeholder="e.g. Europe/Berlin"
            aria-invalid={bad}
            data-testid="zone-name"
            onChange={(e) => setOther(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              const ok = isValidZone(other.trim());
              setBad(!ok);
              if (ok) {
                setZone(other.trim());
                setTyping(false);
              }
            }}
          />
          {bad ? <span role="alert"> Not a zone name this computer knows (try “Europe/Berlin”).</span> : null}
        </label>
      ) : null}
    </span>
  );
}
