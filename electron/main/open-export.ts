/**
 * `dialog.openExport` in the desktop app: the system file picker (main's own channel; the core's
 * serve-mode answer is never asked). Plain: index.ts passes in how to show the dialog.
 */
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

export function createOpenExportHandler(show: (o: PickerOptions) => Promise<{ canceled: boolean; filePaths: string[] }>): Handlers['dialog.openExport'] {
  return async (req) => {
    const result = await show(pickerOptions(req.folder === true));
    return { paths: result.canceled || result.filePaths.length === 0 ? null : result.filePaths };
  };
}
