import { AUDIT_COLLECTION } from '../../platform/audit/audit-event.js';
import { signIn } from '../../testing/api-client.js';
import { demoIds } from '../../testing/demo-ids.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

describe('when the audit log cannot be written', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(async () => server.dispose());

  it('the request fails with 503 and no client data leaves the server', async () => {
    const ids = await demoIds(server.database.connection);
    const anna = await signIn(server, 'anna.sw');
    const events = server.database.connection.collection(AUDIT_COLLECTION);
    // The writer appends with one ordered insertMany per batch of waiting events.
    const insert = spyOn(events, 'insertMany').and.rejectWith(new Error('disk full'));

    const res = await anna.get(`/api/v1/children/${ids.child('Aino')}`);
    expect(insert).toHaveBeenCalled();
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('unavailable');
    expect(JSON.stringify(res.body)).not.toContain('Korhonen');

    const list = await anna.get('/api/v1/children');
    expect(list.status).toBe(503);

    insert.and.callThrough();
    const recovered = await anna.get(`/api/v1/children/${ids.child('Aino')}`);
    expect(recovered.status).toBe(200);
  });
});
