import { useEffect } from 'react';
import { api } from '../api/client';
import { useImportJob } from '../stores/import-job';

/** Subscribes the import store to the core's progress and done events for the app's lifetime. */
export function useImportEvents(): void {
  useEffect(() => {
    const offProgress = api().on('import.progress', (p) => useImportJob.getState().onProgress(p));
    const offDone = api().on('import.done', (r) => useImportJob.getState().onDone(r));
    return () => {
      offProgress();
      offDone();
    };
  }, []);
}
