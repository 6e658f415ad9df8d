import { placementSchema, placementUnitSchema } from '@keha/shared';
import { signIn, type ApiClient } from '../../testing/api-client.js';
import { demoIds } from '../../testing/demo-ids.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { helsinkiToday } from '../case/dates.js';
import { inspectorAssignmentModel } from '../children/inspector-assignment.model.js';
import { placeableChild, placeNewChild, unitInput } from './spec-support.js';

describe('placement units and placements (HTTP)', () => {
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

  const place = (childId: string, unitId: string, extra: object = {}) =>
    anna.post('/api/v1/placements', {
      childId,
      unitId,
      type: 'substitute_care',
      legalBasis: 'LSL 40 §',
      startDate: today,
      responsibleWorkerId: ids.user('anna.sw'),
      ...extra,
    });

  it('registers units within the legal maximum of their type, and refuses more places than the law allows', async () => {
    const created = await anna.post('/api/v1/placement-units', unitInput());
    expect(created.status).withContext(JSON.stringify(created.body)).toBe(201);
    expect(placementUnitSchema.safeParse(created.body).error).toBeUndefined();
    expect(created.body.capacity).toEqual(
      jasmine.objectContaining({ registeredPlaces: 4, legalMaximum: 7, occupiedToday: 0 }),
    );
    const tooBig = await anna.post(
      '/api/v1/placement-units',
      unitInput({ type: 'foster_family', capacity: { registeredPlaces: 5, carers: 2 } }),
    );
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.error.details).toEqual([
      { path: 'capacity.registeredPlaces', message: jasmine.stringContaining('PHL 7 §') },
    ]);
    const admin = await signIn(server, 'admin');
    expect((await admin.post('/api/v1/placement-units', unitInput())).status).toBe(403);
  });

  it('changes a unit on its current revision only (409 stale_revision with the unit as it is)', async () => {
    const unit = (await anna.post('/api/v1/placement-units', unitInput())).body;
    const renamed = await anna.put(`/api/v1/placement-units/${unit.id}`, {
      baseRevision: 1,
      unit: unitInput({ name: 'Uusi nimi' }),
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.revision).toBe(2);
    const stale = await anna.put(`/api/v1/placement-units/${unit.id}`, {
      baseRevision: 1,
      unit: unitInput(),
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_revision');
    expect(stale.body.error.current).toEqual(jasmine.objectContaining({ name: 'Uusi nimi', revision: 2 }));
  });

  it('warns over the registered places (a reason places anyway) and refuses over the legal maximum (PHL 8 §)', async () => {
    // 4 registered places, 2 children placed by another county: ours fit twice, then the warning.
    const unitId = (
      await anna.post(
        '/api/v1/placement-units',
        unitInput({ capacity: { registeredPlaces: 4, carers: 2, placedByOthers: 2 } }),
      )
    ).body.id;
    for (let i = 0; i < 2; i++)
      expect((await place(await placeableChild(server.database.connection), unitId)).status).toBe(201);
    const third = await placeableChild(server.database.connection);
    const warned = await place(third, unitId);
    expect(warned.status).toBe(409);
    expect(warned.body.error.code).toBe('capacity_exceeded');
    expect(warned.body.error.details).toEqual([
      { path: 'capacityOverrideReason', message: jasmine.any(String) },
    ]);
    const reason = 'Sisarukset sijoitetaan yhteen; perhekoti on lupautunut.';
    const overridden = await place(third, unitId, { capacityOverrideReason: reason });
    expect(overridden.status).toBe(201);
    expect(placementSchema.safeParse(overridden.body).error).toBeUndefined();
    expect(overridden.body.capacityOverrideReason).toBe(reason);
    // 5 + 2 = 7 is the legal maximum of a professional family home: the 8th is refused, reason or not.
    for (let i = 0; i < 2; i++)
      expect(
        (
          await place(await placeableChild(server.database.connection), unitId, {
            capacityOverrideReason: reason,
          })
        ).status,
      ).toBe(201);
    const refused = await place(await placeableChild(server.database.connection), unitId, {
      capacityOverrideReason: reason,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toEqual(
      jasmine.objectContaining({
        code: 'capacity_exceeded',
        message: jasmine.stringContaining('PHL 8 §'),
        details: [{ path: 'unitId', message: jasmine.stringContaining('legal maximum of 7') }],
      }),
    );
  });

  it('counts a placement that has ended as a free place', async () => {
    const unitId = (
      await anna.post(
        '/api/v1/placement-units',
        unitInput({ type: 'foster_family', capacity: { registeredPlaces: 1, carers: 1 } }),
      )
    ).body.id;
    const first = await placeNewChild(server, anna, ids, { unitId, startDaysAgo: 100 });
    expect((await place(await placeableChild(server.database.connection), unitId)).status).toBe(409);
    const ended = await anna.patch(`/api/v1/placements/${first.placementId}`, {
      baseRevision: 1,
      endDate: helsinkiToday(new Date(Date.now() - 86_400_000)),
    });
    expect(ended.status).withContext(JSON.stringify(ended.body)).toBe(200);
    expect((await place(await placeableChild(server.database.connection), unitId)).status).toBe(201);
  });

  it("takes the visit interval from the placement, else the client plan, else the organisation's 90 days", async () => {
    const { placementId, childId } = await placeNewChild(server, anna, ids);
    expect((await anna.get(`/api/v1/placements/${placementId}`)).body.visitInterval).toEqual({
      days: 90,
      source: 'organisation_default',
    });
    const plan = await anna.post(`/api/v1/children/${childId}/plans`, {
      date: today,
      reviewDate: helsinkiToday(new Date(Date.now() + 300 * 86_400_000)),
      plannedVisitIntervalDays: 42,
      goals: [{ text: 'Koulunkäynti sujuu.', owner: 'Lapsi', targetDate: today, status: 'open' }],
    });
    expect(plan.status).withContext(JSON.stringify(plan.body)).toBe(201);
    expect((await anna.get(`/api/v1/placements?childId=${childId}`)).body.items[0].visitInterval).toEqual({
      days: 42,
      source: 'client_plan',
    });
    const own = await anna.patch(`/api/v1/placements/${placementId}`, {
      baseRevision: 1,
      plannedVisitIntervalDays: 30,
    });
    expect(own.body.visitInterval).toEqual({ days: 30, source: 'placement' });
  });

  it('gives the placement inspector the placement part only, and takes it away with the placement', async () => {
    const { childId, placementId } = await placeNewChild(server, anna, ids);
    const assignments = () =>
      inspectorAssignmentModel(server.database.connection).find({ childId, active: true }).lean();
    expect((await assignments()).map((a) => String(a.inspectorUserId))).toEqual([
      ids.user('pekka.inspector'),
    ]);
    expect((await pekka.get(`/api/v1/placements?childId=${childId}`)).status).toBe(200);
    expect((await pekka.get(`/api/v1/children/${childId}`)).status).toBe(200);
    for (const part of ['events', 'timeline', 'plans', 'family', 'network']) {
      const res = await pekka.get(`/api/v1/children/${childId}/${part}`);
      expect(res.status).withContext(part).toBe(403);
      expect(res.body.error.code).withContext(part).toBe('forbidden');
    }
    const family = await anna.get(`/api/v1/therapy-plans?childId=${childId}`);
    expect(family.status).toBe(200);
    expect((await pekka.get(`/api/v1/therapy-plans?childId=${childId}`)).status).toBe(403);
    // The inspector supervises; placing is the team's decision.
    const byInspector = await pekka.patch(`/api/v1/placements/${placementId}`, {
      baseRevision: 1,
      inspectorId: null,
    });
    expect(byInspector.status).toBe(403);
    const unassigned = await anna.patch(`/api/v1/placements/${placementId}`, {
      baseRevision: 1,
      inspectorId: null,
    });
    expect(unassigned.status).toBe(200);
    expect(await assignments()).toEqual([]);
    const after = await pekka.get(`/api/v1/placements?childId=${childId}`);
    expect(after.status).toBe(403);
    expect(after.body.error.code).toBe('break_glass_required');
  });

  it('refuses a second placement of the same child at the same time, and a responsible worker from another team', async () => {
    const { childId, unitId } = await placeNewChild(server, anna, ids);
    const twice = await place(childId, unitId);
    expect(twice.status).toBe(400);
    expect(twice.body.error.details).toEqual([{ path: 'startDate', message: jasmine.any(String) }]);
    const other = await place(await placeableChild(server.database.connection), unitId, {
      responsibleWorkerId: ids.user('olli.sw'),
      inspectorId: ids.user('anna.sw'),
    });
    expect(other.status).toBe(400);
    expect(other.body.error.details.map((d: { path: string }) => d.path)).toEqual([
      'responsibleWorkerId',
      'inspectorId',
    ]);
  });

  it("lists a unit's placements only for children the caller may see", async () => {
    const unitId = (
      await anna.post('/api/v1/placement-units', unitInput({ capacity: { registeredPlaces: 6, carers: 2 } }))
    ).body.id;
    await placeNewChild(server, anna, ids, { unitId });
    await placeNewChild(server, anna, ids, { unitId, inspector: null });
    expect((await anna.get(`/api/v1/placements?unitId=${unitId}`)).body.items.length).toBe(2);
    expect((await pekka.get(`/api/v1/placements?unitId=${unitId}`)).body.items.length).toBe(1);
    const olli = await signIn(server, 'olli.sw');
    expect((await olli.get(`/api/v1/placements?unitId=${unitId}`)).body.items).toEqual([]);
  });
});
