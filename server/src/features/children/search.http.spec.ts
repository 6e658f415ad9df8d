import { auditCollection } from '../../platform/audit/audit-event.js';
import { signIn, type ApiClient } from '../../testing/api-client.js';
import { createChildViaApi, createWorker, teamId } from '../../testing/child-fixtures.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { childModel } from './model.js';

describe('searching and filtering children (GET /children?q=)', () => {
  let server: TestServer;
  let anna: ApiClient;
  let olli: ApiClient;
  let johanna: ApiClient;
  let team2: string;
  const names = (res: { body: { items: { firstName: string; lastName: string }[] } }) =>
    res.body.items.map((c) => `${c.firstName} ${c.lastName}`).sort();
  const lastSearch = async (username: string) =>
    (await auditCollection(server.database.connection)
      .find({ 'actor.username': username, view: 'children.search' })
      .sort({ partition: -1, seq: -1 })
      .limit(1)
      .next())!;

  beforeAll(async () => {
    server = await startTestServer();
    [anna, olli, johanna] = await Promise.all(
      ['anna.sw', 'olli.sw', 'johanna.supervisor'].map((u) => signIn(server, u)),
    );
    const connection = server.database.connection;
    team2 = String(await teamId(connection, 'team-2'));
    const w1 = String(await createWorker(connection, 'search.worker', 'team-1'));
    const w2 = String(await createWorker(connection, 'search.other', 'team-2'));
    const team1Child = (firstName: string, lastName: string, born: string) =>
      createChildViaApi(anna, connection, { firstName, lastName, born, teamCode: 'team-1', workerId: w1 });
    await team1Child('Saimi', 'Hakuspeck', '2015-01-01');
    await team1Child('Sampsaliina', 'Hakuspeck', '2016-01-01');
    await team1Child('Hanna', 'Sampsapeck', '2014-01-01');
    await team1Child('Joku', 'A.*kkonen', '2014-02-02');
    await createChildViaApi(olli, connection, {
      firstName: 'Saara',
      lastName: 'Hakuspeck',
      born: '2013-01-01',
      teamCode: 'team-2',
      workerId: w2,
    });
  });
  afterAll(async () => server.dispose());

  it('matches the start of the first or last name, case-insensitively, within the need-to-know scope', async () => {
    expect(names(await anna.get('/api/v1/children?q=hakusp'))).toEqual([
      'Saimi Hakuspeck',
      'Sampsaliina Hakuspeck',
    ]);
    expect(names(await anna.get('/api/v1/children?q=SAMPSA'))).toEqual([
      'Hanna Sampsapeck',
      'Sampsaliina Hakuspeck',
    ]);
    expect(names(await anna.get('/api/v1/children?q=sampsaliina%20hakus'))).toEqual([
      'Sampsaliina Hakuspeck',
    ]);
    expect(names(await anna.get('/api/v1/children?q=akuspeck'))).toEqual([]); // a prefix, not a substring
    expect(names(await anna.get('/api/v1/children?q=a.*'))).toEqual(['Joku A.*kkonen']); // literal, not a pattern
    expect(names(await olli.get('/api/v1/children?q=hakusp'))).toEqual(['Saara Hakuspeck']);

    const event = await lastSearch('olli.sw');
    expect(event.purpose).toBe('Search by name: hakusp');
    expect(event.childIds!.length).toBe(1);
  });

  it('finds a whole identity code exactly, and keeps the code itself out of the audit log', async () => {
    const saimi = (await childModel(server.database.connection).findOne({ firstName: 'Saimi' }).lean())!;
    const res = await anna.get(`/api/v1/children?q=${encodeURIComponent(saimi.identityCode.toLowerCase())}`);
    expect(names(res)).toEqual(['Saimi Hakuspeck']);
    expect(res.body.items[0].identityCode).toBe(saimi.identityCode);
    const event = await lastSearch('anna.sw');
    expect(event.purpose).toBe('Search by identity code');
    expect(event.childIds).toEqual([String(saimi._id)]);
    expect(JSON.stringify(event)).not.toContain(saimi.identityCode);
    expect(JSON.stringify(event).toUpperCase()).not.toContain(saimi.identityCode);
    // Another team's worker finds nothing by the code either.
    expect((await olli.get(`/api/v1/children?q=${saimi.identityCode}`)).body.items).toEqual([]);
    expect((await olli.get(`/api/v1/children?q=${saimi.identityCode}`)).body.total).toBe(0);
  });

  it('filters by status, team and named social worker (supervisors get summary rows)', async () => {
    expect(names(await anna.get('/api/v1/children?q=hakusp&status=notification'))).toEqual([
      'Saimi Hakuspeck',
      'Sampsaliina Hakuspeck',
    ]);
    expect(names(await anna.get('/api/v1/children?q=hakusp&status=client'))).toEqual([]);
    const acrossTeams = await johanna.get(`/api/v1/children?q=hakusp&teamId=${team2}`);
    expect(names(acrossTeams)).toEqual(['Saara Hakuspeck']);
    expect(acrossTeams.body.items[0].view).toBe('summary');
    expect(acrossTeams.body.items[0].identityCode).toBeUndefined();
    const worker = acrossTeams.body.items[0].namedSocialWorkerId;
    expect(names(await johanna.get(`/api/v1/children?namedSocialWorkerId=${worker}`))).toEqual([
      'Saara Hakuspeck',
    ]);
    expect((await anna.get('/api/v1/children?status=nonsense')).status).toBe(400);
  });
});
