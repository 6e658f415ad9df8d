import { addCalendarDays, therapyReminderListSchema } from '@keha/shared';
import { auditCollection } from '../../platform/audit/audit-event.js';
import { DEMO_PASSWORD } from '../../seed/demo-organisation.js';
import { signIn, type ApiClient } from '../../testing/api-client.js';
import { createWorker } from '../../testing/child-fixtures.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { measurement, newTherapyFamily, pdfText, planContent } from './spec-support.js';

describe('therapy reminders and PDF exports (HTTP)', () => {
  let server: TestServer;
  let therapist: ApiClient;
  let anna: ApiClient;
  beforeAll(async () => {
    server = await startTestServer();
    // A therapist of their own, so that the demo plans do not crowd the work list.
    await createWorker(
      server.database.connection,
      'spec.therapist',
      'team-1',
      ['family_therapist'],
      DEMO_PASSWORD,
    );
    [therapist, anna] = await Promise.all([signIn(server, 'spec.therapist'), signIn(server, 'anna.sw')]);
  });
  afterAll(async () => server.dispose());

  /** An active plan that started 100 days ago, with a baseline measurement and one session. */
  async function activePlan(by: ApiClient = therapist) {
    const family = await newTherapyFamily(server.database.connection);
    const content = planContent(family, 100);
    const plan = (await by.post('/api/v1/therapy-plans', { familyId: family.familyId, plan: content })).body;
    const url = `/api/v1/therapy-plans/${plan.id}`;
    expect((await by.post(`${url}/status`, { baseVersion: 1, to: 'active' })).status).toBe(200);
    const session = {
      date: content.startDate,
      attendees: [{ name: 'Katja' }],
      summary: 'Ensimmäinen tapaaminen.',
    };
    expect((await by.post(`${url}/sessions`, session)).status).toBe(201);
    expect(
      (await by.post(`${url}/measurements`, measurement(family.persons.mother, content.startDate))).status,
    ).toBe(201);
    return { family, plan, url, start: content.startDate };
  }

  it("lists the child's reminders with their status and the therapist's open ones overdue first", async () => {
    // Its own therapist: the other specs' plans (in random order) would otherwise join the work list.
    await createWorker(
      server.database.connection,
      'worklist.therapist',
      'team-1',
      ['family_therapist'],
      DEMO_PASSWORD,
    );
    const worklistTherapist = await signIn(server, 'worklist.therapist');
    const { family, plan, start } = await activePlan(worklistTherapist);
    const res = await anna.get(`/api/v1/therapy-plans/reminders?childId=${family.childIds[1]}`);
    expect(res.status).toBe(200);
    expect(therapyReminderListSchema.safeParse(res.body).error).toBeUndefined();
    const byKey = Object.fromEntries(
      res.body.items.map((r: { point?: string; kind: string }) => [r.point ?? r.kind, r]),
    );
    expect(byKey['baseline']).toEqual(
      jasmine.objectContaining({ status: 'met', metOn: start, planId: plan.id, familyName: family.name }),
    );
    // One session logged, every two weeks: the 4th would have been 42 days after the start.
    expect(byKey['session_4']).toEqual(
      jasmine.objectContaining({ dueDate: addCalendarDays(start, 42), status: 'overdue' }),
    );
    expect(byKey['goal_review']).toEqual(
      jasmine.objectContaining({ dueDate: addCalendarDays(start, 90), status: 'overdue' }),
    );
    expect(byKey['six_months'].status).toBe('upcoming');
    expect(byKey['end'].status).toBe('upcoming');

    const mine = await worklistTherapist.get('/api/v1/me/therapy-reminders');
    expect(mine.status).toBe(200);
    const statuses = mine.body.items.map((r: { status: string }) => r.status);
    expect(statuses).not.toContain('met');
    expect(statuses.indexOf('upcoming')).toBeGreaterThan(statuses.lastIndexOf('overdue'));
    expect(mine.body.items.every((r: { planId: string }) => r.planId === plan.id)).toBeTrue();
    const audited = await auditCollection(server.database.connection).findOne({
      'actor.username': 'worklist.therapist',
      view: 'therapy.reminders',
    });
    expect(audited!.childIds!.sort()).toEqual([...family.childIds].sort());
    // A social worker made no plans; an administrator sees no client data.
    expect((await anna.get('/api/v1/me/therapy-reminders')).body.items).toEqual([]);
    expect((await (await signIn(server, 'admin')).get('/api/v1/me/therapy-reminders')).status).toBe(403);
    expect(
      (
        await (
          await signIn(server, 'olli.sw')
        ).get(`/api/v1/therapy-plans/reminders?childId=${family.childIds[0]}`)
      ).status,
    ).toBe(403);
  });

  it('exports the plan and the progress report as PDFs in the asked language, audited as an export', async () => {
    const { family, plan, url } = await activePlan();
    const fi = await anna.get(`${url}/export?kind=plan&lang=fi`);
    expect(fi.status).toBe(200);
    expect(fi.headers.get('content-type')).toContain('application/pdf');
    const bytes = Buffer.from(
      await (
        await fetch(server.url + `${url}/export?kind=plan&lang=fi`, {
          headers: { cookie: `keha.sid=${anna.sessionToken}` },
        })
      ).arrayBuffer(),
    );
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(bytes);
    expect(text).toContain(`Perheterapiasuunnitelma: ${family.name}`);
    expect(text).toContain('Kotona riidellään joka ilta.');
    expect(text).toContain('Vahvuudet ja sopeutuvuus');
    expect(text).toContain('Katja Häkkinen');

    const sv = Buffer.from(
      await (
        await fetch(server.url + `${url}/export?kind=progress&lang=sv`, {
          headers: { cookie: `keha.sid=${anna.sessionToken}` },
        })
      ).arrayBuffer(),
    );
    const svText = pdfText(sv);
    expect(svText).toContain(`Familjeterapins framstegsrapport: ${family.name}`);
    expect(svText).toContain('Utgångsläge och senaste');
    expect(svText).toContain('Ensimmäinen tapaaminen.');

    const events = await auditCollection(server.database.connection)
      .find({ 'actor.username': 'anna.sw', view: 'therapy.export', childId: family.childIds[0] })
      .toArray();
    expect(events.map((e) => e.fields)).toContain(['pdf:progress', 'lang:sv']);
    const olli = await signIn(server, 'olli.sw');
    expect((await olli.get(`/api/v1/therapy-plans/${plan.id}/export?kind=plan&lang=en`)).status).toBe(403);
    expect((await anna.get(`${url}/export?kind=poster`)).status).toBe(400);
  });
});
