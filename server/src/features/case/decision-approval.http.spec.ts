import { signIn, type ApiClient } from '../../testing/api-client.js';
import { createWorker } from '../../testing/child-fixtures.js';
import { demoIds } from '../../testing/demo-ids.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { newChild } from './spec-support.js';

/** Separation of duties where care-order and emergency-placement decisions are recorded (LSL 13 §). */
describe('separation of duties on recorded decisions (HTTP)', () => {
  let server: TestServer;
  let anna: ApiClient;
  let johanna: string;
  let leadSupervisor: string;
  const decision = (type: string, date: string, details: Record<string, unknown>) => ({
    type,
    date,
    details,
  });
  const pathsOf = (res: { body: { error: { details: { path: string; message: string }[] } } }) =>
    res.body.error.details.map((d) => `${d.path}: ${d.message}`);

  beforeAll(async () => {
    server = await startTestServer();
    const connection = server.database.connection;
    johanna = (await demoIds(connection)).user('johanna.supervisor');
    // A team lead who is also a supervisor may be a named worker; then they cannot approve for that child.
    leadSupervisor = String(
      await createWorker(connection, 'lead.supervisor', 'team-1', ['team_lead', 'supervisor']),
    );
    anna = await signIn(server, 'anna.sw');
  });
  afterAll(async () => server.dispose());

  it('requires the decision maker of a care order and refuses a non-supervisor', async () => {
    const child = await newChild(server.database.connection);
    const missing = await anna.post(
      `/api/v1/children/${child}/events`,
      decision('care_order_decided', '2025-06-01', {}),
    );
    expect(missing.status).toBe(400);
    expect(pathsOf(missing)).toEqual(['details.decidedById: Who made the decision?']);
    const annaId = (await anna.get('/api/v1/auth/me')).body.user.id;
    const self = await anna.post(
      `/api/v1/children/${child}/events`,
      decision('care_order_decided', '2025-06-01', { decidedById: annaId }),
    );
    expect(self.status).toBe(400);
    expect(pathsOf(self)[0]).toContain('Only a supervisor');
    expect((await anna.get(`/api/v1/children/${child}/events`)).body.items).toEqual([]);
  });

  it("refuses the child's named worker as approver of the care order, accepts another supervisor", async () => {
    const child = await newChild(server.database.connection, { worker: 'lead.supervisor' });
    const own = await anna.post(
      `/api/v1/children/${child}/events`,
      decision('care_order_decided', '2025-06-01', { decidedById: leadSupervisor }),
    );
    expect(own.status).toBe(400);
    expect(pathsOf(own)[0]).toContain('LSL 13 §');
    const makers = await anna.get(`/api/v1/children/${child}/decision-makers?type=care_order_decided`);
    const ids = makers.body.items.map((m: { id: string }) => m.id);
    expect(ids).toContain(johanna);
    expect(ids).not.toContain(leadSupervisor);
    const ok = await anna.post(
      `/api/v1/children/${child}/events`,
      decision('care_order_decided', '2025-06-01', { decidedById: johanna, summary: 'Huostaanotto.' }),
    );
    expect(ok.status).toBe(201);
    expect(ok.body.details.decidedById).toBe(johanna);
  });

  it('refuses the maker of an emergency placement as approver of its extension', async () => {
    const child = await newChild(server.database.connection);
    const started = await anna.post(
      `/api/v1/children/${child}/events`,
      decision('emergency_placement_started', '2025-05-01', { decidedById: leadSupervisor }),
    );
    expect(started.status).toBe(201);
    const bySame = await anna.post(
      `/api/v1/children/${child}/events`,
      decision('emergency_placement_extended', '2025-05-28', {
        decidedById: leadSupervisor,
        extensionDays: 30,
      }),
    );
    expect(bySame.status).toBe(400);
    expect(pathsOf(bySame)[0]).toContain('cannot approve its extension');
    const makers = await anna.get(
      `/api/v1/children/${child}/decision-makers?type=emergency_placement_extended`,
    );
    expect(makers.body.items.map((m: { id: string }) => m.id)).not.toContain(leadSupervisor);
    const byOther = await anna.post(
      `/api/v1/children/${child}/events`,
      decision('emergency_placement_extended', '2025-05-28', { decidedById: johanna, extensionDays: 30 }),
    );
    expect(byOther.status).toBe(201);
  });

  it('answers 400 for an unknown decision type and 403 for another team', async () => {
    const child = await newChild(server.database.connection);
    expect((await anna.get(`/api/v1/children/${child}/decision-makers?type=case_closed`)).status).toBe(400);
    const olli = await signIn(server, 'olli.sw');
    expect((await olli.get(`/api/v1/children/${child}/decision-makers?type=care_order_decided`)).status).toBe(
      403,
    );
  });
});
