import { startTestServer, type TestServer } from '../../testing/test-server.js';

describe('the OpenAPI document', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(async () => server.dispose());

  it('is an OpenAPI 3.1 document served at /api/v1/openapi.json', async () => {
    const res = await fetch(`${server.url}/api/v1/openapi.json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/health');
  });

  it('documents only operations that are routed (no documented route answers "no API route")', async () => {
    for (const op of server.openApi.list()) {
      const path = op.path.replace(/:[A-Za-z0-9_]+/g, '000000000000000000000000');
      const res = await fetch(server.url + path, {
        method: op.method.toUpperCase(),
        headers: { 'content-type': 'application/json' },
        body: op.method === 'get' ? undefined : '{}',
      });
      const text = await res.text();
      expect(text).withContext(`${op.method} ${op.path}`).not.toContain('No API route');
    }
  });
});
