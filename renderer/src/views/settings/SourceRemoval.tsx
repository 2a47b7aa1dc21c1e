import { useState } from 'react';
import { messageOf } from '../../api/errors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Notice } from '../../components/Notice';
import { formatCount } from '../../lib/format';
import { PLATFORM_LABEL } from '../../lib/labels';
import { useProfile } from '../../stores/profile';

/** Remove one export (and everything derived from it). */
export function SourceRemoval() {
  const sources = useProfile((s) => s.sources);
  const removeSource = useProfile((s) => s.removeSource);
  const [pending, setPending] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const target = sources.find((s) => s.id === pending);

  const confirm = async (): Promise<void> => {
    if (pending === null) return;
    setBusy(true);
    try {
      await removeSource(pending);
      setPending(null);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="block card" aria-labelledby="remove-title">
      <h2 id="remove-title">Imported exports</h2>
      {sources.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul className="plain-list source-removal">
          {sources.map((s) => (
            <li key={s.id}>
              <span className="break">
                <strong>{s.file}</strong> · {PLATFORM_LABEL[s.platform]} · {formatCount(s.events)} events
              </span>
              <button type="button" className="small danger" onClick={() => setPending(s.id)} aria-label={`Remove ${s.file}`}>
                Remove…
              </button>
            </li>
          ))}
        </ul>
      )}
      {error ? (
        <Notice tone="error" title="Could not remove">
          {error}
        </Notice>
      ) : null}
      <ConfirmDialog
        open={target !== undefined}
        title={`Remove ${target?.file ?? 'this export'}?`}
        confirmLabel="Remove source"
        onConfirm={() => void confirm()}
        onCancel={() => setPending(null)}
        busy={busy}
        testId="settings-remove-dialog"
      >
        <p>Its events and everything derived from them are deleted from this computer. The export file itself is not touched.</p>
      </ConfirmDialog>
    </section>
  );
}
