import { DEMO_PASSWORD } from '../../seed/demo-organisation.js';
import { signIn } from '../../testing/api-client.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { passwordProblem } from '../users/passwords.js';

describe('password rules', () => {
  it('refuse short, common (also decorated) and username-containing passwords', () => {
    expect(passwordProblem('Short-1')).toContain('at least 12');
    expect(passwordProblem('qwerty123456')).toContain('too common');
    expect(passwordProblem('Password2026!!')).toContain('too common');
    expect(passwordProblem('iloveyouiloveyou')).toContain('too common');
    expect(passwordProblem('anna.sw-kesäloma-24', 'anna.sw')).toContain('username');
    expect(passwordProblem('lumi-sade-kanerva-7')).toBeNull();
  });
});

describe('POST /api/v1/auth/password', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(async () => server.dispose());

  it('changes the password, signs out the other sessions and keeps this one', async () => {
    const other = await signIn(server, 'mikko.lead');
    const client = await signIn(server, 'mikko.lead');
    const wrong = await client.post('/api/v1/auth/password', {
      currentPassword: 'nope-nope-nope',
      newPassword: 'lumi-sade-kanerva-7',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details[0].path).toBe('currentPassword');
    const common = await client.post('/api/v1/auth/password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'password12345',
    });
    expect(common.status).toBe(400);
    expect(common.body.error.details[0].path).toBe('newPassword');

    const ok = await client.post('/api/v1/auth/password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'lumi-sade-kanerva-7',
    });
    expect(ok.status).toBe(204);
    expect((await client.get('/api/v1/auth/me')).status).toBe(200);
    expect((await other.get('/api/v1/auth/me')).status).toBe(401);
    await expectAsync(signIn(server, 'mikko.lead')).toBeRejected();
    expect((await signIn(server, 'mikko.lead', 'lumi-sade-kanerva-7')).sessionToken).toBeTruthy();
  });
});
