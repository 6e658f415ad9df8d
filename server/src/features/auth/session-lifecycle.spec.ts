import { DEMO_PASSWORD } from '../../seed/demo-organisation.js';
import { anonymousClient, signIn, type ApiClient } from '../../testing/api-client.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('session lifecycle', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(async () => server.dispose());

  it('logout ends the session; the same CSRF token still works for the next login', async () => {
    const client = await signIn(server, 'anna.sw');
    const signedInToken = client.sessionToken;
    expect((await client.post('/api/v1/auth/logout', {})).status).toBe(204);
    expect(client.sessionToken).not.toBe(signedInToken);
    const me = await client.get('/api/v1/auth/me');
    expect(me.status).toBe(401);
    expect(me.body.error.code).toBe('unauthenticated');

    const stolen = anonymousClient(server);
    stolen.sessionToken = signedInToken;
    expect((await stolen.get('/api/v1/auth/me')).status).toBe(401);

    const again = await client.post('/api/v1/auth/login', { username: 'anna.sw', password: DEMO_PASSWORD });
    expect(again.status).toBe(200);
  });

  it('logout-all ends every session of the user on every device, and only theirs', async () => {
    const laptop = await signIn(server, 'olli.sw');
    const phone = await signIn(server, 'olli.sw');
    const colleague = await signIn(server, 'tiina.coord');
    expect((await laptop.post('/api/v1/auth/logout-all', {})).status).toBe(204);

    for (const device of [laptop, phone]) {
      const res = await device.get('/api/v1/auth/me');
      expect(res.status).toBe(401);
    }
    expect((await phone.get('/api/v1/auth/me')).body.error.code).toBe('session_expired');
    expect((await colleague.get('/api/v1/auth/me')).status).toBe(200);
    expect((await signIn(server, 'olli.sw')).sessionToken).toBeTruthy();
  });
});

describe('session timeouts (1 s idle, 2 s absolute for the test)', () => {
  let server: TestServer;
  beforeAll(
    async () =>
      (server = await startTestServer({
        SESSION_IDLE_TIMEOUT_SECONDS: '1',
        SESSION_ABSOLUTE_TIMEOUT_SECONDS: '2',
      })),
  );
  afterAll(async () => server.dispose());

  it('an idle session answers 401 session_expired (not unauthenticated), and the user can sign in again', async () => {
    const client = await signIn(server, 'mikko.lead');
    await sleep(1_200);
    const res = await client.get('/api/v1/auth/me');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('session_expired');
    const login = await client.post('/api/v1/auth/login', {
      username: 'mikko.lead',
      password: DEMO_PASSWORD,
    });
    expect(login.status).toBe(200);
  });

  it('activity keeps the session alive until the absolute limit', async () => {
    const client: ApiClient = await signIn(server, 'sari.therapist');
    const first = (await client.get('/api/v1/auth/me')).body;
    expect(Date.parse(first.absoluteExpiresAt) - Date.now()).toBeLessThanOrEqual(2_000);
    for (let i = 0; i < 3; i++) {
      await sleep(500);
      expect((await client.get('/api/v1/auth/me')).status)
        .withContext(`request ${i}`)
        .toBe(200);
    }
    await sleep(700);
    const res = await client.get('/api/v1/auth/me');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('session_expired');
  });
});

describe('the session cookie in production behind a TLS proxy', () => {
  let server: TestServer;
  beforeAll(
    async () =>
      (server = await startTestServer({
        NODE_ENV: 'production',
        TRUST_PROXY: 'true',
        SESSION_SECRET: 's'.repeat(40),
        MFA_ENCRYPTION_KEY: 'k'.repeat(40),
      })),
  );
  afterAll(async () => server.dispose());

  it('is Secure, httpOnly and SameSite=Lax', async () => {
    const client = anonymousClient(server, { 'x-forwarded-proto': 'https' });
    const res = await client.get('/api/v1/auth/csrf');
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('keha.sid='))!;
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(res.headers.get('strict-transport-security')).toContain('max-age=31536000');
  });
});
