import { auditCollection } from '../../platform/audit/audit-event.js';
import { signIn } from '../../testing/api-client.js';
import { demoIds } from '../../testing/demo-ids.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { newChild, notification } from './spec-support.js';

const CASE_READS = [
  'picture',
  'timeline',
  'events',
  'deadlines',
  'plans',
  'child-views',
  'safety-scores',
  'tasks',
];

describe('case records: need-to-know and audit (HTTP)', () => {
  let server: TestServer;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  beforeAll(async () => {
    server = await startTestServer();
    ids = await demoIds(server.database.connection);
  });
  afterAll(async () => server.dispose());

  const audits = () => auditCollection(server.database.connection);

  it('audits one child.read with view child.picture for the picture', async () => {
    const anna = await signIn(server, 'anna.sw');
    const child = await newChild(server.database.connection);
    const before = await audits().countDocuments({ childId: child });
    const picture = await anna.get(`/api/v1/children/${child}/picture`);
    expect(picture.status).toBe(200);
    expect(picture.body).toEqual(
      jasmine.objectContaining({ teamName: 'Systeeminen tiimi 1', familyId: null, plan: null, access: {} }),
    );
    expect(picture.body.namedSocialWorkerName).toBeTruthy();
    expect(picture.body.ageYears).toBeGreaterThanOrEqual(12);
    const events = await audits().find({ childId: child }).sort({ at: 1, seq: 1 }).toArray();
    expect(events.length).toBe(before + 1);
    expect(events.at(-1)).toEqual(
      jasmine.objectContaining({ action: 'child.read', view: 'child.picture', outcome: 'allowed' }),
    );
  });

  it('refuses a worker of another team (olli.sw on Aino) with 403 and audits the denial', async () => {
    const olli = await signIn(server, 'olli.sw');
    const aino = ids.child('Aino');
    const picture = await olli.get(`/api/v1/children/${aino}/picture`);
    expect(picture.status).toBe(403);
    expect(picture.body.error.code).toBe('break_glass_required');
    const denied = await audits().findOne({
      'actor.username': 'olli.sw',
      childId: aino,
      action: 'child.read',
      view: 'child.picture',
    });
    expect(denied).toEqual(jasmine.objectContaining({ outcome: 'denied', denyReason: 'no_relationship' }));
    const write = await olli.post(`/api/v1/children/${aino}/events`, notification('2025-03-03'));
    expect(write.status).toBe(403);
    const deniedWrite = await audits().findOne({
      'actor.username': 'olli.sw',
      childId: aino,
      action: 'child.write',
      view: 'child.events',
    });
    expect(deniedWrite?.outcome).toBe('denied');
  });

  it('refuses the placement inspector every case part of the child whose placement they supervise', async () => {
    const pekka = await signIn(server, 'pekka.inspector');
    const onni = ids.child('Onni');
    // The inspector's task gives the child's core record...
    expect((await pekka.get(`/api/v1/children/${onni}`)).status).toBe(200);
    // ...but not the case records.
    for (const part of CASE_READS) {
      const res = await pekka.get(`/api/v1/children/${onni}/${part}`);
      expect(res.status).withContext(part).toBe(403);
      expect(res.body.error.code).withContext(part).toBe('forbidden');
    }
    expect((await pekka.post(`/api/v1/children/${onni}/events`, notification('2025-03-03'))).status).toBe(
      403,
    );
    const denials = await audits().countDocuments({
      'actor.username': 'pekka.inspector',
      childId: onni,
      outcome: 'denied',
      denyReason: 'part_not_permitted',
    });
    expect(denials).toBe(CASE_READS.length + 1);
  });

  it('lets a supervisor read the picture only with a reasoned access, flagged, and never write', async () => {
    const johanna = await signIn(server, 'johanna.supervisor');
    const child = await newChild(server.database.connection, { team: 'team-2', worker: 'olli.sw' });
    expect((await johanna.get(`/api/v1/children/${child}/picture`)).status).toBe(403);
    const grant = await johanna.post(`/api/v1/children/${child}/access`, {
      kind: 'supervisor',
      reason: 'Määräaikojen seuranta tiimin kanssa.',
    });
    expect(grant.status).toBe(201);
    const picture = await johanna.get(`/api/v1/children/${child}/picture`);
    expect(picture.status).toBe(200);
    expect(picture.body.access).toEqual({ flagged: 'supervisor_access' });
    expect((await johanna.post(`/api/v1/children/${child}/events`, notification('2025-03-03'))).status).toBe(
      403,
    );
  });

  it('answers 404 for a child that does not exist', async () => {
    const anna = await signIn(server, 'anna.sw');
    const res = await anna.get('/api/v1/children/0123456789abcdef01234567/picture');
    expect(res.status).toBe(404);
  });

  it('documents the case routes in the OpenAPI document', async () => {
    const doc = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const expected: [string, string][] = [
      ['/api/v1/children/{id}/picture', 'get'],
      ['/api/v1/children/{id}/timeline', 'get'],
      ['/api/v1/children/{id}/events', 'post'],
      ['/api/v1/children/{id}/events/{eventId}/corrections', 'post'],
      ['/api/v1/children/{id}/events/{eventId}/versions', 'get'],
      ['/api/v1/children/{id}/deadlines', 'get'],
      ['/api/v1/children/{id}/plans', 'post'],
      ['/api/v1/children/{id}/child-views', 'post'],
      ['/api/v1/children/{id}/safety-statements', 'get'],
      ['/api/v1/children/{id}/safety-scores', 'post'],
      ['/api/v1/children/{id}/tasks', 'post'],
      ['/api/v1/tasks/{taskId}', 'patch'],
    ];
    for (const [path, method] of expected)
      expect(doc.paths[path]?.[method]).withContext(`${method} ${path}`).toBeDefined();
  });
});
