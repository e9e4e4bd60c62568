import { Writable } from 'node:stream';
import { AppOptions, createApp } from '../../src/server/app';
import { Config, loadConfig } from '../../src/server/config';
import { createLogger } from '../../src/server/logging';
import { silentLogger } from './bot';

/** The app's redacting logger, keeping its lines, parsed, in `lines`. */
export function capturingLogger(level = 'info', logUserText = false) {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean))
        lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger({ LOG_LEVEL: level, LOG_USER_TEXT: logUserText }, sink), lines };
}

/**
 * The real restify server and CloudAdapter on a free loopback port. With `logs`, the app's log
 * lines are kept in `lines`.
 */
export async function startServer(
  env: Record<string, string> = {},
  options: Omit<AppOptions, 'logger'> & { logs?: boolean } = {},
) {
  const config: Config = loadConfig({ LOG_LEVEL: 'silent', ...env });
  const captured = options.logs ? capturingLogger() : undefined;
  const app = createApp(config, { ...options, logger: captured?.logger ?? silentLogger });
  await new Promise<void>((resolve) => {
    app.server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = app.server.address();
  const base = `http://127.0.0.1:${port}`;
  return {
    app,
    base,
    lines: captured?.lines ?? [],
    post: (body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    close: () =>
      new Promise<void>((resolve) => {
        app.server.close(() => resolve());
      }),
  };
}

let sequence = 0;

/** A message as Teams posts it in a personal chat, asking for the replies in the response. */
export function teamsMessage(text: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'message',
    id: `msg-${++sequence}`,
    timestamp: new Date().toISOString(),
    // Loopback, so nothing a test triggers ever leaves the machine.
    serviceUrl: 'http://127.0.0.1:9/teams/',
    channelId: 'msteams',
    from: { id: '29:user-1', name: 'Dana Field', aadObjectId: '00000000-0000-0000-0000-000000000001' },
    conversation: { id: 'a:personal-1', conversationType: 'personal', tenantId: 'tenant-1' },
    recipient: { id: '28:bot', name: 'Blocker triage' },
    channelData: { tenant: { id: 'tenant-1' } },
    locale: 'en-US',
    text,
    deliveryMode: 'expectReplies',
    ...extra,
  };
}

/** A Universal Action click as Teams posts it. */
export function teamsInvoke(verb: string, data: unknown, extra: Record<string, unknown> = {}) {
  return teamsMessage('', {
    type: 'invoke',
    name: 'adaptiveCard/action',
    text: undefined,
    deliveryMode: undefined,
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
    ...extra,
  });
}

/** A message extension's or a file consent's invoke as Teams posts it (no expectReplies: replies go to the connector). */
export function teamsExtensionInvoke(name: string, value: unknown, extra: Record<string, unknown> = {}) {
  return teamsMessage('', { type: 'invoke', name, text: undefined, deliveryMode: undefined, value, ...extra });
}

/** A channel thread's conversation as an invoke from it names it. */
export const channelConversation = {
  id: '19:review@thread.tacv2',
  conversationType: 'channel',
  isGroup: true,
  tenantId: 'tenant-1',
};
