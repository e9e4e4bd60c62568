import { createHmac } from 'node:crypto';
import { startSigningKeys } from '../support/jwks';
import { startServer, teamsMessage } from '../support/http';
import { freePort } from '../support/processes';

/** Issue 12, item 3: a bad token is a bare 401, unreachable signing keys a 503, a good token passes. */

jest.setTimeout(30_000);

const APP_ID = '11111111-2222-3333-4444-555555555555';
const env = { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret' };
const base64url = (value: object | string) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

let keys: Awaited<ReturnType<typeof startSigningKeys>>;
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  keys = await startSigningKeys();
  server = await startServer(env, { authentication: { openIdMetadataUrl: keys.openIdMetadataUrl }, logs: true });
});
afterAll(async () => {
  await server?.close();
  await keys?.close();
});

const message = teamsMessage('help');
const claims = { aud: APP_ID, serviceurl: message.serviceUrl };

async function expectBare401(authorization: string) {
  const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const res = await server.post(message, { authorization });
  quiet.mockRestore();
  const body = await res.text();
  expect([authorization.slice(0, 40), res.status]).toEqual([authorization.slice(0, 40), 401]);
  expect(JSON.parse(body)).toEqual({ error: 'Unauthorized' });
  // No detail anywhere: not in the body, not in a header.
  const headers = [...res.headers.entries()].map(([name, value]) => `${name}: ${value}`).join('\n');
  expect(`${body}\n${headers}`).not.toMatch(/jwt|signature|algorithm|expired|audience|issuer|invalid|key/i);
}

describe('item 3: token errors', () => {
  it('item 3: a correctly signed token for the app id passes, checked against the local JWKS', async () => {
    const res = await server.post(message, { authorization: `Bearer ${await keys.token(claims)}` });
    expect(res.status).toBe(200);
    expect(keys.fetches()).toBeGreaterThan(0);
  });

  it('item 3: alg none gets 401 with no detail', async () => {
    await expectBare401(
      `Bearer ${base64url({ alg: 'none', typ: 'JWT', kid: keys.kid })}.${base64url({ ...claims, iss: 'https://api.botframework.com', exp: Math.floor(Date.now() / 1000) + 3600 })}.`,
    );
  });

  it('item 3: HS256 signed with the public key as the secret gets 401 with no detail', async () => {
    const head = `${base64url({ alg: 'HS256', typ: 'JWT', kid: keys.kid })}.${base64url({
      ...claims,
      iss: 'https://api.botframework.com',
      exp: Math.floor(Date.now() / 1000) + 3600,
    })}`;
    const signature = createHmac('sha256', JSON.stringify(keys.publicJwk)).update(head).digest('base64url');
    await expectBare401(`Bearer ${head}.${signature}`);
  });

  it('item 3: RS256 signed with another key, expired, for another audience or from another issuer gets 401', async () => {
    await expectBare401(`Bearer ${await keys.token(claims, { key: 'other' })}`);
    await expectBare401(`Bearer ${await keys.token(claims, { expiresIn: Math.floor(Date.now() / 1000) - 3600 })}`);
    await expectBare401(`Bearer ${await keys.token({ ...claims, aud: '99999999-2222-3333-4444-555555555555' })}`);
    await expectBare401(`Bearer ${await keys.token({ ...claims, iss: 'https://evil.example' })}`);
    await expectBare401(`Bearer ${await keys.token({ ...claims, serviceurl: 'http://127.0.0.1:1/elsewhere/' })}`);
  });

  it('item 3: garbage and a token without "Bearer" get 401 with no detail', async () => {
    await expectBare401('Bearer not.a.token');
    await expectBare401('Bearer ');
    await expectBare401('garbage');
    await expectBare401(await keys.token(claims));
    await expectBare401(`Basic ${await keys.token(claims)}`);
  });

  it('item 3: unreachable signing keys give 503 and one log line; no bypass', async () => {
    const closedPort = await freePort();
    const unreachable = await startServer(env, {
      authentication: { openIdMetadataUrl: `http://127.0.0.1:${closedPort}/openid` },
      logs: true,
    });
    const res = await unreachable.post(message, { authorization: `Bearer ${await keys.token(claims)}` });
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ error: 'ServiceUnavailable' });
    const lines = unreachable.lines.filter((line) => line.msg !== 'request');
    expect(lines).toHaveLength(1);
    expect(lines[0].msg).toMatch(/signing keys are unreachable/);
    await unreachable.close();
  });
});
