import { Logger } from 'pino';
import { UploadFile } from '../bot/features/review';
import { errorCode } from './outbound';

/** Longest an upload of a file to the URL Teams gave may take. */
export const UPLOAD_TIMEOUT_MS = 10_000;

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** An upload the bot would not make, or that did not succeed. */
export class UploadFailed extends Error {
  constructor(
    message: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'UploadFailed';
  }
}

/**
 * The upload of a file the user allowed in Teams' consent flow: one PUT of all its bytes to the
 * upload URL Teams gave on accept (a OneDrive upload session), with Content-Range, no redirect
 * followed, cut off at UPLOAD_TIMEOUT_MS. Only https URLs are used; plain http to loopback only
 * with `allowLoopbackHttp`, which only tests set. A failure is logged once, with the host and not
 * the URL (upload URLs carry a token), and rejects.
 */
export function createUploader(options: {
  readonly logger: Pick<Logger, 'warn'>;
  readonly allowLoopbackHttp?: boolean;
}): UploadFile {
  const { logger, allowLoopbackHttp = false } = options;
  return async (url, bytes) => {
    const started = Date.now();
    const target = URL.canParse(url) ? new URL(url) : undefined;
    const fail = (error: UploadFailed): never => {
      logger.warn(
        {
          host: target?.host,
          status: error.status,
          code: errorCode(error.cause),
          durationMs: Date.now() - started,
          timedOut: (error.cause as Error | undefined)?.name === 'TimeoutError',
          reason: error.message,
        },
        'file upload failed',
      );
      throw error;
    };
    const allowed =
      target?.protocol === 'https:' ||
      (allowLoopbackHttp && target?.protocol === 'http:' && LOOPBACK_HOSTS.has(target.hostname));
    if (!target || !allowed || target.username || target.password)
      return fail(new UploadFailed('the upload URL is not an https URL'));
    let response: Response;
    try {
      response = await fetch(target, {
        method: 'PUT',
        headers: { 'content-range': `bytes 0-${bytes.length - 1}/${bytes.length}` },
        body: bytes,
        redirect: 'error',
        signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS),
      });
      // The answer's body says nothing the bot needs; reading it to the end frees the connection.
      await response.arrayBuffer();
    } catch (error) {
      return fail(new UploadFailed('no answer from the upload URL', undefined, { cause: error }));
    }
    if (!response.ok) fail(new UploadFailed('the upload was refused', response.status));
  };
}
