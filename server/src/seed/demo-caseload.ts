import { Types, type Connection } from 'mongoose';
import { REPORTER_TYPES, type CalendarDate } from '@keha/shared';
import { caseEventModel } from '../features/case/event.model.js';
import { childViewModel } from '../features/case/child-view.model.js';
import { clientPlanModel } from '../features/case/plan.model.js';
import { safetyScoreModel } from '../features/case/safety.model.js';
import { taskModel } from '../features/case/task.model.js';
import { networkMemberModel } from '../features/network/model.js';
import { demoNetwork } from './demo-family-tree.js';
import { demoChildRecords } from './demo-records.js';
import { dateDaysAgo, scenarioByKey } from './demo-scenarios.js';

export interface SeededChild {
  _id: Types.ObjectId;
  firstName: string;
  lastName: string;
  scenario: string;
  worker: { id: Types.ObjectId; name: string };
}

const NOTIFICATIONS = [
  'Lapsi kertoi koulussa, ettei uskalla mennä kotiin vanhempien riitojen vuoksi.',
  'Poliisi kävi kotona yöllä; lapset olivat paikalla.',
  'Lapsi on ollut paljon poissa koulusta, eikä huoltajaa ole tavoitettu.',
  'Neuvolassa heräsi huoli vanhemman jaksamisesta ja vauvan hoidosta.',
];

/** Events, plan, the child's view, safety scores, tasks and network map of each demo child. */
export async function seedChildRecords(
  connection: Connection,
  children: SeededChild[],
  today: CalendarDate,
  /** The supervisor who approved the demo care orders (separation of duties, LSL 13 §). */
  approverId: Types.ObjectId,
): Promise<void> {
  const events: object[] = [];
  const plans: object[] = [];
  const views: object[] = [];
  const scores: object[] = [];
  const tasks: object[] = [];
  const network: object[] = [];
  children.forEach((child, variant) => {
    const author = { authorId: child.worker.id, authorName: child.worker.name };
    for (const event of scenarioByKey(child.scenario).events) {
      const id = new Types.ObjectId();
      const notification = event.type === 'notification_received';
      events.push({
        _id: id,
        seriesId: id,
        version: 1,
        current: true,
        childId: child._id,
        type: event.type,
        date: dateDaysAgo(today, event.daysAgo),
        details: {
          ...(notification
            ? {
                reporterType: REPORTER_TYPES[variant % 6],
                content: NOTIFICATIONS[variant % NOTIFICATIONS.length],
              }
            : {}),
          ...(event.type === 'urgency_assessed'
            ? { urgency: variant % 5 === 0 ? 'urgent' : 'not_urgent' }
            : {}),
          ...(event.summary ? { summary: event.summary } : {}),
          ...(event.type === 'care_order_decided' ? { decidedById: approverId } : {}),
        },
        links: [],
        ...author,
      });
    }
    const records = demoChildRecords(child.scenario, today, variant, child.worker.name);
    if (records.plan)
      plans.push({ childId: child._id, version: 1, ...records.plan, goals: records.plan.goals, ...author });
    if (records.childView)
      views.push({
        childId: child._id,
        ...records.childView,
        askedById: child.worker.id,
        askedByName: child.worker.name,
      });
    for (const score of records.safetyScores) scores.push({ childId: child._id, ...score, ...author });
    for (const task of records.tasks)
      tasks.push({
        childId: child._id,
        ...task,
        ownerId: child.worker.id,
        date: dateDaysAgo(today, 5),
        createdById: child.worker.id,
        createdByName: child.worker.name,
      });
    for (const member of demoNetwork(child.lastName, variant))
      network.push({ childId: child._id, ...member, createdBy: child.worker.id });
  });
  await Promise.all([
    caseEventModel(connection).insertMany(events),
    clientPlanModel(connection).insertMany(plans),
    childViewModel(connection).insertMany(views),
    safetyScoreModel(connection).insertMany(scores),
    taskModel(connection).insertMany(tasks),
    networkMemberModel(connection).insertMany(network),
  ]);
}
