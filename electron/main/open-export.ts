/**
 * `dialog.openExport` in the desktop app: the system file picker (main's own channel; the core's
 * serve-mode answer is never asked). Plain: index.ts passes in how to show the dialog.
 */
import type { HandedOverPaths } from '../core/api/import-paths';
import type { Handlers } from '../core/api/types';

/** The subset of Electron's OpenDialogOptions used here. */
export interface PickerOptions {
  title: string;
  properties: ('openFile' | 'openDirectory' | 'multiSelections')[];
  filters?: { name: string; extensions: string[] }[];
}

export function pickerOptions(folder: boolean): PickerOptions {
  return folder
    ? { title: 'Choose an unpacked export folder', properties: ['openDirectory'] }
    : { title: 'Choose a data export', properties: ['openFile', 'multiSelections'], filters: [{ name: 'Data export (.zip)', extensions: ['zip'] }] };
}

/** `handed`: where the picked paths are remembered, so import.start accepts them (import-guard.ts). */
export function createOpenExportHandler(
  show: (o: PickerOptions) => Promise<{ canceled: boolean; filePaths: string[] }>,
  handed?: HandedOverPaths,
): Handlers['dialog.openExport'] {
  return async (req) => {
    const result = await show(pickerOptions(req.folder === true));
    const paths = result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
    if (paths !== null) handed?.remember(paths);
    return { paths };
  };
}
