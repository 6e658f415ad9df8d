import { addCalendarDays } from '@keha/shared';
import { signIn, type ApiClient } from '../../testing/api-client.js';
import { demoIds } from '../../testing/demo-ids.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { helsinkiToday } from '../case/dates.js';
import { placementModel } from './placement.model.js';
import { placeableChild, unitInput } from './spec-support.js';

/**
 * A later end date makes a placement take days it did not have: `PATCH /placements/{id}` checks those
 * days like a new placement (legal maximum refused, registered places only with a reason, one child in
 * one place at a time), atomically with the allocations of the same unit.
 */
describe('placement end date moved later: the capacity check of allocation (HTTP)', () => {
  let server: TestServer;
  let anna: ApiClient;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  const today = helsinkiToday();
  const yesterday = addCalendarDays(today, -1);
  beforeAll(async () => {
    server = await startTestServer();
    anna = await signIn(server, 'anna.sw');
    ids = await demoIds(server.database.connection);
  });
  afterAll(async () => server.dispose());

  const newUnit = async (patch: Parameters<typeof unitInput>[0]) =>
    (await anna.post('/api/v1/placement-units', unitInput(patch))).body.id as string;

  /** A new child placed in the unit; `endDate` yesterday makes a placement that has ended. */
  async function place(unitId: string, extra: object = {}): Promise<{ id: string; childId: string }> {
    const childId = await placeableChild(server.database.connection);
    const res = await anna.post('/api/v1/placements', {
      childId,
      unitId,
      type: 'substitute_care',
      legalBasis: 'LSL 40 §',
      startDate: addCalendarDays(today, -100),
      responsibleWorkerId: ids.user('anna.sw'),
      ...extra,
    });
    if (res.status !== 201) throw new Error(`placement: ${res.status} ${JSON.stringify(res.body)}`);
    return { id: res.body.id, childId };
  }
  const endOn = (id: string, endDate: string | null, extra: object = {}) =>
    anna.patch(`/api/v1/placements/${id}`, { baseRevision: 1, endDate, ...extra });
  const stored = async (id: string) =>
    (await placementModel(server.database.connection).findById(id).lean())!;

  it('refuses to reopen a placement over the legal maximum of a family home (PHL 7 §), with or without a reason', async () => {
    const unitId = await newUnit({
      type: 'foster_family',
      capacity: { registeredPlaces: 4, carers: 2, placedByOthers: 3 },
    });
    const ended = await place(unitId, { endDate: yesterday });
    await place(unitId, { startDate: addCalendarDays(today, 10) }); // the fourth child, in ten days
    for (const extra of [{}, { capacityOverrideReason: 'Lapsen paluu samaan perheeseen.' }]) {
      const reopened = await endOn(ended.id, null, extra);
      expect(reopened.status).withContext(JSON.stringify(reopened.body)).toBe(409);
      expect(reopened.body.error).toEqual(
        jasmine.objectContaining({
          code: 'capacity_exceeded',
          message: jasmine.stringContaining('the law allows at most 4 (PHL 7 §)'),
          details: [{ path: 'endDate', message: 'Over the legal maximum of 4 (PHL 7 §).' }],
        }),
      );
    }
    const kept = await stored(ended.id);
    expect([kept.endDate, kept.revision]).toEqual([yesterday, 1]);
    // Until the fourth child comes there is room: that extension is fine.
    const shorter = await endOn(ended.id, addCalendarDays(today, 9));
    expect(shorter.status).withContext(JSON.stringify(shorter.body)).toBe(200);
    expect([shorter.body.endDate, shorter.body.revision]).toEqual([addCalendarDays(today, 9), 2]);
  });

  it("asks for a reason over the unit's registered places, and keeps the reason given at allocation", async () => {
    const unitId = await newUnit({ capacity: { registeredPlaces: 1, carers: 2 } });
    await place(unitId, { endDate: addCalendarDays(today, -50) });
    const first = 'Sisarukset sijoitetaan yhdessä.';
    const ended = await place(unitId, { endDate: yesterday, capacityOverrideReason: first });
    expect((await stored(ended.id)).capacityOverrideReason).toBe(first);
    await place(unitId, { startDate: addCalendarDays(today, 10) });
    // Until the next child comes the unit has room: no reason asked, the first one kept.
    const fits = await endOn(ended.id, addCalendarDays(today, 9));
    expect(fits.status).withContext(JSON.stringify(fits.body)).toBe(200);
    expect(fits.body.capacityOverrideReason).toBe(first);

    const over = await anna.patch(`/api/v1/placements/${ended.id}`, { baseRevision: 2, endDate: null });
    expect(over.status).toBe(409);
    expect(over.body.error.code).toBe('capacity_exceeded');
    expect(over.body.error.message).toContain('Give a reason to extend the placement anyway.');
    expect(over.body.error.details).toEqual([
      { path: 'capacityOverrideReason', message: 'Over the registered places: give a reason.' },
    ]);
    const reason = 'Sijoitus jatkuu, kunnes uusi perhe löytyy.';
    const overridden = await anna.patch(`/api/v1/placements/${ended.id}`, {
      baseRevision: 2,
      endDate: null,
      capacityOverrideReason: reason,
    });
    expect(overridden.status).withContext(JSON.stringify(overridden.body)).toBe(200);
    expect(overridden.body.endDate).toBeNull();
    expect(overridden.body.capacityOverrideReason).toBe(`${first}\n${reason}`);
    // Ending earlier frees days: never checked.
    const ends = await anna.patch(`/api/v1/placements/${ended.id}`, { baseRevision: 3, endDate: today });
    expect(ends.status).toBe(200);
  });

  it('refuses an end date that overlaps the next placement of the same child, and a change of unit', async () => {
    const first = await place(await newUnit({}), { endDate: yesterday });
    const next = await anna.post('/api/v1/placements', {
      childId: first.childId,
      unitId: await newUnit({}),
      type: 'substitute_care',
      legalBasis: 'LSL 40 §',
      startDate: today,
      responsibleWorkerId: ids.user('anna.sw'),
    });
    expect(next.status).toBe(201);
    const overlapping = await endOn(first.id, addCalendarDays(today, 5));
    expect(overlapping.status).toBe(400);
    expect(overlapping.body.error.details).toEqual([
      { path: 'endDate', message: 'The child has another placement then: end it first.' },
    ]);
    const moved = await anna.patch(`/api/v1/placements/${first.id}`, {
      baseRevision: 1,
      unitId: await newUnit({}),
    });
    expect(moved.status).toBe(400);
    expect((await stored(first.id)).revision).toBe(1);
  });

  it('gives the last place of a family home to one of a reopening and a new placement sent at once', async () => {
    const unitId = await newUnit({
      type: 'foster_family',
      capacity: { registeredPlaces: 4, carers: 2, placedByOthers: 3 },
    });
    const ended = await place(unitId, { endDate: yesterday });
    const newcomer = await placeableChild(server.database.connection);
    const answers = await Promise.all([
      endOn(ended.id, null),
      anna.post('/api/v1/placements', {
        childId: newcomer,
        unitId,
        type: 'emergency_placement',
        legalBasis: 'LSL 38 §',
        startDate: today,
        responsibleWorkerId: ids.user('anna.sw'),
      }),
    ]);
    const statuses = answers.map((a) => a.status).sort();
    expect([
      [200, 409],
      [201, 409],
    ])
      .withContext(JSON.stringify(answers.map((a) => a.body)))
      .toContain(statuses);
    expect(answers.find((a) => a.status === 409)!.body.error.details).toEqual([
      { path: jasmine.any(String), message: 'Over the legal maximum of 4 (PHL 7 §).' },
    ]);
    const placements = await placementModel(server.database.connection).find({ unitId }).lean();
    expect(placements.filter((p) => p.endDate === null || p.endDate >= today).length).toBe(1);
  });

  it("lets one of two reopenings sent at once into the unit's last registered place, and asks the other for a reason", async () => {
    const unitId = await newUnit({ capacity: { registeredPlaces: 6, carers: 2, placedByOthers: 5 } });
    const reason = { capacityOverrideReason: 'Sisarukset sijoitetaan yhdessä.' };
    const [a, b] = [
      await place(unitId, { endDate: yesterday }),
      await place(unitId, { endDate: yesterday, ...reason }),
    ];
    const answers = await Promise.all([endOn(a.id, null), endOn(b.id, null)]);
    expect(answers.map((x) => x.status).sort())
      .withContext(JSON.stringify(answers.map((x) => x.body)))
      .toEqual([200, 409]);
    expect(answers.find((x) => x.status === 409)!.body.error.details).toEqual([
      { path: 'capacityOverrideReason', message: 'Over the registered places: give a reason.' },
    ]);
    const open = await placementModel(server.database.connection).countDocuments({ unitId, endDate: null });
    expect(open).toBe(1);
  });
});
