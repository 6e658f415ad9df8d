import { DEMO_PASSWORD } from '../../seed/demo-organisation.js';
import { anonymousClient, type ApiClient } from '../../testing/api-client.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function loginClient(server: TestServer, headers: Record<string, string> = {}): Promise<ApiClient> {
  const client = anonymousClient(server, headers);
  await client.fetchCsrfToken();
  return client;
}

describe('brute-force protection per account (3 failures, 1 s lock for the test)', () => {
  let server: TestServer;
  beforeAll(
    async () => (server = await startTestServer({ LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_SECONDS: '1' })),
  );
  afterAll(async () => server.dispose());

  it('locks the account with 423 and Retry-After, even for the right password, then unlocks after the period', async () => {
    const client = await loginClient(server);
    for (let i = 0; i < 3; i++) {
      const res = await client.post('/api/v1/auth/login', {
        username: 'pekka.inspector',
        password: `wrong-${i}`,
      });
      expect(res.status).withContext(`attempt ${i}`).toBe(401);
    }
    const locked = await client.post('/api/v1/auth/login', {
      username: 'pekka.inspector',
      password: DEMO_PASSWORD,
    });
    expect(locked.status).toBe(423);
    expect(locked.body.error.code).toBe('account_locked');
    expect(locked.body.error.message).toContain('locked');
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);

    // Other accounts are not affected.
    const other = await client.post('/api/v1/auth/login', { username: 'anna.sw', password: DEMO_PASSWORD });
    expect(other.status).toBe(200);

    await sleep(1_100);
    const after = await (
      await loginClient(server)
    ).post('/api/v1/auth/login', {
      username: 'pekka.inspector',
      password: DEMO_PASSWORD,
    });
    expect(after.status).toBe(200);
  });

  it('locks unknown usernames the same way, so the lock reveals nothing either', async () => {
    const client = await loginClient(server);
    const answers = [];
    for (const username of ['johanna.supervisor', 'no.such.person']) {
      for (let i = 0; i < 3; i++)
        await client.post('/api/v1/auth/login', { username, password: `wrong-${i}` });
      answers.push(await client.post('/api/v1/auth/login', { username, password: 'wrong-again' }));
    }
    expect(answers.map((a) => a.status)).toEqual([423, 423]);
    expect(answers[1]!.body).toEqual(answers[0]!.body);
  });
});

describe('brute-force protection per client address (3 failures for the test)', () => {
  let server: TestServer;
  beforeAll(
    async () =>
      (server = await startTestServer({
        LOGIN_MAX_FAILURES_PER_IP: '3',
        LOGIN_LOCK_SECONDS: '60',
        TRUST_PROXY: 'true',
      })),
  );
  afterAll(async () => server.dispose());

  it('refuses an address that fails across many usernames with 429, while other addresses sign in', async () => {
    const attacker = await loginClient(server, { 'x-forwarded-for': '203.0.113.7' });
    for (const [i, username] of ['a.one', 'b.two', 'c.three'].entries()) {
      // A spoofed left-most X-Forwarded-For entry does not help: the proxy's own entry (right-most) counts.
      const spoofing = await loginClient(server, { 'x-forwarded-for': `10.0.0.${i}, 203.0.113.7` });
      await spoofing.post('/api/v1/auth/login', { username, password: 'Summer2026!x' });
    }
    const refused = await attacker.post('/api/v1/auth/login', {
      username: 'anna.sw',
      password: DEMO_PASSWORD,
    });
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('rate_limited');
    expect(refused.headers.get('retry-after')).toBeTruthy();

    const colleague = await loginClient(server, { 'x-forwarded-for': '198.51.100.20' });
    expect(
      (await colleague.post('/api/v1/auth/login', { username: 'anna.sw', password: DEMO_PASSWORD })).status,
    ).toBe(200);
  });
});
