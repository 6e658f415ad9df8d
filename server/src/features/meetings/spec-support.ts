import type { Connection } from 'mongoose';
import { signIn, type ApiClient } from '../../testing/api-client.js';
import { demoIds } from '../../testing/demo-ids.js';
import { NotesClient } from '../../testing/notes-client.js';
import type { TestServer } from '../../testing/test-server.js';

export async function teamId(connection: Connection, code: 'team-1' | 'team-2'): Promise<string> {
  const team = await connection.collection('teams').findOne({ code });
  return String(team!._id);
}

/** A draft meeting of team 1 about Aino (presented by anna.sw), created by mikko.lead. */
export async function createMeeting(
  server: TestServer,
  date = '2026-03-02',
): Promise<{ id: string; lead: ApiClient }> {
  const lead = await signIn(server, 'mikko.lead');
  const ids = await demoIds(server.database.connection);
  const res = await lead.post('/api/v1/meetings', {
    teamId: await teamId(server.database.connection, 'team-1'),
    date,
    attendees: [{ userId: ids.user('anna.sw'), role: 'presenter' }],
    agenda: [
      { id: 'urgent', kind: 'urgent_round' },
      {
        id: 'aino',
        kind: 'family',
        childIds: [ids.child('Aino')],
        presentingWorkerId: ids.user('anna.sw'),
        question: 'How do we support the mother without losing sight of Aino?',
      },
    ],
  });
  if (res.status !== 201) throw new Error(`create meeting: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.id as string, lead };
}

/** A signed-in notes client (not yet connected). */
export async function notesClient(
  server: TestServer,
  username: string,
  meetingId: string,
): Promise<NotesClient> {
  const api = await signIn(server, username);
  return new NotesClient(server.url, `keha.sid=${api.sessionToken}`, meetingId);
}

export const until = async (check: () => boolean, ms = 5_000): Promise<void> => {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
};
