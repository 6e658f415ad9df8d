/**
 * Adds to a generated issue-5 data directory (dataset.ts, 10k children) what the supervisor dashboards
 * read besides children and case events: 100 placement units, a placement and a visit per child
 * (10,000 + 10,000), a finding on every 10th visit (serious, with the AVI notification unsent, on every
 * 50th), 52 finalised weekly meetings per team with five families each, and 2,000 meeting action points
 * as tasks. Each kind is cloned from the demo seed's own document (so the shapes are what the features
 * store) with new ids, children and dates.
 */
import path from 'node:path';
import mongoose, { Types, type Connection } from 'mongoose';
import { addCalendarDays, type CalendarDate } from '@keha/shared';
import { startEngine } from '@keha/embedded-mongo';
import { helsinkiToday } from '../../features/case/dates.js';

const UNITS = 100;
const WEEKS = 52;

type Doc = Record<string, unknown> & { _id: Types.ObjectId };

async function template(c: Connection, collection: string, filter: object = {}): Promise<Doc> {
  const doc = await c.collection(collection).findOne(filter);
  if (!doc) throw new Error(`The demo seed has no ${collection} to copy.`);
  return doc as Doc;
}

async function insert(c: Connection, collection: string, docs: object[], counts: Record<string, number>) {
  for (let i = 0; i < docs.length; i += 5000)
    await c.collection(collection).insertMany(docs.slice(i, i + 5000), { ordered: false });
  counts[collection] = docs.length;
}

export async function addOversightData(dataDir: string): Promise<Record<string, number>> {
  const engine = await startEngine({ port: 0, dbPath: path.join(dataDir, 'db'), sync: 'batch' });
  const c = await mongoose.createConnection(engine.uri, { dbName: 'keha' }).asPromise();
  try {
    const today = helsinkiToday();
    const counts: Record<string, number> = {};
    const [unit, placement, visit, finding, meeting, task] = await Promise.all([
      template(c, 'placementunits'),
      template(c, 'placements'),
      template(c, 'placementvisits', { status: 'submitted' }),
      template(c, 'placementfindings'),
      template(c, 'meetings', { status: 'finalised' }),
      template(c, 'tasks'),
    ]);
    const units = Array.from({ length: UNITS }, (_, u) => ({
      ...unit,
      _id: new Types.ObjectId(),
      name: `Vertailuyksikkö ${u + 1}`,
    }));
    await insert(c, 'placementunits', units, counts);
    const benchTeams = await c
      .collection('teams')
      .find({ code: { $regex: '^bench-' } })
      .toArray();
    const generated = await c
      .collection('children')
      .find(
        { teamId: { $in: benchTeams.map((t) => t._id) } },
        { projection: { teamId: 1, namedSocialWorkerId: 1 } },
      )
      .toArray();
    const placements: Doc[] = [];
    const visits: Doc[] = [];
    const findings: Doc[] = [];
    generated.forEach((child, i) => {
      const unitOf = units[i % UNITS]!;
      const p: Doc = {
        ...placement,
        _id: new Types.ObjectId(),
        childId: child._id,
        unitId: unitOf._id,
        startDate: addCalendarDays(today, -(30 + (i % 700))),
        endDate: null,
        responsibleWorkerId: child['namedSocialWorkerId'],
      };
      placements.push(p);
      const visitDate: CalendarDate = addCalendarDays(today, -(i % 365));
      const v: Doc = {
        ...visit,
        _id: new Types.ObjectId(),
        unitId: unitOf._id,
        placementIds: [p._id],
        childIds: [child._id],
        plannedDate: visitDate,
        findings: [],
      };
      visits.push(v);
      if (i % 10 === 0) {
        const serious = i % 50 === 0;
        findings.push({
          ...finding,
          _id: new Types.ObjectId(),
          visitId: v._id,
          clientId: `bench-${i}`,
          unitId: unitOf._id,
          unitName: unitOf['name'],
          childIds: [child._id],
          date: visitDate,
          severity: serious ? 'serious' : 'deficiency',
          followUpDate: addCalendarDays(visitDate, 30),
          status: i % 20 === 0 ? 'open' : 'closed',
        });
        if (serious)
          v['draft'] = {
            ...(v['draft'] as object),
            notifications: [{ recipient: 'avi', organisation: 'Aluehallintovirasto', sent: false }],
          };
      }
    });
    await insert(c, 'placements', placements, counts);
    await insert(c, 'placementvisits', visits, counts);
    await insert(c, 'placementfindings', findings, counts);
    const teams = [...new Set(generated.map((ch) => String(ch['teamId'])))];
    const meetings: Doc[] = [];
    const tasks: Doc[] = [];
    teams.forEach((teamId) => {
      const own = generated.filter((ch) => String(ch['teamId']) === teamId);
      for (let w = 0; w < WEEKS; w++) {
        const discussed = own.slice((w * 5) % own.length, ((w * 5) % own.length) + 5).map((ch) => ch._id);
        const m: Doc = {
          ...meeting,
          _id: new Types.ObjectId(),
          teamId: new Types.ObjectId(teamId),
          date: addCalendarDays(today, -7 * (w + 1)),
          childIds: discussed,
          agenda: [],
        };
        meetings.push(m);
        if (w < 20)
          for (const childId of discussed.slice(0, 2))
            tasks.push({
              ...task,
              _id: new Types.ObjectId(),
              childId,
              meetingId: String(m._id),
              status: 'open',
              dueDate: addCalendarDays(m['date'] as string, 14),
              ownerId: own.find((ch) => ch._id.equals(childId))!['namedSocialWorkerId'],
            });
      }
    });
    await insert(c, 'meetings', meetings, counts);
    await insert(c, 'tasks', tasks, counts);
    return counts;
  } finally {
    await c.close();
    await engine.stop();
  }
}
