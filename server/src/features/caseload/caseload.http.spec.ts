import { auditCollection } from '../../platform/audit/audit-event.js';
import { signIn, type ApiClient } from '../../testing/api-client.js';
import { createWorker, insertChildren } from '../../testing/child-fixtures.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

describe('caseloads against the cap (GET /caseload, LSL 13 b §)', () => {
  let server: TestServer;
  let olli: ApiClient;
  let workerId: string;
  const entry = async (client: ApiClient, date: string) => {
    const res = await client.get(`/api/v1/caseload?date=${date}`);
    expect(res.status).withContext(JSON.stringify(res.body)).toBe(200);
    return {
      body: res.body,
      worker: res.body.workers.find((w: { socialWorkerId: string }) => w.socialWorkerId === workerId),
    };
  };

  beforeAll(async () => {
    server = await startTestServer();
    olli = await signIn(server, 'olli.sw');
    const connection = server.database.connection;
    const worker = await createWorker(connection, 'caseload.worker', 'team-2');
    workerId = String(worker);
    // 30 children born in 2010-2011 and one born on 2008-04-02 (18 on 2026-04-02); a closed case does not count.
    await insertChildren(connection, {
      count: 30,
      teamCode: 'team-2',
      workerId: worker,
      firstBorn: '2010-06-01',
    });
    await insertChildren(connection, {
      count: 1,
      teamCode: 'team-2',
      workerId: worker,
      firstBorn: '2008-04-02',
    });
    await insertChildren(connection, {
      count: 1,
      teamCode: 'team-2',
      workerId: worker,
      firstBorn: '2012-01-01',
      status: 'closed',
    });
  });
  afterAll(async () => server.dispose());

  it('counts children aged 0-17 on the date against the cap in force then (35 in 2022-2023, 30 from 2024)', async () => {
    const in2023 = await entry(olli, '2023-12-31');
    expect(in2023.body.cap).toBe(35);
    expect(in2023.body.legalReference).toBe('LSL 13 b §');
    expect(in2023.worker).toEqual(jasmine.objectContaining({ children: 31, cap: 35, atOrOverCap: false }));
    const in2024 = await entry(olli, '2024-01-01');
    expect(in2024.body.cap).toBe(30);
    expect(in2024.worker).toEqual(jasmine.objectContaining({ children: 31, cap: 30, atOrOverCap: true }));
    // The 18th birthday takes a child out of the count.
    expect((await entry(olli, '2026-04-01')).worker.children).toBe(31);
    expect((await entry(olli, '2026-04-02')).worker.children).toBe(30);
    // Before a child is born it is not counted either.
    expect((await entry(olli, '2010-06-10')).worker.children).toBe(11);
  });

  it('shows team members the workers of their teams with team totals, supervisors every team', async () => {
    const own = (await entry(olli, '2026-01-15')).body;
    expect(own.workers.map((w: { name: string }) => w.name)).toContain('Spec caseload.worker');
    expect(own.teams.map((t: { name: string }) => t.name)).toEqual(['Systeeminen tiimi 2']);
    const team = own.teams[0].children;
    expect(team).toBeGreaterThanOrEqual(31);
    const anna = await signIn(server, 'anna.sw');
    const annas = (await entry(anna, '2026-01-15')).body;
    expect(annas.workers.some((w: { socialWorkerId: string }) => w.socialWorkerId === workerId)).toBeFalse();
    expect(annas.workers.map((w: { name: string }) => w.name)).not.toContain('Sari Koskinen');
    const johanna = await signIn(server, 'johanna.supervisor');
    const all = (await entry(johanna, '2026-01-15')).body;
    expect(all.teams.length).toBe(2);
    expect(all.workers.length).toBe(own.workers.length + annas.workers.length);
  });

  it('refuses administrators and inspectors, and audits reads without naming children', async () => {
    for (const username of ['admin', 'pekka.inspector'])
      expect((await (await signIn(server, username)).get('/api/v1/caseload')).status).toBe(403);
    expect((await olli.get('/api/v1/caseload?date=2026-02-30')).status).toBe(400);
    await olli.get('/api/v1/caseload?date=2025-10-14');
    const events = await auditCollection(server.database.connection)
      .find({ action: 'caseload.read' })
      .toArray();
    expect(events.length).toBeGreaterThanOrEqual(3);
    for (const e of events) {
      expect(e.childId).toBeUndefined();
      expect(e.childIds).toBeUndefined();
    }
    expect(events.some((e) => e.actor.username === 'admin' && e.outcome === 'denied')).toBeTrue();
    expect(events.some((e) => e.fields?.includes('date=2025-10-14'))).toBeTrue();
  });
});
