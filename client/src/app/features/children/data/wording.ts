import { CASE_EVENT_TYPES, CHILD_VIEW_METHODS, Deadline, TimelineItem, TimelineKind } from './children.model';

/**
 * Translation keys for the codes the API sends. A code the client does not know yet (a newer server)
 * falls back to a generic wording instead of showing a raw key.
 */
const TIMELINE_CODES: Record<TimelineKind, { prefix: string; codes: readonly string[] }> = {
  event: { prefix: 'children.eventTypes', codes: CASE_EVENT_TYPES },
  plan: { prefix: 'children.timeline.codes.plan', codes: ['client_plan'] },
  child_view: { prefix: 'children.timeline.codes.child_view', codes: [...CHILD_VIEW_METHODS, 'not_obtained'] },
  safety: { prefix: 'children.timeline.codes.safety', codes: ['safety_score', 'danger', 'safety_goal', 'worry', 'working_well'] },
  task: { prefix: 'children.timeline.codes.task', codes: ['open', 'done', 'cancelled'] },
  finding: { prefix: 'children.timeline.codes.finding', codes: ['info', 'deficiency', 'serious'] },
  meeting: { prefix: 'children.timeline.codes.meeting', codes: ['minutes', 'addendum'] },
};

export function timelineCodeKey({ kind, code }: Pick<TimelineItem, 'kind' | 'code'>): string {
  const known = TIMELINE_CODES[kind];
  return known?.codes.includes(code) ? `${known.prefix}.${code}` : `children.timeline.kind.${kind}`;
}

/** The rules worded in fi/sv/en, by id and version (a new rule version may change the wording). */
const WORDED_RULES = new Set([
  'urgency-assessment-immediately.v1',
  'assessment-start-7-working-days.v1',
  'assessment-complete-3-months.v1',
  'client-plan-review-12-months.v1',
  'open-care-placement-review-3-months.v1',
  'emergency-placement-30-days.v1',
  'aftercare-end-age.v1',
  'aftercare-end-age.v2',
  'placed-child-visit-interval.v1',
]);

/** The obligation in the UI language, or null when only the server's (English) wording exists. */
export function deadlineKey({ ruleId, ruleVersion }: Pick<Deadline, 'ruleId' | 'ruleVersion'>): string | null {
  const id = `${ruleId}.v${ruleVersion}`;
  return WORDED_RULES.has(id) ? `children.deadlines.rules.${id}` : null;
}

/** Overdue first, then by due date; met deadlines last. */
const STATUS_ORDER: Record<Deadline['status'], number> = { overdue: 0, due_soon: 1, upcoming: 2, met: 3 };

export function byUrgency<T extends Pick<Deadline, 'status' | 'dueDate'>>(a: T, b: T): number {
  return STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.dueDate.localeCompare(b.dueDate);
}

/** Local calendar date as `YYYY-MM-DD` (what a date input gives and the API takes). */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
