/**
 * Saves a report the core produced, byte for byte (no BOM: `verify` compares the exact bytes),
 * through a Blob URL and <a download>: no network, no navigation.
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

export function saveText(filename: string, text: string, type: string): void {
  saveBlob(filename, new Blob([text], { type }));
}

export function saveBase64(filename: string, base64: string, type: string): void {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  saveBlob(filename, new Blob([bytes], { type }));
}
