import { z } from 'zod';
import { CHILD_VIEW_METHODS } from '../case/child-view-api.js';
import { objectIdSchema } from '../children/child-api.js';
import { calendarDateSchema } from '../deadlines/events.js';
import { checklistAnswerSchema } from './checklist-api.js';
import { PLACEMENT_UNIT_TYPES } from './unit-api.js';

/**
 * A supervision visit to a placement unit (domain.md §3), covering one or more of our children placed
 * there. The form is filled offline: the client saves drafts with a client-generated mutation id (a
 * retry is answered from the first result) and the revision it was based on (a stale one gets 409
 * `stale_revision` with the server's current visit in `error.current`).
 */
export const VISIT_STATUSES = ['planned', 'draft', 'submitted'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];
export const FINDING_SEVERITIES = ['info', 'deficiency', 'serious'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];
/** Who must be told of a deficiency without delay (LSL 79 § 3 mom). */
export const NOTIFICATION_RECIPIENTS = ['host_county', 'avi', 'other_placing_county'] as const;
export type NotificationRecipient = (typeof NOTIFICATION_RECIPIENTS)[number];

/** Client-generated ids (UUIDs or similar): mutation ids, attachment ids, finding ids. */
export const clientIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, 'A client id: 8-64 of A-Z a-z 0-9 _ -.');

const text = (max: number) => z.string().trim().min(1).max(max);

export const visitPlanInputSchema = z.strictObject({
  /** Placements in the same unit that the visit covers. */
  placementIds: z.array(objectIdSchema).min(1).max(20),
  plannedDate: calendarDateSchema,
  announced: z.boolean(),
  /** Defaults to the caller. */
  inspectorId: objectIdSchema.optional(),
  /** Defaults to the current version of the `default` checklist. */
  templateId: objectIdSchema.optional(),
  /** A visit started offline: a retried plan with the same id is answered with the same visit. */
  clientMutationId: clientIdSchema.optional(),
});
export type VisitPlanInput = z.input<typeof visitPlanInputSchema>;

export const visitChildSchema = z.strictObject({
  childId: objectIdSchema,
  seen: z.boolean().nullable().default(null),
  notSeenReason: z.string().trim().max(2000).optional(),
  /** Required at submission for each child seen; if not, why (LSL 29 §, 53 §). */
  metAlone: z.boolean().nullable().default(null),
  notAloneReason: z.string().trim().max(2000).optional(),
  /** The child's own account and how it was obtained (LSL 20 §). */
  account: z.strictObject({ method: z.enum(CHILD_VIEW_METHODS), words: text(10_000) }).optional(),
});
export type VisitChild = z.infer<typeof visitChildSchema>;

export const requiredActionSchema = z.strictObject({
  description: text(2000),
  owner: text(200),
  /** Not before the visit date (checked at submission). */
  deadline: calendarDateSchema,
});

export const findingInputSchema = z.strictObject({
  clientId: clientIdSchema,
  /** The children it concerns; empty = the unit as a whole (then it concerns every child seen). */
  childIds: z.array(objectIdSchema).max(20).default([]),
  observation: text(5000),
  evidence: z.string().trim().max(5000).default(''),
  legalReference: z.string().trim().max(200).default(''),
  severity: z.enum(FINDING_SEVERITIES),
  actions: z.array(requiredActionSchema).max(20).default([]),
  followUpDate: calendarDateSchema.optional(),
  /** Photos of the visit that evidence this finding (ids of uploaded attachments). */
  attachmentIds: z.array(clientIdSchema).max(20).default([]),
});
export type FindingInput = z.input<typeof findingInputSchema>;

export const visitNotificationSchema = z
  .strictObject({
    recipient: z.enum(NOTIFICATION_RECIPIENTS),
    organisation: text(200),
    sent: z.boolean(),
    sentOn: calendarDateSchema.optional(),
  })
  .refine((n) => n.sent === (n.sentOn !== undefined), {
    path: ['sentOn'],
    message: 'A sent notification has its date, an unsent one has none.',
  });
export type VisitNotification = z.infer<typeof visitNotificationSchema>;

export const visitSignatureSchema = z.strictObject({ name: text(200), signedAt: z.iso.datetime() });

/** The visit minutes as the form fills them; anything may be missing until submission. */
export const visitDraftSchema = z.strictObject({
  visitDate: calendarDateSchema.nullable().default(null),
  announced: z.boolean().optional(),
  children: z.array(visitChildSchema).max(20).default([]),
  answers: z.array(checklistAnswerSchema).max(2000).default([]),
  attachmentIds: z.array(clientIdSchema).max(50).default([]),
  findings: z.array(findingInputSchema).max(50).default([]),
  notifications: z.array(visitNotificationSchema).max(40).default([]),
  summary: z.string().trim().max(20_000).optional(),
  signature: visitSignatureSchema.nullable().default(null),
});
export type VisitDraft = z.infer<typeof visitDraftSchema>;
export type VisitDraftInput = z.input<typeof visitDraftSchema>;

const mutation = {
  /** Generated by the client once per change; a retry of the same change sends the same id. */
  clientMutationId: clientIdSchema,
  /** The revision the client's copy is based on (a planned visit is revision 1). */
  baseRevision: z.number().int().min(0),
};
export const visitDraftSaveSchema = z.strictObject({ ...mutation, draft: visitDraftSchema });
export const visitSubmitSchema = z.strictObject({ ...mutation, draft: visitDraftSchema.optional() });
/** After submission only the notifications change: sent later, with their dates. */
export const visitNotificationsSaveSchema = z.strictObject({
  ...mutation,
  notifications: z.array(visitNotificationSchema).max(40),
});

export const visitAttachmentSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  contentType: z.enum(['image/jpeg', 'image/png', 'image/heic']),
  size: z.number(),
  sha256: z.string(),
  uploadedAt: z.string(),
});
export type VisitAttachment = z.infer<typeof visitAttachmentSchema>;
export const attachmentQuerySchema = z.strictObject({
  /** The client's id of the photo: uploading it again is answered with the stored one. */
  attachmentId: clientIdSchema,
  fileName: z.string().trim().min(1).max(200).default('photo'),
});
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const person = z.object({ id: z.string(), name: z.string() });
const unitRef = z.object({ id: z.string(), name: z.string(), type: z.enum(PLACEMENT_UNIT_TYPES) });

export const visitSchema = z.object({
  id: z.string(),
  status: z.enum(VISIT_STATUSES),
  revision: z.number(),
  unit: unitRef,
  children: z.array(z.object({ childId: z.string(), name: z.string(), placementId: z.string() })),
  plannedDate: calendarDateSchema,
  announced: z.boolean(),
  inspector: person,
  template: z.object({ id: z.string(), key: z.string(), version: z.number() }),
  draft: visitDraftSchema,
  attachments: z.array(visitAttachmentSchema),
  /** Stored findings by the client's finding id, after submission. */
  findings: z.array(z.object({ clientId: z.string(), id: z.string(), status: z.enum(['open', 'closed']) })),
  submittedAt: z.string().nullable(),
  submittedByName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Visit = z.infer<typeof visitSchema>;

/** A row of the inspector's calendar. */
export const visitSummarySchema = visitSchema.pick({
  id: true,
  status: true,
  revision: true,
  unit: true,
  children: true,
  plannedDate: true,
  announced: true,
  inspector: true,
  submittedAt: true,
});
export const visitCalendarSchema = z.object({ items: z.array(visitSummarySchema) });
export const visitCalendarQuerySchema = z.strictObject({
  /** A user id, or `me`. */
  inspectorId: z.union([z.literal('me'), objectIdSchema]).optional(),
  childId: objectIdSchema.optional(),
  from: calendarDateSchema.optional(),
  to: calendarDateSchema.optional(),
  status: z.enum(VISIT_STATUSES).optional(),
});
