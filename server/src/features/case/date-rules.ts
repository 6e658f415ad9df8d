import type { CalendarDate, LifecycleIssue } from '@keha/shared';
import { ValidationError } from '../../platform/errors.js';

export interface ChildDays {
  dateOfBirth: CalendarDate;
  today: CalendarDate;
}

/**
 * A record about the child (the child's view, a safety statement or score, the plan date) is about
 * something that already happened to a child who was already born.
 */
export function recordDateIssues(date: CalendarDate, days: ChildDays, field = 'date'): LifecycleIssue[] {
  const issues: LifecycleIssue[] = [];
  if (date < days.dateOfBirth)
    issues.push({ path: [field], message: 'The date is before the child was born.' });
  if (date > days.today) issues.push({ path: [field], message: 'The date is in the future.' });
  return issues;
}

/** Refuses with 400 and the field paths; called before anything is saved. */
export function throwIfIssues(issues: readonly LifecycleIssue[]): void {
  if (issues.length === 0) return;
  throw new ValidationError(issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })));
}
