import { parse } from 'csv-parse/sync';
import { BotStore, memoryStore } from '../src/state/storage';
import { ReviewSummaries, SummaryRow } from '../src/state/summary';
import { startChannel } from './support/channel';
import { capturingLogger, startServer, teamsExtensionInvoke, teamsMessage } from './support/http';
import { startUploadTarget } from './support/uploads';

type Server = Awaited<ReturnType<typeof startServer>>;
type Channel = Awaited<ReturnType<typeof startChannel>>;
type Upload = Awaited<ReturnType<typeof startUploadTarget>>;
type Json = Record<string, unknown>;

/** The personal conversation of tests/support/http.ts's messages. */
const PERSONAL = 'a:personal-1';
const CONTENT_URL =
  'https://contoso-my.sharepoint.com/personal/dana/Documents/Applications/Blocker%20triage/review-summary.csv';

const row = (over: Partial<SummaryRow> = {}): SummaryRow => ({
  cardKey: 'card-1',
  customer: 'Contoso, "East"',
  workload: 'teams',
  l2: 'billing-licensing-subscription',
  notes: 'Blocked – Billing, Licensing and Subscription [billing-licensing-subscription]: Kunde wartet auf EA; 客户',
  confirmedBy: 'Dana Field',
  at: '2026-11-22T10:00:00.000Z',
  ...over,
});

async function fileConsentCard(server: Server): Promise<{ name: string; content: Json }> {
  const res = await server.post(teamsMessage('summary csv'));
  expect(res.status).toBe(200);
  const { activities } = (await res.json()) as {
    activities: { attachments: { contentType: string; name: string; content: Json }[] }[];
  };
  const [attachment] = activities[0].attachments;
  expect(attachment.contentType).toBe('application/vnd.microsoft.teams.card.file.consent');
  return attachment;
}

/** The user's answer on the consent card, as Teams posts it. */
function consentAnswer(action: 'accept' | 'decline', context: unknown, uploadUrl: string, serviceUrl: string) {
  return teamsExtensionInvoke(
    'fileConsent/invoke',
    {
      type: 'fileUpload',
      action,
      context,
      ...(action === 'accept'
        ? {
            uploadInfo: {
              contentUrl: CONTENT_URL,
              name: 'review-summary.csv',
              uploadUrl,
              fileType: 'csv',
              uniqueId: '1E2B3C4D-0000-1111-2222-333344445555',
            },
          }
        : {}),
    },
    { serviceUrl },
  );
}

describe('summary csv in a 1:1 chat: Teams’ file consent flow', () => {
  let store: BotStore;
  let server: Server;
  let channel: Channel;
  let target: Upload;
  beforeAll(async () => {
    store = memoryStore();
    const summaries = new ReviewSummaries(store.documents);
    await summaries.settle(PERSONAL, row());
    await summaries.settle(
      PERSONAL,
      row({ cardKey: 'card-2', customer: undefined, notes: '=HYPERLINK("http://x","y")', confirmedBy: '@Lee' }),
    );
    server = await startServer({}, { store, allowLoopbackUploads: true, logs: true });
    channel = await startChannel();
    target = await startUploadTarget();
  });
  afterAll(async () => {
    await server.close();
    await channel.close();
    await target.close();
  });

  it('offers the file on a consent card: its name, what it is, its size', async () => {
    const card = await fileConsentCard(server);
    expect(card.name).toBe('review-summary.csv');
    expect(card.content.description).toBe('The review summary as a CSV file.');
    expect(card.content.sizeInBytes).toBeGreaterThan(200);
    expect(card.content.acceptContext).toEqual(card.content.declineContext);
  });

  it('on accept, PUTs a UTF-8 CSV with a BOM to the upload URL Teams gave, then sends the file card', async () => {
    const card = await fileConsentCard(server);
    const res = await server.post(consentAnswer('accept', card.content.acceptContext, target.url, channel.url));
    expect(res.status).toBe(200);
    expect(target.uploads).toHaveLength(1);
    const [upload] = target.uploads;
    expect(upload.url).toBe('/upload-session/abc');
    const size = upload.bytes.length;
    expect(size).toBe(card.content.sizeInBytes);
    expect(upload.headers['content-range']).toBe(`bytes 0-${size - 1}/${size}`);
    expect(upload.headers['content-length']).toBe(String(size));
    // Valid UTF-8 (decoding fails on any bad byte), starting with the byte order mark.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(upload.bytes);
    expect([...upload.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text[0]).toBe('\uFEFF');
    const records: string[][] = parse(text.slice(1));
    expect(records).toEqual([
      ['Customer', 'Workload', 'L2', 'L2 id', 'Notes', 'Confirmed by', 'When'],
      [
        'Contoso, "East"',
        'Teams',
        'Billing, Licensing and Subscription',
        'billing-licensing-subscription',
        'Blocked – Billing, Licensing and Subscription [billing-licensing-subscription]: Kunde wartet auf EA; 客户',
        'Dana Field',
        '2026-11-22T10:00:00.000Z',
      ],
      // A cell a spreadsheet would run as a formula starts with an apostrophe.
      [
        '',
        'Teams',
        'Billing, Licensing and Subscription',
        'billing-licensing-subscription',
        `'=HYPERLINK("http://x","y")`,
        `'@Lee`,
        '2026-11-22T10:00:00.000Z',
      ],
    ]);
    await channel.quiet();
    const sent = channel.posts.at(-1)!;
    expect(sent.conversation).toBe(PERSONAL);
    expect(sent.activity.attachments).toEqual([
      {
        contentType: 'application/vnd.microsoft.teams.card.file.info',
        name: 'review-summary.csv',
        contentUrl: CONTENT_URL,
        content: { uniqueId: '1E2B3C4D-0000-1111-2222-333344445555', fileType: 'csv' },
      },
    ]);
  });

  const lastText = async () => {
    await channel.quiet();
    return channel.posts.at(-1)!.activity.text;
  };

  it('on decline, says so and uploads nothing', async () => {
    const card = await fileConsentCard(server);
    const before = target.uploads.length;
    const res = await server.post(consentAnswer('decline', card.content.declineContext, target.url, channel.url));
    expect(res.status).toBe(200);
    expect(await lastText()).toBe('OK, no file. Type summary to see the review summary here.');
    expect(target.uploads).toHaveLength(before);
  });

  it('an offer older than an hour, or without its context, has expired: it says how to get a new one', async () => {
    const before = target.uploads.length;
    for (const context of [{ o: Date.now() - 2 * 60 * 60 * 1000 }, undefined, { o: 'yesterday' }, 'x']) {
      const res = await server.post(consentAnswer('accept', context, target.url, channel.url));
      expect(res.status).toBe(200);
      expect(await lastText()).toBe('That file offer has expired. Type summary csv for a new one.');
    }
    expect(target.uploads).toHaveLength(before);
  });

  it('refuses an upload URL that is not https (only this test server allows loopback http), with one log line', async () => {
    const card = await fileConsentCard(server);
    const before = target.uploads.length;
    for (const url of [
      'http://example.invalid/upload',
      'ftp://127.0.0.1/x',
      'https://user:pw@example.invalid/x',
      'not a url',
    ]) {
      const res = await server.post(consentAnswer('accept', card.content.acceptContext, url, channel.url));
      expect(res.status).toBe(200);
      expect(await lastText()).toBe('I couldn’t upload the file. Nothing was lost: type summary csv to try again.');
    }
    expect(target.uploads).toHaveLength(before);
    const failures = server.lines.filter((l) => l.msg === 'file upload failed');
    expect(failures).toHaveLength(4);
    // The host is logged, never the URL: upload URLs carry a token.
    expect(JSON.stringify(failures)).not.toContain('/upload');
  });

  it('says the upload failed when the upload URL refuses it', async () => {
    const refusing = await startUploadTarget(403);
    const card = await fileConsentCard(server);
    const res = await server.post(consentAnswer('accept', card.content.acceptContext, refusing.url, channel.url));
    expect(res.status).toBe(200);
    expect(refusing.uploads).toHaveLength(1);
    expect(await lastText()).toBe('I couldn’t upload the file. Nothing was lost: type summary csv to try again.');
    expect(server.lines.filter((l) => l.msg === 'file upload failed').at(-1)).toMatchObject({ status: 403 });
    await refusing.close();
  });

  it('refuses a consent answer that is not one with 400', async () => {
    for (const value of [null, 'accept', { action: 'maybe' }, { action: ['accept'] }])
      expect(
        (await server.post(teamsExtensionInvoke('fileConsent/invoke', value, { serviceUrl: channel.url }))).status,
      ).toBe(400);
  });
});

describe('uploads without the test option', () => {
  it('never go to plain http, loopback included', async () => {
    const { createUploader } = await import('../src/server/upload');
    const { logger, lines } = capturingLogger();
    const target = await startUploadTarget();
    const upload = createUploader({ logger });
    await expect(upload(target.url, Buffer.from('x'))).rejects.toThrow('not an https URL');
    expect(target.uploads).toEqual([]);
    expect(lines.filter((l) => l.msg === 'file upload failed')).toHaveLength(1);
    await target.close();
  });
});
