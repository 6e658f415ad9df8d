import { addCalendarDays } from '@keha/shared';
import { signIn, type ApiClient } from '../../testing/api-client.js';
import { demoIds } from '../../testing/demo-ids.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { helsinkiToday } from '../case/dates.js';
import { placeNewChild } from './spec-support.js';

type Due = { ruleId: string; dueDate: string; metOn: string | null };
const VISIT_RULE = 'placed-child-visit-interval';

/**
 * The child's statutory visit deadline counts the interval in force: the placement's own, else the
 * client plan's, else the organisation's 90 days, as the visit planner does, wherever it is shown.
 */
describe("the placement's visit interval drives the child's visit deadline (HTTP)", () => {
  let server: TestServer;
  let anna: ApiClient;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  const today = helsinkiToday();
  beforeAll(async () => {
    server = await startTestServer();
    anna = await signIn(server, 'anna.sw');
    ids = await demoIds(server.database.connection);
  });
  afterAll(async () => server.dispose());

  /** The open visit deadline as the child page, the situational picture, my work and the planner show it. */
  async function visitDue(childId: string) {
    const open = (items: Due[]) => items.filter((d) => d.ruleId === VISIT_RULE && d.metOn === null);
    const deadlines = open((await anna.get(`/api/v1/children/${childId}/deadlines`)).body.items);
    const picture = open((await anna.get(`/api/v1/children/${childId}/picture`)).body.deadlines);
    const work = (await anna.get('/api/v1/me/work')).body.deadlines as (Due & { childId: string })[];
    const planner = (await anna.get(`/api/v1/visits/due?childId=${childId}`)).body.items;
    return {
      deadlines: deadlines.map((d) => d.dueDate),
      picture: picture.map((d) => d.dueDate),
      myWork: open(work.filter((d) => d.childId === childId)).map((d) => d.dueDate),
      planner: planner.map((d: { dueDate: string }) => d.dueDate),
    };
  }
  const everywhere = (dueDate: string) => ({
    deadlines: [dueDate],
    picture: [dueDate],
    myWork: [dueDate],
    planner: [dueDate],
  });

  it('is the organisation default, then the client plan, then the placement, and back to the plan', async () => {
    const { childId, placementId } = await placeNewChild(server, anna, ids, { startDaysAgo: 20 });
    const start = (await anna.get(`/api/v1/placements/${placementId}`)).body.startDate as string;
    const started = await anna.post(`/api/v1/children/${childId}/events`, {
      type: 'open_care_placement_started',
      date: start,
      details: {},
    });
    expect(started.status).withContext(JSON.stringify(started.body)).toBe(201);
    expect(await visitDue(childId)).toEqual(everywhere(addCalendarDays(start, 90)));

    const plan = await anna.post(`/api/v1/children/${childId}/plans`, {
      date: today,
      reviewDate: addCalendarDays(today, 300),
      plannedVisitIntervalDays: 42,
      goals: [{ text: 'Koulunkäynti sujuu.', owner: 'Lapsi', targetDate: today, status: 'open' }],
    });
    expect(plan.status).withContext(JSON.stringify(plan.body)).toBe(201);
    expect(await visitDue(childId)).toEqual(everywhere(addCalendarDays(start, 42)));

    const own = await anna.patch(`/api/v1/placements/${placementId}`, {
      baseRevision: 1,
      plannedVisitIntervalDays: 30,
    });
    expect(own.status).withContext(JSON.stringify(own.body)).toBe(200);
    expect(await visitDue(childId)).toEqual(everywhere(addCalendarDays(start, 30)));

    const cleared = await anna.patch(`/api/v1/placements/${placementId}`, {
      baseRevision: 2,
      plannedVisitIntervalDays: null,
    });
    expect(cleared.status).toBe(200);
    expect(await visitDue(childId)).toEqual(everywhere(addCalendarDays(start, 42)));
  });
});
