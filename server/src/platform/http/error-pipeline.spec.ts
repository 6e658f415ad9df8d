import { startTestServer, type TestServer } from '../../testing/test-server.js';

describe('the error pipeline over HTTP', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(async () => server.dispose());

  async function post(path: string, body: string, contentType = 'application/json') {
    const res = await fetch(server.url + path, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body,
    });
    return { status: res.status, body: (await res.json()) as { error: { code: string; message: string } } };
  }

  it('answers malformed JSON with 400 and a clear message, never a stack', async () => {
    const res = await post('/api/v1/anything', '{"name": ');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('bad_request');
    expect(res.body.error.message).toContain('not valid JSON');
    expect(JSON.stringify(res.body)).not.toContain('at ');
  });

  it('answers a body over 1 MB with 413', async () => {
    const res = await post('/api/v1/anything', JSON.stringify({ text: 'x'.repeat(1_100_000) }));
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const res = await fetch(`${server.url}/api/no-such-thing`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });

  it('sets the security headers', async () => {
    const res = await fetch(`${server.url}/api/health`);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});
