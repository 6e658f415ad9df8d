import { Types } from 'mongoose';
import { addWorkingDays, situationalPictureSchema } from '@keha/shared';
import { signIn, type ApiClient } from '../../testing/api-client.js';
import { demoIds } from '../../testing/demo-ids.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { childModel } from '../children/model.js';
import { computeDeadlines, loadDeadlineInputs } from '../my-work/deadlines.js';
import { helsinkiToday } from './dates.js';
import { computeProjections } from './deadline-projection.js';
import { storeProjections } from './deadline-stamps.js';
import { deadlineProjectionModel } from './deadline-projection.model.js';
import { pictureDeadlines } from './deadline-service.js';
import { newChild, notification } from './spec-support.js';

const START = 'assessment-start-7-working-days';

describe('case deadlines on the situational picture (HTTP)', () => {
  let server: TestServer;
  let anna: ApiClient;
  beforeAll(async () => {
    server = await startTestServer();
    anna = await signIn(server, 'anna.sw');
  });
  afterAll(async () => server.dispose());

  it('shows on the picture and on /deadlines exactly what the rules compute from the events (the stored lists), for every demo child', async () => {
    const connection = server.database.connection;
    const ids = await demoIds(connection);
    const olli = await signIn(server, 'olli.sw');
    const readers: [ApiClient, string[]][] = [
      [anna, ['Aino', 'Eetu', 'Linnea', 'Onni']],
      [olli, ['Veeti', 'Helmi', 'Ella']],
    ];
    const today = helsinkiToday();
    let met = 0;
    let open = 0;
    for (const [reader, names] of readers) {
      const children = await childModel(connection)
        .find({ _id: { $in: names.map(ids.child) } })
        .lean();
      const computed = computeDeadlines(children, await loadDeadlineInputs(connection, children), today);
      for (const child of children) {
        const expected = computed.get(String(child._id))!;
        const list = await reader.get(`/api/v1/children/${child._id}/deadlines`);
        expect(list.status).toBe(200);
        expect(list.body.items).withContext(child.firstName).toEqual(expected);
        const picture = await reader.get(`/api/v1/children/${child._id}/picture`);
        expect(picture.status).toBe(200);
        expect(picture.body.deadlines)
          .withContext(child.firstName)
          .toEqual(pictureDeadlines(expected, today));
        met += expected.filter((d) => d.status === 'met').length;
        open += expected.filter((d) => d.status !== 'met').length;
      }
    }
    // The demo cases have both, so the comparison above is not between empty lists.
    expect(met).toBeGreaterThan(0);
    expect(open).toBeGreaterThan(0);
  });

  it('keeps a later write when an older computation of the same child stores after it (stamps)', async () => {
    const connection = server.database.connection;
    const child = await newChild(connection);
    const id = new Types.ObjectId(child);
    // A computation that read the inputs before the write below, and stores only after it.
    const stale = await computeProjections(connection, [id]);
    expect(stale.projections[0]!.list.deadlines).toEqual([]);
    const today = helsinkiToday();
    expect((await anna.post(`/api/v1/children/${child}/events`, notification(today))).status).toBe(201);
    await storeProjections(connection, stale.projections);

    const rules = (list: { ruleId: string }[]) => list.map((d) => d.ruleId);
    const items = (await anna.get(`/api/v1/children/${child}/deadlines`)).body.items;
    expect(rules(items)).toContain(START);
    const summary = await deadlineProjectionModel(connection).findById(id).lean();
    expect(rules(summary!.open)).toContain(START);
    const inputs = await loadDeadlineInputs(connection, [{ _id: id }]);
    const born = (await childModel(connection).findById(id).lean())!;
    expect(items).toEqual(computeDeadlines([born], inputs, today).get(child));
  });

  it('shows the 7-working-day assessment start for a notification received today', async () => {
    const child = await newChild(server.database.connection);
    const today = helsinkiToday();
    const added = await anna.post(`/api/v1/children/${child}/events`, notification(today));
    expect(added.status).toBe(201);
    expect(added.body).toEqual(
      jasmine.objectContaining({ version: 1, current: true, type: 'notification_received', date: today }),
    );
    const due = addWorkingDays(today, 7);

    const deadlines = await anna.get(`/api/v1/children/${child}/deadlines`);
    expect(deadlines.status).toBe(200);
    const start = deadlines.body.items.find((d: { ruleId: string }) => d.ruleId === START);
    expect(start).toEqual(
      jasmine.objectContaining({
        dueDate: due,
        status: 'upcoming',
        triggerEventId: added.body.id,
        metOn: null,
      }),
    );

    const picture = await anna.get(`/api/v1/children/${child}/picture`);
    expect(picture.status).toBe(200);
    expect(situationalPictureSchema.safeParse(picture.body).error).toBeUndefined();
    expect(picture.body.deadlines.find((d: { ruleId: string }) => d.ruleId === START).dueDate).toBe(due);
    // Open deadlines soonest first: the urgency assessment (due today) comes before the assessment start.
    const dueDates = picture.body.deadlines.map((d: { dueDate: string }) => d.dueDate);
    expect(dueDates).toEqual([...dueDates].sort());
    expect(picture.body.deadlines[0].ruleId).toBe('urgency-assessment-immediately');
    // The lifecycle moved the child (a client with no events so far) to a new case at notification.
    expect(picture.body.child.status).toBe('notification');
  });

  it('skips Christmas and New Year: a notification on Thu 18.12.2025 is due to start on Fri 2.1.2026', async () => {
    // Working days after Thu 18.12.: Fri 19 (1), Mon 22 (2), Tue 23 (3); Christmas Eve, Christmas Day and
    // St Stephen's Day are not working days; Mon 29 (4), Tue 30 (5), Wed 31 (6: New Year's Eve is a
    // working day); New Year's Day is a holiday; Fri 2.1.2026 (7).
    const child = await newChild(server.database.connection);
    const added = await anna.post(`/api/v1/children/${child}/events`, notification('2025-12-18'));
    expect(added.status).toBe(201);
    const picture = await anna.get(`/api/v1/children/${child}/picture`);
    const start = picture.body.deadlines.find((d: { ruleId: string }) => d.ruleId === START);
    expect(start).toEqual(jasmine.objectContaining({ dueDate: '2026-01-02', status: 'overdue' }));
    expect(addWorkingDays('2025-12-18', 7)).toBe('2026-01-02');
  });

  it('lists met deadlines on /deadlines, and on the picture only those met in the last 30 days', async () => {
    const child = await newChild(server.database.connection);
    const today = helsinkiToday();
    for (const event of [
      notification('2024-03-04'),
      { type: 'urgency_assessed', date: '2024-03-04', details: { urgency: 'not_urgent' } },
      notification(today),
      { type: 'urgency_assessed', date: today, details: { urgency: 'urgent' } },
    ])
      expect((await anna.post(`/api/v1/children/${child}/events`, event)).status).toBe(201);
    const all = (await anna.get(`/api/v1/children/${child}/deadlines`)).body.items;
    const urgency = all.filter((d: { ruleId: string }) => d.ruleId === 'urgency-assessment-immediately');
    expect(urgency.map((d: { metOn: string }) => d.metOn)).toEqual(['2024-03-04', today]);
    const shown = (await anna.get(`/api/v1/children/${child}/picture`)).body.deadlines;
    const shownUrgency = shown.filter(
      (d: { ruleId: string }) => d.ruleId === 'urgency-assessment-immediately',
    );
    expect(shownUrgency.map((d: { metOn: string }) => d.metOn)).toEqual([today]);
    // The 2024 notification's assessment start was never met: still open, so still on the picture.
    const starts = shown.filter((d: { ruleId: string }) => d.ruleId === START);
    expect(starts.map((d: { status: string }) => d.status)).toEqual(['overdue', 'upcoming']);
  });
});
