import { z } from 'zod';
import { objectIdSchema } from '../children/child-api.js';

/** A calendar month, `YYYY-MM`. */
export const monthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Expected a month as YYYY-MM')
  .refine((m) => m >= '2000-01' && m <= '2100-12', 'Expected a month between 2000-01 and 2100-12');

/** The longest period a dashboard reads: a supervisor's query is never a long-running one. */
export const MAX_DASHBOARD_MONTHS = 24;

export function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

export function monthOfIndex(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month of [from, to], oldest first. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i++) out.push(monthOfIndex(i));
  return out;
}

const filterShape = {
  teamId: objectIdSchema.optional(),
  workerId: objectIdSchema.optional(),
  from: monthSchema.optional(),
  to: monthSchema.optional(),
};

function checkPeriod(q: { from?: string; to?: string }, ctx: z.RefinementCtx): void {
  if (!q.from || !q.to) return;
  if (q.from > q.to)
    ctx.addIssue({ code: 'custom', path: ['from'], message: 'The period starts after it ends.' });
  else if (monthIndex(q.to) - monthIndex(q.from) + 1 > MAX_DASHBOARD_MONTHS)
    ctx.addIssue({
      code: 'custom',
      path: ['to'],
      message: `The period is at most ${MAX_DASHBOARD_MONTHS} months.`,
    });
}

/** The filters every dashboard takes: a team and a worker the supervisor oversees, and a period of months. */
export const dashboardQuerySchema = z.strictObject(filterShape).superRefine(checkPeriod);
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

const periodSchema = z.object({ from: monthSchema, to: monthSchema, today: z.string() });
const teamRef = { teamId: z.string(), name: z.string() };
const workerRef = { workerId: z.string(), name: z.string() };

export const caseloadDashboardSchema = z.object({
  period: periodSchema,
  cap: z.number().nullable(),
  legalReference: z.string(),
  teams: z.array(z.object({ ...teamRef, children: z.number(), workersAtOrOverCap: z.number() })),
  workers: z.array(
    z.object({ ...workerRef, teamIds: z.array(z.string()), children: z.number(), atOrOverCap: z.boolean() }),
  ),
  /** The children counted at the end of each month of the period (today for the current month), per team. */
  trend: z.array(
    z.object({
      month: z.string(),
      date: z.string(),
      cap: z.number().nullable(),
      teams: z.record(z.string(), z.number()),
    }),
  ),
  /** THL's count on the second Tuesday of April and October within the period. */
  thlSnapshots: z.array(
    z.object({
      date: z.string(),
      cap: z.number().nullable(),
      workers: z.array(z.object({ ...workerRef, children: z.number(), overCap: z.boolean() })),
    }),
  ),
});
export type CaseloadDashboard = z.infer<typeof caseloadDashboardSchema>;

const bucketCounts = { overdue: z.number(), dueThisWeek: z.number(), upcoming: z.number() };
export const deadlineDashboardSchema = z.object({
  period: periodSchema,
  weekEnd: z.string(),
  byRule: z.array(z.object({ ruleId: z.string(), ...bucketCounts })),
  byTeam: z.array(z.object({ ...teamRef, ...bucketCounts })),
  byWorker: z.array(z.object({ ...workerRef, ...bucketCounts })),
  /** Assessments completed per month, and how many within the 3 months (LSL 26 §; the share THL publishes). */
  assessments: z.array(
    z.object({
      month: z.string(),
      completed: z.number(),
      withinDeadline: z.number(),
      share: z.number().nullable(),
    }),
  ),
});
export type DeadlineDashboard = z.infer<typeof deadlineDashboardSchema>;

export const visitDashboardSchema = z.object({
  period: periodSchema,
  teams: z.array(
    z.object({
      ...teamRef,
      /** Placed children whose visit-interval deadline has passed without a visit. */
      withoutVisit: z.number(),
      /** Visit-interval deadlines falling in the current month. */
      visitsDueThisMonth: z.number(),
      openFindingsPastDeadline: z.number(),
      seriousNotNotified: z.number(),
    }),
  ),
});
export type VisitDashboard = z.infer<typeof visitDashboardSchema>;

export const meetingDashboardSchema = z.object({
  period: periodSchema,
  /** Families (children without a family count as one each) discussed in finalised meetings, per month. */
  familiesDiscussed: z.array(z.object({ month: z.string(), teams: z.record(z.string(), z.number()) })),
  teams: z.array(z.object({ ...teamRef, overdueActionPoints: z.number() })),
  workers: z.array(z.object({ ...workerRef, overdueActionPoints: z.number() })),
});
export type MeetingDashboard = z.infer<typeof meetingDashboardSchema>;

/** What a drill-down lists: the children behind one number of a dashboard. */
export const DRILL_DOWN_KINDS = [
  'caseload',
  'overdue',
  'due_this_week',
  'upcoming',
  'without_visit',
  'visits_due_this_month',
  'findings_past_deadline',
  'serious_not_notified',
  'overdue_action_points',
] as const;
export type DrillDownKind = (typeof DRILL_DOWN_KINDS)[number];

export const drillDownQuerySchema = z.strictObject({
  kind: z.enum(DRILL_DOWN_KINDS),
  teamId: objectIdSchema.optional(),
  workerId: objectIdSchema.optional(),
  ruleId: z.string().max(80).optional(),
});
export type DrillDownQuery = z.infer<typeof drillDownQuerySchema>;

/** At most this many children in one drill-down; `truncated` says when there were more. */
export const MAX_DRILL_DOWN_ROWS = 500;

export const drillDownSchema = z.object({
  kind: z.enum(DRILL_DOWN_KINDS),
  items: z.array(
    z.object({
      childId: z.string(),
      name: z.string(),
      teamId: z.string(),
      workerName: z.string(),
      /** What put the child in the list: a rule id, a finding, an action point. */
      detail: z.string().nullable(),
      dueDate: z.string().nullable(),
    }),
  ),
  truncated: z.boolean(),
});
export type DrillDown = z.infer<typeof drillDownSchema>;

export const DASHBOARD_VIEWS = ['caseload', 'deadlines', 'visits', 'meetings'] as const;
export type DashboardView = (typeof DASHBOARD_VIEWS)[number];

export const dashboardExportQuerySchema = z
  .strictObject({
    ...filterShape,
    format: z.enum(['csv', 'pdf']).default('csv'),
    lang: z.enum(['fi', 'sv', 'en']).default('fi'),
  })
  .superRefine(checkPeriod);

/** The socket.io event (to the supervisors of a team) after data behind a dashboard changed. */
export const DASHBOARD_CHANGED_EVENT = 'dashboard:changed';
export interface DashboardChangedPayload {
  teamIds: string[];
  areas: ('caseload' | 'deadlines' | 'visits' | 'meetings')[];
}
