import { auditCollection } from '../../platform/audit/audit-event.js';
import { signIn, type ApiClient } from '../../testing/api-client.js';
import { createChildViaApi, createWorker } from '../../testing/child-fixtures.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { networkMemberModel } from './model.js';

describe('the network map through the HTTP API', () => {
  let server: TestServer;
  let anna: ApiClient;
  let olli: ApiClient;
  let worker: string;
  const newChild = (firstName: string) =>
    createChildViaApi(anna, server.database.connection, {
      firstName,
      lastName: 'Verkosto',
      born: '2015-05-05',
      teamCode: 'team-1',
      workerId: worker,
    });

  beforeAll(async () => {
    server = await startTestServer();
    [anna, olli] = await Promise.all([signIn(server, 'anna.sw'), signIn(server, 'olli.sw')]);
    worker = String(await createWorker(server.database.connection, 'network.worker', 'team-1'));
  });
  afterAll(async () => server.dispose());

  it('adds, edits and removes members; a removed member leaves the map but stays on record', async () => {
    const child = await newChild('Nelli');
    const url = `/api/v1/children/${child}/network`;
    expect((await anna.get(url)).body).toEqual({ members: [] });
    const teacher = await anna.post(url, {
      name: 'Opettaja Laine',
      role: 'luokanopettaja, Kallion koulu',
      sector: 'school',
      closeness: 2,
      support: 'supportive',
    });
    expect(teacher.status).toBe(201);
    const coach = await anna.post(url, {
      name: 'Valmentaja',
      sector: 'hobbies',
      closeness: 3,
      support: 'neutral',
    });
    expect(coach.status).toBe(201);
    const bad = await anna.post(url, { name: 'X', sector: 'school', closeness: 4, support: 'supportive' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('closeness');

    const edited = await anna.put(`${url}/${teacher.body.id}`, {
      name: 'Opettaja Laine',
      sector: 'school',
      closeness: 1,
      support: 'supportive',
    });
    expect(edited.status).toBe(200);
    expect(edited.body.closeness).toBe(1);
    expect(edited.body.role).toBeUndefined(); // the whole member is replaced

    expect((await anna.delete(`${url}/${coach.body.id}`)).status).toBe(204);
    expect((await anna.delete(`${url}/${coach.body.id}`)).status).toBe(404);
    const map = (await anna.get(url)).body.members;
    expect(map.map((m: { name: string }) => m.name)).toEqual(['Opettaja Laine']);
    const kept = await networkMemberModel(server.database.connection).findById(coach.body.id).lean();
    expect(kept).toEqual(jasmine.objectContaining({ removed: true, name: 'Valmentaja' }));
    expect(kept!.removedAt).toBeInstanceOf(Date);
    const edits = await auditCollection(server.database.connection)
      .find({ childId: child, view: 'child.network', action: 'child.write', outcome: 'allowed' })
      .toArray();
    expect(edits.length).toBe(5); // two adds, one edit, two removals (the second found nothing)
  });

  it("links members only to people of the child's own family", async () => {
    const child = await newChild('Noora');
    const other = await newChild('Niilo');
    const mine = (await anna.post(`/api/v1/children/${child}/family`, { name: 'Oma' })).body.persons[0].id;
    const theirs = (await anna.post(`/api/v1/children/${other}/family`, { name: 'Toinen' })).body.persons[0]
      .id;
    const member = { name: 'Mummo', sector: 'relatives', closeness: 1, support: 'supportive' };
    const url = `/api/v1/children/${child}/network`;
    expect((await anna.post(url, { ...member, personId: mine })).status).toBe(201);
    const foreign = await anna.post(url, { ...member, personId: theirs });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.details[0].path).toBe('personId');
  });

  it("refuses another team's worker, audited", async () => {
    const child = await newChild('Nea');
    expect((await olli.get(`/api/v1/children/${child}/network`)).status).toBe(403);
    const add = await olli.post(`/api/v1/children/${child}/network`, {
      name: 'X',
      sector: 'other',
      closeness: 3,
      support: 'neutral',
    });
    expect(add.status).toBe(403);
    const denied = await auditCollection(server.database.connection)
      .find({ childId: child, 'actor.username': 'olli.sw', view: 'child.network', outcome: 'denied' })
      .toArray();
    expect(denied.length).toBe(2);
  });
});
