/**
 * Saving what the core produced as a file, without any network or navigation: a Blob URL and a
 * temporary <a download>.
 */
export function saveBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** CSV and other text for spreadsheets: with a BOM so they read UTF-8 names (accents, emoji) right. */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  saveBlob(filename, new Blob(['\ufeff', text], { type }));
}

/** Reports byte for byte, with no BOM: `whereabouts verify` compares the exact bytes. */
export function saveExact(filename: string, text: string, type: string): void {
  saveBlob(filename, new Blob([text], { type }));
}
