import { computeStatutoryDeadlines, type StatutoryDeadline } from './compute.js';
import { type CaseEventType, type DeadlineCaseEvent, deadlineCaseEventSchema } from './events.js';

let nextId = 1000;
function event(type: CaseEventType, date: string, extra: Partial<DeadlineCaseEvent> = {}): DeadlineCaseEvent {
  return { id: `${type}-${++nextId}`, type, date, ...extra };
}

function byRule(deadlines: StatutoryDeadline[], ruleId: string): StatutoryDeadline[] {
  return deadlines.filter((deadline) => deadline.ruleId === ruleId);
}

describe('computeStatutoryDeadlines for placements and aftercare', () => {
  describe('emergency placement', () => {
    const placed = event('emergency_placement_started', '2025-03-10');
    const lapse = (events: DeadlineCaseEvent[]): StatutoryDeadline =>
      byRule(computeStatutoryDeadlines(events, { today: '2025-03-10' }), 'emergency-placement-30-days')[0]!;

    it('lapses on the 30th day counting the placement day as day 1', () => {
      expect(lapse([placed]).dueDate).toBe('2025-04-08');
    });

    it('is extended once by at most 30 days when extended before it lapses', () => {
      const extension = event('emergency_placement_extended', '2025-04-08');
      expect(lapse([placed, extension]).dueDate).toBe('2025-05-08');
      expect(
        lapse([placed, event('emergency_placement_extended', '2025-04-01', { extensionDays: 14 })]).dueDate,
      ).toBe('2025-04-22');
      const twice = [placed, extension, event('emergency_placement_extended', '2025-05-01')];
      expect(lapse(twice).dueDate).toBe('2025-05-08');
    });

    it('ignores an extension decided after the placement lapsed', () => {
      expect(lapse([placed, event('emergency_placement_extended', '2025-04-09')]).dueDate).toBe('2025-04-08');
    });

    it('is met by a care-order decision and moot when the placement ends', () => {
      const order = event('care_order_decided', '2025-04-05');
      expect(lapse([placed, order]).metByEventId).toBe(order.id);
      expect(lapse([placed, event('emergency_placement_ended', '2025-03-20')])).toBeUndefined();
    });

    it('rejects an extension longer than 30 days', () => {
      const tooLong = {
        id: 'x',
        type: 'emergency_placement_extended',
        date: '2025-04-01',
        extensionDays: 31,
      };
      expect(deadlineCaseEventSchema.safeParse(tooLong).success).toBeFalse();
    });
  });

  describe('aftercare', () => {
    const aftercare = (started: string, dateOfBirth?: string): StatutoryDeadline | undefined =>
      byRule(
        computeStatutoryDeadlines([event('aftercare_started', started)], {
          today: started,
          childDateOfBirth: dateOfBirth,
        }),
        'aftercare-end-age',
      )[0];

    it('ends the day before the 23rd birthday for aftercare started from 2025', () => {
      expect(aftercare('2025-02-01', '2003-05-15')).toEqual(
        jasmine.objectContaining({ dueDate: '2026-05-14', ruleVersion: 2, legalReference: 'LSL 75 §' }),
      );
      expect(aftercare('2025-02-01', '2004-02-29')?.dueDate).toBe('2027-02-28');
    });

    it('uses the rule version in force on the trigger date (age 25 in 2020-2024)', () => {
      expect(aftercare('2024-06-01', '2003-05-15')).toEqual(
        jasmine.objectContaining({ dueDate: '2028-05-14', ruleVersion: 1 }),
      );
    });

    it('cannot be computed without a date of birth', () => {
      expect(aftercare('2025-02-01')).toBeUndefined();
    });
  });

  describe('placed-child visits', () => {
    const placed = event('open_care_placement_started', '2025-01-01');
    const visited = event('placed_child_visited', '2025-02-10');
    const visits = (options: { plannedVisitIntervalDays?: number; defaultVisitIntervalDays?: number }) =>
      byRule(
        computeStatutoryDeadlines([placed, visited], { today: '2025-02-11', ...options }),
        'placed-child-visit-interval',
      ).map((d) => [d.dueDate, d.status]);

    it('uses the interval from the client plan, counted from the previous visit', () => {
      expect(visits({ plannedVisitIntervalDays: 42 })).toEqual([
        ['2025-02-12', 'met'],
        ['2025-03-24', 'upcoming'],
      ]);
    });

    it('falls back to the organisation default', () => {
      expect(visits({ defaultVisitIntervalDays: 30 })[1]).toEqual(['2025-03-12', 'upcoming']);
      expect(visits({})[1]).toEqual(['2025-05-11', 'upcoming']);
    });
  });
});
