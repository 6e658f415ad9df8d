import { auditCollection } from '../../platform/audit/audit-event.js';
import { signIn } from '../../testing/api-client.js';
import { demoIds } from '../../testing/demo-ids.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

describe('break-the-glass review and the access log report (HTTP)', () => {
  let server: TestServer;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  beforeAll(async () => {
    server = await startTestServer();
    ids = await demoIds(server.database.connection);
  });
  afterAll(async () => server.dispose());

  it('lists a break-the-glass access for supervisors, records the review once, and refuses others', async () => {
    const olli = await signIn(server, 'olli.sw');
    const aino = ids.child('Aino');
    const grant = await olli.post(`/api/v1/children/${aino}/access`, {
      kind: 'break_glass',
      reason: 'Virka-ajan ulkopuolinen päivystys.',
    });
    expect(grant.status).toBe(201);
    expect((await olli.get(`/api/v1/children/${aino}`)).status).toBe(200);

    const johanna = await signIn(server, 'johanna.supervisor');
    const list = await johanna.get('/api/v1/access-reviews');
    expect(list.status).toBe(200);
    const item = list.body.items.find((i: { id: string }) => i.id === grant.body.id);
    expect(item).toEqual(
      jasmine.objectContaining({
        childId: aino,
        childName: 'Aino Korhonen',
        kind: 'break_glass',
        readCount: 1,
      }),
    );
    expect(item.user.username).toBe('olli.sw');
    // Summary level only: never the identity code or the date of birth.
    expect(Object.keys(item)).not.toContain('identityCode');
    expect(Object.keys(item)).not.toContain('dateOfBirth');
    // The names are client data shown to the supervisor: audited like a summary list read.
    const shown = await auditCollection(server.database.connection).findOne({
      'actor.username': 'johanna.supervisor',
      action: 'child.list',
      view: 'access-reviews.summary',
      childIds: aino,
    });
    expect(shown).toEqual(
      jasmine.objectContaining({ outcome: 'allowed', fields: ['firstName', 'lastName'] }),
    );

    expect((await olli.get('/api/v1/access-reviews')).status).toBe(403);
    expect(
      (await olli.post(`/api/v1/access-reviews/${grant.body.id}`, { outcome: 'appropriate' })).status,
    ).toBe(403);
    const bad = await johanna.post(`/api/v1/access-reviews/${grant.body.id}`, { outcome: 'maybe', extra: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['extra', 'outcome']);

    const reviewed = await johanna.post(`/api/v1/access-reviews/${grant.body.id}`, {
      outcome: 'appropriate',
      note: 'Päivystystilanne.',
    });
    expect(reviewed.status).toBe(204);
    expect(
      (await johanna.post(`/api/v1/access-reviews/${grant.body.id}`, { outcome: 'inappropriate' })).status,
    ).toBe(409);
    const after = await johanna.get('/api/v1/access-reviews');
    expect(after.body.items.map((i: { id: string }) => i.id)).not.toContain(grant.body.id);
  });

  it('does not show a supervisor their own flagged access', async () => {
    const johanna = await signIn(server, 'johanna.supervisor');
    const grant = await johanna.post(`/api/v1/children/${ids.child('Ella')}/access`, {
      kind: 'supervisor',
      reason: 'Huostaanottoasian valmistelu.',
    });
    expect(grant.status).toBe(201);
    const list = await johanna.get('/api/v1/access-reviews');
    expect(list.body.items.map((i: { id: string }) => i.id)).not.toContain(grant.body.id);
    expect(
      (await johanna.post(`/api/v1/access-reviews/${grant.body.id}`, { outcome: 'appropriate' })).status,
    ).toBe(403);
  });

  it('audits requests for a child refused before any route: no session, failed CSRF check', async () => {
    const aino = ids.child('Aino');
    expect((await fetch(`${server.url}/api/v1/children/${aino}`)).status).toBe(401);
    const anna = await signIn(server, 'anna.sw');
    const noCsrf = await fetch(`${server.url}/api/v1/children/${aino}/access`, {
      method: 'POST',
      headers: { cookie: `keha.sid=${anna.sessionToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'break_glass', reason: 'Ilman CSRF-tunnistetta.' }),
    });
    expect(noCsrf.status).toBe(403);
    const events = await auditCollection(server.database.connection)
      .find({ action: 'child.request', 'target.id': aino })
      .toArray();
    expect(events.map((e) => [e.actor.username, e.denyReason, e.outcome])).toEqual([
      ['(not signed in)', 'unauthenticated', 'denied'],
      ['anna.sw', 'csrf_failed', 'denied'],
    ]);
  });

  it('refuses a short reason, an unknown kind and a malformed id with 400 and the field paths', async () => {
    const anna = await signIn(server, 'anna.sw');
    const res = await anna.post(`/api/v1/children/${ids.child('Veeti')}/access`, {
      kind: 'peek',
      reason: 'short',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['kind', 'reason']);
    const badId = await anna.get('/api/v1/children/not-an-id');
    expect(badId.status).toBe(400);
    expect(badId.body.error.details[0].path).toBe('id');
    expect((await anna.get('/api/v1/children?pageSize=101')).status).toBe(400);
    expect((await anna.get('/api/v1/children/000000000000000000000000')).status).toBe(404);
  });

  it('reports who opened a child, when and why, as JSON and as a Finnish-Excel CSV in fi/sv/en', async () => {
    const veeti = ids.child('Veeti');
    const anna = await signIn(server, 'anna.sw');
    await anna.get(`/api/v1/children/${veeti}`);
    await anna.post(`/api/v1/children/${veeti}/access`, {
      kind: 'break_glass',
      reason: 'Kiireellinen; sijaisuus; "lainaus"',
    });
    await anna.get(`/api/v1/children/${veeti}`);

    const johanna = await signIn(server, 'johanna.supervisor');
    const json = await johanna.get(`/api/v1/children/${veeti}/access-log`);
    expect(json.status).toBe(200);
    const annas = json.body.entries.filter((e: { username: string }) => e.username === 'anna.sw');
    expect(annas.map((e: { action: string; outcome: string }) => `${e.action}:${e.outcome}`)).toEqual([
      'child.read:denied',
      'child.request_break_glass:allowed',
      'child.read:allowed',
    ]);
    expect(annas[2].flagged).toBe('break_glass');

    const csv = await johanna.get(`/api/v1/children/${veeti}/access-log?format=csv&lang=sv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = csv.body as string; // fetch's text() drops the BOM, so check the raw bytes for it
    const raw = await fetch(`${server.url}/api/v1/children/${veeti}/access-log?format=csv`, {
      headers: { cookie: `keha.sid=${johanna.sessionToken}` },
    });
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.split('\r\n')[0]).toBe('Tid (finsk tid);Användare;Roller;Åtgärd;Uppgifter;Ändamål;Resultat');
    expect(text).toContain('"Kiireellinen; sijaisuus; ""lainaus"""');
    expect(text).toContain(';nekad');

    const fi = await johanna.get(
      `/api/v1/children/${veeti}/access-log?format=csv&lang=fi&from=2020-01-01&to=2099-12-31`,
    );
    expect((fi.body as string).split('\r\n')[0]).toContain('Käyttäjä;Roolit');
    const empty = await johanna.get(`/api/v1/children/${veeti}/access-log?to=2020-01-01`);
    expect(empty.body.entries).toEqual([]);
    // The export itself is in the child's log.
    const again = await johanna.get(`/api/v1/children/${veeti}/access-log`);
    expect(
      again.body.entries.filter((e: { action: string }) => e.action === 'child.access_log').length,
    ).toBeGreaterThanOrEqual(3);
    expect((await johanna.get(`/api/v1/children/${veeti}/access-log?from=yesterday`)).status).toBe(400);

    const pdf = await fetch(`${server.url}/api/v1/children/${veeti}/access-log?format=pdf&lang=sv`, {
      headers: { cookie: `keha.sid=${johanna.sessionToken}` },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
  });
});
