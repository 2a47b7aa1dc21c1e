import { useEffect } from 'react';
import { DropTarget } from './shell/DropTarget';
import { ImportStatus } from './shell/ImportStatus';
import { Nav } from './shell/Nav';
import { PresenterBanner } from './shell/PresenterBanner';
import { PresenterButton } from './shell/PresenterButton';
import { ProfileBadge } from './shell/ProfileBadge';
import { TextSizeButtons } from './shell/TextSizeButtons';
import { useImportEvents } from './shell/useImportEvents';
import { usePrefsEffect } from './shell/usePrefsEffect';
import { useSettingsSync } from './shell/useSettingsSync';
import { useShortcuts } from './shell/useShortcuts';
import { ViewSwitch } from './shell/ViewSwitch';
import { useNav } from './stores/nav';
import { useProfile } from './stores/profile';

/** The application shell: skip link, header with navigation, the current view, the drop target. */
export function App() {
  usePrefsEffect();
  useSettingsSync();
  useShortcuts();
  useImportEvents();
  const go = useNav((s) => s.go);
  const onImport = useNav((s) => s.view === 'import');
  useEffect(() => {
    void useProfile.getState().refresh();
  }, []);

  return (
    <div className="app" data-testid="app-shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <div className="brand" aria-label="Whereabouts">
          <span className="brand-mark" aria-hidden="true">◎</span> Whereabouts
        </div>
        <Nav />
        <div className="topbar-tools">
          <ImportStatus />
          <ProfileBadge />
          <button type="button" className="small" onClick={() => go('import')} aria-current={onImport ? 'page' : undefined} data-testid="open-import">
            Open an export
          </button>
          <PresenterButton />
          <TextSizeButtons />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <PresenterBanner />
        <ViewSwitch />
      </main>
      <DropTarget />
    </div>
  );
}
