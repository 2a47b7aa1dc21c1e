/**
 * Turns dropped or picked files into an import: each File becomes a path the core can read
 * (Electron: its own path; browser: an upload), then one job imports them all (multi-part zips).
 */
import { api, transportMode } from '../../api/client';
import { messageOf } from '../../api/errors';
import { useImportJob } from '../../stores/import-job';
import { useNav } from '../../stores/nav';
import { useProfile } from '../../stores/profile';

/**
 * Shows the import where its progress is visible: the import view, unless the person is on the
 * first-run overview (which is the import view, and turns into the overview when data arrives).
 */
export function showImport(): void {
  const { view, go } = useNav.getState();
  const firstRun = useProfile.getState().sources.length === 0;
  if (view !== 'import' && !(view === 'overview' && firstRun)) go('import');
}

export async function importFiles(files: File[], folderNames: string[] = []): Promise<void> {
  const job = useImportJob.getState();
  showImport();
  if (folderNames.length > 0 && transportMode() === 'serve') {
    job.fail(
      `“${folderNames[0]}” is a folder. In the browser only a .zip file can be opened: drop the zip the platform sent you, or use the desktop app to open a folder.`,
    );
    return;
  }
  if (files.length === 0) {
    job.fail('Nothing to open: drop the .zip file the platform gave you.');
    return;
  }
  await job.begin(async () => {
    const paths: string[] = [];
    for (const file of files) {
      try {
        paths.push(await api().resolveFile(file));
      } catch (err) {
        throw new Error(`Could not open “${file.name}”: ${messageOf(err)}`, { cause: err });
      }
    }
    return api()['import.start']({ paths });
  });
}

export async function importFromDialog(folder: boolean): Promise<void> {
  try {
    const { paths } = await api()['dialog.openExport']({ folder });
    if (!paths || paths.length === 0) return; // The person closed the dialog.
    showImport();
    await useImportJob.getState().start(paths);
  } catch (err) {
    useImportJob.getState().fail(messageOf(err));
  }
}
