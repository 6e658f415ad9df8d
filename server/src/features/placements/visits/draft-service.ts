import type { ClientSession, Connection } from 'mongoose';
import {
  draftIssues,
  type Visit,
  type VisitDraft,
  type visitDraftSaveSchema,
  type visitNotificationsSaveSchema,
  type visitSubmitSchema,
} from '@keha/shared';
import type { z } from 'zod';
import type { Caller } from '../../../platform/access/caller.js';
import { ConflictError, StaleRevisionError, ValidationError } from '../../../platform/errors.js';
import { helsinkiToday } from '../../case/dates.js';
import { toTemplate, type ChecklistTemplateService } from '../checklists/template-service.js';
import { syncInspectorAssignments } from '../inspector-sync.js';
import type { PlacementAccess } from '../placement-access.js';
import type { PlacementUnitService } from '../unit-service.js';
import { once } from './once.js';
import type { SubmissionEffects } from './submission.js';
import { visitInspectorOnly, VISITS_VIEW, type VisitService } from './visit-service.js';
import { visitModel, type StoredVisit } from './visit.model.js';
import { visitView } from './visit-views.js';

type DraftSave = z.infer<typeof visitDraftSaveSchema>;
type Submit = z.infer<typeof visitSubmitSchema>;
type NotificationsSave = z.infer<typeof visitNotificationsSaveSchema>;

/**
 * Changes to a visit's minutes from the (offline) form: each is applied once per client mutation id,
 * only on the revision it was based on (else 409 stale_revision with the current visit), and in one
 * transaction, so a refused submission leaves nothing half-saved.
 */
export class VisitDraftService {
  constructor(
    private readonly connection: Connection,
    private readonly access: PlacementAccess,
    private readonly visits: VisitService,
    private readonly units: PlacementUnitService,
    private readonly templates: ChecklistTemplateService,
    private readonly effects: SubmissionEffects,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async saveDraft(caller: Caller, id: string, input: DraftSave): Promise<Visit> {
    const visit = await this.visits.find(id);
    await this.access.decide(caller, visit.childIds, 'write', VISITS_VIEW, visitInspectorOnly(visit));
    const { response } = await once(
      this.connection,
      caller,
      input.clientMutationId,
      'draft',
      async (session) => {
        const current = await this.current(visit, input.baseRevision, session, 'open');
        const issues = draftIssues(input.draft, await this.context(current));
        if (issues.length) throw new ValidationError(issues.map((i) => ({ ...i, path: `draft.${i.path}` })));
        return this.write(current, { draft: input.draft, status: 'draft' }, session);
      },
    );
    return response;
  }

  async submit(caller: Caller, id: string, input: Submit): Promise<Visit> {
    const visit = await this.visits.find(id);
    await this.access.decide(caller, visit.childIds, 'write', VISITS_VIEW, visitInspectorOnly(visit));
    const { response, replayed } = await once(
      this.connection,
      caller,
      input.clientMutationId,
      'submit',
      async (session) => {
        const current = await this.current(visit, input.baseRevision, session, 'open');
        const draft: VisitDraft = input.draft ?? current.draft;
        const unit = await this.units.find(String(current.unitId));
        const recorded = await this.effects.record(
          caller,
          current,
          draft,
          await this.context(current),
          unit,
          session,
        );
        return this.write(
          current,
          {
            draft: recorded.draft,
            status: 'submitted',
            findings: recorded.findings,
            submittedAt: this.clock(),
            submittedByName: caller.user.displayName,
          },
          session,
        );
      },
    );
    await syncInspectorAssignments(this.connection, visit.childIds, helsinkiToday(this.clock()));
    if (!replayed) await this.effects.alert(visit);
    return response;
  }

  /** LSL 79 § notifications sent after the visit: the only change to submitted minutes. */
  async saveNotifications(caller: Caller, id: string, input: NotificationsSave): Promise<Visit> {
    const visit = await this.visits.find(id);
    await this.access.decide(caller, visit.childIds, 'write', VISITS_VIEW);
    const { response } = await once(
      this.connection,
      caller,
      input.clientMutationId,
      'notifications',
      async (session) => {
        const current = await this.current(visit, input.baseRevision, session, 'submitted');
        return this.write(
          current,
          { draft: { ...current.draft, notifications: input.notifications } },
          session,
        );
      },
    );
    return response;
  }

  /** The visit inside the transaction, at the revision the client based its change on. */
  private async current(
    visit: StoredVisit,
    baseRevision: number,
    session: ClientSession,
    state: 'open' | 'submitted',
  ): Promise<StoredVisit> {
    const current = (await visitModel(this.connection).findById(visit._id, null, { session }).lean())!;
    const stale = async (message: string) =>
      new StaleRevisionError(message, await visitView(this.connection, current));
    if (state === 'open' && current.status === 'submitted')
      throw await stale('The visit has been submitted meanwhile; its minutes are final.');
    if (state === 'submitted' && current.status !== 'submitted')
      throw new ConflictError('Notifications are recorded here after submission; before it, in the draft.');
    if (current.revision !== baseRevision)
      throw await stale(
        `The visit was saved meanwhile (revision ${current.revision}, yours ${baseRevision}).`,
      );
    return current;
  }

  private async write(
    current: StoredVisit,
    set: Partial<StoredVisit>,
    session: ClientSession,
  ): Promise<{ visitId: StoredVisit['_id']; response: Visit }> {
    const updated = await visitModel(this.connection)
      .findOneAndUpdate(
        { _id: current._id, revision: current.revision },
        { $set: { ...set, revision: current.revision + 1 } },
        { returnDocument: 'after', session },
      )
      .lean();
    if (!updated)
      throw new StaleRevisionError(
        'The visit was saved meanwhile.',
        await visitView(this.connection, current),
      );
    return { visitId: current._id, response: await visitView(this.connection, updated) };
  }

  private async context(visit: StoredVisit) {
    const [template, unit] = await Promise.all([
      this.templates.find(String(visit.templateId)),
      this.units.find(String(visit.unitId)),
    ]);
    return {
      today: helsinkiToday(this.clock()),
      childIds: visit.childIds.map(String),
      items: toTemplate(template).items,
      unitType: unit.type,
      attachmentIds: visit.attachments.map((a) => a.clientId),
    };
  }
}
