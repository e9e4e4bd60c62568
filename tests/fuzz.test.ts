import { teamsInfraAnswer } from './support/walks';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { WALK_VERSION } from '../src/bot/verbs';
import { QUESTIONS } from '../src/playbook/questions';
import { button, cardButtons, cardTexts } from './support/adaptiveCards';
import { teamsInvoke, teamsMessage } from './support/http';
import { startChannel } from './support/channel';
import { startBotProcess } from './support/processes';

jest.setTimeout(240_000);

/** Runs per property; three properties post over 5,000 requests in all. */
const RUNS = 1800;

let bot: Awaited<ReturnType<typeof startBotProcess>>;
let channel: Awaited<ReturnType<typeof startChannel>>;
const statuses = new Map<number, number>();
let posted = 0;

beforeAll(async () => {
  channel = await startChannel();
  bot = await startBotProcess({ MicrosoftAppId: '', STORAGE: 'memory', LOG_LEVEL: 'error' });
});
afterAll(async () => {
  await bot?.stop('SIGKILL');
  await channel?.close();
  console.log(`fuzz: ${posted} requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
});

/** A request the bot leaves hanging fails the property with the body that did it. */
const HANG_MS = 10_000;

async function post(body: string | Buffer, headers: Record<string, string> = {}): Promise<number> {
  const res = await fetch(bot.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    signal: AbortSignal.timeout(HANG_MS),
  }).catch((error: Error) => {
    throw new Error(`no answer within ${HANG_MS} ms (${error.name}) to ${body.toString().slice(0, 2000)}`);
  });
  await res.arrayBuffer();
  posted++;
  statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
  return res.status;
}

const answered = (status: number) => (status >= 200 && status < 300) || (status >= 400 && status < 500);

/** Arrays or objects nested `depth` deep, some past the endpoint's nesting limit. */
const deep = fc
  .record({ depth: fc.integer({ min: 2, max: 120 }), inObjects: fc.boolean(), leaf: fc.jsonValue({ maxDepth: 0 }) })
  .map(({ depth, inObjects, leaf }) => {
    let value: unknown = leaf;
    for (let i = 0; i < depth; i++) value = inObjects ? { d: value } : [value];
    return value;
  });

/** Values of every JSON type (null, booleans, numbers, strings, arrays, objects, deep nesting), including huge and odd strings. */
const anything = fc.oneof(
  deep,
  fc.boolean(),
  fc.double(),
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\u202e',
    '💥'.repeat(500),
    'x'.repeat(60_000),
    '${$root}',
    '<at>Triage</at>',
    '../../etc/passwd',
  ),
  fc.integer(),
  fc.constant(null),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 4 }),
);

/** serviceUrl is where replies go: fuzzed only with values that are not addresses, so all traffic stays on loopback. */
const notAnAddress = fc.oneof(
  fc.integer(),
  fc.constant(null),
  fc.constant(''),
  fc.array(fc.integer(), { maxLength: 2 }),
  fc.constant({ url: 1 }),
);

/** A valid activity with some fields removed or replaced by anything. */
function mutated(base: Record<string, unknown>) {
  const keys = Object.keys(base).filter((key) => key !== 'serviceUrl');
  return fc
    .record({
      remove: fc.subarray([...keys, 'serviceUrl'], { maxLength: 3 }),
      replace: fc.dictionary(
        fc.constantFrom(...keys, 'value', 'locale', 'entities', 'replyToId', 'membersAdded'),
        anything,
        { maxKeys: 3 },
      ),
      serviceUrl: fc.option(notAnAddress, { freq: 5 }),
    })
    .map(({ remove, replace, serviceUrl }) => {
      const copy: Record<string, unknown> = {
        ...base,
        serviceUrl: channel.url,
        ...replace,
        ...(serviceUrl === null ? {} : { serviceUrl }),
      };
      for (const key of remove) delete copy[key];
      return copy;
    });
}

/** The nested fields of an activity, and the keys inside them that the bot or botbuilder reads. */
const NESTED = ['from', 'conversation', 'recipient', 'channelData', 'value', 'entities', 'attachments'] as const;
const NESTED_KEYS = [
  'id',
  'name',
  'aadObjectId',
  'role',
  'conversationType',
  'tenantId',
  'isGroup',
  'tenant',
  'team',
  'channel',
  'action',
  'trigger',
  'verb',
  'data',
  'type',
  'text',
  'mentioned',
  'content',
  'contentType',
  'locale',
];

/** A valid activity with one key inside one of its nested fields (or one entry of its lists) replaced by anything. */
function nestedMutated(base: Record<string, unknown>) {
  return fc
    .record({ field: fc.constantFrom(...NESTED), key: fc.constantFrom(...NESTED_KEYS), value: anything })
    .map(({ field, key, value }) => {
      const current = base[field];
      const inner =
        field === 'entities' || field === 'attachments'
          ? [{ ...((Array.isArray(current) ? current[0] : undefined) ?? { type: 'mention' }), [key]: value }]
          : { ...(current !== null && typeof current === 'object' ? current : {}), [key]: value };
      return { ...base, serviceUrl: channel.url, [field]: inner };
    });
}

const questionIds = QUESTIONS.map((q) => q.id);
const walkData = fc.record(
  {
    v: fc.oneof(fc.constant(WALK_VERSION), anything),
    wl: fc.oneof(fc.constantFrom('m365-apps', 'teams', 'other'), anything),
    a: fc.oneof(
      fc.array(
        fc.tuple(
          fc.oneof(fc.constantFrom(...questionIds), anything),
          fc.oneof(fc.constantFrom('y', 'n', 'u'), anything),
        ),
        { maxLength: 10 },
      ),
      anything,
    ),
    f: anything,
    id: anything,
    c: anything,
  },
  { requiredKeys: [] },
);
const actionData = fc.record(
  {
    w: fc.oneof(walkData, anything),
    q: fc.oneof(fc.constantFrom(...questionIds), anything),
    ans: fc.oneof(fc.constantFrom('y', 'n', 'u'), anything),
    l2: fc.oneof(fc.constantFrom('app-compatibility', 'service-reliability'), anything),
    ph: fc.oneof(fc.constantFrom('assignment', 'delivery'), anything),
    s: anything,
    lang: anything,
    verb: anything,
  },
  { requiredKeys: [] },
);
const verbs = fc.oneof(
  fc.constantFrom(
    'start',
    'help',
    'list',
    'explain',
    'workload',
    'answer',
    'back',
    'resume',
    'change',
    'choose',
    'pick',
    'result',
    'settle',
    'clear-summary',
    'ask-clear-summary',
    'keep-summary',
    'language',
  ),
  anything,
);

/** The message extensions' and the file consent's invokes, each with a value as Teams sends it. */
const EXTENSION_INVOKES: Record<string, Record<string, unknown>> = {
  'composeExtension/fetchTask': {
    commandId: 'triageMessage',
    commandContext: 'message',
    messagePayload: {
      id: '1700000000001',
      replyToId: '1700000000000',
      linkToMessage: 'https://teams.microsoft.com/l/message/19:f@thread.tacv2/1700000000001',
      from: { user: { id: '29:dana', displayName: 'Dana Field' } },
      body: { contentType: 'html', content: '<p><at id="0">Lee</at> the EA renewal is late</p>' },
      mentions: [{ id: 0, mentionText: 'Lee', mentioned: { user: { id: '29:lee' } } }],
    },
  },
  'composeExtension/submitAction': {
    commandId: 'triageMessage',
    commandContext: 'message',
    data: { post: { text: 'the EA renewal is late', author: 'Dana Field' } },
    messagePayload: { id: '1700000000001', body: { contentType: 'text', content: 'the EA renewal is late' } },
  },
  'composeExtension/query': {
    commandId: 'findL2',
    parameters: [{ name: 'query', value: 'the partner stopped answering' }],
    queryOptions: { skip: 0, count: 25 },
  },
  'fileConsent/invoke': {
    type: 'fileUpload',
    action: 'accept',
    context: { o: Date.now() },
    // Loopback, and a port nothing listens on: nothing a fuzzed upload does leaves the machine.
    uploadInfo: {
      uploadUrl: 'https://127.0.0.1:9/upload',
      contentUrl: 'https://127.0.0.1:9/file.csv',
      name: 'review-summary.csv',
      uniqueId: 'u-1',
      fileType: 'csv',
    },
  },
};

/** Every path into a JSON value: each key of each object and array, and the value itself (the empty path). */
function pathsOf(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  return [prefix, ...Object.entries(value).flatMap(([key, inner]) => pathsOf(inner, [...prefix, key]))];
}

/** `value` with what is at `path` replaced by `replacement`. */
function replaceAt(value: unknown, path: string[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy: Record<string, unknown> = Array.isArray(value) ? { ...value } : { ...(value as object) };
  copy[path[0]] = replaceAt(copy[path[0]], path.slice(1), replacement);
  return Array.isArray(value) ? Object.values(copy) : copy;
}

const extensionInvoke = fc.constantFrom(...Object.keys(EXTENSION_INVOKES)).chain((name) =>
  fc.record({
    name: fc.constant(name),
    path: fc.constantFrom(...pathsOf(EXTENSION_INVOKES[name])),
    replacement: anything,
    conversationType: fc.constantFrom('channel', 'groupChat', 'personal'),
  }),
);

describe('fuzzing the HTTP endpoint (fast-check)', () => {
  it('answers any JSON body with 2xx or 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(anything, async (body) => answered(await post(JSON.stringify(body)))),
      { numRuns: RUNS },
    );
  });

  it('answers mutated Teams messages and conversation updates with 2xx or 4xx', async () => {
    const personal = teamsMessage('start');
    const channel = teamsMessage('<at>Triage</at> help', {
      conversation: { id: '19:x@thread.tacv2', conversationType: 'channel' },
      entities: [{ type: 'mention', mentioned: { id: '28:bot', name: 'Triage' }, text: '<at>Triage</at>' }],
    });
    const added = teamsMessage('', { type: 'conversationUpdate', membersAdded: [{ id: '28:bot' }] });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          mutated(personal),
          mutated(channel),
          mutated(added),
          nestedMutated(personal),
          nestedMutated(channel),
          nestedMutated(added),
        ),
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        async (activity, text) => {
          const body =
            typeof activity.text === 'string' && activity.text === 'start' ? { ...activity, text } : activity;
          return answered(await post(JSON.stringify(body)));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('answers compressed bodies, valid or not, with 415 and inflates nothing', async () => {
    const json = JSON.stringify(teamsMessage('help'));
    const compress: Record<string, (text: string) => Buffer> = {
      gzip: (text) => gzipSync(text),
      deflate: (text) => deflateSync(text),
      br: (text) => brotliCompressSync(text),
    };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('gzip', 'deflate', 'br', 'x-gzip', 'GZIP', 'gzip, br', 'compress'),
        fc.oneof(
          fc.constant(json).map((text) => ({ text, valid: true })),
          fc
            .uint8Array({ maxLength: 300 })
            .map((bytes) => ({ text: Buffer.from(bytes).toString('latin1'), valid: false })),
        ),
        async (encoding, { text, valid }) => {
          const codec = compress[encoding.toLowerCase().split(',')[0]] ?? compress.gzip;
          const body = valid ? codec(text) : Buffer.from(text, 'latin1');
          return (await post(body, { 'content-encoding': encoding })) === 415;
        },
      ),
      { numRuns: RUNS / 6 },
    );
  });

  it('answers forged, stale and mutated card actions with 2xx or 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(verbs, fc.oneof(actionData, anything), fc.boolean(), async (verb, data, asSubmit) => {
        const body = asSubmit
          ? teamsMessage('', {
              serviceUrl: channel.url,
              value: typeof data === 'object' && data !== null && !Array.isArray(data) ? { ...data, verb } : data,
            })
          : teamsInvoke('', data, {
              // The verb goes in as generated, whatever its type.
              value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
              serviceUrl: channel.url,
              replyToId: 'card-fuzz',
              conversation: { id: '19:f@thread.tacv2', conversationType: 'groupChat' },
            });
        return answered(await post(JSON.stringify(body)));
      }),
      { numRuns: RUNS },
    );
  });

  it('answers message extension and file consent invokes with any JSON in any field of their value with 2xx or 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(extensionInvoke, async ({ name, path, replacement, conversationType }) => {
        const body = teamsMessage('', {
          type: 'invoke',
          name,
          text: undefined,
          deliveryMode: undefined,
          value: replaceAt(EXTENSION_INVOKES[name], path, replacement),
          serviceUrl: channel.url,
          conversation: { id: '19:f@thread.tacv2', conversationType },
        });
        return answered(await post(JSON.stringify(body)));
      }),
      { numRuns: RUNS / 2 },
    );
  });

  it('is still up afterwards and a normal walk still works', async () => {
    expect(bot.process.exitCode).toBeNull();
    const start = (await (
      await fetch(bot.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(teamsMessage('start')),
      })
    ).json()) as {
      activities: { attachments: { content: unknown }[] }[];
    };
    let card = start.activities[0].attachments[0].content;
    const invoke = async (b: { verb: string; data: unknown }) =>
      (
        (await (
          await fetch(bot.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(teamsInvoke(b.verb, b.data)),
          })
        ).json()) as { value: unknown }
      ).value;
    card = await invoke(button(card, 'Teams'));
    while (cardButtons(card).some((b) => b.verb === 'answer')) {
      card = await invoke(teamsInfraAnswer(card));
    }
    expect(cardTexts(card)[0]).toBe('Blocked › Customer IT Infrastructure and Remediation');
    expect(posted).toBeGreaterThanOrEqual(5000);
  });
});
