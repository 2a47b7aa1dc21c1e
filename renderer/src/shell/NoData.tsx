import { useNav } from '../stores/nav';

/** What a data view shows before anything is imported. */
export function NoData({ what }: { what: string }) {
  const go = useNav((s) => s.go);
  return (
    <div className="no-data">
      <p>Nothing imported yet, so there is no {what} to show.</p>
      <button type="button" className="primary" onClick={() => go('import')}>
        Open an export
      </button>
    </div>
  );
}
