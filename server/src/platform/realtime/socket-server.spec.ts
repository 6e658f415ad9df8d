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

  it('refuses a handshake from another site (Origin check)', async () => {
    const client = await signIn(server, 'anna.sw');
    const headers = { cookie: `keha.sid=${client.sessionToken}`, origin: 'https://evil.example' };
    await expectAsync(handshake(server.url, headers)).toBeRejected();
  });
});
