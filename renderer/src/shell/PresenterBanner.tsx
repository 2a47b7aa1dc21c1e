import { useProfile } from '../stores/profile';

/** Above every view while presenter mode is on, so the room and the facilitator both know. */
export function PresenterBanner() {
  const on = useProfile((s) => s.presenter);
  if (!on) return null;
  return (
    <p className="presenter-banner" role="status" data-testid="presenter-banner">
      Presenter mode — names, handles, messages and exact addresses are hidden
    </p>
  );
}
