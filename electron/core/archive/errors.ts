/**
 * Translating what the file system, yauzl and zlib throw into ArchiveErrors a person can act on.
 * yauzl reports problems only as English message text, so matching on it is the only option;
 * anything unrecognised still becomes an ArchiveError, with the original text kept as detail.
 */
import { ArchiveError } from './types';

const DOWNLOAD_AGAIN = 'Download the export again.';

function errorCode(err: unknown): string | undefined {
  if (typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string') return err.code;
  return undefined;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** A failed fs call on the picked path (member undefined) or on a member of a folder. */
export function fsError(err: unknown, file: string, member?: string): ArchiveError {
  if (err instanceof ArchiveError) return err;
  const code = errorCode(err);
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new ArchiveError(
        'not-found',
        file,
        member === undefined
          ? 'this file or folder does not exist (was it moved, renamed or deleted?)'
          : 'this file has disappeared (was it moved or deleted while Whereabouts was reading?)',
        member,
      );
    case 'EACCES':
    case 'EPERM':
      return new ArchiveError('io', file, 'Whereabouts is not allowed to read this (permission denied by the system)', member);
    case 'EMFILE':
    case 'ENFILE':
      return new ArchiveError('io', file, 'the computer has too many files open; close some programs and try again', member);
    case 'EIO':
      return new ArchiveError('io', file, 'the disk reported a read error; the drive may be failing or was disconnected', member);
    default:
      return new ArchiveError('io', file, `it could not be read from the disk (${code ?? errorText(err)})`, member);
  }
}

/** A problem yauzl found while opening a zip or reading its table of contents. */
export function zipError(err: unknown, file: string, member?: string): ArchiveError {
  if (err instanceof ArchiveError) return err;
  if (errorCode(err) !== undefined) return fsError(err, file, member);
  const text = errorText(err);
  if (/End of central directory record signature not found/i.test(text)) {
    return new ArchiveError('truncated', file, `this zip file is incomplete: its end, where the list of its contents is kept, is missing — usually because the download or copy was interrupted. ${DOWNLOAD_AGAIN}`, member);
  }
  if (/unexpected EOF|overflows file bounds/i.test(text)) {
    return new ArchiveError('truncated', file, `this zip file is incomplete: it lists ${member === undefined ? 'contents' : 'data'} that lie beyond the end of the file — usually because the download or copy was interrupted. ${DOWNLOAD_AGAIN}`, member);
  }
  if (/Invalid comment length/i.test(text)) {
    return new ArchiveError('corrupt', file, `this zip file is damaged: it has unexpected extra data at its end. ${DOWNLOAD_AGAIN}`, member);
  }
  if (/multi-disk/i.test(text)) {
    return new ArchiveError('unsupported', file, 'this is one piece of a multi-volume zip (a .zip with .z01, .z02 … pieces). Join the pieces with your archive tool first, or unpack them and open the folder', member);
  }
  if (/strong encryption/i.test(text)) {
    return encryptedError(file, member);
  }
  if (/local file header signature/i.test(text)) {
    return new ArchiveError('corrupt', file, `this zip file is damaged: the data for this file is not where the zip’s list of contents says it is. ${DOWNLOAD_AGAIN}`, member);
  }
  return new ArchiveError('corrupt', file, `this zip file is damaged and cannot be read (details: ${text}). ${DOWNLOAD_AGAIN}`, member);
}

export function encryptedError(file: string, member?: string): ArchiveError {
  return new ArchiveError(
    'encrypted',
    file,
    'this zip is protected with a password, which Whereabouts cannot open. Unpack it with your archive tool (it will ask for the password) and open the folder it creates',
    member,
  );
}

/** zlib failing on a member's compressed bytes. */
export function inflateError(err: unknown, file: string, member: string): ArchiveError {
  if (err instanceof ArchiveError) return err;
  return new ArchiveError('corrupt', file, `this file inside the zip is damaged: its compressed data cannot be unpacked (${errorText(err)}). ${DOWNLOAD_AGAIN}`, member);
}

export function crcError(file: string, member: string): ArchiveError {
  return new ArchiveError('corrupt', file, `this file inside the zip is damaged: its contents do not match the checksum stored in the zip, so they cannot be trusted. ${DOWNLOAD_AGAIN}`, member);
}

export function shortMemberError(file: string, member: string, expected: number, got: number): ArchiveError {
  return new ArchiveError('corrupt', file, `this file inside the zip is damaged: it ends after ${got.toLocaleString('en-US')} of the ${expected.toLocaleString('en-US')} bytes the zip promises. ${DOWNLOAD_AGAIN}`, member);
}

const METHOD_NAMES: Record<number, string> = {
  1: 'Shrink', 6: 'Implode', 9: 'Deflate64', 12: 'bzip2', 14: 'LZMA', 93: 'Zstandard', 95: 'XZ', 96: 'JPEG', 97: 'WavPack', 98: 'PPMd', 99: 'AES encryption',
};

export function unsupportedMethodError(file: string, member: string, method: number): ArchiveError {
  const name = METHOD_NAMES[method];
  const what = name === undefined ? `compression method ${method}` : `${name} (zip method ${method})`;
  const why = method === 9 ? ', which Windows uses for large files,' : '';
  return new ArchiveError('unsupported', file, `this file inside the zip is compressed with ${what}${why} and Whereabouts cannot unpack it. Unpack the zip with your archive tool and open the folder instead`, member);
}
