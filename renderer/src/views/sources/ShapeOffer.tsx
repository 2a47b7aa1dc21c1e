import { useState } from 'react';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';
import { Notice } from '../../components/Notice';
import { saveExact } from '../../dom/download';

/**
 * Offered when a file was not recognised or data was not read: the export's structure (member
 * paths, key trees, value types; none of the person's values) saved as a text file to attach to
 * a bug report, so the missing layout can be added.
 */
export function ShapeOffer({ sourceId }: { sourceId: number }) {
  const [state, setState] = useState<{ busy: boolean; error: string | null; saved: string | null }>({ busy: false, error: null, saved: null });
  const save = async (): Promise<void> => {
    setState({ busy: true, error: null, saved: null });
    try {
      const r = await api()['sources.shape']({ sourceId });
      saveExact(r.fileName, r.text, 'text/plain;charset=utf-8');
      setState({ busy: false, error: null, saved: r.fileName });
    } catch (err) {
      setState({ busy: false, error: messageOf(err), saved: null });
    }
  };
  return (
    <div className="shape-offer" data-testid="shape-offer">
      <p>
        Some of this export was not recognised or not read. You can help: save a description of its <strong>structure</strong> (file names, keys
        and kinds of values — none of your data) and attach it to a bug report.
      </p>
      <button type="button" className="small" onClick={() => void save()} disabled={state.busy}>
        {state.busy ? 'Describing…' : 'Save structure description'}
      </button>
      {state.saved ? <p className="muted">Saved as {state.saved}.</p> : null}
      {state.error ? (
        <Notice tone="error" title="Could not describe the structure">
          {state.error}
        </Notice>
      ) : null}
    </div>
  );
}
