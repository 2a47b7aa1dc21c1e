/**
 * Presenter mode's toggle, shared by the header button and the Settings switch. The core does the
 * redaction (settings.set display.presenter); the UI only asks and then starts every view again.
 */
import { useState } from 'react';
import { messageOf } from '../api/errors';
import { useProfile } from '../stores/profile';

/** The smallest root font size while presenting: large type for the back of the room. */
export const PRESENTER_MIN_TEXT = 150;

export function usePresenterToggle(): { on: boolean; busy: boolean; error: string | null; toggle: () => void } {
  const on = useProfile((s) => s.presenter);
  const setPresenter = useProfile((s) => s.setPresenter);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toggle = (): void => {
    setBusy(true);
    setError(null);
    setPresenter(!on).then(
      () => setBusy(false),
      (err: unknown) => {
        setBusy(false);
        setError(messageOf(err));
      },
    );
  };
  return { on, busy, error, toggle };
}
