import { auditCollection } from '../../platform/audit/audit-event.js';
import { signIn, type ApiClient } from '../../testing/api-client.js';
import { createChildViaApi, createWorker } from '../../testing/child-fixtures.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

describe('the genogram across teams', () => {
  let server: TestServer;
  let anna: ApiClient;
  let olli: ApiClient;
  let worker: string;
  const newChild = (firstName: string, born: string) =>
    createChildViaApi(anna, server.database.connection, {
      firstName,
      lastName: 'Genogrammi',
      born,
      teamCode: 'team-1',
      workerId: worker,
    });

  beforeAll(async () => {
    server = await startTestServer();
    [anna, olli] = await Promise.all([signIn(server, 'anna.sw'), signIn(server, 'olli.sw')]);
    worker = String(await createWorker(server.database.connection, 'genogram.worker', 'team-1'));
  });
  afterAll(async () => server.dispose());

  it("refuses another team's worker (audited) and people or families of other teams", async () => {
    const connection = server.database.connection;
    const otherWorker = String(await createWorker(connection, 'genogram.other', 'team-2'));
    const veera = await createChildViaApi(olli, connection, {
      firstName: 'Veera',
      lastName: 'Toisentiimi',
      born: '2016-04-04',
      teamCode: 'team-2',
      workerId: otherWorker,
    });
    const otherFamily = await olli.post(`/api/v1/children/${veera}/family`, { name: 'Toisentiimi' });
    const stranger = otherFamily.body.persons[0].id as string;

    const target = await newChild('Hertta', '2013-03-13');
    const read = await olli.get(`/api/v1/children/${target}/family`);
    expect(read.status).toBe(403);
    expect(read.body.error.code).toBe('break_glass_required');
    const write = await olli.post(`/api/v1/children/${target}/family/persons`, { firstName: 'Vieras' });
    expect(write.status).toBe(403);
    const audited = await auditCollection(connection)
      .find({ 'actor.username': 'olli.sw', childId: target, view: 'child.family' })
      .toArray();
    expect(audited.map((e) => [e.action, e.outcome])).toEqual([
      ['child.read', 'denied'],
      ['child.write', 'denied'],
    ]);

    const own = await newChild('Helmeri', '2014-10-10');
    const ownFamily = (await anna.post(`/api/v1/children/${own}/family`, { name: 'Oma' })).body;
    const foreign = await anna.post(`/api/v1/children/${own}/family/relationships`, {
      kind: 'parent_of',
      fromPersonId: stranger,
      toPersonId: ownFamily.persons[0].id,
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.details).toEqual([
      { path: 'fromPersonId', message: 'No such person in this family.' },
    ]);
    const join = await olli.post(`/api/v1/children/${veera}/family`, { familyId: ownFamily.id });
    expect(join.status).toBe(409); // Veera already has a family
    const lone = await createChildViaApi(olli, connection, {
      firstName: 'Vilja',
      lastName: 'Toisentiimi',
      born: '2017-07-07',
      teamCode: 'team-2',
      workerId: otherWorker,
    });
    const crossTeam = await olli.post(`/api/v1/children/${lone}/family`, { familyId: ownFamily.id });
    expect(crossTeam.status).toBe(400);
    expect(crossTeam.body.error.details[0].path).toBe('familyId');
  });
});
