import type { ReactNode } from 'react';
import { useNav, type ViewId } from '../stores/nav';
import { useProfile } from '../stores/profile';
import { AboutView } from '../views/credits/AboutView';
import { ClaimsView } from '../views/claims/ClaimsView';
import { GroupView } from '../views/group/GroupView';
import { ImportView } from '../views/import/ImportView';
import { OverviewView } from '../views/overview/OverviewView';
import { SettingsView } from '../views/settings/SettingsView';
import { SourcesView } from '../views/sources/SourcesView';
import { TimelineView } from '../views/timeline/TimelineView';
import { WhereView } from '../views/where/WhereView';
import { WhoView } from '../views/who/WhoView';
import { NoData } from './NoData';
import { SampleMarker } from './SampleMarker';

const NEEDS_DATA: Partial<Record<ViewId, string>> = { timeline: 'timeline', who: 'access information', where: 'host information', sources: 'source', claims: 'claims' };

/** Renders the current view; data views wait for the first profile load. */
export function ViewSwitch() {
  const view = useNav((s) => s.view);
  const loaded = useProfile((s) => s.loaded);
  const hasSources = useProfile((s) => s.sources.length > 0);
  const error = useProfile((s) => s.error);
  const epoch = useProfile((s) => s.epoch);

  if (!loaded) return <p className="loading" role="status">Opening your profile…</p>;
  const needs = NEEDS_DATA[view];
  if (needs && !hasSources) return <NoData what={needs} />;

  let content: ReactNode;
  switch (view) {
    case 'overview':
      content = hasSources ? <OverviewView /> : <ImportView firstRun />;
      break;
    case 'import':
      content = <ImportView firstRun={!hasSources} />;
      break;
    case 'timeline':
      content = <TimelineView />;
      break;
    case 'who':
      content = <WhoView />;
      break;
    case 'where':
      content = <WhereView />;
      break;
    case 'sources':
      content = <SourcesView />;
      break;
    case 'settings':
      content = <SettingsView />;
      break;
    case 'about':
      content = <AboutView />;
      break;
    case 'claims':
      content = <ClaimsView />;
      break;
    case 'group':
      content = <GroupView />;
      break;
  }
  return (
    <>
      {error ? (
        <p className="error-text" role="alert">
          {error}
        </p>
      ) : null}
      <SampleMarker />
      {/* The key remounts a view on switch, so each view starts at its top with fresh state; the
          epoch does the same after an erase or a removal, so nothing from before survives. */}
      <div key={`${view}-${epoch}`} className={`view view-${view}`} data-testid={`view-${view}`}>
        {content}
      </div>
    </>
  );
}
