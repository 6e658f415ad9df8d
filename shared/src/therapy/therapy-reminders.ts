import { z } from 'zod';
import { addCalendarDays, daysBetween, type CalendarDate } from '../deadlines/calendar-date.js';
import { calendarDateSchema } from '../deadlines/events.js';
import { addMonths } from '../deadlines/months.js';
import { MEASUREMENT_POINTS, type MeasurementPoint } from './score15-api.js';
import {
  MEASUREMENT_SCHEDULE_POINTS,
  SESSION_INTERVAL_DAYS,
  type MeasurementSchedulePoint,
  type TherapyPlanContent,
  type TherapyPlanStatus,
} from './therapy-plan-api.js';

/**
 * Reminders of a therapy plan, shown with the child's deadlines and on the therapist's work list:
 * each goal's review date and each scheduled SCORE-15 point. Only plans in work (active or under
 * review) remind; a draft has not started and a closed plan is done.
 *
 * Due dates: baseline = the first logged session (the plan's start date until one is logged);
 * session_4 = the 4th logged session (until then start + 3 session intervals of the planned frequency);
 * six_months = start + 6 months; end = start + the estimated duration.
 * Met: a measurement point is met by the first measurement recorded for that point; a goal review by a
 * progress note dated from `dueSoonDays` before the review date on, or by the goal being achieved or
 * discontinued. Status as for statutory deadlines: met, overdue, due_soon (within `dueSoonDays`), upcoming.
 */
export const THERAPY_REMINDER_KINDS = ['goal_review', 'measurement'] as const;
export const DEFAULT_THERAPY_DUE_SOON_DAYS = 14;

export const therapyReminderSchema = z.object({
  planId: z.string(),
  kind: z.enum(THERAPY_REMINDER_KINDS),
  /** The measurement point, for kind `measurement`. */
  point: z.enum(MEASUREMENT_POINTS).optional(),
  /** The goal, for kind `goal_review`. */
  goalId: z.string().optional(),
  goalText: z.string().optional(),
  dueDate: calendarDateSchema,
  status: z.enum(['upcoming', 'due_soon', 'overdue', 'met']),
  metOn: calendarDateSchema.nullable(),
});
export type TherapyReminder = z.infer<typeof therapyReminderSchema>;

/** As listed for a child or on the therapist's work list: with the plan's family and children. */
export const therapyReminderRowSchema = therapyReminderSchema.extend({
  familyId: z.string(),
  familyName: z.string(),
  childIds: z.array(z.string()),
});
export const therapyReminderListSchema = z.object({ items: z.array(therapyReminderRowSchema) });
export type TherapyReminderRow = z.infer<typeof therapyReminderRowSchema>;

export interface ReminderPlan {
  id: string;
  status: TherapyPlanStatus;
  content: Pick<
    TherapyPlanContent,
    'startDate' | 'estimatedDurationMonths' | 'plannedSessions' | 'measurementSchedule'
  > & {
    goals: readonly ReminderGoal[];
  };
}

export interface ReminderGoal {
  id?: string;
  text: string;
  reviewDate: CalendarDate;
  status: string;
  progressNotes: readonly { date: CalendarDate }[];
}

function statusOf(dueDate: CalendarDate, met: boolean, today: CalendarDate, soon: number) {
  if (met) return 'met' as const;
  const left = daysBetween(today, dueDate);
  if (left < 0) return 'overdue' as const;
  return left <= soon ? ('due_soon' as const) : ('upcoming' as const);
}

function measurementDue(
  point: MeasurementSchedulePoint,
  plan: ReminderPlan,
  sessionDates: CalendarDate[],
): CalendarDate {
  const { startDate, plannedSessions, estimatedDurationMonths } = plan.content;
  switch (point) {
    case 'baseline':
      return sessionDates[0] ?? startDate;
    case 'session_4':
      return (
        sessionDates[3] ?? addCalendarDays(startDate, 3 * SESSION_INTERVAL_DAYS[plannedSessions.frequency])
      );
    case 'six_months':
      return addMonths(startDate, 6);
    case 'end':
      return addMonths(startDate, estimatedDurationMonths);
  }
}

export function computeTherapyReminders(
  plan: ReminderPlan,
  sessions: readonly { date: CalendarDate }[],
  measurements: readonly { point: MeasurementPoint; date: CalendarDate }[],
  today: CalendarDate,
  dueSoonDays = DEFAULT_THERAPY_DUE_SOON_DAYS,
): TherapyReminder[] {
  if (plan.status !== 'active' && plan.status !== 'under_review') return [];
  const sessionDates = sessions.map((s) => s.date).sort();
  const reminders: TherapyReminder[] = [];
  for (const point of MEASUREMENT_SCHEDULE_POINTS) {
    if (!plan.content.measurementSchedule.includes(point)) continue;
    const dueDate = measurementDue(point, plan, sessionDates);
    const metOn =
      measurements
        .filter((m) => m.point === point)
        .map((m) => m.date)
        .sort()[0] ?? null;
    const status = statusOf(dueDate, metOn !== null, today, dueSoonDays);
    reminders.push({ planId: plan.id, kind: 'measurement', point, dueDate, status, metOn });
  }
  for (const goal of plan.content.goals) {
    const from = addCalendarDays(goal.reviewDate, -dueSoonDays);
    const notes = goal.progressNotes
      .map((n) => n.date)
      .filter((d) => d >= from)
      .sort();
    const finished = goal.status === 'achieved' || goal.status === 'discontinued';
    // A finished goal needs no review; it is met on its last note, if it has one.
    const lastNote =
      goal.progressNotes
        .map((n) => n.date)
        .sort()
        .at(-1) ?? null;
    const metOn = notes[0] ?? (finished ? lastNote : null);
    reminders.push({
      planId: plan.id,
      kind: 'goal_review',
      ...(goal.id ? { goalId: goal.id } : {}),
      goalText: goal.text,
      dueDate: goal.reviewDate,
      status: statusOf(goal.reviewDate, notes.length > 0 || finished, today, dueSoonDays),
      metOn,
    });
  }
  return reminders.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.kind.localeCompare(b.kind));
}
