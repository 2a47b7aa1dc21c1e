/** A PDF arrives from the core as base64; saved byte for byte like the other reports. */
import { saveBlob } from '../../dom/download';

export function saveBase64(filename: string, base64: string, type: string): void {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  saveBlob(filename, new Blob([bytes], { type }));
}
