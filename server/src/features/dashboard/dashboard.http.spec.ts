import {
  addCalendarDays,
  caseloadDashboardSchema,
  DASHBOARD_CHANGED_EVENT,
  deadlineDashboardSchema,
  meetingDashboardSchema,
  visitDashboardSchema,
  type DashboardChangedPayload,
} from '@keha/shared';
import { auditCollection } from '../../platform/audit/audit-event.js';
import { signIn, type ApiClient } from '../../testing/api-client.js';
import { demoIds } from '../../testing/demo-ids.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { helsinkiToday } from '../case/dates.js';
import { projectedDeadlines } from '../case/deadline-projection.js';
import { deadlineProjectionModel } from '../case/deadline-projection.model.js';
import { newChild, notification } from '../case/spec-support.js';
import { childModel } from '../children/model.js';
import { computeDeadlines, deadlinesOfChildren, loadDeadlineInputs } from '../my-work/deadlines.js';
import { teamModel } from '../teams/model.js';
import { socketOf, teamOneSupervisor } from './spec-support.js';

const ASSESSMENT = 'assessment-complete-3-months';

describe('supervisor dashboards (HTTP, issue 9)', () => {
  let server: TestServer;
  let anna: ApiClient;
  let johanna: ApiClient;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let team1: string;
  let team2: string;
  const today = helsinkiToday();

  beforeAll(async () => {
    server = await startTestServer();
    [anna, johanna] = await Promise.all([signIn(server, 'anna.sw'), signIn(server, 'johanna.supervisor')]);
    ids = await demoIds(server.database.connection);
    const teams = await teamModel(server.database.connection).find().lean();
    team1 = String(teams.find((t) => t.code === 'team-1')!._id);
    team2 = String(teams.find((t) => t.code === 'team-2')!._id);
  });
  afterAll(async () => server.dispose());

  const rule = (body: { byRule: { ruleId: string; overdue: number }[] }) =>
    body.byRule.find((r) => r.ruleId === ASSESSMENT)!;

  it('stores at start, for every demo child, exactly the deadlines the rules compute from the events (open ones on the summary)', async () => {
    const connection = server.database.connection;
    const children = await childModel(connection).find().lean();
    expect(await deadlineProjectionModel(connection).countDocuments()).toBe(children.length);
    const ids = children.map((c) => c._id);
    const stored = await projectedDeadlines(connection, ids, today);
    const open = await deadlinesOfChildren(connection, children, today);
    const computed = computeDeadlines(children, await loadDeadlineInputs(connection, children), today);
    const sorted = (list: object[]) => list.map((d) => JSON.stringify(Object.entries(d).sort())).sort();
    for (const child of children) {
      const rules = computed.get(String(child._id))!;
      expect(sorted(stored.get(String(child._id))!)).toEqual(sorted(rules));
      expect(sorted(open.get(String(child._id))!)).toEqual(sorted(rules.filter((d) => d.status !== 'met')));
    }
  });

  it('counts an overdue assessment of a new case, and drops it in the same write that completes it', async () => {
    const supervisor = await signIn(server, await teamOneSupervisor(server.database.connection));
    const child = await newChild(server.database.connection);
    const before = rule((await supervisor.get('/api/v1/dashboard/deadlines')).body).overdue;
    const notified = addCalendarDays(today, -200);
    expect((await anna.post(`/api/v1/children/${child}/events`, notification(notified))).status).toBe(201);
    const started = { type: 'assessment_started', date: addCalendarDays(notified, 3), details: {} };
    expect((await anna.post(`/api/v1/children/${child}/events`, started)).status).toBe(201);
    const open = await supervisor.get('/api/v1/dashboard/deadlines');
    expect(open.status).toBe(200);
    expect(deadlineDashboardSchema.parse(open.body)).toBeTruthy();
    expect(rule(open.body).overdue).toBe(before + 1);
    expect(open.body.byTeam.map((t: { teamId: string }) => t.teamId)).toEqual([team1]);
    const completed = await anna.post(`/api/v1/children/${child}/events`, {
      type: 'assessment_completed',
      date: addCalendarDays(notified, 150),
      details: {},
    });
    expect(completed.status).toBe(201);
    const after = await supervisor.get('/api/v1/dashboard/deadlines');
    expect(rule(after.body).overdue).toBe(before);
    // Completed after the 3 months: counted in its month, not within the deadline.
    const month = addCalendarDays(notified, 150).slice(0, 7);
    const row = after.body.assessments.find((a: { month: string }) => a.month === month);
    const beforeRow = open.body.assessments.find((a: { month: string }) => a.month === month);
    expect(row.completed).toBe(beforeRow.completed + 1);
    expect(row.withinDeadline).toBe(beforeRow.withinDeadline);
  });

  it('shows laura.sw at the cap of 30 and counts only: no child leaves the server', async () => {
    const res = await johanna.get(`/api/v1/dashboard/caseload?teamId=${team2}`);
    expect(res.status).toBe(200);
    const body = caseloadDashboardSchema.parse(res.body);
    expect(body.cap).toBe(30);
    const laura = body.workers.find((w) => w.workerId === ids.user('laura.sw'))!;
    expect(laura).toEqual(jasmine.objectContaining({ children: 30, atOrOverCap: true }));
    expect(body.teams[0]!.workersAtOrOverCap).toBeGreaterThanOrEqual(1);
    expect(body.trend.length).toBe(12);
    expect(body.trend.at(-1)!.date).toBe(today);
    expect(JSON.stringify(res.body)).not.toContain('Veeti');
    expect(JSON.stringify(res.body)).not.toContain(ids.child('Veeti'));
  });

  it('lists the children behind a number on drill-down, audited as one list event naming each', async () => {
    const res = await johanna.get(
      `/api/v1/dashboard/children?kind=caseload&workerId=${ids.user('laura.sw')}`,
    );
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBe(30);
    expect(
      res.body.items.every((i: { workerName: string }) => i.workerName === 'Laura Söderberg'),
    ).toBeTrue();
    const [event] = await auditCollection(server.database.connection)
      .find({ view: 'dashboard.children', 'actor.username': 'johanna.supervisor' })
      .sort({ _id: -1 })
      .limit(1)
      .toArray();
    expect(event!.childIds!.length).toBe(30);
    expect(event!.action).toBe('child.list');
  });

  it('refuses other roles and administrators, and teams or workers the supervisor does not oversee', async () => {
    const admin = await signIn(server, 'admin');
    for (const client of [anna, admin]) {
      const res = await client.get('/api/v1/dashboard/caseload');
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain('supervisors');
    }
    const supervisor = await signIn(server, await teamOneSupervisor(server.database.connection));
    const team = await supervisor.get(`/api/v1/dashboard/deadlines?teamId=${team2}`);
    expect(team.status).toBe(403);
    expect(team.body.error.message).toBe('You do not supervise this team.');
    const worker = await supervisor.get(`/api/v1/dashboard/visits?workerId=${ids.user('laura.sw')}`);
    expect(worker.status).toBe(403);
    expect(worker.body.error.message).toBe('This worker is not in a team you supervise.');
  });

  it('answers invalid or huge periods with 400 and the field, before any query', async () => {
    const cases: [string, string][] = [
      ['from=2026-13', 'from'],
      ['from=2026-05&to=2026-01', 'from'],
      ['from=2020-01&to=2026-12', 'to'],
      ['from=2026-01&bogus=1', ''],
      ['teamId=nope', 'teamId'],
    ];
    for (const [query, path] of cases) {
      const res = await johanna.get(`/api/v1/dashboard/meetings?${query}`);
      expect(res.status).withContext(query).toBe(400);
      if (path) expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
    }
    const longest = await johanna.get('/api/v1/dashboard/caseload?from=2024-12&to=2026-11');
    expect(longest.status).toBe(200);
    expect(longest.body.trend.length).toBe(24);
    expect(longest.body.thlSnapshots.map((s: { date: string }) => s.date)).toEqual([
      '2025-04-08',
      '2025-10-14',
      '2026-04-14',
      '2026-10-13',
    ]);
  });

  it('answers the visit and meeting dashboards per team, and exports each view as CSV and PDF', async () => {
    const visits = await johanna.get('/api/v1/dashboard/visits');
    expect(visits.status).toBe(200);
    expect(visitDashboardSchema.parse(visits.body).teams.length).toBeGreaterThanOrEqual(2);
    const meetings = await johanna.get('/api/v1/dashboard/meetings');
    expect(meetings.status).toBe(200);
    const body = meetingDashboardSchema.parse(meetings.body);
    expect(body.familiesDiscussed.length).toBe(12);
    expect(body.familiesDiscussed.some((m) => (m.teams[team1] ?? 0) > 0)).toBeTrue();
    const csv = await johanna.get(`/api/v1/dashboard/caseload/export?format=csv&lang=en&teamId=${team2}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain('dashboard-caseload-');
    expect(csv.body).toContain('Worker;Children 0-17;Cap;At or over cap');
    expect(csv.body).toContain('Laura Söderberg;30;30;yes');
    const pdf = await fetch(`${server.url}/api/v1/dashboard/deadlines/export?format=pdf`, {
      headers: { cookie: `keha.sid=${johanna.sessionToken}` },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('tells the supervisors of the team, and only them, that a dashboard changed', async () => {
    const username = await teamOneSupervisor(server.database.connection);
    const supervisor = await signIn(server, username);
    const olli = await signIn(server, 'olli.sw');
    const [mine, worker] = await Promise.all([socketOf(server, supervisor), socketOf(server, olli)]);
    const heard: DashboardChangedPayload[] = [];
    worker.on(DASHBOARD_CHANGED_EVENT, (p: DashboardChangedPayload) => heard.push(p));
    try {
      const received = new Promise<DashboardChangedPayload>((resolve) =>
        mine.once(DASHBOARD_CHANGED_EVENT, resolve),
      );
      const child = await newChild(server.database.connection);
      expect((await anna.post(`/api/v1/children/${child}/events`, notification(today))).status).toBe(201);
      const payload = await received;
      expect(payload.teamIds).toEqual([team1]);
      expect(payload.areas).toContain('deadlines');
      expect(JSON.stringify(payload)).not.toContain(child);
      expect(heard).toEqual([]);
    } finally {
      mine.disconnect();
      worker.disconnect();
    }
  });

  it('documents every dashboard route in the OpenAPI document', async () => {
    const doc = (await anna.get('/api/v1/openapi.json')).body;
    for (const path of ['caseload', 'deadlines', 'visits', 'meetings', 'children', 'caseload/export'])
      expect(doc.paths[`/api/v1/dashboard/${path}`]).withContext(path).toBeDefined();
  });
});
