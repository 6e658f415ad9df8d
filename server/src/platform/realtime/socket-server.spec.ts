import { io as connect, type Socket } from 'socket.io-client';
import { anonymousClient, signIn } from '../../testing/api-client.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

/** Resolves with the user the server saw, or rejects with the handshake's error message. */
function handshake(url: string, headers: Record<string, string>): Promise<Socket> {
  const socket = connect(url, {
    path: '/socket.io',
    transports: ['websocket'],
    extraHeaders: headers,
    reconnection: false,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (err) => {
      socket.close();
      reject(err);
    });
  });
}

describe('socket.io authentication', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(async () => server.dispose());

  it('refuses a connection without a session', async () => {
    await expectAsync(handshake(server.url, {})).toBeRejectedWithError('unauthenticated');
  });

  it('refuses a connection with an anonymous (not signed-in) session or a made-up cookie', async () => {
    const anonymous = anonymousClient(server);
    await anonymous.fetchCsrfToken();
    await expectAsync(
      handshake(server.url, { cookie: `keha.sid=${anonymous.sessionToken}` }),
    ).toBeRejectedWithError('unauthenticated');
    await expectAsync(
      handshake(server.url, { cookie: 'keha.sid=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }),
    ).toBeRejectedWithError('unauthenticated');
  });

  it('accepts a signed-in session and knows its user; logout closes the door for new connections', async () => {
    const client = await signIn(server, 'sari.therapist');
    const cookie = `keha.sid=${client.sessionToken}`;
    const seen = new Promise<string>((resolve) =>
      server.io.once('connection', (socket) => resolve(socket.data.user.username)),
    );
    const socket = await handshake(server.url, { cookie });
    expect(await seen).toBe('sari.therapist');
    socket.close();

    await client.post('/api/v1/auth/logout', {});
    await expectAsync(handshake(server.url, { cookie })).toBeRejectedWithError('unauthenticated');
  });

  it('closes an open socket at once when its session logs out, telling the client why', async () => {
    const client = await signIn(server, 'mikko.lead');
    const socket = await handshake(server.url, { cookie: `keha.sid=${client.sessionToken}` });
    const told = new Promise((resolve) => socket.once('session_ended' as never, resolve));
    const closed = new Promise((resolve) => socket.once('disconnect', resolve));
    await client.post('/api/v1/auth/logout', {});
    expect(await told).toEqual({ reason: 'logout' });
    expect(await closed).toBe('io server disconnect');
  });

  it('closes the sockets of every session of a user on logout-all', async () => {
    const laptop = await signIn(server, 'johanna.supervisor');
    const phone = await signIn(server, 'johanna.supervisor');
    const socket = await handshake(server.url, { cookie: `keha.sid=${phone.sessionToken}` });
    const closed = new Promise((resolve) => socket.once('disconnect', resolve));
    await laptop.post('/api/v1/auth/logout-all', {});
    expect(await closed).toBe('io server disconnect');
  });

  it('refuses a handshake from another site (Origin check)', async () => {
    const client = await signIn(server, 'anna.sw');
    const headers = { cookie: `keha.sid=${client.sessionToken}`, origin: 'https://evil.example' };
    await expectAsync(handshake(server.url, headers)).toBeRejected();
  });
});

describe('socket.io and session timeouts (1 s idle for the test)', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer({ SESSION_IDLE_TIMEOUT_SECONDS: '1' })));
  afterAll(async () => server.dispose());

  it('closes the socket when the session idles out (the socket itself is not activity)', async () => {
    const client = await signIn(server, 'anna.sw');
    const socket = await handshake(server.url, { cookie: `keha.sid=${client.sessionToken}` });
    const told = new Promise((resolve) => socket.once('session_ended' as never, resolve));
    expect(await told).toEqual({ reason: 'expired' });
    expect((await client.get('/api/v1/auth/me')).body.error.code).toBe('session_expired');
  });
});
