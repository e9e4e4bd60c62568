import { createServer } from 'node:http';
import { JWTPayload, SignJWT, exportJWK, generateKeyPair } from 'jose';
import { freePort } from './processes';

/** The Bot Framework's token issuer, as botbuilder checks it. */
export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';

/**
 * A local stand-in for the Bot Framework's signing keys: an OpenID configuration and its JWKS on
 * loopback, and tokens signed with its key (or with another one).
 */
export async function startSigningKeys() {
  const kid = 'test-key-1';
  const keys = await generateKeyPair('RS256', { extractable: true });
  const other = await generateKeyPair('RS256', { extractable: true });
  const publicJwk = { ...(await exportJWK(keys.publicKey)), kid, use: 'sig', alg: 'RS256' };
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let fetches = 0;
  const server = createServer((req, res) => {
    fetches++;
    res.setHeader('content-type', 'application/json');
    if (req.url === '/openid') res.end(JSON.stringify({ issuer: BOT_FRAMEWORK_ISSUER, jwks_uri: `${base}/jwks` }));
    else if (req.url === '/jwks') res.end(JSON.stringify({ keys: [publicJwk] }));
    else res.writeHead(404).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));

  /** A token as the Bot Framework signs it, with `claims` changed; `key: 'other'` signs with a key not in the JWKS. */
  const token = (claims: JWTPayload, options: { key?: 'ours' | 'other'; expiresIn?: string | number } = {}) =>
    new SignJWT({ iss: BOT_FRAMEWORK_ISSUER, ...claims })
      .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
      .setIssuedAt(typeof options.expiresIn === 'number' ? options.expiresIn - 3600 : undefined)
      .setExpirationTime(options.expiresIn ?? '1h')
      .sign(options.key === 'other' ? other.privateKey : keys.privateKey);

  return {
    openIdMetadataUrl: `${base}/openid`,
    publicJwk,
    kid,
    token,
    fetches: () => fetches,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
