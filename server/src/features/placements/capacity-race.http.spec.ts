import { signIn, type ApiClient } from '../../testing/api-client.js';
import { demoIds } from '../../testing/demo-ids.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { helsinkiToday } from '../case/dates.js';
import { placementModel } from './placement.model.js';
import { placeableChild, unitInput } from './spec-support.js';

/**
 * The capacity check at allocation is atomic: placements fired at the same moment into a unit's last
 * places never all pass the check (they would each see the unit before the others' inserts).
 */
describe('placement capacity under concurrent allocation (HTTP)', () => {
  let server: TestServer;
  let anna: ApiClient;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  beforeAll(async () => {
    server = await startTestServer();
    anna = await signIn(server, 'anna.sw');
    ids = await demoIds(server.database.connection);
  });
  afterAll(async () => server.dispose());

  /** `count` placements of new children into the unit, all sent before any answer comes back. */
  async function placeAtOnce(unitId: string, count: number, extra: object = {}) {
    const children = [];
    for (let i = 0; i < count; i++) children.push(await placeableChild(server.database.connection));
    const answers = await Promise.all(
      children.map((childId) =>
        anna.post('/api/v1/placements', {
          childId,
          unitId,
          type: 'substitute_care',
          legalBasis: 'LSL 40 §',
          startDate: helsinkiToday(),
          responsibleWorkerId: ids.user('anna.sw'),
          ...extra,
        }),
      ),
    );
    const stored = await placementModel(server.database.connection).countDocuments({ unitId });
    return { answers, stored, statuses: answers.map((a) => a.status).sort() };
  }

  const newUnit = async (patch: Parameters<typeof unitInput>[0]) =>
    (await anna.post('/api/v1/placement-units', unitInput(patch))).body.id as string;

  it('gives the last place of a family home (at most 4, PHL 7 §) to exactly one of eight concurrent placements', async () => {
    const unitId = await newUnit({
      type: 'foster_family',
      capacity: { registeredPlaces: 4, carers: 2, placedByOthers: 3 },
    });
    const { answers, stored, statuses } = await placeAtOnce(unitId, 8, {
      capacityOverrideReason: 'Sisarukset halutaan pitää samassa kodissa.',
    });
    expect(statuses).toEqual([201, ...Array(7).fill(409)]);
    expect(stored).toBe(1);
    for (const refused of answers.filter((a) => a.status === 409)) {
      expect(refused.body.error.code).toBe('capacity_exceeded');
      expect(refused.body.error.details).toEqual([
        { path: 'unitId', message: jasmine.stringContaining('PHL 7 §') },
      ]);
    }
  });

  it('gives the last two places of a professional family home (at most 7, PHL 8 §) to two of eight', async () => {
    const unitId = await newUnit({ capacity: { registeredPlaces: 7, carers: 2, placedByOthers: 5 } });
    const { stored, statuses } = await placeAtOnce(unitId, 8, {
      capacityOverrideReason: 'Kiireellinen tarve, muuta paikkaa ei ole.',
    });
    expect(statuses).toEqual([201, 201, ...Array(6).fill(409)]);
    expect(stored).toBe(2);
  });

  it('places one child once when two placements of it into two units are sent at once', async () => {
    const units = [await newUnit({}), await newUnit({})];
    const childId = await placeableChild(server.database.connection);
    const answers = await Promise.all(
      units.map((unitId) =>
        anna.post('/api/v1/placements', {
          childId,
          unitId,
          type: 'emergency_placement',
          legalBasis: 'LSL 38 §',
          startDate: helsinkiToday(),
          responsibleWorkerId: ids.user('anna.sw'),
        }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 400]);
    expect(answers.find((a) => a.status === 400)!.body.error.details).toEqual([
      { path: 'startDate', message: jasmine.stringContaining('another placement') },
    ]);
    expect(await placementModel(server.database.connection).countDocuments({ childId })).toBe(1);
  });

  it("keeps the warning over the unit's registered places: one fits, the others are asked for a reason", async () => {
    const unitId = await newUnit({ capacity: { registeredPlaces: 2, carers: 2, placedByOthers: 1 } });
    const { answers, stored, statuses } = await placeAtOnce(unitId, 6);
    expect(statuses).toEqual([201, ...Array(5).fill(409)]);
    expect(stored).toBe(1);
    for (const warned of answers.filter((a) => a.status === 409))
      expect(warned.body.error.details).toEqual([
        { path: 'capacityOverrideReason', message: jasmine.stringContaining('reason') },
      ]);
  });
});
