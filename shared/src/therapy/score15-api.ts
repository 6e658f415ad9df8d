import { z } from 'zod';
import { objectIdSchema } from '../children/child-api.js';
import { calendarDateSchema } from '../deadlines/events.js';
import { parseCalendarDate, type CalendarDate } from '../deadlines/calendar-date.js';
import { LANGUAGES } from '../roles/roles.js';
import { MEASUREMENT_SCHEDULE_POINTS } from './therapy-plan-api.js';
import { SCORE15_ITEM_SETS, SCORE15_ITEM_VERSIONS, type Score15ItemVersion } from './score15-items.js';
import { score15ScoresSchema } from './score15-scoring.js';

/** A scheduled point, or a follow-up outside the schedule. */
export const MEASUREMENT_POINTS = [...MEASUREMENT_SCHEDULE_POINTS, 'follow_up'] as const;
export type MeasurementPoint = (typeof MEASUREMENT_POINTS)[number];

const answerSchema = z.number().int('Answer 1-5.').min(1, 'Answer 1-5.').max(5, 'Answer 1-5.').nullable();
const ratingSchema = z.number().int('Rate 1-10.').min(1, 'Rate 1-10.').max(10, 'Rate 1-10.').nullable();

export const score15MeasurementInputSchema = z.strictObject({
  /** The family member who answered: a person of the family's genogram, aged 12 or over on `date`. */
  respondentPersonId: objectIdSchema,
  date: calendarDateSchema,
  point: z.enum(MEASUREMENT_POINTS),
  itemVersion: z.enum(SCORE15_ITEM_VERSIONS),
  form: z.literal('adult').default('adult'),
  /** The language the form was shown in. */
  language: z.enum(LANGUAGES),
  /** Items 1-15 in order; null for an item left blank (see the scoring rule for what that means). */
  answers: z.array(answerSchema).length(15, 'Give all 15 answers (null for a blank one).'),
  ratings: z.strictObject({
    problemSeverity: ratingSchema,
    familyCoping: ratingSchema,
    therapyHope: ratingSchema,
  }),
  openAnswers: z
    .strictObject({
      familyDescription: z.string().trim().max(2000).optional(),
      mainProblem: z.string().trim().max(2000).optional(),
    })
    .default({}),
});
export type Score15MeasurementInput = z.input<typeof score15MeasurementInputSchema>;

export const score15MeasurementSchema = z.object({
  id: z.string(),
  planId: z.string(),
  respondent: z.object({ personId: z.string(), name: z.string(), ageOnDate: z.number().int() }),
  date: calendarDateSchema,
  point: z.enum(MEASUREMENT_POINTS),
  itemVersion: z.enum(SCORE15_ITEM_VERSIONS),
  form: z.literal('adult'),
  language: z.enum(LANGUAGES),
  answers: z.array(z.number().nullable()),
  ratings: z.object({
    problemSeverity: z.number().nullable(),
    familyCoping: z.number().nullable(),
    therapyHope: z.number().nullable(),
  }),
  openAnswers: z.object({ familyDescription: z.string().optional(), mainProblem: z.string().optional() }),
  /** Computed when recorded, with the scoring version used. */
  scores: score15ScoresSchema,
  recordedById: z.string(),
  recordedByName: z.string(),
  recordedAt: z.string(),
});
export type Score15Measurement = z.infer<typeof score15MeasurementSchema>;
export const score15MeasurementListSchema = z.object({ items: z.array(score15MeasurementSchema) });

/** `GET /therapy-plans/{id}/measurements/series`: one line per respondent, never a family average. */
export const score15SeriesSchema = z.object({
  planId: z.string(),
  respondents: z.array(
    z.object({
      personId: z.string(),
      name: z.string(),
      points: z.array(
        z.object({
          measurementId: z.string(),
          date: calendarDateSchema,
          point: z.enum(MEASUREMENT_POINTS),
          total: z.number().nullable(),
          strengths: z.number().nullable(),
          overwhelmed: z.number().nullable(),
          communication: z.number().nullable(),
          problemSeverity: z.number().nullable(),
          familyCoping: z.number().nullable(),
          therapyHope: z.number().nullable(),
        }),
      ),
    }),
  ),
});
export type Score15Series = z.infer<typeof score15SeriesSchema>;
export const score15SeriesQuerySchema = z.strictObject({ personId: objectIdSchema.optional() });

/** Full years on `date` (born 29 February: a year older on 1 March in other years). */
export function ageOnDate(dateOfBirth: CalendarDate, date: CalendarDate): number {
  const born = parseCalendarDate(dateOfBirth);
  const on = parseCalendarDate(date);
  const hadBirthday = on.month > born.month || (on.month === born.month && on.day >= born.day);
  return on.year - born.year - (hadBirthday ? 0 : 1);
}

export type RespondentCheck =
  | { ok: true; age: number }
  | {
      ok: false;
      reason: 'birth_date_missing' | 'too_young' | 'not_born' | 'deceased';
      message: string;
      age?: number;
    };

/** May this person answer this form on this date? The adult form is for ages 12+. */
export function checkScore15Respondent(
  person: { dateOfBirth?: CalendarDate; dateOfDeath?: CalendarDate },
  date: CalendarDate,
  itemVersion: Score15ItemVersion,
): RespondentCheck {
  const minAge = SCORE15_ITEM_SETS[itemVersion].minAge;
  if (!person.dateOfBirth)
    return {
      ok: false,
      reason: 'birth_date_missing',
      message: `Record the person's date of birth in the genogram first: the form is for ages ${minAge}+.`,
    };
  if (person.dateOfBirth > date)
    return { ok: false, reason: 'not_born', message: 'The person was not born on this date.' };
  if (person.dateOfDeath && person.dateOfDeath <= date)
    return { ok: false, reason: 'deceased', message: 'The person had died by this date.' };
  const age = ageOnDate(person.dateOfBirth, date);
  if (age < minAge)
    return {
      ok: false,
      reason: 'too_young',
      age,
      message: `The respondent was ${age} on this date; this form is for ages ${minAge} and over.`,
    };
  return { ok: true, age };
}
