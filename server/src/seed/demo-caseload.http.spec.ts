import { signIn } from '../testing/api-client.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

/** The demo data the README promises: a varied caseload, live deadlines, genograms, one worker at the cap. */
describe('the demo caseload', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(async () => server.dispose());

  it('puts laura.sw exactly at the legal cap and the others below it', async () => {
    const supervisor = await signIn(server, 'johanna.supervisor');
    const res = await supervisor.get('/api/v1/caseload');
    expect(res.status).toBe(200);
    const byName = new Map(res.body.workers.map((w: { name: string }) => [w.name, w]));
    expect(byName.get('Laura Söderberg')).toEqual(
      jasmine.objectContaining({ children: 30, cap: 30, atOrOverCap: true }),
    );
    expect(res.body.workers.filter((w: { atOrOverCap: boolean }) => w.atOrOverCap).length).toBe(1);
    const total = res.body.teams.reduce((sum: number, t: { children: number }) => sum + t.children, 0);
    expect(total).toBeGreaterThanOrEqual(50);
  });

  it('gives a social worker overdue and upcoming deadlines and open tasks', async () => {
    const anna = await signIn(server, 'anna.sw');
    const work = await anna.get('/api/v1/me/work');
    expect(work.status).toBe(200);
    const statuses = new Set(work.body.deadlines.map((d: { status: string }) => d.status));
    expect(statuses).toContain('overdue');
    expect(statuses).toContain('upcoming');
    expect(work.body.tasks.length).toBeGreaterThan(0);
    expect(work.body.children.length).toBeGreaterThanOrEqual(10);
  });

  it('draws a three-generation genogram with households for a demo child', async () => {
    const anna = await signIn(server, 'anna.sw');
    const list = await anna.get('/api/v1/children?q=Aino');
    const aino = list.body.items[0].id;
    const { body } = await anna.get(`/api/v1/children/${aino}/family`);
    const persons = body.family.persons as { id: string; childId?: string }[];
    const parentsOf = (id: string) =>
      body.family.relationships
        .filter((r: { kind: string; toPersonId: string }) => r.kind === 'parent_of' && r.toPersonId === id)
        .map((r: { fromPersonId: string }) => r.fromPersonId);
    const child = persons.find((p) => p.childId === aino)!;
    const grandparents = parentsOf(child.id).flatMap(parentsOf);
    expect(grandparents.length).toBe(4);
    expect(body.family.households.length).toBeGreaterThanOrEqual(1);
    // Aino and Eetu are siblings in one family.
    expect(persons.filter((p) => p.childId).length).toBe(2);
  });

  it("shows the child's own view, goals and safety scales on the situational picture", async () => {
    const olli = await signIn(server, 'olli.sw');
    const list = await olli.get('/api/v1/children?q=Veeti');
    const picture = await olli.get(`/api/v1/children/${list.body.items[0].id}/picture`);
    expect(picture.status).toBe(200);
    expect(picture.body.latestChildView.words.length).toBeGreaterThan(10);
    expect(picture.body.plan.goals.length).toBe(3);
    expect(picture.body.latestSafetyScores.length).toBe(3);
  });
});
