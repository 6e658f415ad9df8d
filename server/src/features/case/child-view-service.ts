import { Types, type Connection } from 'mongoose';
import type { ChildView, childViewInputSchema } from '@keha/shared';
import type { z } from 'zod';
import type { Caller } from '../../platform/access/caller.js';
import type { CaseAccess } from './case-access.js';
import { childViewModel } from './child-view.model.js';
import { calendarDateOf, helsinkiToday } from './dates.js';
import { recordDateIssues, throwIfIssues } from './date-rules.js';
import { toChildView } from './mapping.js';

type ChildViewInput = z.infer<typeof childViewInputSchema>;

const VIEW = 'child.views';

/** LSL 20 §: the child's own view, in the child's words, or why it could not be obtained. */
export class ChildViewService {
  constructor(
    private readonly connection: Connection,
    private readonly access: CaseAccess,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Newest first. */
  async list(caller: Caller, childId: string): Promise<{ items: ChildView[] }> {
    const { child } = await this.access.read(caller, childId, VIEW);
    const docs = await childViewModel(this.connection)
      .find({ childId: child._id })
      .sort({ date: -1, _id: -1 })
      .lean();
    return { items: docs.map(toChildView) };
  }

  async create(caller: Caller, childId: string, input: ChildViewInput): Promise<ChildView> {
    const { child } = await this.access.write(caller, childId, VIEW);
    const days = { dateOfBirth: calendarDateOf(child.dateOfBirth), today: helsinkiToday(this.clock()) };
    throwIfIssues(recordDateIssues(input.date, days));
    const [doc] = await childViewModel(this.connection).create([
      {
        childId: child._id,
        date: input.date,
        askedById: new Types.ObjectId(caller.user.id),
        askedByName: caller.user.displayName,
        method: input.method,
        words: input.words,
        effectOnDecisions: input.effectOnDecisions,
        notObtainedReason: input.notObtainedReason,
      },
    ]);
    return toChildView(doc!.toObject());
  }
}
