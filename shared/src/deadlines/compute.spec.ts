import { computeStatutoryDeadlines, type StatutoryDeadline } from './compute.js';
import { type CaseEventType, type DeadlineCaseEvent } from './events.js';
import { type StatutoryRule, STATUTORY_RULES } from './rules.js';

let nextId = 0;
function event(type: CaseEventType, date: string, extra: Partial<DeadlineCaseEvent> = {}): DeadlineCaseEvent {
  return { id: `${type}-${++nextId}`, type, date, ...extra };
}

function byRule(deadlines: StatutoryDeadline[], ruleId: string): StatutoryDeadline[] {
  return deadlines.filter((deadline) => deadline.ruleId === ruleId);
}

describe('computeStatutoryDeadlines', () => {
  describe('a notification', () => {
    const notification = event('notification_received', '2025-04-17'); // Thursday before Easter

    it('opens the urgency, 7-working-day and 3-month deadlines', () => {
      const deadlines = computeStatutoryDeadlines([notification], { today: '2025-04-17' });
      expect(deadlines.map((d) => [d.ruleId, d.dueDate, d.status])).toEqual([
        ['urgency-assessment-immediately', '2025-04-17', 'due_soon'],
        ['assessment-start-7-working-days', '2025-04-30', 'upcoming'],
        ['assessment-complete-3-months', '2025-07-17', 'upcoming'],
      ]);
      const start = byRule(deadlines, 'assessment-start-7-working-days')[0]!;
      expect(start).toEqual(
        jasmine.objectContaining({ ruleVersion: 1, legalReference: 'LSL 26 §, SHL 36 §' }),
      );
      expect(start.triggerEventId).toBe(notification.id);
    });

    it('records the event that met each deadline, also when met late', () => {
      const started = event('assessment_started', '2025-05-02');
      const urgency = event('urgency_assessed', '2025-04-17');
      const deadlines = computeStatutoryDeadlines([started, urgency, notification], { today: '2025-05-05' });
      const start = byRule(deadlines, 'assessment-start-7-working-days')[0]!;
      expect(start.status).toBe('met');
      expect(start.metByEventId).toBe(started.id);
      expect(start.metOn).toBe('2025-05-02');
      expect(byRule(deadlines, 'urgency-assessment-immediately')[0]!.status).toBe('met');
      expect(byRule(deadlines, 'assessment-complete-3-months')[0]!.status).toBe('upcoming');
    });

    it('drops open deadlines that a case closure makes moot', () => {
      const deadlines = computeStatutoryDeadlines(
        [notification, event('urgency_assessed', '2025-04-17'), event('case_closed', '2025-04-22')],
        { today: '2025-08-01' },
      );
      expect(deadlines.map((d) => d.ruleId)).toEqual(['urgency-assessment-immediately']);
    });

    it('lets one assessment meet the deadlines of two notifications', () => {
      const second = event('notification_received', '2025-04-22');
      const started = event('assessment_started', '2025-04-24');
      const deadlines = byRule(
        computeStatutoryDeadlines([notification, second, started], { today: '2025-04-24' }),
        'assessment-start-7-working-days',
      );
      expect(deadlines.map((d) => [d.triggerEventId, d.metByEventId])).toEqual([
        [notification.id, started.id],
        [second.id, started.id],
      ]);
    });
  });

  describe('status relative to today', () => {
    const events = [event('notification_received', '2025-03-07')]; // due 2025-03-18
    const statusOn = (today: string, dueSoonDays?: number): string =>
      byRule(computeStatutoryDeadlines(events, { today, dueSoonDays }), 'assessment-start-7-working-days')[0]!
        .status;

    it('is upcoming, due soon within 7 days, and overdue after the due date', () => {
      expect(statusOn('2025-03-10')).toBe('upcoming');
      expect(statusOn('2025-03-11')).toBe('due_soon');
      expect(statusOn('2025-03-18')).toBe('due_soon');
      expect(statusOn('2025-03-19')).toBe('overdue');
    });

    it('takes a configurable due-soon window', () => {
      expect(statusOn('2025-03-10', 14)).toBe('due_soon');
      expect(statusOn('2025-03-17', 0)).toBe('upcoming');
    });
  });

  describe('periodic reviews', () => {
    it('reviews the client plan every 12 months after the previous review', () => {
      const started = event('client_relationship_started', '2024-01-31');
      const review = event('client_plan_reviewed', '2025-01-15');
      const deadlines = computeStatutoryDeadlines([started, review], { today: '2026-01-10' });
      expect(deadlines.map((d) => [d.triggerEventId, d.dueDate, d.status])).toEqual([
        [started.id, '2025-01-31', 'met'],
        [review.id, '2026-01-15', 'due_soon'],
      ]);
    });

    it('reviews an open-care placement at 3 months and then 3 months after each review, until it ends', () => {
      const placed = event('open_care_placement_started', '2025-08-31');
      const review = event('open_care_placement_reviewed', '2025-11-20');
      const open = computeStatutoryDeadlines([placed, review], { today: '2025-12-01' });
      expect(byRule(open, 'open-care-placement-review-3-months').map((d) => d.dueDate)).toEqual([
        '2025-11-30',
        '2026-02-20',
      ]);
      const ended = computeStatutoryDeadlines(
        [placed, review, event('open_care_placement_ended', '2026-01-10')],
        {
          today: '2026-03-01',
        },
      );
      expect(byRule(ended, 'open-care-placement-review-3-months').map((d) => d.status)).toEqual(['met']);
    });
  });

  it('picks the rule version in force on each trigger date', () => {
    const base = STATUTORY_RULES.find((rule) => rule.id === 'assessment-start-7-working-days')!;
    const rules: StatutoryRule[] = [
      { ...base, effectiveTo: '2025-12-31' },
      { ...base, version: 2, computation: { kind: 'working_days', days: 5 }, effectiveFrom: '2026-01-01' },
    ];
    const deadlines = computeStatutoryDeadlines(
      [event('notification_received', '2025-12-30'), event('notification_received', '2026-01-02')],
      { today: '2026-01-02' },
      rules,
    );
    expect(deadlines.map((d) => [d.ruleVersion, d.dueDate])).toEqual([
      [1, '2026-01-12'],
      [2, '2026-01-12'],
    ]);
  });
});
