import { ViewHeader } from '../../components/ViewHeader';
import { isImportRunning, useImportJob } from '../../stores/import-job';
import { useProfile } from '../../stores/profile';
import { ImportOutcome } from './ImportOutcome';
import { PickExport } from './PickExport';
import { ProgressPanel } from './ProgressPanel';

/** The empty state and the import page: how to open an export, the sample, and the running job. */
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
      <HowToGetExport />
    </section>
  );
}

function HowToGetExport() {
  return (
    <details className="card how-to">
      <summary>How do I get my export?</summary>
      <ul>
        <li>
          <strong>TikTok:</strong> Settings and privacy → Account → Download your data → choose <em>JSON</em> → Request data. When it is
          ready, download the .zip from the same screen.
        </li>
        <li>
          <strong>Instagram and Facebook:</strong> Accounts Centre → Your information and permissions → Download your information → choose{' '}
          <em>JSON</em>. Exports in HTML can be read only in part.
        </li>
        <li>
          <strong>Google:</strong> Google Takeout → choose the products (for example My Activity, Location History, Access Log Activity) →
          .zip. A large export comes in several parts: open them all at once.
        </li>
        <li>
          <strong>X (Twitter):</strong> Settings → Your account → Download an archive of your data.
        </li>
      </ul>
      <p className="muted">Open the .zip as it is: there is no need to unpack it.</p>
    </details>
  );
}
