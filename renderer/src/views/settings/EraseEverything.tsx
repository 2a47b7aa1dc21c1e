import { useState } from 'react';
import { messageOf } from '../../api/errors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Notice } from '../../components/Notice';
import { useNav } from '../../stores/nav';
import { useProfile } from '../../stores/profile';

/**
 * The quick reset (workshops, shared laptops): deletes every import. The dialog's only destructive
 * button says exactly "Erase everything", and Cancel has focus first.
 */
export function EraseEverything() {
  const erase = useProfile((s) => s.eraseEverything);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Kept in the profile store: the erase remounts every view (this one too), see stores/reset.ts.
  const done = useProfile((s) => s.erased);

  const confirm = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await erase();
      setOpen(false);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="block card danger-zone" aria-labelledby="erase-title">
      <h2 id="erase-title">Erase everything</h2>
      <p>Deletes every export you opened and everything Whereabouts worked out from them, on this computer. Your original export files are not touched.</p>
      {done ? (
        <Notice tone="success" title="Erased" testId="erase-done">
          <p>Nothing is stored any more.</p>
          <button type="button" className="small" onClick={() => useNav.getState().go('overview')}>
            Start again
          </button>
        </Notice>
      ) : null}
      {error ? (
        <Notice tone="error" title="Could not erase">
          {error}
        </Notice>
      ) : null}
      <button type="button" className="danger" onClick={() => setOpen(true)} data-testid="erase-open">
        Erase everything…
      </button>
      <ConfirmDialog
        open={open}
        title="Erase everything?"
        confirmLabel="Erase everything"
        onConfirm={() => void confirm()}
        onCancel={() => setOpen(false)}
        busy={busy}
        testId="erase-dialog"
      >
        <p>All imported exports, the timeline and all results are deleted from this computer. This cannot be undone.</p>
      </ConfirmDialog>
    </section>
  );
}
