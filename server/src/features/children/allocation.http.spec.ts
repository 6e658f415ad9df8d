import { Types } from 'mongoose';
import { caseloadCapOn, syntheticIdentityCode } from '@keha/shared';
import { auditCollection } from '../../platform/audit/audit-event.js';
import { signIn, type ApiClient } from '../../testing/api-client.js';
import { demoIds } from '../../testing/demo-ids.js';
import {
  createChildViaApi,
  createWorker,
  freeIdentityCode,
  insertChildren,
  teamId,
} from '../../testing/child-fixtures.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { calendarDateOf, helsinkiToday } from '../case/dates.js';
import { childModel } from './model.js';

describe('creating children and allocating their named social worker (LSL 13 b §)', () => {
  let server: TestServer;
  const clients = new Map<string, ApiClient>();
  const as = async (username: string) => {
    if (!clients.has(username)) clients.set(username, await signIn(server, username));
    return clients.get(username)!;
  };
  let team1: string;
  let worker: string;
  const body = async (overrides: Record<string, unknown> = {}) => ({
    firstName: 'Uusi',
    lastName: 'Lapsi',
    dateOfBirth: '2016-06-16',
    identityCode: await freeIdentityCode(server.database.connection, '2016-06-16'),
    teamId: team1,
    namedSocialWorkerId: worker,
    ...overrides,
  });

  beforeAll(async () => {
    server = await startTestServer();
    team1 = String(await teamId(server.database.connection, 'team-1'));
    worker = String(await createWorker(server.database.connection, 'alloc.worker', 'team-1'));
  });
  afterAll(async () => server.dispose());

  it('creates a child named to a worker of its team, with the first allocation on record and audited', async () => {
    const anna = await as('anna.sw');
    const res = await anna.post('/api/v1/children', await body({ firstName: 'Kaisla' }));
    expect(res.status).withContext(JSON.stringify(res.body)).toBe(201);
    expect(res.body.child).toEqual(
      jasmine.objectContaining({ firstName: 'Kaisla', namedSocialWorkerId: worker, status: 'notification' }),
    );
    const stored = await childModel(server.database.connection).findById(res.body.child.id).lean();
    const ids = await demoIds(server.database.connection);
    expect(stored!.allocationHistory.map((a) => [String(a.workerId), String(a.byUserId)])).toEqual([
      [worker, ids.user('anna.sw')],
    ]);
    const audit = await auditCollection(server.database.connection).findOne({ childId: res.body.child.id });
    expect(audit).toEqual(
      jasmine.objectContaining({ action: 'child.write', view: 'child.allocation', outcome: 'allowed' }),
    );
  });

  it('answers bad input with the failing field', async () => {
    const anna = await as('anna.sw');
    const ids = await demoIds(server.database.connection);
    const valid = syntheticIdentityCode(new Date('2016-06-16T00:00:00Z'), 55);
    const wrongCheck = valid.slice(0, -1) + (valid.endsWith('Y') ? 'X' : 'Y');
    const existing = (await childModel(server.database.connection).findOne().lean())!;
    const cases: [Record<string, unknown>, number, string][] = [
      [{ identityCode: wrongCheck }, 400, 'identityCode'],
      [{ namedSocialWorkerId: undefined }, 400, 'namedSocialWorkerId'],
      [{ dateOfBirth: '2016-06-17' }, 400, 'identityCode'], // the code says 16 June
      [{ namedSocialWorkerId: ids.user('sari.therapist') }, 400, 'namedSocialWorkerId'],
      [{ namedSocialWorkerId: ids.user('olli.sw') }, 400, 'namedSocialWorkerId'], // another team
      [
        { identityCode: existing.identityCode, dateOfBirth: calendarDateOf(existing.dateOfBirth) },
        409,
        'identityCode',
      ],
    ];
    const practitioner = String(
      await createWorker(server.database.connection, 'alloc.practitioner', 'team-1', ['practitioner']),
    );
    cases.push([{ namedSocialWorkerId: practitioner }, 400, 'namedSocialWorkerId']);
    for (const [overrides, status, path] of cases) {
      const res = await anna.post('/api/v1/children', await body(overrides));
      expect(res.status).withContext(JSON.stringify(overrides)).toBe(status);
      expect(res.body.error.details.map((d: { path: string }) => d.path))
        .withContext(JSON.stringify(overrides))
        .toEqual([path]);
    }
  });

  it('lets only social workers and team leads of the team, and supervisors, create children', async () => {
    for (const [username, status] of [
      ['tiina.coord', 403],
      ['sari.therapist', 403],
      ['olli.sw', 403],
      ['pekka.inspector', 403],
      ['admin', 403],
      ['mikko.lead', 201],
      ['johanna.supervisor', 201],
    ] as const) {
      const res = await (await as(username)).post('/api/v1/children', await body());
      expect(res.status).withContext(username).toBe(status);
    }
    const denied = await auditCollection(server.database.connection)
      .find({ 'actor.username': 'tiina.coord', view: 'child.allocation', outcome: 'denied' })
      .toArray();
    expect(denied.length).toBe(1);
  });

  it('refuses a worker at the cap (409 naming LSL 13 b §) unless a supervisor overrides with a reason', async () => {
    const connection = server.database.connection;
    const cap = caseloadCapOn(helsinkiToday())!;
    const full = await createWorker(connection, 'cap.worker', 'team-1');
    await insertChildren(connection, {
      count: cap,
      teamCode: 'team-1',
      workerId: full,
      firstBorn: '2012-01-01',
    });
    // Closed cases and young adults do not count.
    await insertChildren(connection, {
      count: 2,
      teamCode: 'team-1',
      workerId: full,
      firstBorn: '2013-01-01',
      status: 'closed',
    });
    await insertChildren(connection, {
      count: 1,
      teamCode: 'team-1',
      workerId: full,
      firstBorn: '2000-01-01',
    });
    const anna = await as('anna.sw');
    const create = await anna.post('/api/v1/children', await body({ namedSocialWorkerId: String(full) }));
    expect(create.status).toBe(409);
    expect(create.body.error.code).toBe('caseload_cap_reached');
    expect(create.body.error.message).toContain('LSL 13 b §');
    expect(create.body.error.message).toContain(`cap is ${cap}`);

    const child = await createChildViaApi(anna, connection, {
      firstName: 'Siirrettävä',
      lastName: 'Lapsi',
      born: '2017-03-03',
      teamCode: 'team-1',
      workerId: worker,
    });
    const url = `/api/v1/children/${child}/named-social-worker`;
    const mikko = await as('mikko.lead');
    const johanna = await as('johanna.supervisor');
    const refused = await mikko.put(url, { socialWorkerId: String(full) });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('caseload_cap_reached');
    const reason = 'Sisarus on jo tämän työntekijän asiakas; jatkuvuus lapsen edun mukaista.';
    expect((await mikko.put(url, { socialWorkerId: String(full), overrideReason: reason })).status).toBe(403);
    expect((await johanna.put(url, { socialWorkerId: String(full) })).status).toBe(409);
    const overridden = await johanna.put(url, { socialWorkerId: String(full), overrideReason: reason });
    expect(overridden.status).toBe(200);
    expect(overridden.body.child.namedSocialWorkerId).toBe(String(full));

    const stored = await childModel(connection).findById(child).lean();
    const last = stored!.allocationHistory.at(-1)!;
    expect(String(last.workerId)).toBe(String(full));
    expect(last.overrideReason).toBe(reason);
    const ids = await demoIds(connection);
    expect(String(last.byUserId)).toBe(ids.user('johanna.supervisor'));
    const events = await auditCollection(connection)
      .find({ childId: child, view: 'child.allocation' })
      .toArray();
    expect(events.map((e) => [e.actor.username, e.outcome, e.denyReason ?? null])).toEqual([
      ['anna.sw', 'allowed', null],
      ['mikko.lead', 'denied', 'caseload_cap_reached'],
      ['mikko.lead', 'denied', 'not_supervisor'],
      ['johanna.supervisor', 'denied', 'caseload_cap_reached'],
      ['johanna.supervisor', 'allowed', null],
    ]);
    expect(events.at(-1)!.purpose).toContain(reason);

    // An adult (aged 18 or over) is not counted, so the cap does not stop the allocation.
    const [adult] = await insertChildren(connection, {
      count: 1,
      teamCode: 'team-1',
      workerId: new Types.ObjectId(worker),
      firstBorn: '2005-05-05',
      status: 'aftercare',
    });
    const moved = await mikko.put(`/api/v1/children/${adult}/named-social-worker`, {
      socialWorkerId: String(full),
    });
    expect(moved.status).toBe(200);
  });
});
