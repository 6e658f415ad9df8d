import { Types, type Connection } from 'mongoose';
import {
  hasClientDataRole,
  hasRole,
  type ChecklistTemplate,
  type checklistTemplateInputSchema,
} from '@keha/shared';
import type { z } from 'zod';
import { auditActor, type Caller } from '../../../platform/access/caller.js';
import type { AuditWriter } from '../../../platform/audit/audit-writer.js';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  StaleRevisionError,
} from '../../../platform/errors.js';
import { checklistTemplateModel, type StoredTemplate } from './template.model.js';

type TemplateInput = z.infer<typeof checklistTemplateInputSchema>;

/** The organisation's checklist when a visit names none. */
export const DEFAULT_TEMPLATE_KEY = 'default';

/**
 * Visit checklist templates: read by everyone who visits (and administrators); written only by
 * administrators, every edit a new version, so a visit's minutes keep the items it was made with.
 */
export class ChecklistTemplateService {
  constructor(
    private readonly connection: Connection,
    private readonly audit: AuditWriter,
  ) {}

  async listCurrent(caller: Caller): Promise<{ items: ChecklistTemplate[] }> {
    this.requireReader(caller);
    const docs = await checklistTemplateModel(this.connection)
      .find({ current: true })
      .sort({ key: 1 })
      .lean();
    return { items: docs.map(toTemplate) };
  }

  async versions(caller: Caller, key: string): Promise<{ items: ChecklistTemplate[] }> {
    this.requireReader(caller);
    const docs = await checklistTemplateModel(this.connection).find({ key }).sort({ version: -1 }).lean();
    if (!docs.length) throw new NotFoundError('No such checklist template.');
    return { items: docs.map(toTemplate) };
  }

  /** One version by its id (what a visit stores). */
  async get(caller: Caller, id: string): Promise<ChecklistTemplate> {
    this.requireReader(caller);
    return toTemplate(await this.find(id));
  }

  async find(id: string): Promise<StoredTemplate> {
    const doc = Types.ObjectId.isValid(id)
      ? await checklistTemplateModel(this.connection).findById(id).lean()
      : null;
    if (!doc) throw new NotFoundError('No such checklist template.');
    return doc;
  }

  async currentDefault(): Promise<StoredTemplate> {
    const doc = await checklistTemplateModel(this.connection)
      .findOne({ key: DEFAULT_TEMPLATE_KEY, current: true })
      .lean();
    if (!doc) throw new ConflictError('No checklist template has been made yet: an administrator makes one.');
    return doc;
  }

  async create(caller: Caller, key: string, template: TemplateInput): Promise<ChecklistTemplate> {
    await this.requireAdministrator(caller, 'checklist_template.create', key);
    const Templates = checklistTemplateModel(this.connection);
    if (await Templates.exists({ key })) throw new ConflictError('A template with this key exists: edit it.');
    return toTemplate((await this.insert(caller, key, 1, template)).toObject());
  }

  /** The next version; `baseVersion` must be the current one (409 stale_revision with it otherwise). */
  async update(
    caller: Caller,
    key: string,
    baseVersion: number,
    template: TemplateInput,
  ): Promise<ChecklistTemplate> {
    await this.requireAdministrator(caller, 'checklist_template.update', key);
    const Templates = checklistTemplateModel(this.connection);
    const current = await Templates.findOne({ key, current: true }).lean();
    if (!current) throw new NotFoundError('No such checklist template.');
    const stale = () => new StaleRevisionError('The template was edited meanwhile.', toTemplate(current));
    if (current.version !== baseVersion) throw stale();
    try {
      let created: StoredTemplate | undefined;
      await this.connection.transaction(async (session) => {
        const flipped = await Templates.updateOne(
          { _id: current._id, current: true },
          { $set: { current: false } },
          { session },
        );
        if (flipped.modifiedCount !== 1) throw stale();
        created = (await this.insert(caller, key, baseVersion + 1, template, session)).toObject();
      });
      return toTemplate(created!);
    } catch (err) {
      if ((err as { code?: number }).code === 11000) throw stale();
      throw err;
    }
  }

  private insert(
    caller: Caller,
    key: string,
    version: number,
    template: TemplateInput,
    session?: import('mongoose').ClientSession,
  ) {
    return new (checklistTemplateModel(this.connection))({
      key,
      version,
      current: true,
      ...template,
      createdById: new Types.ObjectId(caller.user.id),
      createdByName: caller.user.displayName,
    }).save({ session });
  }

  private requireReader(caller: Caller): void {
    if (!hasClientDataRole(caller.user) && !hasRole(caller.user, 'administrator'))
      throw new ForbiddenError('Checklists are for the people who visit placements.');
  }

  private async requireAdministrator(caller: Caller, action: string, key: string): Promise<void> {
    const allowed = hasRole(caller.user, 'administrator');
    await this.audit.record({
      ...auditActor(caller),
      category: 'administration',
      action,
      outcome: allowed ? 'allowed' : 'denied',
      ...(allowed ? {} : { denyReason: 'not_administrator' }),
      target: { type: 'checklist_template', id: key },
    });
    if (!allowed) throw new ForbiddenError('Only administrators edit checklist templates.');
  }
}

export function toTemplate(doc: StoredTemplate): ChecklistTemplate {
  return {
    id: String(doc._id),
    key: doc.key,
    version: doc.version,
    current: doc.current,
    name: doc.name,
    items: doc.items.map((item) => ({ ...item, perChild: item.perChild ?? false })),
    createdByName: doc.createdByName,
    createdAt: doc.createdAt.toISOString(),
  };
}
