import { convert } from 'html-to-text';
import { z } from 'zod';
import {
  EXTENSION_COMMANDS,
  INVOKE_NAMES,
  Invoke,
  InvokeName,
  InvokeValues,
  QuotedMessage,
  SEARCH_PARAMETER,
  UploadTarget,
} from '../invokes';
import { MAX_AUTHOR_LENGTH, isHttpsUrl, messageLink } from '../verbs';
import { literal } from '../views/format';
import { MAX_TEXT_LENGTH, asObject } from './activity';

/**
 * Reading the value of a message extension's or a file consent's invoke into the plain data its
 * handler gets (src/bot/invokes.ts). The value is untrusted and may hold any JSON anywhere: the
 * fields an invoke cannot do without (its command, a consent's action) must be right or the invoke
 * is refused; any other field of the wrong type or size is taken as absent.
 */

/** HTML read of a quoted message; the rest is cut before parsing (the text kept is far shorter). */
const MAX_HTML_LENGTH = 64 * 1024;
/** Elements nested deeper than this are not read: no message needs it, and it bounds the walk over them. */
const MAX_HTML_DEPTH = 32;
/** Longest search text read. */
const MAX_QUERY_LENGTH = 500;
/** Results Teams asks for at most, and how far it may page. */
const MAX_COUNT = 25;
const MAX_SKIP = 1000;
/** Teams' message ids are numbers; anything else is not used to address a thread. */
const MESSAGE_ID = /^\d{1,32}$/;
const MAX_FIELD = 2048;

/** `schema`, or absent when the value is anything else. */
const optional = <T extends z.ZodTypeAny>(schema: T) => schema.optional().catch(undefined);

const text = (max: number) => optional(z.string().max(max));
const https = optional(z.string().max(MAX_FIELD).refine(isHttpsUrl));
const link = optional(messageLink);
const displayName = optional(z.object({ displayName: text(MAX_FIELD) }));

/** The message a message action was started on, as Teams sends it (messagePayload). */
const messagePayload = optional(
  z.object({
    id: optional(z.string().regex(MESSAGE_ID)),
    replyToId: optional(z.string().regex(MESSAGE_ID)),
    linkToMessage: link,
    from: optional(z.object({ user: displayName, application: displayName })),
    body: optional(z.object({ contentType: optional(z.enum(['html', 'text'])), content: optional(z.string()) })),
  }),
);

/** What the private dialog's "Post it" button carries: the message as it was read. */
const postData = optional(
  z.object({
    post: optional(z.object({ text: text(MAX_TEXT_LENGTH), author: text(MAX_AUTHOR_LENGTH), link })),
  }),
);

/** Where an accepted file consent's file goes, as Teams sends it. */
const uploadInfo = optional(
  z.object({
    uploadUrl: text(MAX_FIELD),
    contentUrl: https,
    name: text(255),
    uniqueId: text(256),
    fileType: text(32),
  }),
);

const command = (id: string) => z.object({ commandId: z.literal(id) });

/** Each invoke's value as Teams sends it, read into its handler's data. */
const READERS: { readonly [N in InvokeName]: z.ZodType<InvokeValues[N], z.ZodTypeDef, unknown> } = {
  'composeExtension/fetchTask': command(EXTENSION_COMMANDS.triage)
    .extend({ messagePayload })
    .transform(({ messagePayload }) => ({ message: quoted(messagePayload) })),
  'composeExtension/submitAction': command(EXTENSION_COMMANDS.triage)
    .extend({ messagePayload, data: postData })
    .transform(({ messagePayload, data }) => {
      const post = data?.post;
      return {
        message: quoted(messagePayload),
        ...(post
          ? { post: { text: literal(post.text ?? '').trim(), author: author(post.author), link: post.link } }
          : {}),
      };
    }),
  'composeExtension/query': command(EXTENSION_COMMANDS.search)
    .extend({
      parameters: optional(z.array(z.unknown()).max(10)),
      queryOptions: optional(
        z.object({
          skip: optional(z.number().int().min(0).max(MAX_SKIP)),
          count: optional(z.number().int().min(1).max(MAX_COUNT)),
        }),
      ),
    })
    .transform(({ parameters, queryOptions }) => {
      // The first run (initialRun) names its parameter "initialRun"; only ours is what the user typed.
      const typed = (parameters ?? []).find(
        (p): p is { name: string; value: string } =>
          asObject(p)?.name === SEARCH_PARAMETER && typeof asObject(p)?.value === 'string',
      );
      return {
        text: literal(typed?.value.slice(0, MAX_QUERY_LENGTH) ?? '').trim(),
        skip: queryOptions?.skip ?? 0,
        count: queryOptions?.count ?? MAX_COUNT,
      };
    }),
  'fileConsent/invoke': z
    .object({
      action: z.enum(['accept', 'decline']),
      context: optional(z.object({ o: optional(z.number().int().min(0)) })),
      uploadInfo,
    })
    .transform(({ action, context, uploadInfo }) => ({
      action,
      offeredAt: context?.o,
      upload: uploadTarget(uploadInfo),
    })),
};

export function isInvokeName(name: unknown): name is InvokeName {
  return (INVOKE_NAMES as readonly unknown[]).includes(name);
}

/** The invoke `name` with its value read into plain data; undefined when the value is not what Teams sends. */
export function readInvoke(name: InvokeName, value: unknown): Invoke | undefined {
  const parsed = READERS[name].safeParse(value);
  return parsed.success ? ({ name, value: parsed.data } as Invoke) : undefined;
}

function author(name: string | undefined): string | undefined {
  const shown = literal(name ?? '')
    .trim()
    .slice(0, MAX_AUTHOR_LENGTH);
  return shown === '' ? undefined : shown;
}

/** The quoted message as a reader sees it: the text without markup, who wrote it, its link and thread. */
function quoted(payload: z.infer<typeof messagePayload>): QuotedMessage {
  const link = payload?.linkToMessage;
  return {
    text: bodyText(payload?.body?.contentType, payload?.body?.content ?? ''),
    author: author(payload?.from?.user?.displayName ?? payload?.from?.application?.displayName),
    ...(link ? { link } : {}),
    thread: payload?.replyToId ?? payload?.id,
  };
}

/**
 * A message body as text: HTML (what Teams sends) read by html-to-text, so tags, entities, links
 * and images become what a reader sees and a mention (`<at>Dana</at>`) its name; plain text with
 * its mention tags dropped. At most MAX_TEXT_LENGTH, with no control or invisible characters.
 */
function bodyText(contentType: 'html' | 'text' | undefined, content: string): string {
  const text =
    contentType === 'text'
      ? content.slice(0, MAX_TEXT_LENGTH * 2).replace(/<\/?at\b[^>]*>/gi, '')
      : convert(content.slice(0, MAX_HTML_LENGTH), {
          wordwrap: false,
          limits: { maxDepth: MAX_HTML_DEPTH, maxInputLength: MAX_HTML_LENGTH },
          selectors: [
            { selector: 'a', options: { ignoreHref: true } },
            { selector: 'img', format: 'skip' },
            ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
          ],
        });
  return literal(text.slice(0, MAX_TEXT_LENGTH)).trim();
}

/** The upload target of an accepted consent, when Teams sent all of it. */
function uploadTarget(info: z.infer<typeof uploadInfo>): UploadTarget | undefined {
  if (!info?.uploadUrl || !info.contentUrl || !info.name || !info.uniqueId) return undefined;
  return {
    uploadUrl: info.uploadUrl,
    contentUrl: info.contentUrl,
    name: literal(info.name),
    uniqueId: info.uniqueId,
    fileType: info.fileType ?? 'csv',
  };
}
