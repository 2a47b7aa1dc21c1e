import { usePresenterToggle } from './presenter';

/** Presenter mode on and off from the header: a toggle button, reachable by Tab. */
export function PresenterButton() {
  const { on, busy, error, toggle } = usePresenterToggle();
  return (
    <button
      type="button"
      className={`small presenter-button${on ? ' on' : ''}`}
      aria-pressed={on}
      disabled={busy}
      onClick={toggle}
      title={error ?? (on ? 'Presenter mode is on: names, handles, messages and exact addresses are hidden' : 'Hide names, handles, messages and exact addresses for a projector')}
      data-testid="presenter-toggle"
    >
      Presenter{on ? ' on' : ''}
    </button>
  );
}
