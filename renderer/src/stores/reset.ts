/**
 * "Erase means gone": after Erase everything (or removing a source) no view may show what was
 * there before — not a claim's verdict, a filter, a selection, a highlighted flag or the last
 * import's file name. Every store with data-derived state is reset here, in one place, and the
 * profile's `epoch` goes up so ViewSwitch remounts the view (dropping local component state and
 * the useApiQuery caches inside it).
 */
import { useClaims } from '../views/claims/claims-store';
import { useImportJob } from './import-job';
import { useNav } from './nav';
import { useTimeline } from './timeline';

export function resetViewState(): void {
  useClaims.getState().reset();
  const timeline = useTimeline.getState();
  timeline.resetFilter();
  timeline.select(null, null);
  timeline.openDetail(false);
  useImportJob.getState().dismiss();
  useNav.setState({ focusSourceId: null });
}
