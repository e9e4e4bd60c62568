import { IncomingHttpHeaders } from 'node:http';
import { Answer } from './auth';

/** Largest request body accepted; a Teams activity is a few KB. Larger bodies get 413. */
export const MAX_BODY_BYTES = 256 * 1024;

/** A refused request's answer: its status, and a JSON body naming the error for the client. */
export const refusal = (status: number, error: string, message: string): Answer => ({
  status,
  body: { error, message },
});

/** The answer to a body past MAX_BODY_BYTES, whether declared so or found so while reading. */
export const TOO_LARGE = refusal(413, 'PayloadTooLarge', `An activity is at most ${MAX_BODY_BYTES} bytes`);

/** The media type of a Content-Type header, lower case, without parameters. */
function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0].trim().toLowerCase();
}

/**
 * What a POST to /api/messages is refused for before a byte of its body is read (restify has
 * already answered other methods and paths), in this order:
 * - a Content-Encoding other than identity: 415. The Bot Framework never compresses what it
 *   posts, so nothing is ever inflated;
 * - a body that is not JSON: 400, as this endpoint always answered;
 * - a declared Content-Length over MAX_BODY_BYTES: 413;
 * - no Authorization header while authentication is on: 401.
 */
export function refuseBeforeBody(headers: IncomingHttpHeaders, authenticationOn: boolean): Answer | undefined {
  const encoding = (headers['content-encoding'] ?? '').trim().toLowerCase();
  if (encoding !== '' && encoding !== 'identity') {
    return refusal(415, 'UnsupportedMediaType', 'Send the activity uncompressed (no Content-Encoding)');
  }
  const type = mediaType(headers['content-type']);
  if (type !== 'application/json' && !type.endsWith('+json')) {
    return refusal(400, 'BadRequest', 'Send the activity as application/json');
  }
  const declared = headers['content-length'];
  if (declared !== undefined && Number(declared) > MAX_BODY_BYTES) {
    return TOO_LARGE;
  }
  if (authenticationOn && !headers.authorization) {
    return refusal(401, 'Unauthorized', 'A Bot Framework token is required');
  }
  return undefined;
}
