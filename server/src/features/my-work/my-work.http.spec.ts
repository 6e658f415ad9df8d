import { Types } from 'mongoose';
import { addCalendarDays, type Deadline } from '@keha/shared';
import { auditCollection } from '../../platform/audit/audit-event.js';
import { DEMO_PASSWORD } from '../../seed/demo-organisation.js';
import { signIn, type ApiClient } from '../../testing/api-client.js';
import { createChildViaApi, createWorker } from '../../testing/child-fixtures.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { helsinkiToday } from '../case/dates.js';
import { taskModel } from '../case/task.model.js';

type Row = Deadline & { childId: string; childName: string };

describe('my work (GET /me/work)', () => {
  let server: TestServer;
  let me: ApiClient;
  let meId: string;
  const children: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer();
    const connection = server.database.connection;
    meId = String(
      await createWorker(connection, 'mywork.worker', 'team-1', ['social_worker'], DEMO_PASSWORD),
    );
    me = await signIn(server, 'mywork.worker');
    for (const [firstName, born] of [
      ['Myöhässä', '2012-01-01'],
      ['Tuore', '2014-01-01'],
      ['Hiljainen', '2016-01-01'],
    ])
      children[firstName] = await createChildViaApi(me, connection, {
        firstName,
        lastName: 'Työlista',
        born,
        teamCode: 'team-1',
        workerId: meId,
      });
    const today = helsinkiToday();
    const notify = (child: string, date: string) =>
      me.post(`/api/v1/children/${child}/events`, {
        type: 'notification_received',
        date,
        details: { reporterType: 'school', content: 'Koulun huoli.' },
      });
    expect((await notify(children['Myöhässä']!, addCalendarDays(today, -40))).status).toBe(201);
    expect((await notify(children['Tuore']!, today)).status).toBe(201);
    const task = (child: string, title: string, dueDate: string) =>
      me.post(`/api/v1/children/${child}/tasks`, { title, ownerId: meId, dueDate });
    expect((await task(children['Tuore']!, 'Kotikäynti', addCalendarDays(today, 5))).status).toBe(201);
    expect((await task(children['Myöhässä']!, 'Soita koululle', addCalendarDays(today, 1))).status).toBe(201);
    const done = await task(children['Hiljainen']!, 'Valmis jo', today);
    expect((await me.patch(`/api/v1/tasks/${done.body.id}`, { status: 'done' })).status).toBe(200);
    // A task on a child of another team (left over from earlier work) is not shown.
    const elsewhere = await createChildViaApi(await signIn(server, 'olli.sw'), connection, {
      firstName: 'Muualla',
      lastName: 'Työlista',
      born: '2015-05-05',
      teamCode: 'team-2',
      workerId: String(await createWorker(connection, 'mywork.other', 'team-2')),
    });
    await taskModel(connection).create({
      childId: new Types.ObjectId(elsewhere),
      title: 'Vanha tehtävä',
      ownerId: new Types.ObjectId(meId),
      dueDate: today,
      status: 'open',
      date: today,
      createdById: new Types.ObjectId(meId),
      createdByName: 'Spec',
    });
  });
  afterAll(async () => server.dispose());

  it("lists the caller's children, open tasks and open deadlines, overdue first then by due date", async () => {
    const res = await me.get('/api/v1/me/work');
    expect(res.status).withContext(JSON.stringify(res.body)).toBe(200);
    const work = res.body;
    expect(work.children.map((c: { firstName: string }) => c.firstName).sort()).toEqual([
      'Hiljainen',
      'Myöhässä',
      'Tuore',
    ]);
    expect(work.tasks.map((t: { title: string }) => t.title)).toEqual(['Soita koululle', 'Kotikäynti']);
    expect(work.tasks[0].childName).toBe('Myöhässä Työlista');

    const deadlines = work.deadlines as Row[];
    expect(deadlines.length).toBeGreaterThanOrEqual(4);
    expect(deadlines.every((d) => d.status !== 'met')).toBeTrue();
    for (let i = 1; i < deadlines.length; i++) {
      const [a, b] = [deadlines[i - 1]!, deadlines[i]!];
      const order = a.status === 'overdue' && b.status !== 'overdue' ? -1 : a.dueDate <= b.dueDate ? 0 : 1;
      expect(order).withContext(`${a.dueDate} ${a.status} before ${b.dueDate} ${b.status}`).toBeLessThan(1);
      expect(b.status === 'overdue' && a.status !== 'overdue').toBeFalse();
    }
    expect(deadlines[0]).toEqual(
      jasmine.objectContaining({
        childId: children['Myöhässä'],
        status: 'overdue',
        childName: 'Myöhässä Työlista',
      }),
    );
    expect(deadlines.some((d) => d.childId === children['Tuore'] && d.status !== 'overdue')).toBeTrue();
    const late = work.children.find((c: { firstName: string }) => c.firstName === 'Myöhässä');
    expect(late.nextDeadline.status).toBe('overdue');
    const quiet = work.children.find((c: { firstName: string }) => c.firstName === 'Hiljainen');
    expect(quiet.nextDeadline).toBeNull();

    const event = await auditCollection(server.database.connection).findOne({
      'actor.username': 'mywork.worker',
      view: 'my-work',
    });
    expect(event!.childIds!.sort()).toEqual(Object.values(children).sort());
  });

  it('is refused to administrators', async () => {
    expect((await (await signIn(server, 'admin')).get('/api/v1/me/work')).status).toBe(403);
  });
});
