import { sessionInfoSchema } from '@keha/shared';
import { DEMO_PASSWORD } from '../../seed/demo-organisation.js';
import { anonymousClient, signIn } from '../../testing/api-client.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

describe('signing in', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(async () => server.dispose());

  it('answers the session info and then knows the user at /auth/me', async () => {
    const client = await signIn(server, 'anna.sw');
    const me = await client.get('/api/v1/auth/me');
    expect(me.status).toBe(200);
    expect(sessionInfoSchema.parse(me.body)).toEqual(me.body);
    expect(me.body.user.username).toBe('anna.sw');
    expect(me.body.mfaEnrolmentRequired).toBeFalse();
    expect(me.headers.get('x-session-idle-expires-at')).toBe(me.body.idleExpiresAt);
  });

  it('refuses every /api/v1 route without a session with 401 unauthenticated', async () => {
    const client = anonymousClient(server);
    for (const path of ['/api/v1/auth/me', '/api/v1/children', '/api/v1/no-such-thing']) {
      const res = await client.get(path);
      expect(res.status).withContext(path).toBe(401);
      expect(res.body.error.code).withContext(path).toBe('unauthenticated');
    }
    expect((await client.get('/api/v1/openapi.json')).status).toBe(200);
  });

  it('answers a signed-in request for an unknown route with 404', async () => {
    const client = await signIn(server, 'olli.sw');
    const res = await client.get('/api/v1/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });

  it('gives a wrong password and an unknown username exactly the same answer', async () => {
    const client = anonymousClient(server);
    await client.fetchCsrfToken();
    const wrong = await client.post('/api/v1/auth/login', {
      username: 'olli.sw',
      password: 'not-the-password',
    });
    const unknown = await client.post('/api/v1/auth/login', {
      username: 'nobody.here',
      password: 'not-the-password',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(wrong.status);
    expect(unknown.body).toEqual(wrong.body);
    expect(wrong.body.error.code).toBe('unauthenticated');
  });

  it('sets an httpOnly, SameSite=Lax session cookie (not Secure outside production) and a new id at login', async () => {
    const client = anonymousClient(server);
    const csrf = await client.get('/api/v1/auth/csrf');
    const cookie = csrf.headers.getSetCookie().find((c) => c.startsWith('keha.sid='))!;
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).not.toMatch(/; Secure/i);
    expect(cookie).not.toMatch(/Max-Age|Expires/i);
    client.csrfToken = csrf.body.token;
    const anonymousId = client.sessionToken;

    const login = await client.post('/api/v1/auth/login', {
      username: 'mikko.lead',
      password: DEMO_PASSWORD,
    });
    expect(login.status).toBe(200);
    expect(client.sessionToken).not.toBe(anonymousId);
    // The pre-login session id is dead: replaying it is not signed in.
    const replay = anonymousClient(server);
    replay.sessionToken = anonymousId;
    expect((await replay.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('refuses state-changing requests with a missing or wrong CSRF token (login included)', async () => {
    const client = anonymousClient(server);
    await client.fetchCsrfToken();
    const good = client.csrfToken;
    client.csrfToken = null;
    const missing = await client.post('/api/v1/auth/login', { username: 'anna.sw', password: DEMO_PASSWORD });
    expect(missing.status).toBe(403);
    expect(missing.body.error.code).toBe('csrf_failed');
    client.csrfToken = `${good}x`;
    expect(
      (await client.post('/api/v1/auth/login', { username: 'anna.sw', password: DEMO_PASSWORD })).status,
    ).toBe(403);

    const signedIn = await signIn(server, 'anna.sw');
    signedIn.csrfToken = good; // another session's token
    const logout = await signedIn.post('/api/v1/auth/logout', {});
    expect(logout.status).toBe(403);
    expect(logout.body.error.code).toBe('csrf_failed');
  });

  it('rejects unknown fields in the login body', async () => {
    const client = anonymousClient(server);
    await client.fetchCsrfToken();
    const res = await client.post('/api/v1/auth/login', { username: 'anna.sw', password: 'x', admin: true });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toContain({ path: 'admin', message: 'Unknown field.' });
  });

  it('never sends hashes or secrets', async () => {
    const client = await signIn(server, 'tiina.coord');
    const text = JSON.stringify((await client.get('/api/v1/auth/me')).body);
    expect(text).not.toMatch(/passwordHash|argon2|mfaSecret|recoveryCode/i);
  });
});
