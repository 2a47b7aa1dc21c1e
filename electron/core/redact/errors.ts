/**
 * Errors leave the core as envelopes whose message and detail can name an archive (its file name
 * names the account), a member (a thread folder) or an address. In presenter mode the words stay
 * and those values become labels, like in answers. Anything not thrown on purpose stays as it is:
 * the transports turn it into the generic 'internal' message anyway.
 */
import { ApiError, isErrorCode } from '../../../shared/errors';
import type { Labels } from './labels';
import { fileName, memberPath, scrubInline } from './values';

export function redactError(err: unknown, labels: Labels): unknown {
  if (!(err instanceof Error)) return err;
  const code = (err as { code?: unknown }).code;
  if (!isErrorCode(code) || code === 'internal') return err;
  const detail = err instanceof ApiError ? err.detail : undefined;
  let message = err.message;
  if (detail?.file !== undefined) message = message.split(detail.file).join(fileName(detail.file, 'export', labels));
  return new ApiError(code, scrubInline(message, labels), detail === undefined ? undefined : {
    ...detail,
    ...(detail.file === undefined ? {} : { file: fileName(detail.file, 'export', labels) }),
    ...(detail.member === undefined ? {} : { member: memberPath(detail.member, labels) }),
    ...(detail.issues === undefined ? {} : { issues: detail.issues.map((i) => ({ path: i.path, message: scrubInline(i.message, labels) })) }),
  });
}
