import { randomUUID } from 'node:crypto';
import { addCalendarDays, myWorkResponseSchema, type FindingReminder } from '@keha/shared';
import { DEMO_PASSWORD } from '../../seed/demo-organisation.js';
import { signIn, type ApiClient } from '../../testing/api-client.js';
import { createWorker } from '../../testing/child-fixtures.js';
import { demoIds } from '../../testing/demo-ids.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { helsinkiToday } from '../case/dates.js';
import { completeDraft, mutationId, placeableChild, unitInput } from './spec-support.js';

/** Finding follow-up: reminders on the work lists of those responsible, and the inspector choice. */
describe('finding follow-up reminders and the inspector list (HTTP)', () => {
  let server: TestServer;
  let anna: ApiClient;
  let pekka: ApiClient;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  const today = helsinkiToday();
  beforeAll(async () => {
    server = await startTestServer();
    [anna, pekka] = await Promise.all([signIn(server, 'anna.sw'), signIn(server, 'pekka.inspector')]);
    ids = await demoIds(server.database.connection);
  });
  afterAll(async () => server.dispose());

  const finding = (observation: string, deadline: string) => ({
    clientId: `f-${randomUUID()}`,
    observation,
    severity: 'deficiency' as const,
    legalReference: 'VL 27 §',
    actions: [{ description: 'Korjaa', owner: 'Perhekoti', deadline }],
  });
  const reminders = async (client: ApiClient): Promise<FindingReminder[]> => {
    const res = await client.get('/api/v1/me/work');
    expect(res.status).toBe(200);
    expect(myWorkResponseSchema.safeParse(res.body).error).toBeUndefined();
    return res.body.findings;
  };

  it("puts findings due or overdue on the responsible worker's, the inspector's and the supervisors' work lists until closed", async () => {
    const connection = server.database.connection;
    const workerId = String(
      await createWorker(connection, 'followup.worker', 'team-1', ['social_worker'], DEMO_PASSWORD),
    );
    const worker = await signIn(server, 'followup.worker');
    const unitId = (await anna.post('/api/v1/placement-units', unitInput())).body.id;
    const childId = await placeableChild(connection);
    const placement = await anna.post('/api/v1/placements', {
      childId,
      unitId,
      type: 'substitute_care',
      legalBasis: 'LSL 40 §',
      startDate: addCalendarDays(today, -60),
      responsibleWorkerId: workerId,
      inspectorId: ids.user('pekka.inspector'),
    });
    expect(placement.status).withContext(JSON.stringify(placement.body)).toBe(201);
    const visitDate = addCalendarDays(today, -20);
    const visit = await pekka.post('/api/v1/visits', {
      placementIds: [placement.body.id],
      plannedDate: visitDate,
      announced: true,
    });
    const overdue = finding('Palovaroitin puuttuu.', addCalendarDays(today, -3));
    const soon = finding('Lääkekaappi lukitsematta.', addCalendarDays(today, 10));
    const later = finding('Pihan aita huonossa kunnossa.', addCalendarDays(today, 40));
    const submitted = await pekka.post(`/api/v1/visits/${visit.body.id}/submit`, {
      clientMutationId: mutationId(),
      baseRevision: 1,
      draft: completeDraft([childId], { visitDate, findings: [later, soon, overdue] }),
    });
    expect(submitted.status).withContext(JSON.stringify(submitted.body)).toBe(200);
    const idOf = (f: { clientId: string }) =>
      submitted.body.findings.find((s: { clientId: string }) => s.clientId === f.clientId).id;

    const mine = (await reminders(worker)).filter((r) => r.children.some((c) => c.id === childId));
    expect(mine.map((r) => [r.id, r.status, r.nextDeadline, r.reason])).toEqual([
      [idOf(overdue), 'overdue', addCalendarDays(today, -3), 'responsible_worker'],
      [idOf(soon), 'due_soon', addCalendarDays(today, 10), 'responsible_worker'],
    ]);
    expect(mine[0]!.unit).toEqual({ id: unitId, name: jasmine.any(String) });
    expect(mine[0]!.children[0]!.name).toMatch(/Testilapsi$/);

    const ofVisit = (list: FindingReminder[]) =>
      list.filter((r) => r.visitId === visit.body.id).map((r) => [r.id, r.reason]);
    expect(ofVisit(await reminders(pekka))).toEqual([
      [idOf(overdue), 'inspector'],
      [idOf(soon), 'inspector'],
    ]);
    const johanna = await signIn(server, 'johanna.supervisor');
    expect(ofVisit(await reminders(johanna))).toEqual([
      [idOf(overdue), 'oversight'],
      [idOf(soon), 'oversight'],
    ]);
    expect(ofVisit(await reminders(await signIn(server, 'olli.sw')))).toEqual([]);

    const closed = await worker.post(`/api/v1/findings/${idOf(overdue)}/close`, {
      evidence: 'Palovaroitin asennettu, kuitti nähty.',
      closedOn: today,
    });
    expect(closed.status).toBe(200);
    expect(ofVisit(await reminders(worker))).toEqual([[idOf(soon), 'responsible_worker']]);
  });

  it('lists the active placement inspectors for planning, to client-data roles only', async () => {
    const res = await anna.get('/api/v1/placement-inspectors');
    expect(res.status).toBe(200);
    expect(res.body.items).toContain({ id: ids.user('pekka.inspector'), name: jasmine.any(String) });
    expect(res.body.items.map((i: { id: string }) => i.id)).not.toContain(ids.user('anna.sw'));
    expect((await (await signIn(server, 'admin')).get('/api/v1/placement-inspectors')).status).toBe(403);
  });
});
