import { score15SeriesSchema, therapyPlanSchema } from '@keha/shared';
import { signIn, type ApiClient } from '../testing/api-client.js';
import { demoIds } from '../testing/demo-ids.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

describe('the demo family therapy (seed)', () => {
  let server: TestServer;
  let sari: ApiClient;
  let plan: { id: string; version: number; status: string };
  beforeAll(async () => {
    server = await startTestServer();
    sari = await signIn(server, 'sari.therapist');
    const linnea = (await demoIds(server.database.connection)).child('Linnea');
    const plans = await sari.get(`/api/v1/therapy-plans?childId=${linnea}`);
    expect(plans.status).toBe(200);
    expect(plans.body.items.length).toBe(1);
    plan = plans.body.items[0];
  });
  afterAll(async () => server.dispose());

  it('has an active plan of a year, in three versions that read as they were recorded', async () => {
    expect(therapyPlanSchema.safeParse(plan).error).toBeUndefined();
    expect(plan).toEqual(
      jasmine.objectContaining({ status: 'active', version: 3, therapistName: 'Sari Koskinen' }),
    );
    const versions = (await sari.get(`/api/v1/therapy-plans/${plan.id}/versions`)).body.items;
    expect(versions.map((v: { status: string }) => v.status)).toEqual(['active', 'active', 'draft']);
    const recorded = versions.map((v: { recordedAt: string }) => v.recordedAt);
    expect([...recorded].sort().reverse()).toEqual(recorded);
    expect(Date.now() - Date.parse(recorded[2])).toBeGreaterThan(360 * 86_400_000);
    const sessions = (await sari.get(`/api/v1/therapy-plans/${plan.id}/sessions`)).body.items;
    expect(sessions.length).toBe(13);
  });

  it('has four SCORE-15 points for each of two respondents aged 12+, the two lines parting', async () => {
    const series = (await sari.get(`/api/v1/therapy-plans/${plan.id}/measurements/series`)).body;
    expect(score15SeriesSchema.safeParse(series).error).toBeUndefined();
    expect(series.respondents.map((r: { points: unknown[] }) => r.points.length)).toEqual([4, 4]);
    const [mother, linnea] = series.respondents as { name: string; points: { total: number }[] }[];
    expect(mother!.name).toContain('Katja');
    const totals = (r: typeof mother) => r!.points.map((p) => p.total);
    expect(totals(mother)).toEqual([...totals(mother)].sort().reverse()); // improving
    const drop = (r: typeof mother) => totals(r)[0]! - totals(r).at(-1)!;
    expect(drop(mother)).toBeGreaterThan(drop(linnea) + 0.5);
    const items = (await sari.get(`/api/v1/therapy-plans/${plan.id}/measurements`)).body.items;
    expect(
      items.every((m: { respondent: { ageOnDate: number } }) => m.respondent.ageOnDate >= 12),
    ).toBeTrue();
  });

  it("puts a due goal review on the therapist's work list and exports the plan", async () => {
    const mine = (await sari.get('/api/v1/me/therapy-reminders')).body.items;
    const kinds = mine.map((r: { kind: string; status: string }) => `${r.kind}:${r.status}`);
    expect(kinds).toContain('goal_review:overdue');
    expect(kinds).toContain('goal_review:due_soon');
    expect(kinds).toContain('measurement:upcoming'); // the end point
    const pdf = await fetch(`${server.url}/api/v1/therapy-plans/${plan.id}/export?kind=progress&lang=sv`, {
      headers: { cookie: `keha.sid=${sari.sessionToken}` },
    });
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
  });
});
