/** The archive layer's public surface. */
export { openArchive, DEFAULT_LIMITS } from './open';
export { archiveSha256, folderManifest, folderSha256, hashingTap, hashParts, sha256File, HashingTap, type HashOptions } from './hash';
export * from './types';
