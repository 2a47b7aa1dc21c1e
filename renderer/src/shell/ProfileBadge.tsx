import { useNav } from '../stores/nav';
import { useProfile } from '../stores/profile';

/** The current profile's name in the header; opens the Profiles section. Hidden without profiles (`--db`). */
export function ProfileBadge() {
  const name = useProfile((s) => s.info?.profile ?? null);
  if (name === null) return null;
  const open = (): void => {
    useNav.getState().go('settings');
    // The section exists once the settings view has rendered.
    window.requestAnimationFrame(() => document.getElementById('profiles-title')?.focus());
  };
  return (
    <button type="button" className="small profile-badge" onClick={open} title="Profiles (in Your data)" data-testid="profile-name">
      <span className="profile-badge-label">Profile </span>
      <strong>{name}</strong>
    </button>
  );
}
