import { useEffect, useState } from 'react';
import { importFiles } from '../views/import/import-files';

function hasFiles(e: DragEvent): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes('Files');
}

/**
 * The whole window accepts a dropped export. While something is dragged over it an overlay says
 * what will happen; dropping anywhere starts the import. Files dropped elsewhere never navigate
 * the window to the file (the browser default).
 */
export function DropTarget() {
  const [over, setOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent): void => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setOver(true);
    };
    const overFn = (e: DragEvent): void => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent): void => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const drop = (e: DragEvent): void => {
      e.preventDefault();
      depth = 0;
      setOver(false);
      const dt = e.dataTransfer;
      if (!dt) return;
      const folders: string[] = [];
      const files: File[] = [];
      const items = Array.from(dt.items ?? []);
      items.forEach((item, i) => {
        if (item.kind !== 'file') return;
        const entry = item.webkitGetAsEntry?.();
        const file = item.getAsFile() ?? dt.files[i];
        if (entry?.isDirectory) folders.push(entry.name);
        if (file) files.push(file);
      });
      if (items.length === 0) files.push(...Array.from(dt.files));
      void importFiles(files, folders);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', overFn);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', overFn);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);
  if (!over) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <p>Drop the export here to open it</p>
    </div>
  );
}
