import {
  addCalendarDays,
  caseEventListResponseSchema,
  clientPlanSchema,
  situationalPictureSchema,
} from '@keha/shared';
import { signIn, type ApiClient } from '../../testing/api-client.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { helsinkiToday } from './dates.js';
import { caseEventModel } from './event.model.js';
import { newChild, notification } from './spec-support.js';

const paths = (res: { body: { error: { details: { path: string }[] } } }) =>
  res.body.error.details.map((d) => d.path);

describe('case events: lifecycle dates and corrections (HTTP)', () => {
  let server: TestServer;
  let anna: ApiClient;
  beforeAll(async () => {
    server = await startTestServer();
    anna = await signIn(server, 'anna.sw');
  });
  afterAll(async () => server.dispose());

  it('refuses an assessment completed before the notification, with path date, and saves nothing', async () => {
    const child = await newChild(server.database.connection);
    expect((await anna.post(`/api/v1/children/${child}/events`, notification('2025-05-12'))).status).toBe(
      201,
    );
    const early = await anna.post(`/api/v1/children/${child}/events`, {
      type: 'assessment_completed',
      date: '2025-05-02',
      details: { summary: 'Arvio valmis.' },
    });
    expect(early.status).toBe(400);
    expect(early.body.error.code).toBe('validation_failed');
    expect(paths(early)).toEqual(['date']);
    const stored = await caseEventModel(server.database.connection).countDocuments({ childId: child });
    expect(stored).toBe(1);
    expect((await anna.get(`/api/v1/children/${child}/events`)).body.items.length).toBe(1);
  });

  it('refuses dates in the future and before birth, and type-specific facts that are missing', async () => {
    const child = await newChild(server.database.connection, { born: '2015-06-01' });
    const future = addCalendarDays(helsinkiToday(), 1);
    const post = (body: unknown) => anna.post(`/api/v1/children/${child}/events`, body);
    expect(paths(await post(notification(future)))).toEqual(['date']);
    expect(paths(await post({ type: 'case_closed', date: '2015-05-31' }))).toEqual(['date']);
    const bare = await post({ type: 'notification_received', date: '2025-01-02' });
    expect(paths(bare).sort()).toEqual(['details.content', 'details.reporterType']);
    expect(await caseEventModel(server.database.connection).countDocuments({ childId: child })).toBe(0);
  });

  it('corrects an event as version 2, keeps version 1, and lists both in /versions', async () => {
    const child = await newChild(server.database.connection);
    const first = await anna.post(`/api/v1/children/${child}/events`, notification('2025-09-01'));
    const url = `/api/v1/children/${child}/events/${first.body.id}`;
    const corrected = await anna.post(`${url}/corrections`, {
      event: notification('2025-08-29', 'Koulun ilmoitus poissaoloista ja väsymyksestä.'),
      reason: 'Ilmoitus saapui jo perjantaina.',
    });
    expect(corrected.status).toBe(201);
    expect(corrected.body).toEqual(
      jasmine.objectContaining({
        seriesId: first.body.seriesId,
        version: 2,
        current: true,
        date: '2025-08-29',
        correctionReason: 'Ilmoitus saapui jo perjantaina.',
      }),
    );
    const versions = await anna.get(`${url}/versions`);
    expect(versions.status).toBe(200);
    expect(caseEventListResponseSchema.safeParse(versions.body).error).toBeUndefined();
    expect(
      versions.body.items.map((v: { version: number; current: boolean; date: string }) => [
        v.version,
        v.current,
        v.date,
      ]),
    ).toEqual([
      [2, true, '2025-08-29'],
      [1, false, '2025-09-01'],
    ]);
    const listed = (await anna.get(`/api/v1/children/${child}/events`)).body.items;
    expect(listed.map((e: { id: string }) => e.id)).toEqual([corrected.body.id]);
    const old = await caseEventModel(server.database.connection).findById(first.body.id).lean();
    expect(String(old!.supersededBy)).toBe(corrected.body.id);
    // The old version cannot be corrected again: the series would fork.
    const again = await anna.post(`${url}/corrections`, {
      event: notification('2025-08-30'),
      reason: 'Toinen.',
    });
    expect(again.status).toBe(409);
    // A correction is checked against the other events like a new event.
    await anna.post(`/api/v1/children/${child}/events`, { type: 'assessment_started', date: '2025-09-03' });
    const late = await anna.post(`/api/v1/children/${child}/events/${corrected.body.id}/corrections`, {
      event: notification('2025-09-10'),
      reason: 'Väärä päivä.',
    });
    expect(late.status).toBe(400);
    expect(paths(late)).toEqual(['date']);
  });

  it("requires the child's words or why they were not obtained, and a date between birth and today", async () => {
    const child = await newChild(server.database.connection, { born: '2016-03-03' });
    const url = `/api/v1/children/${child}/child-views`;
    const empty = await anna.post(url, { date: '2025-10-01', method: 'conversation_alone' });
    expect(empty.status).toBe(400);
    expect(paths(empty)).toEqual(['words']);
    const unborn = await anna.post(url, { date: '2016-03-02', notObtainedReason: 'Ei vielä syntynyt.' });
    expect(paths(unborn)).toEqual(['date']);
    const said = await anna.post(url, {
      date: '2025-10-01',
      method: 'conversation_alone',
      words: 'Haluan asua äidin luona ja käydä samaa koulua.',
      effectOnDecisions: 'Koulun vaihto ei kuulu suunnitelmaan.',
    });
    expect(said.status).toBe(201);
    expect(said.body.askedByName).toBeTruthy();
    const list = await anna.get(url);
    expect(list.body.items.map((v: { id: string }) => v.id)).toEqual([said.body.id]);
    const picture = await anna.get(`/api/v1/children/${child}/picture`);
    expect(picture.body.latestChildView.words).toBe('Haluan asua äidin luona ja käydä samaa koulua.');
  });

  it("keeps goal ids across plan versions and shows each participant's latest safety score", async () => {
    const child = await newChild(server.database.connection);
    const base = `/api/v1/children/${child}`;
    const goal = { text: 'Koulunkäynti säännöllistyy.', owner: 'Perhe ja koulu', targetDate: '2026-06-01' };
    const v1 = await anna.post(`${base}/plans`, {
      date: '2025-11-03',
      reviewDate: '2026-11-03',
      goals: [goal],
    });
    expect(v1.status).toBe(201);
    const goalId = v1.body.goals[0].id;
    expect(goalId).toMatch(/^g-[0-9a-v]{8}$/);
    const v2 = await anna.post(`${base}/plans`, {
      date: '2026-01-12',
      reviewDate: '2027-01-12',
      plannedVisitIntervalDays: 30,
      goals: [
        { ...goal, id: goalId, status: 'in_progress' },
        { ...goal, text: 'Harrastus löytyy.' },
      ],
    });
    expect(v2.status).toBe(201);
    expect(v2.body.version).toBe(2);
    expect(v2.body.goals[0]).toEqual(jasmine.objectContaining({ id: goalId, status: 'in_progress' }));
    expect(v2.body.goals[1].id).not.toBe(goalId);
    const unknown = await anna.post(`${base}/plans`, {
      date: '2026-01-13',
      reviewDate: '2027-01-13',
      goals: [{ ...goal, id: 'g-nosuchgo' }],
    });
    expect(paths(unknown)).toEqual(['goals.0.id']);
    expect((await anna.get(`${base}/plans`)).body.items.map((p: { version: number }) => p.version)).toEqual([
      2, 1,
    ]);

    for (const [date, participant, score] of [
      ['2025-11-03', 'Äiti', 3],
      ['2026-01-12', 'Äiti', 5],
      ['2026-01-12', 'Sosiaalityöntekijä', 4],
    ] as const)
      expect((await anna.post(`${base}/safety-scores`, { date, participant, score })).status).toBe(201);
    expect(
      (await anna.post(`${base}/safety-scores`, { date: '2026-01-12', participant: 'Isä', score: 11 }))
        .status,
    ).toBe(400);
    const picture = (await anna.get(`${base}/picture`)).body;
    expect(situationalPictureSchema.safeParse(picture).error).toBeUndefined();
    expect(clientPlanSchema.safeParse(v2.body).error).toBeUndefined();
    expect(picture.plan.version).toBe(2);
    expect(
      picture.latestSafetyScores.map((s: { participant: string; score: number }) => [s.participant, s.score]),
    ).toEqual([
      ['Sosiaalityöntekijä', 4],
      ['Äiti', 5],
    ]);
    const statement = await anna.post(`${base}/safety-statements`, {
      kind: 'danger',
      text: 'Vanhempien riidat pelottavat lasta.',
      date: '2026-01-12',
    });
    expect(statement.status).toBe(201);
    expect((await anna.get(`${base}/safety-statements`)).body.items.length).toBe(1);
  });
});
