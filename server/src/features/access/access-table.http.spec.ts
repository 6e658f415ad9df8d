import { auditCollection } from '../../platform/audit/audit-event.js';
import { verifyAuditChain } from '../../platform/audit/verify-chain.js';
import { signIn, type ApiClient } from '../../testing/api-client.js';
import { demoIds } from '../../testing/demo-ids.js';
import { DEMO_INSPECTOR } from '../../seed/demo-children.js';
import { inspectorAssignmentModel } from '../children/inspector-assignment.model.js';
import { childModel } from '../children/model.js';
import { teamModel } from '../teams/model.js';
import { DEMO_ACCOUNTS } from '../../seed/demo-organisation.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

/**
 * Every demo role x action x relationship through the real HTTP API (session, CSRF, routes, services,
 * policy, audit), asserting the status and that the audit log recorded the outcome. Per child the
 * steps are: open it, open its access log, ask for access with a reason, open it again.
 * "bg" = 403 break_glass_required.
 */
type Expect = number | 'bg';
type Step = [open: Expect, accessLog: Expect, grant: Expect, openAfterGrant: Expect];
type ChildName = 'Aino' | 'Veeti' | 'Onni'; // Aino: team 1; Veeti: team 2; Onni: team 1, placement inspected by pekka

const TEAM_1_WORKER: Record<ChildName, Step> = {
  Aino: [200, 403, 403, 200], // own team: nothing to break
  Veeti: ['bg', 403, 201, 200], // other team: break-the-glass
  Onni: [200, 403, 403, 200],
};
/** Which demo children a list shows: a team's, all of them, or the inspector's assigned ones. */
type Visible = 'team-1' | 'team-2' | 'all' | 'assigned';

const TABLE: Record<
  string,
  { list: [number, Visible?]; adminUsers: number; children: Record<ChildName, Step> }
> = {
  'anna.sw': { list: [200, 'team-1'], adminUsers: 403, children: TEAM_1_WORKER },
  'sari.therapist': { list: [200, 'team-1'], adminUsers: 403, children: TEAM_1_WORKER },
  'tiina.coord': { list: [200, 'team-1'], adminUsers: 403, children: TEAM_1_WORKER },
  'mikko.lead': {
    list: [200, 'team-1'],
    adminUsers: 403,
    children: { Aino: [200, 200, 403, 200], Veeti: ['bg', 403, 201, 200], Onni: [200, 200, 403, 200] },
  },
  'olli.sw': {
    list: [200, 'team-2'],
    adminUsers: 403,
    children: { Aino: ['bg', 403, 201, 200], Veeti: [200, 403, 403, 200], Onni: ['bg', 403, 201, 200] },
  },
  'johanna.supervisor': {
    list: [200, 'all'], // summary rows of every child
    adminUsers: 403,
    children: { Aino: ['bg', 200, 201, 200], Veeti: ['bg', 200, 201, 200], Onni: ['bg', 200, 201, 200] },
  },
  'pekka.inspector': {
    list: [200, 'assigned'],
    adminUsers: 403,
    children: { Aino: ['bg', 403, 201, 200], Veeti: ['bg', 403, 201, 200], Onni: [200, 403, 201, 200] },
  },
  admin: {
    list: [403],
    adminUsers: 200,
    children: { Aino: [404, 404, 404, 404], Veeti: [404, 404, 404, 404], Onni: [404, 404, 404, 404] },
  },
};

const CHILD_TEAM: Record<ChildName, string> = { Aino: 'team-1', Veeti: 'team-2', Onni: 'team-1' };

/** The relationship a test row exercises, for the test name: derived from the demo organisation. */
function relationship(username: string, child: ChildName): string {
  const account = DEMO_ACCOUNTS.find((a) => a.username === username)!;
  if ((account.teams as string[]).includes(CHILD_TEAM[child])) return 'own team';
  if (username === DEMO_INSPECTOR && child === 'Onni') return 'assigned inspection';
  return account.teams.length ? 'other team' : 'none';
}

describe('need-to-know access through the HTTP API (every demo role x action x relationship)', () => {
  let server: TestServer;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  const clients = new Map<string, ApiClient>();
  const as = async (username: string) => {
    if (!clients.has(username)) clients.set(username, await signIn(server, username));
    return clients.get(username)!;
  };
  const lastAudit = (username: string, action: string) =>
    auditCollection(server.database.connection)
      .find({ 'actor.username': username, action })
      .sort({ partition: -1, seq: -1 })
      .limit(1)
      .next();
  const expectAudited = async (username: string, action: string, status: number) => {
    const event = await lastAudit(username, action);
    expect(event?.outcome)
      .withContext(`${username} ${action} audited`)
      .toBe(status < 300 ? 'allowed' : 'denied');
  };
  const expectStatus = (
    res: { status: number; body: { error?: { code: string } } },
    expected: Expect,
    what: string,
  ) => {
    expect(res.status)
      .withContext(what)
      .toBe(expected === 'bg' ? 403 : expected);
    if (expected === 'bg') expect(res.body.error?.code).withContext(what).toBe('break_glass_required');
  };

  const visibleCount = async (visible: Visible): Promise<number> => {
    const connection = server.database.connection;
    if (visible === 'assigned') return inspectorAssignmentModel(connection).countDocuments({ active: true });
    if (visible === 'all') return childModel(connection).countDocuments();
    const team = await teamModel(connection).findOne({ code: visible }).lean();
    return childModel(connection).countDocuments({ teamId: team!._id });
  };

  beforeAll(async () => {
    server = await startTestServer();
    ids = await demoIds(server.database.connection);
  });
  afterAll(async () => server.dispose());

  for (const [username, row] of Object.entries(TABLE)) {
    it(`${username}: lists children -> ${row.list.join(' with ')}`, async () => {
      const res = await (await as(username)).get('/api/v1/children?pageSize=100');
      expect(res.status).toBe(row.list[0]);
      if (row.list[1] !== undefined) expect(res.body.total).toBe(await visibleCount(row.list[1]));
      await expectAudited(username, 'child.list', res.status);
      if (username === 'johanna.supervisor') {
        expect(
          res.body.items.every(
            (i: { view: string; identityCode?: string }) => i.view === 'summary' && !i.identityCode,
          ),
        ).toBeTrue();
      }
    });

    it(`${username}: administration user list -> ${row.adminUsers}`, async () => {
      const res = await (await as(username)).get('/api/v1/admin/users');
      expect(res.status).toBe(row.adminUsers);
      await expectAudited(username, 'admin.user.list', res.status);
    });

    for (const [childName, [open, accessLog, grant, openAfterGrant]] of Object.entries(row.children) as [
      ChildName,
      Step,
    ][]) {
      it(`${username} x ${childName} (${relationship(username, childName)}): open ${open}, access log ${accessLog}, ask with a reason ${grant}, open again ${openAfterGrant}`, async () => {
        const client = await as(username);
        const path = `/api/v1/children/${ids.child(childName)}`;
        const kind = username === 'johanna.supervisor' ? 'supervisor' : 'break_glass';

        expectStatus(await client.get(path), open, 'open');
        await expectAudited(username, 'child.read', open === 'bg' ? 403 : open);
        expectStatus(await client.get(`${path}/access-log`), accessLog, 'access log');
        await expectAudited(username, 'child.access_log', accessLog as number);

        const reason = 'Päivystys: lapsen turvallisuus on arvioitava heti.';
        expectStatus(await client.post(`${path}/access`, { kind, reason }), grant, 'grant');
        await expectAudited(
          username,
          `child.request_${kind === 'supervisor' ? 'supervisor_access' : 'break_glass'}`,
          grant as number,
        );

        const again = await client.get(path);
        expectStatus(again, openAfterGrant, 'open after grant');
        const event = await lastAudit(username, 'child.read');
        expect(event?.outcome).toBe(openAfterGrant === 200 ? 'allowed' : 'denied');
        if (open === 'bg' && openAfterGrant === 200) {
          expect(again.body.access.flagged).toBe(kind === 'supervisor' ? 'supervisor_access' : 'break_glass');
          expect(event?.flagged).toBe(again.body.access.flagged);
          expect(event?.purpose).toBe(reason);
        }
      });
    }
  }
});

describe('the audit chain behind the HTTP API', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(async () => server.dispose());

  it('stays valid through real requests, and verification fails after an edit or a deletion', async () => {
    const ids = await demoIds(server.database.connection);
    const olli = await signIn(server, 'olli.sw');
    for (const name of ['Aino', 'Veeti', 'Helmi', 'Ella'])
      await olli.get(`/api/v1/children/${ids.child(name)}`);
    const events = auditCollection(server.database.connection);
    expect((await verifyAuditChain(server.database.connection)).ok).toBeTrue();

    const denied = (await events.findOne({ action: 'child.read', outcome: 'denied' }))!;
    await events.updateOne({ _id: denied._id }, { $set: { outcome: 'allowed' } });
    const edited = await verifyAuditChain(server.database.connection);
    expect(edited.ok).toBeFalse();
    expect(edited.problems).toContain(jasmine.objectContaining({ seq: denied.seq, kind: 'edited' }));

    await events.deleteOne({ _id: denied._id });
    const deleted = await verifyAuditChain(server.database.connection);
    expect(deleted.problems).toContain(
      jasmine.objectContaining({ seq: denied.seq + 1, kind: 'missing_before' }),
    );
  });
});
