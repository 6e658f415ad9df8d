import { z } from 'zod';
import { objectIdSchema } from '../children/child-api.js';
import { calendarDateSchema } from '../deadlines/events.js';

/**
 * The weekly systemic team meeting (domain.md §1): a team, a date, who attends in which role, and
 * an editable agenda. The notes themselves live in one shared CRDT document per meeting (see
 * `meeting-notes.ts` for its layout and `realtime-contract.ts` for the socket.io events).
 */
export const MEETING_STATUSES = ['draft', 'finalised'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** The role a person has in this meeting (not their job title). */
export const MEETING_ROLES = ['chair', 'coordinator', 'presenter', 'participant', 'clinician'] as const;
export type MeetingRole = (typeof MEETING_ROLES)[number];

export const AGENDA_ITEM_KINDS = [
  'urgent_round',
  'family',
  'deadline_review',
  'allocation',
  'other',
] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

/** An agenda item id: also the suffix of its shared types in the notes document. */
export const agendaItemIdSchema = z.string().regex(/^[a-z0-9-]{1,40}$/, 'Lower-case letters, digits and -.');

export const attendeeInputSchema = z.strictObject({
  userId: objectIdSchema,
  role: z.enum(MEETING_ROLES),
});
export const attendeeSchema = attendeeInputSchema.extend({ name: z.string() });
export type Attendee = z.infer<typeof attendeeSchema>;

/** One line of the urgent round, pulled from the case records when the agenda is saved. */
export const urgentEntrySchema = z.object({
  childId: z.string(),
  childName: z.string(),
  /** A notification received in the last 7 days, or a statutory deadline due this week (or overdue). */
  type: z.enum(['notification', 'deadline']),
  date: calendarDateSchema,
  /** The case event type or the deadline rule id: the client words it. */
  code: z.string(),
  text: z.string(),
  legalReference: z.string().optional(),
  overdue: z.boolean().optional(),
});
export type UrgentEntry = z.infer<typeof urgentEntrySchema>;

const familyInput = z.strictObject({
  id: agendaItemIdSchema,
  kind: z.literal('family'),
  /** The children discussed: one family item may cover siblings. */
  childIds: z.array(objectIdSchema).min(1).max(10),
  presentingWorkerId: objectIdSchema,
  /** The presenting worker's question to the team. */
  question: z.string().trim().min(1).max(2000),
});
const simpleInput = <K extends 'urgent_round' | 'deadline_review' | 'allocation'>(kind: K) =>
  z.strictObject({ id: agendaItemIdSchema, kind: z.literal(kind) });
const otherInput = z.strictObject({
  id: agendaItemIdSchema,
  kind: z.literal('other'),
  title: z.string().trim().min(1).max(200),
});

/** What a client sends; the server fills the urgent round and the names. */
export const agendaItemInputSchema = z.discriminatedUnion('kind', [
  simpleInput('urgent_round'),
  familyInput,
  simpleInput('deadline_review'),
  simpleInput('allocation'),
  otherInput,
]);
export type AgendaItemInput = z.infer<typeof agendaItemInputSchema>;

export const agendaItemSchema = z.discriminatedUnion('kind', [
  simpleInput('urgent_round').extend({ entries: z.array(urgentEntrySchema) }),
  familyInput.extend({
    children: z.array(z.object({ id: z.string(), name: z.string() })),
    presentingWorkerName: z.string(),
  }),
  simpleInput('deadline_review'),
  simpleInput('allocation'),
  otherInput,
]);
export type AgendaItem = z.infer<typeof agendaItemSchema>;

const uniqueIds = (items: readonly { id: string }[]) => new Set(items.map((i) => i.id)).size === items.length;
export const agendaInputSchema = z
  .array(agendaItemInputSchema)
  .max(40)
  .refine(uniqueIds, 'Agenda item ids must be unique.');

export const meetingCreateSchema = z.strictObject({
  teamId: objectIdSchema,
  date: calendarDateSchema,
  startTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM')
    .optional(),
  attendees: z.array(attendeeInputSchema).max(40).optional(),
  /** Without an agenda the meeting gets the standard one: urgent round, deadline review, allocation. */
  agenda: agendaInputSchema.optional(),
});
export type MeetingCreateInput = z.input<typeof meetingCreateSchema>;

/** `PUT /meetings/{id}/agenda`: the whole agenda (and optionally the attendees), draft meetings only. */
export const agendaUpdateSchema = z.strictObject({
  agenda: agendaInputSchema,
  attendees: z.array(attendeeInputSchema).max(40).optional(),
});
export type AgendaUpdateInput = z.input<typeof agendaUpdateSchema>;

export const meetingSchema = z.object({
  id: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  date: calendarDateSchema,
  startTime: z.string().optional(),
  status: z.enum(MEETING_STATUSES),
  attendees: z.array(attendeeSchema),
  agenda: z.array(agendaItemSchema),
  /** The name of the shared notes document (`meeting:<id>`). */
  docName: z.string(),
  /** The current minutes version (1 at finalising, +1 per addendum); 0 while draft. */
  minutesVersion: z.number().int(),
  finalisedAt: z.string().optional(),
  finalisedByName: z.string().optional(),
  createdAt: z.string(),
});
export type Meeting = z.infer<typeof meetingSchema>;

export const meetingSummarySchema = meetingSchema.pick({
  id: true,
  teamId: true,
  teamName: true,
  date: true,
  startTime: true,
  status: true,
  minutesVersion: true,
});
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;

export const meetingListQuerySchema = z.strictObject({
  teamId: objectIdSchema,
  from: calendarDateSchema.optional(),
  to: calendarDateSchema.optional(),
});
export const meetingListResponseSchema = z.object({ items: z.array(meetingSummarySchema) });

/** `GET /meetings/teams`: the caller's teams and their active members, for a new meeting's form. */
export const meetingTeamsResponseSchema = z.object({
  items: z.array(
    z.object({
      teamId: z.string(),
      teamName: z.string(),
      members: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
  ),
});
export type MeetingTeams = z.infer<typeof meetingTeamsResponseSchema>;
