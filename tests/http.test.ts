import { teamsInfraAnswer } from './support/walks';
import { button, cardButtons, cardTexts, expectValidCard } from './support/adaptiveCards';
import { startServer, teamsInvoke, teamsMessage } from './support/http';

type Server = Awaited<ReturnType<typeof startServer>>;

describe('over HTTP: restify + CloudAdapter', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('answers /healthz', async () => {
    const res = await fetch(`${server.base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('returns the bot’s replies in the body of an expectReplies message', async () => {
    const res = await server.post(teamsMessage('start'));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { activities: { attachments: { content: unknown }[] }[] };
    expect(body.activities).toHaveLength(1);
    const card = body.activities[0].attachments[0].content;
    expectValidCard(card);
    expect(cardTexts(card)).toContain('Which workload is blocked?');
  });

  it('returns the next card in the response of an adaptiveCard/action invoke, through a whole walk', async () => {
    const start = (await (await server.post(teamsMessage('start'))).json()) as {
      activities: { attachments: { content: unknown }[] }[];
    };
    let card = start.activities[0].attachments[0].content;
    const teams = button(card, 'Teams');
    let res = await server.post(teamsInvoke(teams.verb, teams.data));
    expect(res.status).toBe(200);
    let body = (await res.json()) as { statusCode: number; type: string; value: unknown };
    expect(body.statusCode).toBe(200);
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    card = body.value;
    for (let i = 0; i < 10 && cardButtons(card).some((b) => b.verb === 'answer'); i++) {
      expectValidCard(card);
      const choice = teamsInfraAnswer(card);
      res = await server.post(teamsInvoke(choice.verb, choice.data));
      body = (await res.json()) as typeof body;
      card = body.value;
    }
    expectValidCard(card);
    expect(cardTexts(card)[0]).toBe('Blocked › Customer IT Infrastructure and Remediation');
  });

  it('answers a tampered invoke with the out-of-date card', async () => {
    const res = await server.post(
      teamsInvoke('answer', { w: { v: 'x', wl: 'teams', a: [] }, q: 'kind', ans: 'partner' }),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { value: unknown };
    expect(cardTexts(body.value)[0]).toBe('This card is out of date');
  });

  it('refuses a body that is not JSON with 400', async () => {
    const res = await server.post('{"type": "message", ');
    expect(res.status).toBe(400);
  });

  it('refuses an activity without a type with 400', async () => {
    const res = await server.post({ text: 'start' });
    expect(res.status).toBe(400);
  });
});

describe('over HTTP with an app id configured', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startServer({
      MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
      MicrosoftAppPassword: 'not-a-real-secret',
    });
  });
  afterAll(() => server.close());

  it('refuses a request without a token with 401', async () => {
    const res = await server.post(teamsMessage('start'));
    expect(res.status).toBe(401);
  });

  it('refuses a forged token with 401', async () => {
    // CloudAdapter prints the rejected token to the console; keep the test output clean.
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const res = await server.post(teamsMessage('start'), {
      authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJhdWQiOiJ4In0.',
    });
    expect(res.status).toBe(401);
    quiet.mockRestore();
  });

  it('still answers /healthz', async () => {
    expect((await fetch(`${server.base}/healthz`)).status).toBe(200);
  });
});
