import net from 'node:net';
import { ConfigError, loadConfig } from '../../platform/config.js';
import { anonymousClient, type ApiClient } from '../../testing/api-client.js';
import { startOidcTestProvider, type OidcTestProvider } from '../../testing/oidc-test-provider.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

/** Keha's port must be known before the provider registers the client's redirect URI. */
async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as net.AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const ulla = {
  sub: 'idp-0001',
  name: 'Ulla Sso',
  preferred_username: 'ulla',
  groups: ['ks-sosiaalityo', 'ks-kaikki'],
};
const outsider = {
  sub: 'idp-0002',
  name: 'Otto Outsider',
  preferred_username: 'otto',
  groups: ['ks-kaikki'],
};

describe('single sign-on with OpenID Connect (against a real in-test provider)', () => {
  let server: TestServer;
  let idp: OidcTestProvider;

  beforeAll(async () => {
    const port = await freePort();
    const base = `http://localhost:${port}`;
    idp = await startOidcTestProvider(`${base}/api/v1/auth/oidc/callback`);
    server = await startTestServer({
      PORT: String(port),
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: idp.clientId,
      OIDC_CLIENT_SECRET: idp.clientSecret,
      OIDC_REDIRECT_URI: `${base}/api/v1/auth/oidc/callback`,
      OIDC_GROUP_ROLE_MAP: JSON.stringify({ 'ks-sosiaalityo': 'social_worker', 'ks-johto': 'supervisor' }),
      OIDC_SCOPES: 'openid profile groups',
    });
  });
  afterAll(async () => {
    await server.dispose();
    await idp.close();
  });

  /** The browser: starts at Kehä, goes through the IdP, comes back to the callback; returns the final redirect. */
  async function ssoRoundTrip(client: ApiClient): Promise<{ location: string; callbackPath: string }> {
    const start = await client.get('/api/v1/auth/oidc/login');
    expect(start.status).toBe(302);
    const authorize = new URL(start.headers.get('location')!);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    const callback = new URL(await idp.browse(authorize.href, `${server.url}/api/v1/auth/oidc/callback`));
    const callbackPath = callback.pathname + callback.search;
    const done = await client.get(callbackPath);
    expect(done.status).toBe(302);
    return { location: done.headers.get('location')!, callbackPath };
  }

  it('tells the login page that SSO is on', async () => {
    const options = await anonymousClient(server).get('/api/v1/auth/options');
    expect(options.body).toEqual({ sso: true, ssoLoginUrl: '/api/v1/auth/oidc/login' });
  });

  it('signs a user in with roles from the IdP groups, under a new session id, and matches them by sub next time', async () => {
    idp.signInAs(ulla);
    const client = anonymousClient(server);
    await client.fetchCsrfToken();
    const before = client.sessionToken;
    const { location, callbackPath } = await ssoRoundTrip(client);
    expect(location).toBe('/');
    expect(client.sessionToken).not.toBe(before);
    const me = await client.get('/api/v1/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.user.username).toBe('ulla');
    expect(me.body.user.displayName).toBe('Ulla Sso');
    expect(me.body.user.roles).toEqual(['social_worker']);

    // The callback URL works once only.
    const replay = await anonymousClient(server).get(callbackPath);
    expect(replay.headers.get('location')).toBe('/login?sso=expired');

    const again = anonymousClient(server);
    expect((await ssoRoundTrip(again)).location).toBe('/');
    expect((await again.get('/api/v1/auth/me')).body.user.id).toBe(me.body.user.id);
  });

  it('refuses an IdP user none of whose groups maps to a role', async () => {
    idp.signInAs(outsider);
    const client = anonymousClient(server);
    expect((await ssoRoundTrip(client)).location).toBe('/login?sso=no_role');
    expect((await client.get('/api/v1/auth/me')).status).toBe(401);
  });
});

describe('single sign-on configuration', () => {
  it('is off without OIDC_ISSUER, and refuses partial settings or a role map with unknown roles', () => {
    expect(loadConfig({}).auth.oidc).toBeUndefined();
    expect(() => loadConfig({ OIDC_ISSUER: 'https://idp.example' })).toThrowError(
      ConfigError,
      /OIDC_CLIENT_ID/,
    );
    const complete = {
      OIDC_ISSUER: 'https://idp.example',
      OIDC_CLIENT_ID: 'keha',
      OIDC_CLIENT_SECRET: 'secret',
      OIDC_REDIRECT_URI: 'https://keha.example/api/v1/auth/oidc/callback',
    };
    expect(() => loadConfig({ ...complete, OIDC_GROUP_ROLE_MAP: '{"g":"king"}' })).toThrowError(
      ConfigError,
      /OIDC_GROUP_ROLE_MAP/,
    );
    const config = loadConfig({ ...complete, OIDC_GROUP_ROLE_MAP: '{"ks-sosiaalityo":"social_worker"}' });
    expect(config.auth.oidc?.groupRoleMap).toEqual({ 'ks-sosiaalityo': 'social_worker' });
    expect(config.auth.oidc?.groupsClaim).toBe('groups');
  });
});
