import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

describe('serving the built Angular app', () => {
  let server: TestServer;
  let dist: string;

  beforeAll(async () => {
    dist = await fs.mkdtemp(path.join(os.tmpdir(), 'keha-dist-'));
    await fs.writeFile(
      path.join(dist, 'index.html'),
      '<!doctype html><title>Kehä</title><app-root></app-root>',
    );
    await fs.writeFile(path.join(dist, 'main-7XK2QF3A.js'), 'console.log(1)');
    server = await startTestServer({ CLIENT_DIST: dist });
  });
  afterAll(async () => {
    await server.dispose();
    await fs.rm(dist, { recursive: true, force: true });
  });

  it('caches hashed bundles for a year', async () => {
    const res = await fetch(`${server.url}/main-7XK2QF3A.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('falls back to index.html for deep links, revalidated on every load', async () => {
    const res = await fetch(`${server.url}/children/123/timeline`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toContain('<app-root>');
  });

  it('keeps unknown API paths as JSON 404s instead of the SPA', async () => {
    const res = await fetch(`${server.url}/api/nothing`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/json');
  });
});
