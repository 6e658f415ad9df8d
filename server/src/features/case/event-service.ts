import { Types, type Connection } from 'mongoose';
import {
  lifecycleIssues,
  type CaseEvent,
  type caseEventCorrectionSchema,
  type caseEventInputSchema,
  type DatedEvent,
} from '@keha/shared';
import type { z } from 'zod';
import type { Caller } from '../../platform/access/caller.js';
import { ConflictError, NotFoundError } from '../../platform/errors.js';
import { childModel } from '../children/model.js';
import type { CaseAccess, StoredChild } from './case-access.js';
import { statusFromEvents } from './child-status.js';
import { DecisionApproval } from './decision-approval.js';
import { refreshDeadlineProjection } from './deadline-projection.js';
import { calendarDateOf, helsinkiToday } from './dates.js';
import { throwIfIssues } from './date-rules.js';
import { caseEventModel, type CaseEventDocument } from './event.model.js';
import { toCaseEvent } from './mapping.js';

type EventInput = z.infer<typeof caseEventInputSchema>;
type Correction = z.infer<typeof caseEventCorrectionSchema>;

const VIEW = 'child.events';

/** Case lifecycle events: recorded, corrected as new versions, never edited in place or deleted. */
export class CaseEventService {
  constructor(
    private readonly connection: Connection,
    private readonly access: CaseAccess,
    private readonly clock: () => Date = () => new Date(),
    private readonly approval = new DecisionApproval(connection),
  ) {}

  /** The supervisors who may approve a care order or an emergency-placement extension for the child. */
  async decisionMakers(
    caller: Caller,
    childId: string,
    type: 'care_order_decided' | 'emergency_placement_extended',
  ): Promise<{ items: { id: string; displayName: string }[] }> {
    const { child } = await this.access.write(caller, childId, VIEW);
    return { items: await this.approval.eligible(type, child, helsinkiToday(this.clock())) };
  }

  async list(caller: Caller, childId: string): Promise<{ items: CaseEvent[] }> {
    const { child } = await this.access.read(caller, childId, VIEW);
    const docs = await caseEventModel(this.connection)
      .find({ childId: child._id, current: true })
      .sort({ date: -1, _id: -1 })
      .lean();
    return { items: docs.map(toCaseEvent) };
  }

  /** Every version of the event's series, newest first (`eventId` may name any of them). */
  async versions(caller: Caller, childId: string, eventId: string): Promise<{ items: CaseEvent[] }> {
    const { child } = await this.access.read(caller, childId, VIEW);
    const event = await this.findEvent(child, eventId);
    const docs = await caseEventModel(this.connection)
      .find({ seriesId: event.seriesId, childId: child._id })
      .sort({ version: -1 })
      .lean();
    return { items: docs.map(toCaseEvent) };
  }

  async create(caller: Caller, childId: string, input: EventInput): Promise<CaseEvent> {
    const { child } = await this.access.write(caller, childId, VIEW);
    const others = await this.currentDatedEvents(child);
    this.checkDates(input, others, child);
    await this.approval.check(input, child);
    const id = new Types.ObjectId();
    const [doc] = await caseEventModel(this.connection).create([
      { _id: id, seriesId: id, version: 1, current: true, ...this.content(caller, child, input) },
    ]);
    await this.updateStatus(child);
    return toCaseEvent(doc!.toObject());
  }

  /**
   * A correction is the next version of the series. The new version is inserted and the corrected one
   * turned off in one transaction; the unique (seriesId, version) index and the `current: true`
   * condition make a concurrent second correction of the same version fail with 409 instead of forking.
   */
  async correct(
    caller: Caller,
    childId: string,
    eventId: string,
    correction: Correction,
  ): Promise<CaseEvent> {
    const { child } = await this.access.write(caller, childId, VIEW);
    const old = await this.findEvent(child, eventId);
    if (!old.current)
      throw new ConflictError('This version has already been corrected; correct the latest one.');
    const others = (await this.currentDatedEvents(child)).filter((e) => e.id !== String(old._id));
    this.checkDates(correction.event, others, child);
    await this.approval.check(correction.event, child);
    const Events = caseEventModel(this.connection);
    const id = new Types.ObjectId();
    const next = {
      _id: id,
      seriesId: old.seriesId,
      version: old.version + 1,
      current: true,
      correctionReason: correction.reason,
      ...this.content(caller, child, correction.event),
    };
    try {
      await this.connection.transaction(async (session) => {
        await Events.create([next], { session });
        const flipped = await Events.updateOne(
          { _id: old._id, current: true },
          { $set: { current: false, supersededBy: id } },
          { session },
        );
        if (flipped.modifiedCount !== 1) throw new ConflictError('This event was corrected meanwhile.');
      });
    } catch (err) {
      if ((err as { code?: number }).code === 11000)
        throw new ConflictError('This event was corrected meanwhile.');
      throw err;
    }
    await this.updateStatus(child);
    return toCaseEvent((await Events.findById(id).lean())!);
  }

  private checkDates(input: EventInput, others: DatedEvent[], child: StoredChild): void {
    const days = { dateOfBirth: calendarDateOf(child.dateOfBirth), today: helsinkiToday(this.clock()) };
    throwIfIssues(lifecycleIssues({ type: input.type, date: input.date }, others, days));
  }

  private content(caller: Caller, child: StoredChild, input: EventInput): Partial<CaseEventDocument> {
    return {
      childId: child._id,
      type: input.type,
      date: input.date,
      details: {
        ...input.details,
        decidedById: input.details.decidedById ? new Types.ObjectId(input.details.decidedById) : undefined,
      },
      links: input.links,
      authorId: new Types.ObjectId(caller.user.id),
      authorName: caller.user.displayName,
    };
  }

  private async findEvent(child: StoredChild, eventId: string) {
    const event = await caseEventModel(this.connection).findOne({ _id: eventId, childId: child._id }).lean();
    if (!event) throw new NotFoundError('No such event for this child.');
    return event;
  }

  private async currentDatedEvents(child: StoredChild): Promise<DatedEvent[]> {
    const docs = await caseEventModel(this.connection)
      .find({ childId: child._id, current: true }, { type: 1, date: 1 })
      .lean();
    return docs.map((d) => ({ id: String(d._id), type: d.type, date: d.date }));
  }

  /**
   * Re-derives the child's status from the stored current events after a write (so two concurrent
   * writes still end with the status of both); see `statusFromEvents` for the rule.
   */
  /** After an event or a correction: the child's status, then its stored deadlines (which carry it). */
  private async updateStatus(child: StoredChild): Promise<void> {
    const status = statusFromEvents(await this.currentDatedEvents(child));
    if (status && status !== child.status)
      await childModel(this.connection).updateOne({ _id: child._id }, { $set: { status } });
    await refreshDeadlineProjection(this.connection, [child._id]);
  }
}
