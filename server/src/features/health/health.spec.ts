import type { HealthStatus } from '@keha/shared';
import { healthStatusSchema } from '@keha/shared';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

describe('GET /api/health', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(async () => server.dispose());

  it('reports the process and the database as up, in the documented shape', async () => {
    const res = await fetch(`${server.url}/api/health`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as HealthStatus;
    expect(healthStatusSchema.parse(body)).toEqual(body);
    expect(body.database).toEqual({
      status: 'up',
      engine: process.env['MONGODB_URI'] ? 'external' : 'embedded',
    });
  });

  it('answers 503 and "degraded" when the database is gone', async () => {
    const other = await startTestServer();
    await other.database.connection.close();
    const res = await fetch(`${other.url}/api/health`);
    expect(res.status).toBe(503);
    expect(((await res.json()) as HealthStatus).database.status).toBe('down');
    await other.dispose();
  });
});
