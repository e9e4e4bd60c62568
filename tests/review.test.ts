import { memoryStore } from '../src/state/storage';
import { button, cardButtons, cardTexts, expectValidCard } from './support/adaptiveCards';
import { createTestBot, firstCard } from './support/bot';
import { botAccount, clickAs, mention, person, say, sharedWalk, thread } from './support/channelTurns';

describe('shared walks in a channel', () => {
  it('updates the card for everyone and shows who gave each answer', async () => {
    const bot = createTestBot();
    const update = jest.spyOn(bot.adapter, 'updateActivity');
    const result = await sharedWalk(bot, 'card-1');
    expectValidCard(result);
    const texts = cardTexts(result);
    // The customer stays on every card of the walk, the result's included.
    expect(texts.slice(0, 2)).toEqual(['Customer: Contoso', 'Blocked › Customer IT Infrastructure and Remediation']);
    expect(texts).toContain('Their IT environment · by Lee');
    expect(texts).toContain('Exchange to be deployed first · by Dana');
    // Every step that moved the card updated the message for everyone.
    expect(update.mock.calls.length).toBeGreaterThan(2);
    const last = update.mock.calls.at(-1)![1];
    expect(last.id).toBe('card-1');
    expect(last.attachments![0].content).toEqual(result);
  });

  it('takes one step when two people click the same question at once, and the late click sees the current card', async () => {
    const bot = createTestBot();
    let card = firstCard(await say(bot, 'Dana', 'start'));
    card = (await clickAs(bot, 'Dana', 'card-2', button(card, 'Microsoft 365 Apps'))).card;
    const [yes, no] = await Promise.all([
      clickAs(bot, 'Dana', 'card-2', button(card, 'A partner')),
      clickAs(bot, 'Lee', 'card-2', button(card, 'Not sure')),
    ]);
    expect(yes.card).toEqual(no.card);
    expect(cardTexts(yes.card)[0]).toMatch(/^Question 2 /);
    // Teams repeating the first click changes nothing either.
    const repeated = await clickAs(bot, 'Dana', 'card-2', button(card, 'A partner'));
    expect(repeated.card).toEqual(yes.card);
  });

  it('does not share cards in a 1:1 chat: each click stands on its own data', async () => {
    const bot = createTestBot();
    const update = jest.spyOn(bot.adapter, 'updateActivity');
    const card = firstCard(await bot.say('start'));
    const first = await bot.click(button(card, 'Teams'), { replyToId: 'card-3' });
    const again = await bot.click(button(card, 'Teams'), { replyToId: 'card-3' });
    expect(again.card).toEqual(first.card);
    expect(update).not.toHaveBeenCalled();
  });
});

describe('the review summary', () => {
  it('says so when nothing is settled yet', async () => {
    const bot = createTestBot();
    const replies = await say(bot, 'Dana', 'summary');
    expect(replies[0].text).toMatch(/^Nothing settled in this conversation yet/);
  });

  it('lists each settled blocker once, with customer, workload, L2, note, who and when', async () => {
    const bot = createTestBot();
    const result = await sharedWalk(bot, 'card-4', 'Contoso Ltd');
    const settled = (await clickAs(bot, 'Lee', 'card-4', button(result, 'Add to review summary'))).card;
    expect(cardTexts(settled)).toContain('Added to the review summary by Lee.');
    // Settling the same card again (or Teams repeating the click) does not add a second row.
    await clickAs(bot, 'Lee', 'card-4', button(settled, 'Add to review summary'));
    await clickAs(bot, 'Dana', 'card-4', button(result, 'Add to review summary'));

    const other = await sharedWalk(bot, 'card-5', 'Fabrikam');
    await clickAs(bot, 'Dana', 'card-5', button(other, 'Add to review summary'));

    const summary = firstCard(await say(bot, 'Lee', 'summary'));
    expectValidCard(summary);
    const texts = cardTexts(summary);
    expect(texts[0]).toBe('Review summary: 2 blockers');
    expect(texts).toContain('Contoso Ltd · Teams');
    expect(texts).toContain('Fabrikam · Teams');
    const values = (label: string) => texts.flatMap((t, i) => (t === label ? [texts[i + 1]] : []));
    expect(values('L2')).toContain(
      'Customer IT Infrastructure and Remediation [customer-it-infrastructure-remediation]',
    );
    expect(values('Confirmed by').sort()).toEqual(['Dana', 'Lee']);
    expect(values('When')[0]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
    const copy = texts[texts.indexOf('Copy for FTOP') + 1];
    expect(copy).toMatch(
      /^Contoso Ltd \| Teams \| Blocked – Customer IT Infrastructure and Remediation \[customer-it-infrastructure-remediation\] \(Teams\): .*waiting to deploy Exchange first/,
    );
    expect(copy.split('\n')).toHaveLength(2);
  });

  it('is kept per conversation: another thread has its own', async () => {
    const bot = createTestBot();
    const result = await sharedWalk(bot, 'card-6');
    await clickAs(bot, 'Dana', 'card-6', button(result, 'Add to review summary'));
    const otherThread = await bot.send({
      type: 'message',
      text: '<at>Triage</at> summary',
      conversation: { ...thread, id: '19:review@thread.tacv2;messageid=200' },
      recipient: botAccount,
      from: person('Dana'),
      entities: [mention],
    });
    expect(otherThread[0].text).toMatch(/^Nothing settled/);
  });

  it('in a channel, offers the table as tab-separated text that pastes into Excel, and says how to get a file', async () => {
    const bot = createTestBot();
    const result = await sharedWalk(bot, 'card-7', 'Contoso, "East"');
    await clickAs(bot, 'Dana', 'card-7', button(result, 'Add to review summary'));
    // Bots cannot send files here: "summary csv" gets the card, with the table on it.
    for (const command of ['summary', 'summary csv']) {
      const card = firstCard(await say(bot, 'Dana', command));
      expectValidCard(card);
      const texts = cardTexts(card);
      const table = texts[texts.indexOf('Table for Excel (tab-separated)') + 1];
      const lines = table.split('\n').map((line) => line.split('\t'));
      expect(lines[0]).toEqual(['Customer', 'Workload', 'L2', 'L2 id', 'Notes', 'Confirmed by', 'When']);
      expect(lines).toHaveLength(2);
      expect(lines[1].slice(0, 4)).toEqual([
        'Contoso, "East"',
        'Teams',
        'Customer IT Infrastructure and Remediation',
        'customer-it-infrastructure-remediation',
      ]);
      expect(lines[1][4]).toMatch(/waiting to deploy Exchange first/);
      expect(texts).toContain(
        'Bots can’t send files in channels, group chats or meetings. Copy the table and paste it into Excel: it fills the columns, and you can save it as a file there.',
      );
      // Teams shows a copy button on a CodeBlock; other clients get the same text in a monospace block.
      const block = JSON.stringify(card);
      expect(block).toContain('"type":"CodeBlock"');
      expect(block).toContain('"fallback":{"type":"RichTextBlock"');
    }
  });

  it('neutralises tab-separated cells that a spreadsheet would run as a formula, and keeps every row on one line', async () => {
    const bot = createTestBot();
    const card = firstCard(await say(bot, "=cmd|'/c calc'!A0", 'start @SUM(1+1)'));
    const moved = (await clickAs(bot, "=cmd|'/c calc'!A0", 'card-10', button(card, 'Teams'))).card;
    const kind = (await clickAs(bot, '+Lee', 'card-10', button(moved, 'Their IT environment'))).card;
    const result = (await clickAs(bot, '+Lee', 'card-10', button(kind, 'Exchange to be deployed first'))).card;
    await clickAs(bot, '-Ann\tTab', 'card-10', button(result, 'Add to review summary'));
    const texts = cardTexts(firstCard(await say(bot, 'Dana', 'summary')));
    const [, row] = texts[texts.indexOf('Table for Excel (tab-separated)') + 1].split('\n');
    const cells = row.split('\t');
    expect(cells).toHaveLength(7);
    expect(cells[0]).toBe("'@SUM(1+1)");
    expect(cells[5]).toBe("'-Ann Tab");
  });

  it('in a 1:1 chat, "summary csv" asks to send the file (Teams’ consent card) and "summary" shows no table', async () => {
    const bot = createTestBot();
    let card = firstCard(await bot.say('start'));
    card = (await bot.click(button(card, 'Teams'))).card;
    card = (await bot.click(button(card, 'Their IT environment'))).card;
    card = (await bot.click(button(card, 'Exchange to be deployed first'))).card;
    await bot.click(button(card, 'Add to review summary'));
    const [offer] = (await bot.say('summary csv'))[0].attachments!;
    expect(offer.contentType).toBe('application/vnd.microsoft.teams.card.file.consent');
    expect(offer.name).toBe('review-summary.csv');
    const content = offer.content as { description: string; sizeInBytes: number; acceptContext: { o: number } };
    expect(content.description).toBe('The review summary as a CSV file.');
    expect(Math.abs(content.acceptContext.o - Date.now())).toBeLessThan(5000);
    const summary = firstCard(await bot.say('summary'));
    expect(cardTexts(summary)).not.toContain('Table for Excel (tab-separated)');
  });

  it('uploads the file the user allowed, and says what went wrong when it could not', async () => {
    const uploads: { url: string; text: string }[] = [];
    let refuse = false;
    const bot = createTestBot(memoryStore(), {
      uploadFile: (url, bytes) => {
        if (refuse) return Promise.reject(new Error('refused'));
        uploads.push({ url, text: Buffer.from(bytes).toString('utf8') });
        return Promise.resolve();
      },
    });
    let card = firstCard(await bot.say('start Fabrikam'));
    card = (await bot.click(button(card, 'Teams'))).card;
    card = (await bot.click(button(card, 'Their IT environment'))).card;
    card = (await bot.click(button(card, 'Exchange to be deployed first'))).card;
    await bot.click(button(card, 'Add to review summary'));
    const accept = (o: number) =>
      bot.send({
        type: 'invoke',
        name: 'fileConsent/invoke',
        value: {
          type: 'fileUpload',
          action: 'accept',
          context: { o },
          uploadInfo: {
            uploadUrl: 'https://contoso-my.sharepoint.com/upload/1',
            contentUrl: 'https://contoso-my.sharepoint.com/review-summary.csv',
            name: 'review-summary (1).csv',
            uniqueId: 'u-1',
            fileType: 'csv',
          },
        },
      });
    const replies = await accept(Date.now());
    expect(uploads).toHaveLength(1);
    expect(uploads[0].url).toBe('https://contoso-my.sharepoint.com/upload/1');
    expect(uploads[0].text).toMatch(/^\uFEFFCustomer,Workload,L2,L2 id,Notes,Confirmed by,When\nFabrikam,Teams,/);
    expect(replies[0].attachments![0]).toMatchObject({
      contentType: 'application/vnd.microsoft.teams.card.file.info',
      name: 'review-summary (1).csv',
    });
    expect(replies.find((r) => r.type === 'invokeResponse')!.value).toEqual({ status: 200 });
    refuse = true;
    expect((await accept(Date.now()))[0].text).toBe(
      'I couldn’t upload the file. Nothing was lost: type summary csv to try again.',
    );
  });

  it('clears only after a confirm', async () => {
    const bot = createTestBot();
    const result = await sharedWalk(bot, 'card-8');
    await clickAs(bot, 'Dana', 'card-8', button(result, 'Add to review summary'));
    const confirm = firstCard(await say(bot, 'Dana', 'clear summary'));
    expectValidCard(confirm);
    expect(cardTexts(confirm)[1]).toBe('Clear the review summary of this conversation? This cannot be undone.');
    const kept = await bot.click(button(confirm, 'Cancel'), { conversation: thread, from: person('Dana') });
    expect(cardTexts(kept.card)[1]).toBe('The review summary is kept.');
    expect(cardTexts(firstCard(await say(bot, 'Dana', 'summary')))[0]).toBe('Review summary: 1 blocker');
    const cleared = await bot.click(button(confirm, 'Yes, clear it'), { conversation: thread, from: person('Dana') });
    expect(cardTexts(cleared.card)[1]).toBe('The review summary is cleared.');
    expect((await say(bot, 'Dana', 'summary'))[0].text).toMatch(/^Nothing settled/);
  });
});

describe('when the store fails', () => {
  it('goes on with a 1:1 walk in the client’s language, apologises for what needs the store, and recovers', async () => {
    const store = memoryStore();
    const bot = createTestBot(store);
    const card = firstCard(await bot.say('start', { locale: 'de-DE' }));
    const read = jest.spyOn(store.storage, 'read').mockRejectedValue(new Error('connect ECONNREFUSED 127.0.0.1:10000'));
    // The walk rides on the card: the store is not needed, and the client's locale gives the language.
    const walk = await bot.click(button(card, 'Teams'), { locale: 'de-DE' });
    expect(walk.status).toBe(200);
    expect(cardTexts(walk.card)[0]).toMatch(/^Frage 1 /);
    expect((await bot.say('help'))[0].attachments).toHaveLength(1);
    // The review summary and shared cards live in the store: an apology, and nothing changed.
    expect((await bot.say('summary'))[0].text).toMatch(/^Sorry, I can’t reach my storage right now/);
    const shared = await say(bot, 'Dana', 'start');
    const apology = (await clickAs(bot, 'Dana', 'card-9', button(firstCard(shared), 'Teams'))).card;
    expectValidCard(apology);
    expect(cardTexts(apology)[1]).toMatch(/^Sorry, I can’t reach my storage right now/);
    read.mockRestore();
    const back = await clickAs(bot, 'Dana', 'card-9', button(firstCard(shared), 'Teams'));
    expect(cardTexts(back.card)[0]).toMatch(/^Question 1 /);
  });
});

describe('tenant allow-list', () => {
  it('refuses messages and invokes from other tenants, and serves the allowed one', async () => {
    const bot = createTestBot(memoryStore(), { allowedTenants: ['tenant-1'] });
    const other = { conversation: { id: 'c-9', conversationType: 'personal', tenantId: 'tenant-2' } };
    expect((await bot.say('start', other))[0].text).toBe('This bot is not available to your organisation.');
    const invoke = await bot.click({ verb: 'start', data: {} }, other);
    expect(invoke.status).toBe(403);
    const mine = await bot.say('start', {
      conversation: { id: 'c-9', conversationType: 'personal', tenantId: 'tenant-1' },
    });
    expect(cardTexts(firstCard(mine))).toContain('Which workload is blocked?');
  });
});

describe('language choice', () => {
  it('offers every language from the welcome card and keeps the choice', async () => {
    const bot = createTestBot();
    const welcome = firstCard(await bot.say('hi'));
    const picker = (await bot.click(button(welcome, 'Language'))).card;
    expectValidCard(picker);
    expect(cardButtons(picker).map((b) => b.verb)).toEqual(expect.arrayContaining(['language']));
    const english = cardButtons(picker).find((b) => b.title === 'English')!;
    const done = (await bot.click(english)).card;
    expect(cardTexts(done)[1]).toBe('From now on I’ll answer you in English.');
  });
});
