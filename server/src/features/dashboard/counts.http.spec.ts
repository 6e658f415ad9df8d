import { Types } from 'mongoose';
import { addCalendarDays } from '@keha/shared';
import { signIn, type ApiClient } from '../../testing/api-client.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { notifyDashboardChange } from '../case/deadline-changes.js';
import { helsinkiToday } from '../case/dates.js';
import { newChild } from '../case/spec-support.js';
import { taskModel } from '../case/task.model.js';
import { findingModel } from '../placements/findings/finding.model.js';
import { teamModel } from '../teams/model.js';
import { userModel } from '../users/model.js';

describe('supervisor dashboards: visit and meeting counts (HTTP, issue 9)', () => {
  let server: TestServer;
  let johanna: ApiClient;
  let team1: string;
  const today = helsinkiToday();

  beforeAll(async () => {
    server = await startTestServer();
    johanna = await signIn(server, 'johanna.supervisor');
    team1 = String((await teamModel(server.database.connection).findOne({ code: 'team-1' }).lean())!._id);
  });
  afterAll(async () => server.dispose());

  const teamRow = async (view: string) =>
    (await johanna.get(`/api/v1/dashboard/${view}?teamId=${team1}`)).body.teams[0];

  it('counts an overdue meeting action point for the child’s team and lists the child', async () => {
    const connection = server.database.connection;
    const before = (await teamRow('meetings')).overdueActionPoints;
    const child = await newChild(connection, { firstName: 'Toimenpide' });
    const anna = await userModel(connection).findOne({ username: 'anna.sw' }).lean();
    const point = {
      childId: new Types.ObjectId(child),
      title: 'Soita koululle',
      ownerId: anna!._id,
      status: 'open' as const,
      meetingId: String(new Types.ObjectId()),
      date: addCalendarDays(today, -20),
      createdById: anna!._id,
      createdByName: 'Anna',
    };
    await taskModel(connection).create([
      { ...point, dueDate: addCalendarDays(today, -3) },
      { ...point, dueDate: addCalendarDays(today, 3) }, // not overdue yet
      { ...point, dueDate: addCalendarDays(today, -3), meetingId: undefined }, // not an action point
    ]);
    // What the write paths do after such writes (the dashboards cache their numbers until told).
    notifyDashboardChange(connection, { teamIds: [team1], areas: ['meetings'] });
    expect((await teamRow('meetings')).overdueActionPoints).toBe(before + 1);
    const drill = await johanna.get(`/api/v1/dashboard/children?kind=overdue_action_points&teamId=${team1}`);
    expect(drill.body.items.filter((i: { childId: string }) => i.childId === child)).toEqual([
      jasmine.objectContaining({ name: 'Toimenpide Tapauslapsi', detail: 'Soita koululle' }),
    ]);
  });

  it('counts an open finding past its follow-up date once, however many of the team’s children it concerns', async () => {
    const connection = server.database.connection;
    const before = (await teamRow('visits')).openFindingsPastDeadline;
    const [a, b] = await Promise.all([newChild(connection), newChild(connection)]);
    const finding = {
      visitId: new Types.ObjectId(),
      unitId: new Types.ObjectId(),
      unitName: 'Perhekoti Testi',
      childIds: [new Types.ObjectId(a), new Types.ObjectId(b)],
      concernsUnit: true,
      date: addCalendarDays(today, -60),
      observation: 'Palovaroitin puuttuu.',
      severity: 'deficiency' as const,
      inspectorName: 'Pekka',
    };
    await findingModel(connection).create([
      { ...finding, clientId: 'past', status: 'open', followUpDate: addCalendarDays(today, -1) },
      { ...finding, clientId: 'later', status: 'open', followUpDate: addCalendarDays(today, 10) },
      { ...finding, clientId: 'closed', status: 'closed', followUpDate: addCalendarDays(today, -1) },
    ]);
    notifyDashboardChange(connection, { teamIds: [team1], areas: ['visits'] });
    expect((await teamRow('visits')).openFindingsPastDeadline).toBe(before + 1);
    const drill = await johanna.get(`/api/v1/dashboard/children?kind=findings_past_deadline&teamId=${team1}`);
    const ids = drill.body.items.map((i: { childId: string }) => i.childId);
    expect(ids).toContain(a);
    expect(ids).toContain(b);
  });

  it('counts a worker’s children in every team, and today’s trend point as the team’s count now', async () => {
    const connection = server.database.connection;
    const team2 = String((await teamModel(connection).findOne({ code: 'team-2' }).lean())!._id);
    const anna = String((await userModel(connection).findOne({ username: 'anna.sw' }).lean())!._id);
    const view = async () => (await johanna.get(`/api/v1/dashboard/caseload?teamId=${team1}`)).body;
    const before = await view();
    const annaBefore = before.workers.find((w: { workerId: string }) => w.workerId === anna).children;
    // Aged 0-17, closed and adult children do not count.
    await Promise.all([
      newChild(connection, { team: 'team-1', worker: 'anna.sw' }),
      newChild(connection, { team: 'team-2', worker: 'anna.sw' }),
      newChild(connection, { team: 'team-1', worker: 'anna.sw', born: '2001-05-05' }),
    ]);
    notifyDashboardChange(connection, { teamIds: [team1, team2], areas: ['caseload'] });
    const after = await view();
    expect(after.workers.find((w: { workerId: string }) => w.workerId === anna).children).toBe(
      annaBefore + 2,
    );
    expect(after.teams[0].children).toBe(before.teams[0].children + 1);
    expect(after.trend.at(-1).date).toBe(today);
    expect(after.trend.at(-1).teams[team1]).toBe(after.teams[0].children);
    expect(after.trend.at(-1).teams[team1]).toBe(before.trend.at(-1).teams[team1] + 1);
  });
});
