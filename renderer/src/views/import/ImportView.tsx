import { ViewHeader } from '../../components/ViewHeader';
import { isImportRunning, useImportJob } from '../../stores/import-job';
import { useProfile } from '../../stores/profile';
import { RequestHelper } from '../request/RequestHelper';
import { ImportOutcome } from './ImportOutcome';
import { PickExport } from './PickExport';
import { ProgressPanel } from './ProgressPanel';

/** The empty state and the import page: how to open an export, the sample and personas, the running job, how to ask for an export. */
export function ImportView({ firstRun }: { firstRun: boolean }) {
  const job = useImportJob();
  const info = useProfile((s) => s.info);
  const running = isImportRunning(job);
  return (
    <section className="import-view" aria-labelledby="import-title">
      <ViewHeader title={firstRun ? 'Open your data export' : 'Open another export'}>
        <p>
          Platforms let you download everything they hold about you. Open that file here to see who signed in to your account, from
          where, and where your data was served from. Nothing leaves this computer.
        </p>
      </ViewHeader>
      {job.progress || job.starting ? <ProgressPanel /> : null}
      <ImportOutcome />
      {!running ? <PickExport nativeDialog={info?.nativeDialog ?? false} sampleAvailable={info?.sampleAvailable ?? false} /> : null}
      <RequestHelper />
    </section>
  );
}
