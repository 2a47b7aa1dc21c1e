import { ViewHeader } from '../../components/ViewHeader';
import { DatabaseInfo } from './DatabaseInfo';
import { DisplaySettings } from './DisplaySettings';
import { EraseEverything } from './EraseEverything';
import { PresenterSetting } from './PresenterSetting';
import { Profiles } from './Profiles';
import { SourceRemoval } from './SourceRemoval';

/** The person's data on this computer, how to remove it, profiles, presenter mode, and how the app looks. */
export function SettingsView() {
  return (
    <section aria-labelledby="settings-title">
      <ViewHeader title="Your data">
        <p>Everything Whereabouts read is kept in one file on this computer. You can remove any export, or all of it, at any time.</p>
      </ViewHeader>
      <DatabaseInfo />
      <SourceRemoval />
      <EraseEverything />
      <Profiles />
      <PresenterSetting />
      <DisplaySettings />
    </section>
  );
}
