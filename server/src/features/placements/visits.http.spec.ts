import { Types } from 'mongoose';
import { addCalendarDays, visitSchema } from '@keha/shared';
import { signIn, type ApiClient } from '../../testing/api-client.js';
import { demoIds } from '../../testing/demo-ids.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { helsinkiToday } from '../case/dates.js';
import { refreshDeadlineProjection } from '../case/deadline-projection.js';
import { caseEventModel } from '../case/event.model.js';
import { findingModel } from './findings/finding.model.js';
import { completeDraft, mutationId, placeNewChild, unitInput, type Placed } from './spec-support.js';
import { visitMutationModel } from './visits/visit.model.js';

describe('placement visits: drafts, offline sync and submission (HTTP)', () => {
  let server: TestServer;
  let anna: ApiClient;
  let pekka: ApiClient;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  const today = helsinkiToday();
  beforeAll(async () => {
    server = await startTestServer();
    [anna, pekka] = await Promise.all([signIn(server, 'anna.sw'), signIn(server, 'pekka.inspector')]);
    ids = await demoIds(server.database.connection);
  });
  afterAll(async () => server.dispose());

  /** Two children placed in one unit with pekka as inspector, and a visit planned by pekka. */
  async function plannedVisit(): Promise<{ visit: { id: string; revision: number }; placed: Placed[] }> {
    const unitId = (await anna.post('/api/v1/placement-units', unitInput())).body.id;
    const placed = [
      await placeNewChild(server, anna, ids, { unitId }),
      await placeNewChild(server, anna, ids, { unitId }),
    ];
    const res = await pekka.post('/api/v1/visits', {
      placementIds: placed.map((p) => p.placementId),
      plannedDate: today,
      announced: false,
    });
    expect(res.status).withContext(JSON.stringify(res.body)).toBe(201);
    expect(visitSchema.safeParse(res.body).error).toBeUndefined();
    return { visit: res.body, placed };
  }
  const childIds = (placed: Placed[]) => placed.map((p) => p.childId);
  const saveDraft = (id: string, baseRevision: number, draft: object, clientMutationId = mutationId()) =>
    pekka.put(`/api/v1/visits/${id}/draft`, { clientMutationId, baseRevision, draft });
  const submit = (id: string, baseRevision: number, draft: object) =>
    pekka.post(`/api/v1/visits/${id}/submit`, { clientMutationId: mutationId(), baseRevision, draft });

  it('plans a visit with the current checklist version, covering each child of the placements', async () => {
    const { visit, placed } = await plannedVisit();
    const body = visit as unknown as {
      status: string;
      revision: number;
      template: { key: string; version: number };
      children: { childId: string }[];
      inspector: { id: string };
    };
    expect(body.status).toBe('planned');
    expect(body.revision).toBe(1);
    expect(body.template).toEqual(jasmine.objectContaining({ key: 'default', version: 1 }));
    expect(body.children.map((c) => c.childId)).toEqual(childIds(placed));
    expect(body.inspector.id).toBe(ids.user('pekka.inspector'));
  });

  it('plans a visit started offline once, however often the queued request is sent', async () => {
    const unitId = (await anna.post('/api/v1/placement-units', unitInput())).body.id;
    const placed = await placeNewChild(server, anna, ids, { unitId });
    const body = {
      placementIds: [placed.placementId],
      plannedDate: today,
      announced: false,
      clientMutationId: mutationId(),
    };
    const [first, retry] = [
      await pekka.post('/api/v1/visits', body),
      await pekka.post('/api/v1/visits', body),
    ];
    expect(first.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
    const calendar = await pekka.get(`/api/v1/visits?childId=${placed.childId}`);
    expect(calendar.body.items.length).toBe(1);
  });

  it('saves a draft on its revision; a stale revision gets 409 with the current visit', async () => {
    const { visit, placed } = await plannedVisit();
    const first = await saveDraft(visit.id, 1, { summary: 'Laitteelta A' });
    expect(first.status).withContext(JSON.stringify(first.body)).toBe(200);
    expect(first.body).toEqual(jasmine.objectContaining({ status: 'draft', revision: 2 }));
    const other = await saveDraft(visit.id, 1, {
      summary: 'Laitteelta B',
      children: [{ childId: placed[0]!.childId, seen: true }],
    });
    expect(other.status).toBe(409);
    expect(other.body.error.code).toBe('stale_revision');
    expect(visitSchema.safeParse(other.body.error.current).error).toBeUndefined();
    expect(other.body.error.current).toEqual(
      jasmine.objectContaining({ revision: 2, draft: jasmine.objectContaining({ summary: 'Laitteelta A' }) }),
    );
  });

  it('answers a retried change (same clientMutationId) with the first result, applying it once', async () => {
    const { visit } = await plannedVisit();
    const id = mutationId();
    const first = await saveDraft(visit.id, 1, { summary: 'Yksi kerta' }, id);
    const retry = await saveDraft(visit.id, 1, { summary: 'Yksi kerta' }, id);
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    expect((await pekka.get(`/api/v1/visits/${visit.id}`)).body.revision).toBe(2);
    expect(
      await visitMutationModel(server.database.connection).countDocuments({ clientMutationId: id }),
    ).toBe(1);
    // Two twins racing each other also end as one change.
    const twin = mutationId();
    const [a, b] = await Promise.all([
      saveDraft(visit.id, 2, { summary: 'Kaksoset' }, twin),
      saveDraft(visit.id, 2, { summary: 'Kaksoset' }, twin),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.revision).toBe(3);
    expect(b.body).toEqual(a.body);
  });

  it('only the visit inspector fills in the minutes; planning needs a relationship with every child', async () => {
    const { visit } = await plannedVisit();
    const byAnna = await anna.put(`/api/v1/visits/${visit.id}/draft`, {
      clientMutationId: mutationId(),
      baseRevision: 1,
      draft: {},
    });
    expect(byAnna.status).toBe(403);
    expect((await anna.get(`/api/v1/visits/${visit.id}`)).status).toBe(200); // the team reads it
    const olli = await signIn(server, 'olli.sw');
    const res = await olli.get(`/api/v1/visits/${visit.id}`);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('break_glass_required');
  });

  it('refuses incomplete minutes with the field paths and saves nothing half-way', async () => {
    const { visit, placed } = await plannedVisit();
    const [onni, emma] = childIds(placed);
    const future = await submit(
      visit.id,
      1,
      completeDraft([onni!, emma!], { visitDate: addCalendarDays(today, 1) }),
    );
    expect(future.status).toBe(400);
    expect(future.body.error.details).toContain({
      path: 'draft.visitDate',
      message: 'The visit date is in the future.',
    });

    const noMetAlone = completeDraft([onni!, emma!]);
    noMetAlone.children![1] = { childId: emma!, seen: true };
    const missing = await submit(visit.id, 1, noMetAlone);
    expect(missing.status).toBe(400);
    expect(missing.body.error.details).toEqual([
      { path: 'draft.children.1.metAlone', message: jasmine.any(String) },
    ]);

    const early = completeDraft([onni!, emma!]);
    early.findings![0]!.actions![0]!.deadline = addCalendarDays(today, -1);
    const deadline = await submit(visit.id, 1, early);
    expect(deadline.status).toBe(400);
    expect(deadline.body.error.details).toEqual([
      { path: 'draft.findings.0.actions.0.deadline', message: 'The deadline is before the visit date.' },
    ]);
    const unsigned = await submit(visit.id, 1, completeDraft([onni!, emma!], { signature: null }));
    expect(unsigned.body.error.details).toEqual([{ path: 'draft.signature', message: jasmine.any(String) }]);

    const stored = (await pekka.get(`/api/v1/visits/${visit.id}`)).body;
    expect(stored).toEqual(jasmine.objectContaining({ status: 'planned', revision: 1 }));
    const connection = server.database.connection;
    expect(await findingModel(connection).countDocuments({ visitId: visit.id })).toBe(0);
    expect(
      await caseEventModel(connection).countDocuments({ childId: onni, type: 'placed_child_visited' }),
    ).toBe(0);
  });

  it('on submission records placed_child_visited for each child seen, meeting the visit deadline, and puts findings on the timelines', async () => {
    const { visit, placed } = await plannedVisit();
    const [seen, away] = childIds(placed);
    const draft = completeDraft([seen!, away!]);
    draft.children![1] = { childId: away!, seen: false, notSeenReason: 'Lapsi oli leirikoulussa.' };
    draft.answers = draft.answers!.filter((a) => a.childId !== away);
    const res = await submit(visit.id, 1, draft);
    expect(res.status).withContext(JSON.stringify(res.body)).toBe(200);
    expect(res.body.status).toBe('submitted');
    expect(res.body.findings).toEqual([
      { clientId: draft.findings![0]!.clientId, id: jasmine.any(String), status: 'open' },
    ]);
    // A deficiency needs the LSL 79 § notifications: added unsent for the inspector to send.
    expect(
      res.body.draft.notifications.map((n: { recipient: string; sent: boolean }) => [n.recipient, n.sent]),
    ).toEqual([
      ['host_county', false],
      ['avi', false],
      ['other_placing_county', false],
    ]);

    const events = await anna.get(`/api/v1/children/${seen}/events`);
    const visited = events.body.items.filter((e: { type: string }) => e.type === 'placed_child_visited');
    expect(visited.map((e: { date: string; authorName: string }) => [e.date, e.authorName])).toEqual([
      [today, 'Pekka Järvinen'],
    ]);
    const notVisited = await anna.get(`/api/v1/children/${away}/events`);
    expect(
      notVisited.body.items.some((e: { type: string }) => e.type === 'placed_child_visited'),
    ).toBeFalse();
    // The child's case has the placement decision that starts the visit-interval deadline.
    const start = addCalendarDays(today, -30);
    await caseEventModel(server.database.connection).create({
      ...{ childId: seen, type: 'open_care_placement_started', date: start, current: true, version: 1 },
      ...{ seriesId: visit.id, details: {}, links: [], authorId: ids.user('anna.sw'), authorName: 'Anna' },
    });
    // Written around the events API, so its stored deadlines are refreshed here as that write path does.
    await refreshDeadlineProjection(server.database.connection, [new Types.ObjectId(seen)]);
    const deadlines = (await anna.get(`/api/v1/children/${seen}/deadlines`)).body.items;
    const visitRule = deadlines.filter((d: { ruleId: string }) => d.ruleId === 'placed-child-visit-interval');
    expect(visitRule.map((d: { status: string; metOn: string | null }) => [d.status, d.metOn])).toEqual([
      ['met', today],
      ['upcoming', null],
    ]);

    // The finding is about the unit (no child named): it is on the timeline of the child seen.
    const timeline = await anna.get(`/api/v1/children/${seen}/timeline?kinds=finding`);
    expect(timeline.status).toBe(200);
    expect(timeline.body.items).toEqual([
      jasmine.objectContaining({
        kind: 'finding',
        code: 'deficiency',
        date: today,
        authorName: 'Pekka Järvinen',
        text: jasmine.stringContaining('VL 27 §'),
      }),
    ]);
    expect((await anna.get(`/api/v1/children/${away}/timeline?kinds=finding`)).body.items).toEqual([]);

    // Final: no more drafts (409 with the visit as submitted), but the notifications may follow.
    const late = await saveDraft(visit.id, 2, {});
    expect(late.status).toBe(409);
    expect(late.body.error.current.status).toBe('submitted');
    const notified = await pekka.put(`/api/v1/visits/${visit.id}/notifications`, {
      clientMutationId: mutationId(),
      baseRevision: 2,
      notifications: res.body.draft.notifications.map((n: object) => ({ ...n, sent: true, sentOn: today })),
    });
    expect(notified.status).withContext(JSON.stringify(notified.body)).toBe(200);
    const findings = await anna.get(`/api/v1/findings?childId=${seen}`);
    expect(findings.body.items[0].notifications.every((n: { sent: boolean }) => n.sent)).toBeTrue();
  });

  it('closes a finding with evidence, once', async () => {
    const { visit, placed } = await plannedVisit();
    const res = await submit(visit.id, 1, completeDraft(childIds(placed)));
    const findingId = res.body.findings[0].id;
    const open = await anna.get(`/api/v1/findings?childId=${placed[0]!.childId}&open=true`);
    expect(open.body.items.map((f: { id: string; nextDeadline: string }) => [f.id, f.nextDeadline])).toEqual([
      [findingId, today],
    ]);
    const badDate = await anna.post(`/api/v1/findings/${findingId}/close`, {
      evidence: 'Korjattu.',
      closedOn: addCalendarDays(today, 1),
    });
    expect(badDate.status).toBe(400);
    const closed = await anna.post(`/api/v1/findings/${findingId}/close`, {
      evidence: 'Suunnitelma julkaistu, kuva liitteenä.',
      closedOn: today,
    });
    expect(closed.status).toBe(200);
    expect(closed.body).toEqual(
      jasmine.objectContaining({
        status: 'closed',
        nextDeadline: null,
        closure: jasmine.objectContaining({ closedByName: jasmine.any(String) }),
      }),
    );
    expect(
      (await anna.post(`/api/v1/findings/${findingId}/close`, { evidence: 'Uudelleen.', closedOn: today }))
        .status,
    ).toBe(409);
    expect((await pekka.get(`/api/v1/visits/${visit.id}`)).body.findings[0].status).toBe('closed');
  });

  it('writes the minutes as a PDF in fi, sv and en, audited', async () => {
    const { visit, placed } = await plannedVisit();
    await submit(visit.id, 1, completeDraft(childIds(placed)));
    for (const lang of ['fi', 'sv', 'en']) {
      const res = await fetch(`${server.url}/api/v1/visits/${visit.id}/report?lang=${lang}`, {
        headers: { cookie: `keha.sid=${pekka.sessionToken}` },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(
        Buffer.from(await res.arrayBuffer())
          .subarray(0, 5)
          .toString('latin1'),
      ).toBe('%PDF-');
    }
    const olli = await signIn(server, 'olli.sw');
    const refused = await fetch(`${server.url}/api/v1/visits/${visit.id}/report`, {
      headers: { cookie: `keha.sid=${olli.sessionToken}` },
    });
    expect(refused.status).toBe(403);
  });
});
