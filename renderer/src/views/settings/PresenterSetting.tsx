import { Notice } from '../../components/Notice';
import { usePresenterToggle } from '../../shell/presenter';

/** Presenter mode in Settings: the same switch as the header's Presenter button, explained. */
export function PresenterSetting() {
  const { on, busy, error, toggle } = usePresenterToggle();
  return (
    <section className="block card" aria-labelledby="presenter-title">
      <h2 id="presenter-title">Presenter mode</h2>
      <p>
        For a projector: names, handles, message and search text and exact IP addresses are hidden before they reach this window; countries, network
        owners and network kinds stay. Text is large while it is on. It stays on — across a reload, a profile switch or an erase — until you turn it off.
      </p>
      <label className="check">
        <input type="checkbox" checked={on} disabled={busy} onChange={toggle} data-testid="presenter-setting" />
        <span>Presenter mode</span>
      </label>
      {error ? (
        <Notice tone="error" title="Could not change presenter mode">
          {error}
        </Notice>
      ) : null}
    </section>
  );
}
