import { Types, type Connection } from 'mongoose';
import type {
  SafetyScore,
  safetyScoreInputSchema,
  SafetyStatement,
  safetyStatementInputSchema,
} from '@keha/shared';
import type { z } from 'zod';
import type { Caller } from '../../platform/access/caller.js';
import type { CaseAccess, StoredChild } from './case-access.js';
import { calendarDateOf, helsinkiToday } from './dates.js';
import { recordDateIssues, throwIfIssues } from './date-rules.js';
import { toSafetyScore, toSafetyStatement } from './mapping.js';
import { safetyScoreModel, safetyStatementModel } from './safety.model.js';

type StatementInput = z.infer<typeof safetyStatementInputSchema>;
type ScoreInput = z.infer<typeof safetyScoreInputSchema>;

const VIEW = 'child.safety';

/** Signs of Safety statements and the 0-10 safety scale per participant. */
export class SafetyService {
  constructor(
    private readonly connection: Connection,
    private readonly access: CaseAccess,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async statements(caller: Caller, childId: string): Promise<{ items: SafetyStatement[] }> {
    const { child } = await this.access.read(caller, childId, VIEW);
    const docs = await safetyStatementModel(this.connection)
      .find({ childId: child._id })
      .sort({ date: -1, _id: -1 })
      .lean();
    return { items: docs.map(toSafetyStatement) };
  }

  async addStatement(caller: Caller, childId: string, input: StatementInput): Promise<SafetyStatement> {
    const { child } = await this.access.write(caller, childId, VIEW);
    this.checkDate(child, input.date);
    const [doc] = await safetyStatementModel(this.connection).create([
      { childId: child._id, ...input, ...this.author(caller) },
    ]);
    return toSafetyStatement(doc!.toObject());
  }

  async scores(caller: Caller, childId: string): Promise<{ items: SafetyScore[] }> {
    const { child } = await this.access.read(caller, childId, VIEW);
    const docs = await safetyScoreModel(this.connection)
      .find({ childId: child._id })
      .sort({ date: -1, _id: -1 })
      .lean();
    return { items: docs.map(toSafetyScore) };
  }

  async addScore(caller: Caller, childId: string, input: ScoreInput): Promise<SafetyScore> {
    const { child } = await this.access.write(caller, childId, VIEW);
    this.checkDate(child, input.date);
    const [doc] = await safetyScoreModel(this.connection).create([
      { childId: child._id, ...input, ...this.author(caller) },
    ]);
    return toSafetyScore(doc!.toObject());
  }

  private checkDate(child: StoredChild, date: string): void {
    const days = { dateOfBirth: calendarDateOf(child.dateOfBirth), today: helsinkiToday(this.clock()) };
    throwIfIssues(recordDateIssues(date, days));
  }

  private author(caller: Caller): { authorId: Types.ObjectId; authorName: string } {
    return { authorId: new Types.ObjectId(caller.user.id), authorName: caller.user.displayName };
  }
}
