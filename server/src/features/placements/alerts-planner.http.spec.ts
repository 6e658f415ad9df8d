import { addCalendarDays, seriousFindingAlertSchema, visitDueListSchema } from '@keha/shared';
import { io as connect, type Socket } from 'socket.io-client';
import { signIn, type ApiClient } from '../../testing/api-client.js';
import { demoIds } from '../../testing/demo-ids.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { helsinkiToday } from '../case/dates.js';
import { completeDraft, mutationId, placeNewChild } from './spec-support.js';

function socketOf(server: TestServer, client: ApiClient): Promise<Socket> {
  const socket = connect(server.url, {
    path: '/socket.io',
    transports: ['websocket'],
    extraHeaders: { cookie: `keha.sid=${client.sessionToken}` },
    reconnection: false,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

describe('serious findings reach supervisors; the visit planner and calendar (HTTP + socket.io)', () => {
  let server: TestServer;
  let anna: ApiClient;
  let pekka: ApiClient;
  let johanna: ApiClient;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  const today = helsinkiToday();
  beforeAll(async () => {
    server = await startTestServer();
    [anna, pekka, johanna] = await Promise.all([
      signIn(server, 'anna.sw'),
      signIn(server, 'pekka.inspector'),
      signIn(server, 'johanna.supervisor'),
    ]);
    ids = await demoIds(server.database.connection);
  });
  afterAll(async () => server.dispose());

  it('sends serious_finding to every supervisor socket at submission, and only to them', async () => {
    const [supervisor, worker] = await Promise.all([socketOf(server, johanna), socketOf(server, anna)]);
    const workerGot: unknown[] = [];
    worker.on('serious_finding', (payload) => workerGot.push(payload));
    const alert = new Promise<unknown>((resolve) => supervisor.once('serious_finding', resolve));

    const placed = await placeNewChild(server, anna, ids);
    const visit = (
      await pekka.post('/api/v1/visits', {
        placementIds: [placed.placementId],
        plannedDate: today,
        announced: false,
      })
    ).body;
    const draft = completeDraft([placed.childId]);
    draft.findings![0]!.severity = 'serious';
    draft.findings![0]!.observation = 'Lapsi on eristetty 30 tunniksi.';
    draft.findings![0]!.legalReference = 'LSL 70 §';
    const submitted = await pekka.post(`/api/v1/visits/${visit.id}/submit`, {
      clientMutationId: mutationId(),
      baseRevision: 1,
      draft,
    });
    expect(submitted.status).withContext(JSON.stringify(submitted.body)).toBe(200);
    const payload = await alert;
    expect(seriousFindingAlertSchema.safeParse(payload).error).toBeUndefined();
    expect(payload).toEqual(
      jasmine.objectContaining({
        findingId: submitted.body.findings[0].id,
        visitId: visit.id,
        childIds: [placed.childId],
        legalReference: 'LSL 70 §',
        aviNotified: false,
      }),
    );
    // The alert carries ids only: the finding itself is read, audited, from the supervisors' list.
    expect(JSON.stringify(payload)).not.toContain('eristetty');
    const list = await johanna.get('/api/v1/findings?severity=serious&open=true');
    expect(list.status).toBe(200);
    expect(list.body.items.map((f: { id: string }) => f.id)).toContain(submitted.body.findings[0].id);
    expect(workerGot).toEqual([]);
    supervisor.close();
    worker.close();
  });

  it("lists the seeded serious finding that AVI has not been told of on the supervisors' list", async () => {
    const res = await johanna.get('/api/v1/findings?severity=serious&open=true');
    const seeded = res.body.items.find((f: { clientId: string }) => f.clientId === 'seed-finding-majakka-1');
    expect(seeded).toBeDefined();
    expect(seeded.unit.name).toBe('Lastenkoti Majakka');
    expect(
      seeded.notifications.some((n: { recipient: string; sent: boolean }) => n.recipient === 'avi' && n.sent),
    ).toBeFalse();
    // An administrator never sees client data.
    const admin = await signIn(server, 'admin');
    expect((await admin.get('/api/v1/findings')).body.items).toEqual([]);
  });

  it("plans pekka's visits: Onni Salo overdue, one due this week with an unannounced visit planned", async () => {
    const res = await pekka.get('/api/v1/visits/due?inspectorId=me');
    expect(res.status).toBe(200);
    expect(visitDueListSchema.safeParse(res.body).error).toBeUndefined();
    const onni = res.body.items.find((i: { childName: string }) => i.childName === 'Onni Salo');
    expect(onni).toEqual(
      jasmine.objectContaining({
        status: 'overdue',
        lastVisitDate: addCalendarDays(today, -120),
        dueDate: addCalendarDays(today, -30),
        interval: { days: 90, source: 'client_plan' },
        unit: jasmine.objectContaining({ name: 'Perhekoti Koivula' }),
      }),
    );
    const dueSoon = res.body.items.filter((i: { status: string }) => i.status === 'due_soon');
    expect(dueSoon.length).toBeGreaterThan(0);
    expect(dueSoon[0].dueDate).toBe(addCalendarDays(today, 4));
    expect(dueSoon[0].nextPlannedVisit.plannedDate).toBe(addCalendarDays(today, 2));
    expect(res.body.items[0].status).toBe('overdue'); // overdue first
    const statuses = await pekka.get('/api/v1/visits/due?inspectorId=me&status=overdue');
    expect(statuses.body.items.every((i: { status: string }) => i.status === 'overdue')).toBeTrue();
  });

  it("shows the inspector's calendar: the visit planned this week", async () => {
    const res = await pekka.get(
      `/api/v1/visits?inspectorId=me&from=${today}&to=${addCalendarDays(today, 7)}&status=planned`,
    );
    expect(res.status).toBe(200);
    expect(
      res.body.items.map((v: { plannedDate: string; announced: boolean }) => [v.plannedDate, v.announced]),
    ).toContain([addCalendarDays(today, 2), false]);
    const past = await pekka.get(
      `/api/v1/visits?inspectorId=me&to=${addCalendarDays(today, -1)}&status=submitted`,
    );
    expect(past.body.items.length).toBe(3);
  });
});
