import { Types, type Connection } from 'mongoose';
import {
  addCalendarDays,
  FINDING_REMINDER_DAYS,
  hasRole,
  type CalendarDate,
  type FindingReminder,
} from '@keha/shared';
import type { Caller } from '../../../platform/access/caller.js';
import type { AuditWriter } from '../../../platform/audit/audit-writer.js';
import type { ChildAccessGate } from '../../access/child-access-gate.js';
import { childModel } from '../../children/model.js';
import { readableChildren } from '../placement-access.js';
import { placementModel } from '../placement.model.js';
import { visitModel } from '../visits/visit.model.js';
import { findingModel, type StoredFinding } from './finding.model.js';

const VIEW = 'placement.findings';
const LIMIT = 200;

/** The earliest open deadline of a finding: its required actions' and its follow-up date. */
export function nextDeadlineOf(f: Pick<StoredFinding, 'actions' | 'followUpDate'>): CalendarDate | null {
  const days = [...f.actions.map((a) => a.deadline), ...(f.followUpDate ? [f.followUpDate] : [])].sort();
  return days[0] ?? null;
}

/**
 * Follow-up reminders for the work list: open findings whose next deadline is at most
 * FINDING_REMINDER_DAYS away or past. A worker gets those of the children they are responsible for (the
 * placement's responsible worker or the named social worker), an inspector those of their own visits,
 * a supervisor every one (oversight). Only children the caller may list are shown, audited as a list.
 */
export async function findingReminders(
  connection: Connection,
  lists: { gate: ChildAccessGate; audit: AuditWriter },
  caller: Caller,
  today: CalendarDate,
): Promise<FindingReminder[]> {
  const me = new Types.ObjectId(caller.user.id);
  const horizon = addCalendarDays(today, FINDING_REMINDER_DAYS);
  const [named, placed, visits] = await Promise.all([
    childModel(connection).find({ namedSocialWorkerId: me }, { _id: 1 }).lean(),
    placementModel(connection).find({ responsibleWorkerId: me }, { childId: 1 }).lean(),
    visitModel(connection).find({ inspectorId: me }, { _id: 1 }).lean(),
  ]);
  const mine = new Set([...named.map((c) => String(c._id)), ...placed.map((p) => String(p.childId))]);
  const myVisits = new Set(visits.map((v) => String(v._id)));
  const oversight = hasRole(caller.user, 'supervisor');
  const near = { $or: [{ 'actions.deadline': { $lte: horizon } }, { followUpDate: { $lte: horizon } }] };
  const ours = {
    $or: [
      { childIds: { $in: [...mine].map((id) => new Types.ObjectId(id)) } },
      { visitId: { $in: visits.map((v) => v._id) } },
    ],
  };
  const found = await findingModel(connection)
    .find({ status: 'open', $and: oversight ? [near] : [near, ours] })
    .sort({ date: 1, _id: 1 })
    .limit(LIMIT)
    .lean();
  const children = await childModel(connection)
    .find({ _id: { $in: found.flatMap((f) => f.childIds) } })
    .lean();
  const visible = await readableChildren(lists.gate, lists.audit, caller, children, VIEW, true);
  const names = new Map(children.map((c) => [String(c._id), `${c.firstName} ${c.lastName}`]));
  const reminders = found
    .filter((f) => f.childIds.every((id) => visible.has(String(id))))
    .map((f): FindingReminder => {
      const nextDeadline = nextDeadlineOf(f)!;
      const ids = f.childIds.map(String);
      return {
        id: String(f._id),
        visitId: String(f.visitId),
        unit: { id: String(f.unitId), name: f.unitName },
        children: ids.map((id) => ({ id, name: names.get(id) ?? '' })),
        observation: f.observation,
        severity: f.severity,
        date: f.date,
        nextDeadline,
        status: nextDeadline < today ? 'overdue' : 'due_soon',
        reason: ids.some((id) => mine.has(id))
          ? 'responsible_worker'
          : myVisits.has(String(f.visitId))
            ? 'inspector'
            : 'oversight',
      };
    });
  return reminders.sort(
    (a, b) =>
      Number(b.status === 'overdue') - Number(a.status === 'overdue') ||
      a.nextDeadline.localeCompare(b.nextDeadline),
  );
}
