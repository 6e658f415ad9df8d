import { deadline } from '../testing/children.fixture';
import { byUrgency, deadlineKey, timelineCodeKey, today } from './wording';

describe('wording', () => {
  it('words timeline codes by kind, and an unknown code by its kind', () => {
    expect(timelineCodeKey({ kind: 'event', code: 'care_order_decided' })).toBe('children.eventTypes.care_order_decided');
    expect(timelineCodeKey({ kind: 'task', code: 'done' })).toBe('children.timeline.codes.task.done');
    expect(timelineCodeKey({ kind: 'child_view', code: 'not_obtained' })).toBe(
      'children.timeline.codes.child_view.not_obtained',
    );
    expect(timelineCodeKey({ kind: 'plan', code: 'client_plan' })).toBe('children.timeline.codes.plan.client_plan');
    expect(timelineCodeKey({ kind: 'safety', code: 'safety_score' })).toBe('children.timeline.codes.safety.safety_score');
    expect(timelineCodeKey({ kind: 'finding', code: 'serious' })).toBe('children.timeline.codes.finding.serious');
    expect(timelineCodeKey({ kind: 'event', code: 'something_new' })).toBe('children.timeline.kind.event');
  });

  it('words a deadline by rule id and version, or leaves it to the server wording', () => {
    expect(deadlineKey({ ruleId: 'aftercare-end-age', ruleVersion: 2 })).toBe(
      'children.deadlines.rules.aftercare-end-age.v2',
    );
    expect(deadlineKey({ ruleId: 'aftercare-end-age', ruleVersion: 3 })).toBeNull();
  });

  it('orders deadlines overdue first, then by due date, met last', () => {
    const list = [
      deadline({ status: 'met', dueDate: '2026-01-01' }),
      deadline({ status: 'upcoming', dueDate: '2026-12-01' }),
      deadline({ status: 'overdue', dueDate: '2026-11-10' }),
      deadline({ status: 'due_soon', dueDate: '2026-11-25' }),
      deadline({ status: 'overdue', dueDate: '2026-10-01' }),
    ].sort(byUrgency);
    expect(list.map((d) => d.dueDate)).toEqual(['2026-10-01', '2026-11-10', '2026-11-25', '2026-12-01', '2026-01-01']);
  });

  it("gives today's local date as YYYY-MM-DD", () => {
    expect(today(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
