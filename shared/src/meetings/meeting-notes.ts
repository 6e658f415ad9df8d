import { z } from 'zod';
import { objectIdSchema } from '../children/child-api.js';
import { calendarDateSchema } from '../deadlines/events.js';
import { agendaItemIdSchema, agendaItemSchema } from './meeting-api.js';

/**
 * The layout of a meeting's shared notes document (one Yjs document per meeting, named
 * `meeting:<meetingId>`). Each agenda item owns top-level shared types named `<section>:<itemId>`:
 * rich-text sections are `Y.XmlFragment`s (what a ProseMirror/TipTap binding edits), structured
 * sections are `Y.Array`s of `Y.Map`s whose fields follow the schemas below. The server reads the
 * same names when it turns the notes into minutes, so client and server cannot drift apart.
 */
export const meetingDocName = (meetingId: string) => `meeting:${meetingId}`;

/** Rich-text sections: every agenda item has `notes`; family items have all of them. */
export const TEXT_SECTIONS = [
  'notes',
  'child_view',
  'reflections',
  'worries',
  'working_well',
  'needs_to_happen',
  'decisions',
  'dissent',
] as const;
export type TextSection = (typeof TEXT_SECTIONS)[number];

/** Structured sections of a family item, each a `Y.Array<Y.Map>`. */
export const LIST_SECTIONS = ['hypotheses', 'safety_scales', 'action_points'] as const;
export type ListSection = (typeof LIST_SECTIONS)[number];

export type NotesSection = TextSection | ListSection;
export const sharedTypeName = (section: NotesSection, itemId: string) => `${section}:${itemId}`;

/**
 * Meeting-wide state in the notes document (a `Y.Map`). The server sets `agendaRevision` (an ISO time)
 * whenever a draft's agenda is saved: the change reaches everyone in the room through every server
 * process like any other edit, and the room fetches the new agenda.
 */
export const MEETING_STATE_MAP = 'meeting';
export const AGENDA_REVISION_KEY = 'agendaRevision';

/**
 * Every structured entry records who changed it last: concurrent edits of one field resolve
 * last-writer-wins (Yjs map semantics, ties by client id), and the entry shows whose value won.
 */
const changedBy = {
  id: z.string().min(1).max(40),
  updatedById: z.string().optional(),
  updatedByName: z.string().optional(),
  updatedAt: z.string().optional(),
};

export const HYPOTHESIS_STATUSES = ['open', 'supported', 'discarded'] as const;
export const hypothesisEntrySchema = z.object({
  ...changedBy,
  authorId: z.string().optional(),
  authorName: z.string().max(200),
  text: z.string().max(4000),
  status: z.enum(HYPOTHESIS_STATUSES),
  /** The meeting where the hypothesis was first written, when carried over to a later meeting. */
  carriedFromMeetingId: z.string().optional(),
});
export type HypothesisEntry = z.infer<typeof hypothesisEntrySchema>;

/**
 * The safety scale (domain.md §1): 0 = not safe for the child at home now, 10 = safe enough to close
 * the case. The anchor wording used is recorded with each score, since teams word it differently.
 */
export const SAFETY_SCALE_ANCHORS = {
  fi: { zero: 'Lapsi ei ole nyt turvassa kotona', ten: 'Riittävän turvallista asiakkuuden päättämiseen' },
  sv: { zero: 'Barnet är inte tryggt hemma nu', ten: 'Tillräckligt tryggt för att avsluta ärendet' },
  en: { zero: 'Not safe for the child at home now', ten: 'Safe enough to close the case' },
} as const;

export const safetyScaleEntrySchema = z.object({
  ...changedBy,
  participantId: z.string().optional(),
  participantName: z.string().min(1).max(200),
  score: z.number().int().min(0).max(10),
  anchorZero: z.string().max(300),
  anchorTen: z.string().max(300),
});
export type SafetyScaleEntry = z.infer<typeof safetyScaleEntrySchema>;

export const actionPointEntrySchema = z.object({
  ...changedBy,
  /** Which child of the family item the action is about (its task is filed on that child). */
  childId: objectIdSchema,
  text: z.string().trim().min(3).max(500),
  ownerId: objectIdSchema,
  dueDate: calendarDateSchema,
  goalId: z.string().max(40).optional(),
});
export type ActionPointEntry = z.infer<typeof actionPointEntrySchema>;

/** One agenda item of the minutes: plain text of each rich-text section, the structured sections. */
export const minutesItemSchema = z.object({
  item: agendaItemSchema,
  sections: z.partialRecord(z.enum(TEXT_SECTIONS), z.string()),
  hypotheses: z.array(hypothesisEntrySchema),
  safetyScales: z.array(safetyScaleEntrySchema),
  actionPoints: z.array(actionPointEntrySchema.extend({ taskId: z.string().optional() })),
});
export type MinutesItem = z.infer<typeof minutesItemSchema>;

export const addendumInputSchema = z.strictObject({
  /** The agenda item the addendum belongs to (omit for the meeting as a whole). */
  itemId: agendaItemIdSchema.optional(),
  text: z.string().trim().min(3).max(10_000),
});
export type AddendumInput = z.input<typeof addendumInputSchema>;

export const addendumSchema = z.object({
  id: z.string(),
  itemId: z.string().optional(),
  text: z.string(),
  authorId: z.string(),
  authorName: z.string(),
  at: z.string(),
});
export type Addendum = z.infer<typeof addendumSchema>;

/** A version of the minutes: version 1 when finalised, each addendum makes the next one. */
export const minutesSchema = z.object({
  meetingId: z.string(),
  version: z.number().int().min(1),
  reason: z.enum(['finalised', 'addendum']),
  createdAt: z.string(),
  createdByName: z.string(),
  date: calendarDateSchema,
  teamName: z.string(),
  attendees: z.array(z.object({ name: z.string(), role: z.string() })),
  items: z.array(minutesItemSchema),
  addenda: z.array(addendumSchema),
});
export type Minutes = z.infer<typeof minutesSchema>;

export const minutesVersionListSchema = z.object({
  items: z.array(minutesSchema.pick({ version: true, reason: true, createdAt: true, createdByName: true })),
});

export const minutesExportQuerySchema = z.strictObject({
  lang: z.enum(['fi', 'sv', 'en']).default('fi'),
  /** Only this child's part, for the child's file. */
  childId: objectIdSchema.optional(),
  version: z.coerce.number().int().min(1).optional(),
});

/** `GET /children/{id}/hypotheses`: how the team's thinking about a child evolved, meeting by meeting. */
export const hypothesisHistorySchema = z.object({
  items: z.array(
    z.object({
      meetingId: z.string(),
      date: calendarDateSchema,
      hypotheses: z.array(hypothesisEntrySchema),
    }),
  ),
});
export type HypothesisHistory = z.infer<typeof hypothesisHistorySchema>;
