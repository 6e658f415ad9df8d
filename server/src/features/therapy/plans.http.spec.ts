import { therapyCommentSchema, therapyPlanSchema } from '@keha/shared';
import { auditCollection } from '../../platform/audit/audit-event.js';
import { signIn, type ApiClient } from '../../testing/api-client.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { newChild } from '../case/spec-support.js';
import { therapyPlanModel } from './plan.model.js';
import { newTherapyFamily, planContent, type TherapyFamily } from './spec-support.js';

describe('therapy plans (HTTP)', () => {
  let server: TestServer;
  let sari: ApiClient;
  let anna: ApiClient;
  beforeAll(async () => {
    server = await startTestServer();
    [sari, anna] = await Promise.all([signIn(server, 'sari.therapist'), signIn(server, 'anna.sw')]);
  });
  afterAll(async () => server.dispose());

  const audits = () => auditCollection(server.database.connection);
  const versions = async (planId: string) =>
    (await sari.get(`/api/v1/therapy-plans/${planId}/versions`)).body.items;
  const create = (family: TherapyFamily, plan: object = planContent(family)) =>
    sari.post('/api/v1/therapy-plans', { familyId: family.familyId, plan });

  it('goes draft -> active -> under review -> closed, every change a version with who and when', async () => {
    const family = await newTherapyFamily(server.database.connection);
    const draft = { ...planContent(family), referralQuestion: { professionalWords: 'Riidat' }, goals: [] };
    const created = await create(family, draft);
    expect(created.status).withContext(JSON.stringify(created.body)).toBe(201);
    expect(therapyPlanSchema.safeParse(created.body).error).toBeUndefined();
    const plan = created.body;
    expect(plan).toEqual(
      jasmine.objectContaining({
        version: 1,
        status: 'draft',
        familyName: family.name,
        therapistName: 'Sari Koskinen',
      }),
    );
    expect(plan.statusHistory).toEqual([
      jasmine.objectContaining({ from: null, to: 'draft', byName: 'Sari Koskinen' }),
    ]);
    expect(plan.measurementSchedule).toEqual(['baseline', 'session_4', 'six_months', 'end']);
    const url = `/api/v1/therapy-plans/${plan.id}`;

    // Not ready to start: the family's words and a goal are missing.
    const early = await sari.post(`${url}/status`, { baseVersion: 1, to: 'active' });
    expect(early.status).toBe(400);
    expect(early.body.error.details.map((d: { path: string }) => d.path)).toEqual([
      'referralQuestion.familyWords',
      'goals',
    ]);

    const full = planContent(family);
    const v2 = await sari.put(url, { baseVersion: 1, changeNote: 'Perheen sanat lisätty', plan: full });
    expect(v2.status).withContext(JSON.stringify(v2.body)).toBe(200);
    expect(v2.body).toEqual(
      jasmine.objectContaining({
        id: plan.id,
        version: 2,
        current: true,
        changeNote: 'Perheen sanat lisätty',
      }),
    );
    const goalId = v2.body.goals[0].id;
    expect(goalId).toMatch(/^tg-/);
    // The goal keeps its id when the next version names it; a stale base version is refused.
    const stale = await sari.put(url, { baseVersion: 1, plan: full });
    expect(stale.status).toBe(409);
    const noted = {
      ...full,
      goals: [
        { ...full.goals![0]!, id: goalId, progressNotes: [{ date: full.startDate, text: 'Hyvä alku' }] },
      ],
    };
    const v3 = await sari.put(url, { baseVersion: 2, plan: noted });
    expect(v3.body.goals[0].id).toBe(goalId);
    expect(v3.body.goals[0].progressNotes).toEqual([{ date: full.startDate, text: 'Hyvä alku' }]);

    for (const [to, version] of [
      ['active', 4],
      ['under_review', 5],
      ['closed', 6],
    ] as const) {
      const res = await sari.post(`${url}/status`, { baseVersion: version - 1, to, note: `-> ${to}` });
      expect(res.status)
        .withContext(`${to}: ${JSON.stringify(res.body)}`)
        .toBe(200);
      expect(res.body.status).toBe(to);
      expect(res.body.statusHistory.at(-1)).toEqual(
        jasmine.objectContaining({ to, byName: 'Sari Koskinen', note: `-> ${to}` }),
      );
    }
    const all = await versions(plan.id);
    expect(
      all.map((v: { version: number; status: string; current: boolean }) => [v.version, v.status, v.current]),
    ).toEqual([
      [6, 'closed', true],
      [5, 'under_review', false],
      [4, 'active', false],
      [3, 'draft', false],
      [2, 'draft', false],
      [1, 'draft', false],
    ]);
    expect(all[5].goals).toEqual([]); // version 1 reads as it was

    // A closed plan is read-only: no edit, no status change, no comment, and nothing saved.
    const edits = [
      await sari.put(url, { baseVersion: 6, plan: full }),
      await sari.post(`${url}/status`, { baseVersion: 6, to: 'active' }),
      await anna.post(`${url}/comments`, { text: 'Vielä yksi ajatus' }),
    ];
    for (const res of edits) {
      expect(res.status).toBe(409);
      expect(res.body.error.message).toContain('closed');
    }
    expect((await versions(plan.id)).length).toBe(6);
  });

  it('refuses a transition the workflow does not have', async () => {
    const family = await newTherapyFamily(server.database.connection);
    const plan = (await create(family)).body;
    const res = await sari.post(`/api/v1/therapy-plans/${plan.id}/status`, { baseVersion: 1, to: 'closed' });
    expect(res.status).toBe(409);
    expect((await versions(plan.id)).length).toBe(1);
  });

  it('lets team members read and comment but only the family therapist write (refusal audited)', async () => {
    const family = await newTherapyFamily(server.database.connection);
    const plan = (await create(family)).body;
    const url = `/api/v1/therapy-plans/${plan.id}`;
    const coordinator = await signIn(server, 'tiina.coord');
    for (const reader of [anna, coordinator]) expect((await reader.get(url)).body.id).toBe(plan.id);
    const listed = await anna.get(`/api/v1/therapy-plans?childId=${family.childIds[1]}`);
    expect(listed.body.items.map((p: { id: string }) => p.id)).toEqual([plan.id]);
    expect((await anna.get(`/api/v1/therapy-plans?familyId=${family.familyId}`)).body.items.length).toBe(1);

    const refused = await anna.put(url, { baseVersion: 1, plan: planContent(family) });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain('family therapist');
    expect((await anna.post(`${url}/status`, { baseVersion: 1, to: 'active' })).status).toBe(403);
    expect((await versions(plan.id)).length).toBe(1);
    const denial = await audits().findOne({
      'actor.username': 'anna.sw',
      childId: family.childIds[0],
      view: 'therapy.plan',
      outcome: 'denied',
    });
    expect(denial).toEqual(jasmine.objectContaining({ action: 'child.write', denyReason: 'not_permitted' }));

    const comment = await coordinator.post(`${url}/comments`, { text: 'Muistetaan koulun palaveri.' });
    expect(comment.status).toBe(201);
    expect(therapyCommentSchema.safeParse(comment.body).error).toBeUndefined();
    expect(comment.body).toEqual(jasmine.objectContaining({ planVersion: 1, authorRoles: ['coordinator'] }));
    expect((await sari.get(`${url}/comments`)).body.items.map((c: { text: string }) => c.text)).toEqual([
      'Muistetaan koulun palaveri.',
    ]);
  });

  it('refuses other teams (403 audited for each child) and inspectors (part not permitted)', async () => {
    const family = await newTherapyFamily(server.database.connection);
    const plan = (await create(family)).body;
    const olli = await signIn(server, 'olli.sw');
    for (const path of [
      `/${plan.id}`,
      `?childId=${family.childIds[0]}`,
      `/${plan.id}/versions`,
      `/${plan.id}/comments`,
    ]) {
      const res = await olli.get(`/api/v1/therapy-plans${path}`);
      expect(res.status).withContext(path).toBe(403);
      expect(res.body.error.code).withContext(path).toBe('break_glass_required');
    }
    expect((await olli.post(`/api/v1/therapy-plans/${plan.id}/comments`, { text: 'Hei' })).status).toBe(403);
    const denied = await audits().findOne({
      'actor.username': 'olli.sw',
      childId: family.childIds[0],
      view: 'therapy.plan',
    });
    expect(denied).toEqual(
      jasmine.objectContaining({ outcome: 'denied', denyReason: 'no_relationship', action: 'child.read' }),
    );
    const inspector = await signIn(server, 'pekka.inspector');
    expect((await inspector.get(`/api/v1/therapy-plans/${plan.id}`)).status).toBe(403);
    expect((await (await signIn(server, 'admin')).get(`/api/v1/therapy-plans/${plan.id}`)).status).toBe(404);
  });

  it('answers bad input with field paths and saves nothing', async () => {
    const family = await newTherapyFamily(server.database.connection);
    const stranger = await newChild(server.database.connection); // team 1, but not in this family
    const content = planContent(family);
    const count = () =>
      therapyPlanModel(server.database.connection).countDocuments({ familyId: family.familyId });
    const cases: [object, string[]][] = [
      [{ ...content, childIds: [stranger], childViews: [] }, ['plan.childIds.0']],
      [
        { ...content, participants: [{ name: 'Kuka', personId: stranger }] },
        ['plan.participants.0.personId'],
      ],
      [
        { ...content, clientPlanGoals: [{ childId: family.childIds[0], goalId: 'g-missing' }] },
        ['plan.clientPlanGoals.0.goalId'],
      ],
      [
        { ...content, goals: [{ id: 'tg-invented', text: 'Tavoite', reviewDate: content.startDate }] },
        ['plan.goals.0.id'],
      ],
      [
        { ...content, plannedSessions: { count: 0, frequency: 'daily', settings: [] } },
        ['plan.plannedSessions.count', 'plan.plannedSessions.frequency', 'plan.plannedSessions.settings'],
      ],
      [{ ...content, surprise: true }, ['plan.surprise']],
    ];
    for (const [plan, paths] of cases) {
      const res = await create(family, plan);
      expect(res.status).withContext(JSON.stringify(res.body)).toBe(400);
      expect(res.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(paths.sort());
    }
    expect(await count()).toBe(0);
    const unknownFamily = await sari.post('/api/v1/therapy-plans', {
      familyId: '0'.repeat(24),
      plan: content,
    });
    expect(unknownFamily.status).toBe(404);
  });
});
