import * as Y from 'yjs';
import { sharedTypeName } from '@keha/shared';
import { signIn } from '../../testing/api-client.js';
import { demoIds } from '../../testing/demo-ids.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { createMeeting, notesClient, teamId, until } from './spec-support.js';

function paragraph(fragment: Y.XmlFragment, text: string): void {
  const p = new Y.XmlElement('paragraph');
  const t = new Y.XmlText();
  p.insert(0, [t]);
  fragment.push([p]);
  t.insert(0, text);
}

function entry(doc: Y.Doc, section: 'hypotheses' | 'action_points', fields: Record<string, unknown>): void {
  const map = new Y.Map<unknown>();
  doc.getArray(sharedTypeName(section, 'aino')).push([map]);
  for (const [k, v] of Object.entries(fields)) map.set(k, v);
}

describe('weekly team meetings (REST)', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()), 30_000);
  afterAll(async () => server.dispose());

  it('has demo meetings: an upcoming one about two families, a finalised one filed to Aino', async () => {
    const lead = await signIn(server, 'mikko.lead');
    const team1 = await teamId(server.database.connection, 'team-1');
    const items = (await lead.get(`/api/v1/meetings?teamId=${team1}`)).body.items as {
      id: string;
      status: string;
    }[];
    const draft = (await lead.get(`/api/v1/meetings/${items.find((m) => m.status === 'draft')!.id}`)).body;
    expect(draft.agenda.filter((i: { kind: string }) => i.kind === 'family').length).toBe(2);
    const past = items.find((m) => m.status === 'finalised')!;
    const minutes = (await lead.get(`/api/v1/meetings/${past.id}/minutes`)).body;
    expect(minutes.items[1].hypotheses.length).toBe(2);
    const aino = (await demoIds(server.database.connection)).child('Aino');
    const timeline = await lead.get(`/api/v1/children/${aino}/timeline?kinds=meeting`);
    expect(timeline.body.items.length).toBeGreaterThan(0);
    const tasks = (await lead.get(`/api/v1/children/${aino}/tasks`)).body.items as { meetingId?: string }[];
    expect(tasks.some((t) => t.meetingId === past.id)).toBeTrue();
  });

  it('lists the caller’s teams with their members for a new meeting', async () => {
    const anna = await signIn(server, 'anna.sw');
    const ids = await demoIds(server.database.connection);
    const team1 = await teamId(server.database.connection, 'team-1');
    const res = await anna.get('/api/v1/meetings/teams');
    expect(res.status).toBe(200);
    expect(res.body.items.map((t: { teamId: string }) => t.teamId)).toEqual([team1]);
    const members = res.body.items[0].members.map((m: { id: string }) => m.id);
    expect(members).toContain(ids.user('mikko.lead'));
    expect(members).toContain(ids.user('tiina.coord'));
    expect(members).not.toContain(ids.user('olli.sw'));
    const olli = (await (await signIn(server, 'olli.sw')).get('/api/v1/meetings/teams')).body;
    expect(olli.items[0].members.map((m: { id: string }) => m.id)).not.toContain(ids.user('anna.sw'));
  });

  it('lists a team’s meetings only to its members, with the urgent round pulled in', async () => {
    const { id, lead } = await createMeeting(server, '2026-04-06');
    const team1 = await teamId(server.database.connection, 'team-1');
    const list = await lead.get(`/api/v1/meetings?teamId=${team1}`);
    expect(list.body.items.map((m: { id: string }) => m.id)).toContain(id);
    const meeting = await lead.get(`/api/v1/meetings/${id}`);
    expect(meeting.body.agenda.map((i: { kind: string }) => i.kind)).toEqual(['urgent_round', 'family']);
    expect(meeting.body.agenda[1].children[0].name).toContain('Aino');
    const olli = await signIn(server, 'olli.sw');
    expect((await olli.get(`/api/v1/meetings?teamId=${team1}`)).status).toBe(403);
    expect((await olli.get(`/api/v1/meetings/${id}`)).status).toBe(403);
  });

  it('finalises into read-only minutes on the child’s timeline, action points as tasks, addenda as versions, PDF', async () => {
    const { id } = await createMeeting(server, '2026-04-13');
    const ids = await demoIds(server.database.connection);
    const aino = ids.child('Aino');
    const anna = await notesClient(server, 'anna.sw', id);
    await anna.connect();
    const doc = anna.doc;
    paragraph(doc.getXmlFragment(sharedTypeName('child_view', 'aino')), 'Aino drew her family with the dog.');
    paragraph(
      doc.getXmlFragment(sharedTypeName('decisions', 'aino')),
      'Network meeting with the grandmother.',
    );
    entry(doc, 'hypotheses', {
      id: 'h1',
      authorName: 'Anna Virtanen',
      text: 'The move broke her routines',
      status: 'open',
    });
    entry(doc, 'action_points', {
      id: 'a1',
      childId: aino,
      text: 'Invite the grandmother',
      ownerId: ids.user('anna.sw'),
      dueDate: '2026-04-30',
    });
    await until(() => anna.pending.size === 0);
    const status = new Promise((resolve) => anna.socket!.once('meeting:status', resolve));

    const annaApi = await signIn(server, 'anna.sw');
    expect((await annaApi.post(`/api/v1/meetings/${id}/finalise`, {})).status).toBe(403);
    const coordinator = await signIn(server, 'tiina.coord');
    const res = await coordinator.post(`/api/v1/meetings/${id}/finalise`, {});
    expect(res.status).toBe(200);
    const item = res.body.items.find((i: { item: { id: string } }) => i.item.id === 'aino');
    expect(item.sections).toEqual({
      child_view: 'Aino drew her family with the dog.',
      decisions: 'Network meeting with the grandmother.',
    });
    expect(item.hypotheses[0].text).toBe('The move broke her routines');
    expect(item.actionPoints[0].taskId).toEqual(jasmine.any(String));
    expect(await status).toEqual({ meetingId: id, status: 'finalised', readOnly: true });

    doc.getText('late').insert(0, 'too late');
    await until(() => anna.acked.length > 0 || anna.pending.size === 1);
    const late = [...anna.pending.entries()][0]!;
    expect(await anna.send(late[0], late[1])).toEqual({ ok: false, error: 'read_only' });
    expect((await coordinator.post(`/api/v1/meetings/${id}/finalise`, {})).status).toBe(409);

    const timeline = await annaApi.get(`/api/v1/children/${aino}/timeline?kinds=meeting`);
    expect(timeline.body.items.find((t: { date: string }) => t.date === '2026-04-13')).toEqual(
      jasmine.objectContaining({ kind: 'meeting', code: 'minutes', date: '2026-04-13' }),
    );
    const tasks = await annaApi.get(`/api/v1/children/${aino}/tasks`);
    expect(
      tasks.body.items
        .filter((t: { meetingId?: string }) => t.meetingId === id)
        .map((t: { title: string }) => t.title),
    ).toEqual(['Invite the grandmother']);

    const addendum = await annaApi.post(`/api/v1/meetings/${id}/addenda`, {
      itemId: 'aino',
      text: 'The grandmother agreed to come.',
    });
    expect(addendum.status).toBe(201);
    expect(addendum.body.version).toBe(2);
    const versions = await annaApi.get(`/api/v1/meetings/${id}/versions`);
    expect(versions.body.items.map((v: { reason: string }) => v.reason)).toEqual(['finalised', 'addendum']);
    expect((await annaApi.get(`/api/v1/meetings/${id}/versions/1`)).body.addenda).toEqual([]);
    const hypotheses = await annaApi.get(`/api/v1/children/${aino}/hypotheses`);
    const ours = hypotheses.body.items.find((h: { meetingId: string }) => h.meetingId === id);
    expect(ours.hypotheses[0].text).toBe('The move broke her routines');

    for (const query of ['lang=fi', `lang=sv&childId=${aino}`, 'lang=en&version=1']) {
      const pdf = await fetch(`${server.url}/api/v1/meetings/${id}/minutes.pdf?${query}`, {
        headers: { cookie: `keha.sid=${annaApi.sessionToken}` },
      });
      expect(pdf.headers.get('content-type'))
        .withContext(pdf.headers.get('content-type') === 'application/pdf' ? '' : await pdf.clone().text())
        .toBe('application/pdf');
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 4)
          .toString(),
      ).toBe('%PDF');
    }
    anna.disconnect();

    // A later meeting about Aino starts from the hypotheses that were not discarded.
    const next = await createMeeting(server, '2026-04-20');
    const mikko = await notesClient(server, 'mikko.lead', next.id);
    await mikko.connect();
    const carried = mikko.doc.getArray<Y.Map<unknown>>(sharedTypeName('hypotheses', 'aino')).toArray();
    expect(carried.map((m) => [m.get('text'), m.get('carriedFromMeetingId')])).toEqual([
      ['The move broke her routines', id],
    ]);
    mikko.disconnect();
  });
});
