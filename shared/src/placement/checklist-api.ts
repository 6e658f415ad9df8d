import { z } from 'zod';
import { PLACEMENT_UNIT_TYPES } from './unit-api.js';

/**
 * The visit checklist (domain.md §3) as versioned data: an administrator edits a template, which makes
 * its next version; a visit keeps the version it was started with, so old minutes still read right.
 */
export const CHECKLIST_GROUPS = [
  'child_seen_alone', // the child, seen alone (LSL 20 §, 29 §, 53 §)
  'restrictions_incidents', // restrictions and incidents, in institutions (LSL 69 a - 74 a §)
  'unit', // staffing, premises, self-monitoring, registration (LSL 58-60 §, VL)
  'outcome', // findings, follow-up, notifications (LSL 79 §, PHL 22 §)
] as const;
export type ChecklistGroup = (typeof CHECKLIST_GROUPS)[number];

/** yes / no / not applicable with a note, a 1-5 scale, or free text. */
export const CHECKLIST_ANSWER_TYPES = ['yes_no_na', 'scale', 'text'] as const;
export type ChecklistAnswerType = (typeof CHECKLIST_ANSWER_TYPES)[number];
export const YES_NO_NA = ['yes', 'no', 'na'] as const;

export const localizedTextSchema = z.strictObject({
  fi: z.string().trim().min(1).max(1000),
  sv: z.string().trim().min(1).max(1000),
  en: z.string().trim().min(1).max(1000),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const checklistItemSchema = z
  .strictObject({
    /** Stable across versions, so answers can be compared between visits. */
    key: z.string().regex(/^[a-z0-9_.-]{1,60}$/, 'Lower-case letters, digits, _ . - (at most 60).'),
    group: z.enum(CHECKLIST_GROUPS),
    text: localizedTextSchema,
    legalReference: z.string().trim().min(1).max(200),
    answerType: z.enum(CHECKLIST_ANSWER_TYPES),
    scale: z.strictObject({ min: z.number().int(), max: z.number().int() }).optional(),
    /** Asked once per child seen (the child's own items) instead of once per visit. */
    perChild: z.boolean().default(false),
    /** Only for these unit types (e.g. restriction logs in institutions); all when absent. */
    unitTypes: z.array(z.enum(PLACEMENT_UNIT_TYPES)).min(1).optional(),
  })
  .refine((item) => (item.answerType === 'scale') === (item.scale !== undefined), {
    path: ['scale'],
    message: 'A scale item needs its range, and only a scale item has one.',
  })
  .refine((item) => !item.scale || item.scale.min < item.scale.max, {
    path: ['scale'],
    message: 'The range is empty.',
  });
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const checklistTemplateInputSchema = z
  .strictObject({
    name: localizedTextSchema,
    items: z.array(checklistItemSchema).min(1).max(200),
  })
  .superRefine((template, ctx) => {
    const seen = new Set<string>();
    template.items.forEach((item, i) => {
      if (seen.has(item.key))
        ctx.addIssue({ code: 'custom', path: ['items', i, 'key'], message: 'The key is used twice.' });
      seen.add(item.key);
    });
  });
export type ChecklistTemplateInput = z.input<typeof checklistTemplateInputSchema>;

/** `PUT /checklist-templates/versions/{key}`: the next version, based on the current one. */
export const checklistTemplateUpdateSchema = z.strictObject({
  baseVersion: z.number().int().min(1),
  template: checklistTemplateInputSchema,
});

export const checklistTemplateCreateSchema = z.strictObject({
  key: z.string().regex(/^[a-z0-9-]{1,40}$/, 'Lower-case letters, digits and - (at most 40).'),
  template: checklistTemplateInputSchema,
});

export const checklistTemplateSchema = z.object({
  /** The id of this version: what a visit stores. */
  id: z.string(),
  key: z.string(),
  version: z.number(),
  current: z.boolean(),
  name: localizedTextSchema,
  items: z.array(
    z.object({
      key: z.string(),
      group: z.enum(CHECKLIST_GROUPS),
      text: localizedTextSchema,
      legalReference: z.string(),
      answerType: z.enum(CHECKLIST_ANSWER_TYPES),
      scale: z.object({ min: z.number(), max: z.number() }).optional(),
      perChild: z.boolean(),
      unitTypes: z.array(z.enum(PLACEMENT_UNIT_TYPES)).optional(),
    }),
  ),
  createdByName: z.string(),
  createdAt: z.string(),
});
export type ChecklistTemplate = z.infer<typeof checklistTemplateSchema>;
export const checklistTemplateListSchema = z.object({ items: z.array(checklistTemplateSchema) });

/** One answer in a visit. `childId` for per-child items. */
export const checklistAnswerSchema = z.strictObject({
  itemKey: z.string().min(1).max(60),
  childId: z
    .string()
    .regex(/^[a-f0-9]{24}$/)
    .optional(),
  value: z.union([z.enum(YES_NO_NA), z.number().int(), z.string().max(10_000)]).nullable(),
  note: z.string().trim().max(5000).optional(),
});
export type ChecklistAnswer = z.infer<typeof checklistAnswerSchema>;
