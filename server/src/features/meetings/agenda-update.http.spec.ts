import { AGENDA_REVISION_KEY, MEETING_STATE_MAP } from '@keha/shared';
import { demoIds } from '../../testing/demo-ids.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { createMeeting, notesClient, until } from './spec-support.js';

describe('editing a draft meeting’s agenda (PUT /api/v1/meetings/:id/agenda)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  }, 30_000);
  afterAll(async () => server.dispose());

  it('keeps the item ids and tells everyone in the room (a new agenda revision in the shared notes)', async () => {
    const { id, lead } = await createMeeting(server, '2026-04-06');
    const ids = await demoIds(server.database.connection);
    const anna = await notesClient(server, 'anna.sw', id);
    expect((await anna.connect()).ok).toBeTrue();
    const revision = () => anna.doc.getMap(MEETING_STATE_MAP).get(AGENDA_REVISION_KEY);
    expect(revision()).toBeUndefined();

    const before = (await lead.get(`/api/v1/meetings/${id}`)).body;
    const res = await lead.put(`/api/v1/meetings/${id}/agenda`, {
      agenda: [
        ...before.agenda.map(
          (i: {
            id: string;
            kind: string;
            childIds?: string[];
            presentingWorkerId?: string;
            question?: string;
          }) =>
            i.kind === 'family'
              ? {
                  id: i.id,
                  kind: i.kind,
                  childIds: i.childIds,
                  presentingWorkerId: i.presentingWorkerId,
                  question: i.question,
                }
              : { id: i.id, kind: i.kind },
        ),
        {
          id: 'eetu',
          kind: 'family',
          childIds: [ids.child('Eetu')],
          presentingWorkerId: ids.user('anna.sw'),
          question: 'Is the school placement working?',
        },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.agenda.map((i: { id: string }) => i.id)).toEqual(['urgent', 'aino', 'eetu']);
    await until(() => typeof revision() === 'string');
    expect(Date.parse(revision() as string)).not.toBeNaN();
    anna.disconnect();
  });

  it('refuses an incomplete family item with the field paths, and leaves the agenda as it was', async () => {
    const { id, lead } = await createMeeting(server, '2026-04-13');
    const res = await lead.put(`/api/v1/meetings/${id}/agenda`, {
      agenda: [{ id: 'f1', kind: 'family', childIds: [], presentingWorkerId: '', question: '' }],
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('agenda.0');
    const after = (await lead.get(`/api/v1/meetings/${id}`)).body;
    expect(after.agenda.map((i: { id: string }) => i.id)).toEqual(['urgent', 'aino']);
  });
});
