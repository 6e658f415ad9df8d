import {
  addCalendarDays,
  score15MeasurementSchema,
  score15SeriesSchema,
  therapySessionSchema,
} from '@keha/shared';
import { signIn, type ApiClient } from '../../testing/api-client.js';
import { demoIds } from '../../testing/demo-ids.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { helsinkiToday } from '../case/dates.js';
import { taskModel } from '../case/task.model.js';
import { score15MeasurementModel, therapySessionModel } from './session.model.js';
import {
  measurement,
  MIXED_ANSWERS,
  newTherapyFamily,
  planContent,
  type TherapyFamily,
} from './spec-support.js';

describe('therapy sessions and SCORE-15 measurements (HTTP)', () => {
  let server: TestServer;
  let sari: ApiClient;
  let anna: ApiClient;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  const today = helsinkiToday();
  beforeAll(async () => {
    server = await startTestServer();
    [sari, anna] = await Promise.all([signIn(server, 'sari.therapist'), signIn(server, 'anna.sw')]);
    ids = await demoIds(server.database.connection);
  });
  afterAll(async () => server.dispose());

  /** A family with a plan that started 120 days ago. */
  async function planFor(): Promise<{ family: TherapyFamily; url: string; start: string }> {
    const family = await newTherapyFamily(server.database.connection);
    const content = planContent(family, 120);
    const res = await sari.post('/api/v1/therapy-plans', { familyId: family.familyId, plan: content });
    expect(res.status).withContext(JSON.stringify(res.body)).toBe(201);
    return { family, url: `/api/v1/therapy-plans/${res.body.id}`, start: content.startDate };
  }
  const measurements = () => score15MeasurementModel(server.database.connection);

  it('stores raw answers with the scores and the scoring version, and draws one line per respondent', async () => {
    const { family, url, start } = await planFor();
    const baseline = await sari.post(`${url}/measurements`, measurement(family.persons.mother, start));
    expect(baseline.status).withContext(JSON.stringify(baseline.body)).toBe(201);
    expect(score15MeasurementSchema.safeParse(baseline.body).error).toBeUndefined();
    expect(baseline.body.answers).toEqual(MIXED_ANSWERS);
    expect(baseline.body.respondent).toEqual({
      personId: family.persons.mother,
      name: 'Katja Häkkinen',
      ageOnDate: jasmine.any(Number),
    });
    expect(baseline.body.scores).toEqual(
      jasmine.objectContaining({ scoringVersion: 'score15-scoring-v1', answered: 15, unscored: [] }),
    );
    expect(baseline.body.scores.total).toBeCloseTo(2.2, 10);
    expect(baseline.body.scores.communication).toBeCloseTo(2.4, 10);
    const stored = await measurements().findById(baseline.body.id).lean();
    expect(stored!.scores.scoringVersion).toBe('score15-scoring-v1');

    // Items 1 and 3 blank: strengths and the total cannot be scored, and the reason is kept.
    const gaps = MIXED_ANSWERS.map((a, i) => (i === 0 || i === 2 ? null : a));
    const teen = await sari.post(`${url}/measurements`, {
      ...measurement(family.persons.teen, addCalendarDays(start, 30), gaps),
      point: 'session_4',
    });
    expect(teen.status).toBe(201);
    expect(teen.body.scores).toEqual(
      jasmine.objectContaining({ total: null, strengths: null, answered: 13 }),
    );
    expect(teen.body.answers).toEqual(gaps); // blanks are kept as blanks, not as zeros
    expect(
      teen.body.scores.unscored.map((u: { scale: string; reason: string }) => [u.scale, u.reason]),
    ).toEqual([
      ['strengths', 'too_many_missing'],
      ['total', 'subscale_unscored'],
    ]);
    const later = {
      ...measurement(
        family.persons.mother,
        addCalendarDays(start, 60),
        MIXED_ANSWERS.map(() => 3),
      ),
      point: 'six_months',
    };
    expect((await sari.post(`${url}/measurements`, later)).status).toBe(201);

    const series = await anna.get(`${url}/measurements/series`);
    expect(series.status).toBe(200);
    expect(score15SeriesSchema.safeParse(series.body).error).toBeUndefined();
    const lines = series.body.respondents.map(
      (r: { name: string; points: { date: string; total: number | null }[] }) => [
        r.name,
        r.points.map((p) => [p.date, p.total === null ? null : Math.round(p.total * 100) / 100]),
      ],
    );
    expect(lines).toEqual([
      [
        'Katja Häkkinen',
        [
          [start, 2.2],
          [addCalendarDays(start, 60), 3],
        ],
      ],
      ['Teini Häkkinen', [[addCalendarDays(start, 30), null]]],
    ]);
    const one = await anna.get(`${url}/measurements/series?personId=${family.persons.teen}`);
    expect(one.body.respondents.map((r: { name: string }) => r.name)).toEqual(['Teini Häkkinen']);
    expect((await anna.get(`${url}/measurements`)).body.items.length).toBe(3);
  });

  it('refuses out-of-range answers, young or unknown respondents and dates outside the plan, saving nothing', async () => {
    const { family, url, start } = await planFor();
    const m = (personId: string, date = start) => measurement(personId, date);
    const cases: [object, string, RegExp][] = [
      [
        { ...m(family.persons.mother), answers: MIXED_ANSWERS.map((a, i) => (i === 3 ? 6 : a)) },
        'answers.3',
        /1-5/,
      ],
      [
        { ...m(family.persons.mother), ratings: { problemSeverity: 0, familyCoping: 4, therapyHope: 6 } },
        'ratings.problemSeverity',
        /1-10/,
      ],
      [m(family.persons.young), 'respondentPersonId', /ages 12 and over/],
      [m(family.persons.grandmother), 'respondentPersonId', /date of birth/],
      [m(family.persons.teacher), 'respondentPersonId', /members of the family/],
      [m(family.childIds[0]), 'respondentPersonId', /genogram/],
      [m(family.persons.mother, addCalendarDays(start, -1)), 'date', /before/],
      [m(family.persons.mother, addCalendarDays(today, 1)), 'date', /future/],
    ];
    for (const [body, path, message] of cases) {
      const res = await sari.post(`${url}/measurements`, body);
      expect(res.status).withContext(path).toBe(400);
      expect(res.body.error.details)
        .withContext(path)
        .toEqual([{ path, message: jasmine.stringMatching(message) }]);
    }
    expect(await measurements().countDocuments({ planId: url.split('/').at(-1) })).toBe(0);
    // The same person on the same day twice (a double tap on the tablet) is refused.
    expect((await sari.post(`${url}/measurements`, m(family.persons.mother))).status).toBe(201);
    expect((await sari.post(`${url}/measurements`, m(family.persons.mother))).status).toBe(409);
    // Only the therapist administers.
    expect((await anna.post(`${url}/measurements`, m(family.persons.father))).status).toBe(403);
  });

  it('logs sessions with next steps that become tasks, numbered by date', async () => {
    const { family, url, start } = await planFor();
    const session = (date: string, extra: object = {}) => ({
      date,
      attendees: [{ name: 'Katja Häkkinen', personId: family.persons.mother }, { name: 'Teini' }],
      methods: ['genogram_work'],
      summary: 'Piirrettiin sukupuu yhdessä.',
      ...extra,
    });
    const second = await sari.post(
      `${url}/sessions`,
      session(addCalendarDays(start, 14), {
        nextSteps: [
          {
            text: 'Sovitaan koulupalaveri',
            task: {
              childId: family.childIds[0],
              ownerId: ids.user('anna.sw'),
              dueDate: addCalendarDays(today, 7),
            },
          },
          { text: 'Vanhemmat kokeilevat aikalisää' },
        ],
        nextSessionDate: addCalendarDays(start, 28),
      }),
    );
    expect(second.status).withContext(JSON.stringify(second.body)).toBe(201);
    expect(therapySessionSchema.safeParse(second.body).error).toBeUndefined();
    expect(second.body.number).toBe(1);
    const taskId = second.body.nextSteps[0].taskId;
    expect(second.body.nextSteps[1]).toEqual({ text: 'Vanhemmat kokeilevat aikalisää' });
    const tasks = (await anna.get(`/api/v1/children/${family.childIds[0]}/tasks`)).body.items;
    expect(tasks).toEqual([
      jasmine.objectContaining({ id: taskId, title: 'Sovitaan koulupalaveri', ownerId: ids.user('anna.sw') }),
    ]);
    const first = await sari.post(`${url}/sessions`, session(start));
    expect(first.body.number).toBe(1);
    const listed = (await anna.get(`${url}/sessions`)).body.items;
    expect(listed.map((s: { number: number; date: string }) => [s.number, s.date])).toEqual([
      [1, start],
      [2, addCalendarDays(start, 14)],
    ]);

    // A bad task owner or a future date: 400 with paths, and neither the session nor any task is saved.
    const sessions = () =>
      therapySessionModel(server.database.connection).countDocuments({ planId: url.split('/').at(-1) });
    const tasksNow = () =>
      taskModel(server.database.connection).countDocuments({ childId: family.childIds[0] });
    const bad = await sari.post(
      `${url}/sessions`,
      session(addCalendarDays(today, 1), {
        nextSteps: [
          {
            text: 'Hyvä tehtävä',
            task: {
              childId: family.childIds[0],
              ownerId: ids.user('anna.sw'),
              dueDate: addCalendarDays(today, 7),
            },
          },
          {
            text: 'Väärä omistaja',
            task: {
              childId: family.childIds[1],
              ownerId: ids.user('olli.sw'),
              dueDate: addCalendarDays(today, 7),
            },
          },
        ],
      }),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual([
      'date',
      'nextSteps.1.task.ownerId',
    ]);
    expect(await sessions()).toBe(2);
    expect(await tasksNow()).toBe(1);
    expect((await anna.post(`${url}/sessions`, session(start))).status).toBe(403);
  });
});
