import { LOCALES, LocaleId } from '../src/locales';
import { L2_IDS, L2Id } from '../src/playbook/ids';
import { button, cardButtons, cardTexts, expectValidCard } from './support/adaptiveCards';
import { startChannel } from './support/channel';
import { startConnector } from './support/connector';
import { channelConversation, startServer, teamsExtensionInvoke, teamsInvoke } from './support/http';

type Server = Awaited<ReturnType<typeof startServer>>;
type Channel = Awaited<ReturnType<typeof startChannel>>;
type Json = Record<string, unknown>;

const LINK =
  'https://teams.microsoft.com/l/message/19:review@thread.tacv2/1700000000001?tenantId=tenant-1&parentMessageId=1700000000000';

/** The message a user picked "Triage this blocker" on, as Teams describes it in messagePayload. */
function messagePayload(content: string, extra: Json = {}): Json {
  return {
    id: '1700000000001',
    replyToId: '1700000000000',
    createdDateTime: '2026-11-22T10:00:00.000Z',
    linkToMessage: LINK,
    from: { user: { id: '29:dana', displayName: 'Dana Field', userIdentityType: 'aadUser' } },
    body: { contentType: 'html', content },
    mentions: [],
    ...extra,
  };
}

/** "Triage this blocker" on a message in the channel thread: the fetchTask Teams sends first. */
function triageInvoke(payload: unknown, serviceUrl: string, extra: Json = {}) {
  return teamsExtensionInvoke(
    'composeExtension/fetchTask',
    { commandId: 'triageMessage', commandContext: 'message', context: { theme: 'default' }, messagePayload: payload },
    { serviceUrl, conversation: channelConversation, ...extra },
  );
}

function searchInvoke(query: string | undefined, options: { skip?: number; count?: number } = {}, extra: Json = {}) {
  return teamsExtensionInvoke(
    'composeExtension/query',
    {
      commandId: 'findL2',
      parameters: query === undefined ? [{ name: 'initialRun', value: 'true' }] : [{ name: 'query', value: query }],
      queryOptions: { skip: options.skip ?? 0, count: options.count ?? 25 },
    },
    extra,
  );
}

async function json(res: Response): Promise<Json> {
  return (await res.json()) as Json;
}

/** The card a task (dialog) answer shows. */
const dialogCard = (body: Json) => (body.task as { value: { card: { content: Json } } }).value.card.content;

/** The texts of the card a dialog answer shows, titled as the command; the card checked, with no buttons. */
async function dialogTexts(res: Response): Promise<string[]> {
  const body = await json(res);
  expect(body.task).toMatchObject({ type: 'continue', value: { title: 'Triage this blocker' } });
  const card = dialogCard(body);
  expectValidCard(card);
  expect(card.actions ?? []).toEqual([]);
  return cardTexts(card);
}

describe('"Triage this blocker" on a message (composeExtension/fetchTask)', () => {
  let server: Server;
  let channel: Channel;
  beforeAll(async () => {
    server = await startServer();
    channel = await startChannel();
  });
  afterAll(async () => {
    await server.close();
    await channel.close();
  });

  it('posts the suggestion in the message’s thread for everyone and says so; its notes name the author and the link', async () => {
    const res = await server.post(
      triageInvoke(messagePayload('<p>customer is waiting on the new EA renewal before buying E5</p>'), channel.url),
    );
    expect(res.status).toBe(200);
    expect(await dialogTexts(res)).toEqual([
      'Blocker triage',
      'I’m posting the suggestion under the message, where everyone here can work on it.',
    ]);
    await channel.quiet();
    const post = channel.posts.at(-1)!;
    // In the thread of the message: the channel's id with the thread's first message.
    expect(post.conversation).toBe('19:review@thread.tacv2;messageid=1700000000000');
    const card = post.activity.attachments![0].content;
    expectValidCard(card);
    const texts = cardTexts(card);
    expect(texts[0]).toBe('Looks like: Billing, Licensing and Subscription');
    expect(texts).toContain('Dana Field wrote');
    expect(texts).toContain('customer is waiting on the new EA renewal before buying E5');
    expect(cardButtons(card).map((b) => b.title)).toEqual([
      'Use',
      'Use',
      'That’s it',
      'Walk me through it',
      'Show all L2s',
    ]);

    // Anyone in the thread clicks it: the shared card moves, and the notes line says where the words came from.
    const result = await server.post(
      teamsInvoke(button(card, 'That’s it').verb, button(card, 'That’s it').data, {
        serviceUrl: channel.url,
        conversation: { ...channelConversation, id: post.conversation },
        from: { id: '29:lee', name: 'Lee Chan' },
        replyToId: 'posted-1',
      }),
    );
    const shown = (await json(result)).value as Json;
    expectValidCard(shown);
    expect(cardTexts(shown)).toContain(
      `Blocked – Billing, Licensing and Subscription [billing-licensing-subscription]: customer is waiting on the new EA renewal before buying E5; message by Dana Field ${LINK}.`,
    );
  });

  it('reads HTML as a person sees it: tags and entities gone, mentions as names', async () => {
    const before = channel.posts.length;
    const html =
      '<div><p><at id="0">Lee Chan</at>&nbsp;the customer&#39;s <b>EA</b> renewal is stuck in procurement &amp; legal</p>' +
      '<img src="https://example.invalid/x.png" alt="screenshot"><p><a href="https://example.invalid">ticket</a> <script>x()</script></p></div>';
    const res = await server.post(
      triageInvoke(
        messagePayload(html, { mentions: [{ id: 0, mentionText: 'Lee Chan', mentioned: { user: { id: '29:lee' } } }] }),
        channel.url,
      ),
    );
    expect(res.status).toBe(200);
    await channel.quiet();
    expect(channel.posts).toHaveLength(before + 1);
    const texts = cardTexts(channel.posts.at(-1)!.activity.attachments![0].content);
    expect(texts).toContain("Lee Chan the customer's EA renewal is stuck in procurement & legal ticket");
    expect(texts[0]).toBe('Looks like: Billing, Licensing and Subscription');
  });

  it('says so when the message has no text (an image, an empty body, no messagePayload), and posts nothing', async () => {
    const before = channel.posts.length;
    for (const payload of [
      messagePayload('<img src="https://example.invalid/x.png">'),
      messagePayload(''),
      undefined,
    ]) {
      const res = await server.post(triageInvoke(payload, channel.url));
      expect(res.status).toBe(200);
      expect(await dialogTexts(res)).toEqual([
        'Blocker triage',
        'That message has no text I can read. Describe the blocker to me in your own words instead.',
      ]);
    }
    await channel.quiet();
    expect(channel.posts).toHaveLength(before);
  });

  it('answers a huge message, reading only its start', async () => {
    const huge = `<p>${'the partner has not answered Microsoft for weeks and the SOW is unsigned. '.repeat(3000)}</p>`;
    expect(huge.length).toBeGreaterThan(200_000);
    const res = await server.post(triageInvoke(messagePayload(huge), channel.url));
    expect(res.status).toBe(200);
    await channel.quiet();
    const texts = cardTexts(channel.posts.at(-1)!.activity.attachments![0].content);
    expect(texts[0]).toBe('Looks like: Partner Engagement');
    expect(texts.find((t) => t.startsWith('the partner has not answered'))).toMatch(/… \(shortened\)$/);
  });

  it('takes fields of any JSON type without failing: what is not as Teams sends it is left out, or refused with 400', async () => {
    const odd = [
      { id: ['1'], replyToId: { x: 1 }, linkToMessage: 'javascript:alert(1)', from: 'Dana', body: { content: 42 } },
      { body: { contentType: 'html', content: '<p>EA renewal stuck</p>' }, from: { user: { displayName: 7 } } },
      {
        body: { contentType: 'markdown', content: '<p>EA renewal stuck</p>' },
        linkToMessage: 'http://teams.example/x',
      },
      [],
      'message',
      null,
    ];
    for (const payload of odd) expect((await server.post(triageInvoke(payload, channel.url))).status).toBe(200);
    await channel.quiet();
    // The link that was not https is not carried; with no author the card says "You wrote".
    const card = channel.posts.at(-1)!.activity.attachments![0].content;
    expect(cardTexts(card)).toContain('You wrote');
    expect(JSON.stringify(card)).not.toContain('teams.example');
    for (const value of [null, 'x', [], { commandId: 'other' }, { commandId: 7 }]) {
      const res = await server.post(
        teamsExtensionInvoke('composeExtension/fetchTask', value, { serviceUrl: channel.url }),
      );
      expect(res.status).toBe(400);
    }
  });
});

describe('"Triage this blocker" where the bot is not in the conversation', () => {
  let server: Server;
  let channel: Channel;
  beforeAll(async () => {
    server = await startServer();
    // Teams refuses a post from a bot that is not a member of the conversation.
    channel = await startChannel({ postStatus: 403 });
  });
  afterAll(async () => {
    await server.close();
    await channel.close();
  });

  it('shows the suggestion privately in a dialog, whose button puts it into the compose box', async () => {
    const groupChat = { id: '19:meeting_abc@thread.v2', conversationType: 'groupChat', tenantId: 'tenant-1' };
    const res = await server.post(
      triageInvoke(messagePayload('<p>Kunde wartet auf den neuen EA-Vertrag</p>'), channel.url, {
        conversation: groupChat,
        locale: 'de-DE',
      }),
    );
    expect(res.status).toBe(200);
    const body = await json(res);
    expect((body.task as Json).type).toBe('continue');
    expect(((body.task as Json).value as Json).title).toBe('Diesen Blocker einordnen');
    const dialog = dialogCard(body);
    expectValidCard(dialog);
    const texts = cardTexts(dialog);
    expect(texts[0]).toMatch(/^Nur Sie sehen das: Ich bin kein Mitglied dieser Unterhaltung/);
    expect(texts).toContain('Dana Field schrieb');
    expect(texts).toContain('Kunde wartet auf den neuen EA-Vertrag');
    // No walk buttons in a dialog, not even beside the candidates: only "Post it", an Action.Submit back to the extension.
    expect(cardButtons(dialog)).toEqual([]);
    const actions = dialog.actions as { type: string; title: string; data: Json }[];
    expect(actions.map((a) => [a.type, a.title])).toEqual([['Action.Submit', 'In der Unterhaltung posten']]);

    const submit = await server.post(
      teamsExtensionInvoke(
        'composeExtension/submitAction',
        { commandId: 'triageMessage', commandContext: 'message', data: actions[0].data, messagePayload: {} },
        { serviceUrl: channel.url, conversation: groupChat, locale: 'de-DE' },
      ),
    );
    expect(submit.status).toBe(200);
    const extension = (await json(submit)).composeExtension as {
      type: string;
      attachmentLayout: string;
      attachments: { contentType: string; content: Json; preview: { contentType: string; content: Json } }[];
    };
    expect(extension.type).toBe('result');
    expect(extension.attachments).toHaveLength(1);
    const [inserted] = extension.attachments;
    expect(inserted.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(inserted.preview).toEqual({
      contentType: 'application/vnd.microsoft.card.thumbnail',
      content: { title: 'Diesen Blocker einordnen', text: 'Kunde wartet auf den neuen EA-Vertrag' },
    });
    expectValidCard(inserted.content);
    expect(cardTexts(inserted.content)[0]).toBe('Sieht aus nach: Abrechnung, Lizenzierung und Abonnement');
    expect(cardButtons(inserted.content).length).toBeGreaterThan(1);
    // It tried the conversation first, and was refused there.
    expect(channel.refused).toEqual([groupChat.id]);
  });

  it('a "Post it" whose link is longer than a card may carry posts the suggestion without it, and its buttons still work', async () => {
    const groupChat = { id: '19:meeting_abc@thread.v2', conversationType: 'groupChat', tenantId: 'tenant-1' };
    const link = `https://teams.microsoft.com/l/message/${'1'.repeat(700)}`;
    const submit = await server.post(
      teamsExtensionInvoke(
        'composeExtension/submitAction',
        {
          commandId: 'triageMessage',
          commandContext: 'message',
          data: { post: { text: 'EA renewal stuck in procurement', author: 'Dana', link } },
          messagePayload: {},
        },
        { serviceUrl: channel.url, conversation: groupChat },
      ),
    );
    expect(submit.status).toBe(200);
    const [inserted] = ((await json(submit)).composeExtension as { attachments: { content: Json }[] }).attachments;
    expect(JSON.stringify(inserted.content)).not.toContain(link);
    const thatsIt = button(inserted.content, 'That’s it');
    const clicked = await server.post(
      teamsInvoke(thatsIt.verb, thatsIt.data, { serviceUrl: channel.url, conversation: groupChat }),
    );
    expect(clicked.status).toBe(200);
    const shown = (await json(clicked)).value as Json;
    expect(cardTexts(shown)).toContain(
      'Blocked – Billing, Licensing and Subscription [billing-licensing-subscription]: EA renewal stuck in procurement; message by Dana.',
    );
  });

  it('a submitAction without the dialog’s data triages its message like the fetchTask', async () => {
    const res = await server.post(
      teamsExtensionInvoke(
        'composeExtension/submitAction',
        { commandId: 'triageMessage', commandContext: 'message', messagePayload: messagePayload('EA renewal late') },
        { serviceUrl: channel.url, conversation: channelConversation },
      ),
    );
    expect(res.status).toBe(200);
    expect(cardTexts(dialogCard(await json(res)))).toContain('EA renewal late');
  });
});

describe('"Triage this blocker" when Teams is slow to take the post', () => {
  it('answers within a few seconds all the same, and the post goes on after the answer', async () => {
    const server = await startServer({}, { logs: true });
    const silent = await startConnector(() => undefined);
    const started = Date.now();
    const res = await server.post(triageInvoke(messagePayload('EA renewal late'), silent.url));
    const took = Date.now() - started;
    expect(res.status).toBe(200);
    expect(took).toBeGreaterThanOrEqual(2900);
    expect(took).toBeLessThan(6000);
    expect(await dialogTexts(res)).toEqual([
      'Blocker triage',
      'I’m posting the suggestion under the message, where everyone here can work on it.',
    ]);
    expect(silent.calls.map((c) => c.method)).toEqual(['POST']);
    await silent.close();
    await server.close();
  }, 15_000);
});

describe('the extensions and another tenant', () => {
  let server: Server;
  let channel: Channel;
  beforeAll(async () => {
    server = await startServer({ ALLOWED_TENANT_IDS: 'tenant-1' });
    channel = await startChannel();
  });
  afterAll(async () => {
    await server.close();
    await channel.close();
  });

  it('refuses another tenant’s invokes with 403, posting and searching nothing', async () => {
    const other = {
      conversation: { ...channelConversation, tenantId: 'tenant-2' },
      channelData: { tenant: { id: 'tenant-2' } },
    };
    expect((await server.post(triageInvoke(messagePayload('EA renewal late'), channel.url, other))).status).toBe(403);
    expect((await server.post(searchInvoke('partner', {}, other))).status).toBe(403);
    await channel.quiet();
    expect(channel.posts).toEqual([]);
    expect((await server.post(searchInvoke('partner'))).status).toBe(200);
  });
});

describe('the L2 search in the compose box (composeExtension/query)', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  type Result = { contentType: string; content: Json; preview: { content: { title: string; text: string } } };
  async function search(query: string | undefined, options = {}, extra = {}): Promise<Result[]> {
    const res = await server.post(searchInvoke(query, options, extra));
    expect(res.status).toBe(200);
    const extension = (await json(res)).composeExtension as {
      type: string;
      attachmentLayout: string;
      attachments: Result[];
    };
    expect([extension.type, extension.attachmentLayout]).toEqual(['result', 'list']);
    for (const item of extension.attachments) expectValidCard(item.content);
    return extension.attachments;
  }
  const ids = (results: Result[]) => results.map((r) => r.preview.content.text.split('blocked / ')[1]);

  it('lists all eight L2s before anything is typed, each as a compact card: name, id, definition, how to confirm', async () => {
    const results = await search(undefined);
    expect(ids(results)).toEqual([...L2_IDS]);
    const partner = results[L2_IDS.indexOf('partner-engagement')];
    expect(partner.preview.content).toEqual({ title: 'Partner Engagement', text: 'blocked / partner-engagement' });
    const texts = cardTexts(partner.content);
    expect(texts.slice(0, 3)).toEqual([
      'Partner Engagement',
      'blocked / partner-engagement',
      LOCALES.en.playbook.l2['partner-engagement'].definition,
    ]);
    expect(texts[3]).toBe('Questions to confirm it with the customer');
    expect(texts[4]).toMatch(/^1\. /);
    // Nothing to click in a card that goes into someone's message.
    expect(cardButtons(partner.content)).toEqual([]);
    expect(await search('')).toHaveLength(8);
  });

  it('finds an L2 by its name or id, in any language', async () => {
    expect(ids(await search('partner engagement'))).toEqual(['partner-engagement']);
    expect(ids(await search('app-compatibility'))).toEqual(['app-compatibility']);
    expect(ids(await search(LOCALES['zh-CN'].playbook.l2['adoption-readiness'].name))).toEqual(['adoption-readiness']);
  });

  it('finds L2s for a description, likeliest first, and says how well each fits', async () => {
    const results = await search('the customer is waiting on the EA renewal before they can buy licences');
    expect(ids(results)[0]).toBe('billing-licensing-subscription');
    expect(results[0].preview.content.text).toMatch(
      /^Fits the description: \d+% · blocked \/ billing-licensing-subscription$/,
    );
    expect(await search('hello there')).toEqual([]);
  });

  const described: Record<LocaleId, [string, L2Id]> = {
    en: ['the partner stopped answering us', 'partner-engagement'],
    de: ['Kunde wartet auf den neuen EA-Vertrag', 'billing-licensing-subscription'],
    'zh-CN': ['客户的网络带宽不足', 'customer-it-infrastructure-remediation'],
    ja: ['ネットワークの帯域が不足しています', 'customer-it-infrastructure-remediation'],
    'pt-BR': ['cliente aguardando a renovação do EA', 'billing-licensing-subscription'],
    es: ['el cliente espera la renovación del EA', 'billing-licensing-subscription'],
  };
  it.each(Object.keys(described) as LocaleId[])(
    '%s: a description finds its L2, shown in the user’s language',
    async (id) => {
      const [query, l2] = described[id];
      const locale = { en: 'en-US', de: 'de-DE', 'zh-CN': 'zh-CN', ja: 'ja-JP', 'pt-BR': 'pt-BR', es: 'es-ES' }[id];
      const results = await search(query, {}, { locale });
      expect(ids(results)[0]).toBe(l2);
      expect(results[0].preview.content.title).toBe(LOCALES[id].playbook.l2[l2].name);
      expect(cardTexts(results[0].content)[3]).toBe(LOCALES[id].ui.explain.confirm);
    },
  );

  it('pages as Teams asks (skip, count)', async () => {
    expect(ids(await search(undefined, { skip: 3, count: 2 }))).toEqual(L2_IDS.slice(3, 5));
    expect(ids(await search(undefined, { skip: 6, count: 25 }))).toEqual(L2_IDS.slice(6));
    expect(await search(undefined, { skip: 8 })).toEqual([]);
  });

  it('takes odd parameters as an empty query and refuses what is not its command', async () => {
    const odd = [
      { commandId: 'findL2' },
      { commandId: 'findL2', parameters: 'x', queryOptions: [] },
      {
        commandId: 'findL2',
        parameters: [null, 7, { name: 'query', value: ['partner'] }],
        queryOptions: { skip: -1, count: 1e9 },
      },
    ];
    for (const value of odd) {
      const res = await server.post(teamsExtensionInvoke('composeExtension/query', value));
      expect(res.status).toBe(200);
      expect(((await json(res)).composeExtension as { attachments: unknown[] }).attachments).toHaveLength(8);
    }
    for (const value of [undefined, 1, { commandId: 'triageMessage' }])
      expect((await server.post(teamsExtensionInvoke('composeExtension/query', value))).status).toBe(400);
  });
});
