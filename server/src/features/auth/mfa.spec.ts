import { Secret, TOTP } from 'otpauth';
import { userModel } from '../users/model.js';
import { DEMO_PASSWORD } from '../../seed/demo-organisation.js';
import { anonymousClient, signIn, type ApiClient } from '../../testing/api-client.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

function codeAt(secret: string, offsetSeconds = 0): string {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({
    timestamp: Date.now() + offsetSeconds * 1000,
  });
}

async function login(server: TestServer, body: Record<string, string>) {
  const client = anonymousClient(server);
  await client.fetchCsrfToken();
  return client.post('/api/v1/auth/login', { username: 'anna.sw', password: DEMO_PASSWORD, ...body });
}

async function enrol(client: ApiClient): Promise<{ secret: string; recoveryCodes: string[] }> {
  const enrolment = await client.post('/api/v1/auth/mfa/enrol', {});
  expect(enrolment.status).toBe(200);
  const secret = enrolment.body.secret as string;
  const confirm = await client.post('/api/v1/auth/mfa/confirm', { code: codeAt(secret) });
  expect(confirm.status).toBe(200);
  return { secret, recoveryCodes: confirm.body.recoveryCodes };
}

describe('TOTP two-step verification', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(async () => server.dispose());

  it('enrols with a QR code, then requires a code at login; codes and recovery codes work once only', async () => {
    const client = await signIn(server, 'anna.sw');
    const enrolment = await client.post('/api/v1/auth/mfa/enrol', {});
    expect(enrolment.body.otpauthUri).toMatch(/^otpauth:\/\/totp\/K/);
    expect(enrolment.body.otpauthUri).toContain('anna.sw');
    expect(enrolment.body.qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    const secret = enrolment.body.secret as string;
    const wrong = await client.post('/api/v1/auth/mfa/confirm', { code: codeAt(secret, -300) });
    expect(wrong.status).toBe(400);

    const confirm = await client.post('/api/v1/auth/mfa/confirm', { code: codeAt(secret) });
    expect(confirm.status).toBe(200);
    const recoveryCodes = confirm.body.recoveryCodes as string[];
    expect(recoveryCodes.length).toBe(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect((await client.get('/api/v1/auth/me')).body.user.mfaEnabled).toBeTrue();

    // Stored encrypted and hashed: neither the secret nor a code appears in the database.
    const stored = await userModel(server.database.connection).collection.findOne({ username: 'anna.sw' });
    expect(JSON.stringify(stored)).not.toContain(secret);
    expect(JSON.stringify(stored)).not.toContain(recoveryCodes[0]!);

    const passwordOnly = await login(server, {});
    expect(passwordOnly.status).toBe(401);
    expect(passwordOnly.body.error.code).toBe('mfa_required');
    const badCode = await login(server, { totp: codeAt(secret, -300) });
    expect(badCode.body.error.code).toBe('mfa_required');

    const nextCode = codeAt(secret, 30); // the confirmation used the current step
    expect((await login(server, { totp: nextCode })).status).toBe(200);
    expect((await login(server, { totp: nextCode })).status)
      .withContext('replayed code')
      .toBe(401);

    expect((await login(server, { recoveryCode: recoveryCodes[3]!.toUpperCase() })).status).toBe(200);
    expect((await login(server, { recoveryCode: recoveryCodes[3]! })).status)
      .withContext('used twice')
      .toBe(401);
  });

  it('turns off only with the password and a code', async () => {
    const client = await signIn(server, 'olli.sw');
    const { recoveryCodes } = await enrol(client);
    const noPassword = await client.post('/api/v1/auth/mfa/disable', {
      password: 'wrong-password!',
      recoveryCode: recoveryCodes[0],
    });
    expect(noPassword.status).toBe(400);
    expect(noPassword.body.error.details[0].path).toBe('password');
    const off = await client.post('/api/v1/auth/mfa/disable', {
      password: DEMO_PASSWORD,
      recoveryCode: recoveryCodes[0],
    });
    expect(off.status).toBe(204);
    expect((await client.get('/api/v1/auth/me')).body.user.mfaEnabled).toBeFalse();
  });
});

describe('MFA required (as in production)', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer({ MFA_REQUIRED: 'true' })));
  afterAll(async () => server.dispose());

  it('gives a user without MFA a session limited to enrolment until they enrol', async () => {
    const client = await signIn(server, 'tiina.coord');
    const me = await client.get('/api/v1/auth/me');
    expect(me.body.mfaEnrolmentRequired).toBeTrue();
    const blocked = await client.get('/api/v1/children');
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.code).toBe('forbidden');

    await enrol(client);
    expect((await client.get('/api/v1/auth/me')).body.mfaEnrolmentRequired).toBeFalse();
    expect((await client.get('/api/v1/no-such-route')).status).toBe(404);
  });
});
