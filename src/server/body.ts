import { IncomingMessage } from 'node:http';
import getRawBody from 'raw-body';
import { Answer } from './auth';
import { raceTimeout } from '../util/deadline';
import { MAX_BODY_BYTES, TOO_LARGE, refusal } from './requestGuard';

/** Longest a client may take to send its body; then 408. */
export const BODY_READ_TIMEOUT_MS = 10_000;
/** Deepest nesting of arrays and objects accepted; an activity nests a few levels, cards' data under ten. */
export const MAX_JSON_DEPTH = 64;

export type BodyRead = { readonly ok: true; readonly body: unknown } | { readonly ok: false; readonly answer: Answer };

const refused = (answer: Answer): BodyRead => ({ ok: false, answer });

/** The deepest nesting of arrays and objects in JSON text, counted without parsing (and without recursion). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

/**
 * Reads and parses a JSON body: real bytes counted up to MAX_BODY_BYTES (413 past it, whatever the
 * headers said), BODY_READ_TIMEOUT_MS to send it all (408), a body cut short or a malformed chunked
 * encoding is a 400, every stream error is handled here; not JSON, or nested deeper than
 * MAX_JSON_DEPTH, is a 400.
 */
export async function readJsonBody(req: IncomingMessage): Promise<BodyRead> {
  const read = getRawBody(req, {
    limit: MAX_BODY_BYTES,
    length: req.headers['content-length'],
    encoding: 'utf-8',
  }).then(
    (text): BodyRead => ({ ok: true, body: text }),
    (error: { status?: unknown; type?: unknown }): BodyRead =>
      error.status === 413 ? refused(TOO_LARGE) : refused(refusal(400, 'BadRequest', 'The body could not be read')),
  );
  const result = await raceTimeout(read, BODY_READ_TIMEOUT_MS, () =>
    refused(refusal(408, 'RequestTimeout', `Send the body within ${BODY_READ_TIMEOUT_MS / 1000} s`)),
  );
  if (!result.ok) return result;
  const text = result.body as string;
  if (jsonDepth(text) > MAX_JSON_DEPTH) return refused(refusal(400, 'BadRequest', 'The activity is nested too deeply'));
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch {
    return refused(refusal(400, 'BadRequest', 'The body is not JSON'));
  }
}
