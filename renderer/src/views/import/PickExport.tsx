import { useRef } from 'react';
import { useImportJob } from '../../stores/import-job';
import { importFiles, importFromDialog } from './import-files';
import { PersonaButtons } from './PersonaButtons';

/**
 * The ways in: drop anywhere on the window, the system dialog (desktop app) or a file input styled
 * as a button (browser), and the sample export and workshop personas for workshops and first looks.
 */
export function PickExport({ nativeDialog, sampleAvailable }: { nativeDialog: boolean; sampleAvailable: boolean }) {
  const startSample = useImportJob((s) => s.startSample);
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <div className="pick-export">
      <div className="drop-hint card" data-testid="drop-hint">
        <p className="drop-hint-title">Drop your export (.zip{nativeDialog ? ' or folder' : ''}) anywhere on this window</p>
        <p className="muted">or</p>
        <div className="pick-buttons">
          {nativeDialog ? (
            <>
              <button type="button" className="primary" onClick={() => void importFromDialog(false)} data-testid="pick-file">
                Choose a .zip file…
              </button>
              <button type="button" onClick={() => void importFromDialog(true)} data-testid="pick-folder">
                Choose an unpacked folder…
              </button>
            </>
          ) : (
            <label className="file-button primary">
              <input
                ref={inputRef}
                type="file"
                accept=".zip,application/zip"
                multiple
                data-testid="file-input"
                onChange={(e) => {
                  const files = Array.from(e.currentTarget.files ?? []);
                  e.currentTarget.value = ''; // So picking the same file again fires change.
                  if (files.length) void importFiles(files);
                }}
              />
              <span>Choose a .zip file…</span>
            </label>
          )}
        </div>
      </div>
      {sampleAvailable ? (
        <div className="sample card">
          <p>
            <strong>Just looking, or running a workshop?</strong> Open a made-up TikTok export to see how everything works. It contains no real
            person&apos;s data.
          </p>
          <button type="button" className="primary big" onClick={() => void startSample()} data-testid="import-sample">
            Try the sample export
          </button>
        </div>
      ) : null}
      <PersonaButtons />
    </div>
  );
}
