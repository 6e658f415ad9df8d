import { auditCollection } from '../../platform/audit/audit-event.js';
import { anonymousClient, signIn, type ApiClient } from '../../testing/api-client.js';
import { demoIds } from '../../testing/demo-ids.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { userModel } from '../users/model.js';

describe('the administration API (HTTP)', () => {
  let server: TestServer;
  let admin: ApiClient;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  const paths = (res: { body: { error: { details: { path: string }[] } } }) =>
    res.body.error.details.map((d) => d.path).sort();

  beforeAll(async () => {
    server = await startTestServer({ LOGIN_MAX_FAILURES: '3' });
    admin = await signIn(server, 'admin');
    ids = await demoIds(server.database.connection);
  });
  afterAll(async () => server.dispose());

  it('creates a user with an initial password of at least 12 characters, who can then sign in', async () => {
    const teams = await admin.get('/api/v1/admin/teams');
    const team1 = teams.body.items.find((t: { code: string }) => t.code === 'team-1').id;
    const user = {
      username: 'maria.sw',
      displayName: 'Maria Berg',
      roles: ['social_worker'],
      teamIds: [team1],
    };
    const short = await admin.post('/api/v1/admin/users', { ...user, password: 'short' });
    expect(short.status).toBe(400);
    expect(paths(short)).toEqual(['password']);
    const unknownTeam = await admin.post('/api/v1/admin/users', {
      ...user,
      teamIds: ['0'.repeat(24)],
      password: 'Pitkä-salasana-2026',
    });
    expect(paths(unknownTeam)).toEqual(['teamIds']);
    const extra = await admin.post('/api/v1/admin/users', {
      ...user,
      password: 'Pitkä-salasana-2026',
      isRoot: true,
    });
    expect(paths(extra)).toEqual(['isRoot']);

    const created = await admin.post('/api/v1/admin/users', { ...user, password: 'Pitkä-salasana-2026' });
    expect(created.status).toBe(201);
    expect(created.body).toEqual(
      jasmine.objectContaining({
        username: 'maria.sw',
        teamIds: [team1],
        active: true,
        mfaEnabled: false,
        lockedUntil: null,
      }),
    );
    expect(JSON.stringify(created.body)).not.toContain('argon2');
    expect(
      (await admin.post('/api/v1/admin/users', { ...user, password: 'Pitkä-salasana-2026' })).status,
    ).toBe(409);
    const maria = await signIn(server, 'maria.sw', 'Pitkä-salasana-2026');
    expect((await maria.get(`/api/v1/children/${ids.child('Aino')}`)).status).toBe(200);
  });

  it('changes roles and teams (which changes access at once) and refuses an empty or unknown change', async () => {
    const olliId = ids.user('olli.sw');
    const olli = await signIn(server, 'olli.sw');
    expect((await olli.get(`/api/v1/children/${ids.child('Aino')}`)).status).toBe(403);
    const teams = (await admin.get('/api/v1/admin/teams')).body.items as { id: string }[];
    const patched = await admin.patch(`/api/v1/admin/users/${olliId}`, {
      teamIds: teams.map((t) => t.id),
      displayName: 'Olli M.',
    });
    expect(patched.status).toBe(200);
    expect((await olli.get(`/api/v1/children/${ids.child('Aino')}`)).status).toBe(200);
    const event = await auditCollection(server.database.connection).findOne({
      action: 'admin.user.update',
      'target.id': olliId,
    });
    expect(event?.fields).toEqual(jasmine.arrayWithExactContents(['teamIds', 'displayName']));
    expect((await admin.patch(`/api/v1/admin/users/${olliId}`, {})).status).toBe(400);
    expect(paths(await admin.patch(`/api/v1/admin/users/${olliId}`, { roles: ['wizard'] }))).toEqual([
      'roles.0',
    ]);
    expect((await admin.patch(`/api/v1/admin/users/${ids.user('admin')}`, { active: false })).status).toBe(
      400,
    );
    expect((await admin.patch(`/api/v1/admin/users/${'0'.repeat(24)}`, { active: false })).status).toBe(404);
  });

  it('unlocks an account locked by failed sign-ins', async () => {
    const client = anonymousClient(server);
    await client.fetchCsrfToken();
    for (let i = 0; i < 3; i++)
      await client.post('/api/v1/auth/login', { username: 'tiina.coord', password: 'wrong-password-1' });
    const locked = await client.post('/api/v1/auth/login', {
      username: 'tiina.coord',
      password: 'Keha-demo-2026',
    });
    expect(locked.status).toBe(423);
    // The list always carries lockedUntil (the schema says nullable, not optional): a time while locked, else null.
    const listed = async () =>
      (
        (await admin.get('/api/v1/admin/users')).body.items as { username: string; lockedUntil: unknown }[]
      ).find((u) => u.username === 'tiina.coord');
    expect(Date.parse(String((await listed())?.lockedUntil))).toBeGreaterThan(Date.now());
    expect((await admin.post(`/api/v1/admin/users/${ids.user('tiina.coord')}/unlock`)).status).toBe(204);
    expect(await listed()).toEqual(jasmine.objectContaining({ lockedUntil: null }));
    expect((await signIn(server, 'tiina.coord')).sessionToken).toBeTruthy();
  });

  it('resets MFA: factor off, secrets gone, sessions ended', async () => {
    const Users = userModel(server.database.connection);
    const sari = await signIn(server, 'sari.therapist');
    expect((await sari.get('/api/v1/children')).status).toBe(200);
    await Users.updateOne(
      { username: 'sari.therapist' },
      { $set: { mfaEnabled: true, mfaSecret: 'x', recoveryCodeHashes: ['y'] } },
    );
    expect((await admin.post(`/api/v1/admin/users/${ids.user('sari.therapist')}/mfa-reset`)).status).toBe(
      204,
    );
    const stored = await Users.findOne({ username: 'sari.therapist' })
      .select('+mfaSecret +recoveryCodeHashes')
      .lean();
    expect(stored?.mfaEnabled).toBeFalse();
    expect(stored?.mfaSecret).toBeUndefined();
    expect(stored?.recoveryCodeHashes).toEqual([]);
    expect((await sari.get('/api/v1/children')).status).toBe(401);
  });

  it('creates and renames teams; a team code is unique', async () => {
    const created = await admin.post('/api/v1/admin/teams', { code: 'team-3', name: 'Tiimi 3' });
    expect(created.status).toBe(201);
    expect((await admin.post('/api/v1/admin/teams', { code: 'team-3', name: 'Toinen' })).status).toBe(409);
    expect(paths(await admin.post('/api/v1/admin/teams', { code: 'Team 3', name: '' })).sort()).toEqual([
      'code',
      'name',
    ]);
    const renamed = await admin.patch(`/api/v1/admin/teams/${created.body.id}`, { name: 'Tiimi kolme' });
    expect(renamed.body).toEqual({ id: created.body.id, code: 'team-3', name: 'Tiimi kolme' });
  });

  it('refuses every administration route to non-administrators and audits the attempt', async () => {
    const johanna = await signIn(server, 'johanna.supervisor');
    const target = ids.user('anna.sw');
    const attempts = [
      johanna.get('/api/v1/admin/users'),
      johanna.post('/api/v1/admin/users', {
        username: 'x.y',
        displayName: 'X',
        roles: ['supervisor'],
        password: 'Pitkä-salasana-2026',
      }),
      johanna.patch(`/api/v1/admin/users/${target}`, { roles: ['supervisor'] }),
      johanna.post(`/api/v1/admin/users/${target}/unlock`),
      johanna.post(`/api/v1/admin/users/${target}/mfa-reset`),
      johanna.get('/api/v1/admin/teams'),
      johanna.post('/api/v1/admin/teams', { code: 'team-9', name: 'X' }),
      johanna.patch(`/api/v1/admin/teams/${'0'.repeat(24)}`, { name: 'X' }),
    ];
    expect((await Promise.all(attempts)).map((r) => r.status)).toEqual(Array(8).fill(403));
    const denied = await auditCollection(server.database.connection)
      .find({ 'actor.username': 'johanna.supervisor', category: 'administration', outcome: 'denied' })
      .toArray();
    expect(denied.length).toBe(8);
  });
});
