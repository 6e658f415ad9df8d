import type { Connection } from 'mongoose';
import type { SafetyScore, SituationalPicture } from '@keha/shared';
import type { Caller } from '../../platform/access/caller.js';
import { toChild } from '../children/mapping.js';
import { teamModel } from '../teams/model.js';
import type { CaseAccess, StoredChild } from './case-access.js';
import { childViewModel } from './child-view.model.js';
import { ageInYears, calendarDateOf, helsinkiToday } from './dates.js';
import type { DeadlineService } from './deadline-service.js';
import { toChildView, toClientPlan, toSafetyScore } from './mapping.js';
import { clientPlanModel } from './plan.model.js';
import { safetyScoreModel, type StoredSafetyScore } from './safety.model.js';
import { taskModel } from './task.model.js';
import { userNames, type TaskService } from './task-service.js';

/**
 * "One child, one situational picture" (domain.md §6): what the team looks at together. One audited
 * read ('child.picture'); the parts are then read without further audit events.
 */
export class PictureService {
  constructor(
    private readonly connection: Connection,
    private readonly access: CaseAccess,
    private readonly deadlines: DeadlineService,
    private readonly tasks: TaskService,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async picture(caller: Caller, childId: string): Promise<SituationalPicture> {
    const { child, flagged } = await this.access.read(caller, childId, 'child.picture');
    const c = this.connection;
    // One query per collection, all at once; the deadlines are the child's stored list (one document).
    const [team, deadlines, plan, scores, view, openTasks] = await Promise.all([
      teamModel(c).findById(child.teamId, { name: 1 }).lean(),
      this.deadlines.forPicture(child),
      clientPlanModel(c).findOne({ childId: child._id }).sort({ version: -1 }).lean(),
      this.latestScores(child),
      childViewModel(c).findOne({ childId: child._id }).sort({ date: -1, _id: -1 }).lean(),
      taskModel(c).find({ childId: child._id, status: 'open' }).sort({ dueDate: 1, _id: 1 }).lean(),
    ]);
    // The named worker's and the task owners' names in one read.
    const names = await userNames(c, [child.namedSocialWorkerId, ...openTasks.map((t) => t.ownerId)]);
    return {
      child: toChild(child),
      ageYears: ageInYears(calendarDateOf(child.dateOfBirth), helsinkiToday(this.clock())),
      teamName: team?.name ?? '',
      namedSocialWorkerName: names.get(String(child.namedSocialWorkerId)) ?? '',
      access: flagged ? { flagged } : {},
      deadlines,
      plan: plan ? toClientPlan(plan) : null,
      latestSafetyScores: scores,
      latestChildView: view ? toChildView(view) : null,
      openTasks: await this.tasks.toTasks(openTasks, names),
      familyId: child.familyId ? String(child.familyId) : null,
    };
  }

  /** Each participant's latest score (participants are told apart by the name as written). */
  private async latestScores(child: StoredChild): Promise<SafetyScore[]> {
    const rows = await safetyScoreModel(this.connection).aggregate<StoredSafetyScore>([
      { $match: { childId: child._id } },
      { $sort: { date: -1, _id: -1 } },
      { $group: { _id: '$participant', latest: { $first: '$$ROOT' } } },
      { $replaceRoot: { newRoot: '$latest' } },
      { $sort: { participant: 1 } },
    ]);
    return rows.map(toSafetyScore);
  }
}
