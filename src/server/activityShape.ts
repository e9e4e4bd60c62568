import { z } from 'zod';

/**
 * The least an activity must have for the bot to answer it: what the Bot Framework service and
 * Teams always send. CloudAdapter checks only `type`, and a turn without a conversation or a sender
 * cannot keep state, so anything less is a 400 before the adapter sees it.
 */
const account = z.object({ id: z.string().min(1).max(512) }).passthrough();

const activityShape = z
  .object({
    type: z.string().min(1).max(64),
    channelId: z.string().min(1).max(64),
    serviceUrl: z.string().min(1).max(2048),
    from: account,
    recipient: account,
    conversation: account,
    text: z.string().optional().nullable(),
    locale: z.string().max(64).optional().nullable(),
    entities: z.array(z.unknown()).optional().nullable(),
    attachments: z.array(z.unknown()).optional().nullable(),
    membersAdded: z.array(account).optional().nullable(),
    replyToId: z.string().max(512).optional().nullable(),
  })
  .passthrough();

/** Why the body is not an activity the bot can answer, or undefined when it is one. */
export function activityShapeProblem(body: unknown): string | undefined {
  const parsed = activityShape.safeParse(body);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0];
  return `${issue.path.join('.') || 'body'}: ${issue.message}`;
}
