import { resolveVisitInterval, visitSchedule, type VisitScheduleInput } from './visit-schedule.js';

describe('visits due per placement (LSL 29 §, 53 §)', () => {
  const base: VisitScheduleInput = {
    type: 'substitute_care',
    startDate: '2025-01-10',
    endDate: null,
    interval: { days: 42, source: 'client_plan' },
    visitDates: [],
    today: '2025-02-01',
  };

  it('takes the placement interval, else the client plan, else the organisation default (90)', () => {
    expect(resolveVisitInterval(30, 60)).toEqual({ days: 30, source: 'placement' });
    expect(resolveVisitInterval(null, 60)).toEqual({ days: 60, source: 'client_plan' });
    expect(resolveVisitInterval(undefined, undefined)).toEqual({ days: 90, source: 'organisation_default' });
    expect(resolveVisitInterval(null, null, 45)).toEqual({ days: 45, source: 'organisation_default' });
  });

  it('counts the first visit from the placement start, then from the latest visit', () => {
    expect(visitSchedule(base)).toEqual({ lastVisitDate: null, dueDate: '2025-02-21', status: 'upcoming' });
    const visited = visitSchedule({ ...base, visitDates: ['2025-01-20'], today: '2025-03-01' });
    expect(visited).toEqual({ lastVisitDate: '2025-01-20', dueDate: '2025-03-03', status: 'due_soon' });
    // Order does not matter; visits before the placement (another unit) are not counted.
    const many = visitSchedule({
      ...base,
      visitDates: ['2025-03-01', '2024-12-01', '2025-01-20'],
      today: '2025-03-02',
    });
    expect(many).toEqual({ lastVisitDate: '2025-03-01', dueDate: '2025-04-12', status: 'upcoming' });
  });

  it('is overdue the day after the due date', () => {
    expect(visitSchedule({ ...base, today: '2025-02-21' }).status).toBe('due_soon');
    expect(visitSchedule({ ...base, today: '2025-02-22' }).status).toBe('overdue');
  });

  it('has no due date after the placement ended, nor for aftercare without its own interval', () => {
    expect(visitSchedule({ ...base, endDate: '2025-01-31' }).status).toBe('not_scheduled');
    expect(visitSchedule({ ...base, type: 'aftercare' })).toEqual({
      lastVisitDate: null,
      dueDate: null,
      status: 'not_scheduled',
    });
    const own = visitSchedule({ ...base, type: 'aftercare', interval: { days: 60, source: 'placement' } });
    expect(own.dueDate).toBe('2025-03-11');
  });

  it('schedules open-care and emergency placements the same way', () => {
    for (const type of ['open_care_placement', 'emergency_placement'] as const)
      expect(visitSchedule({ ...base, type }).dueDate)
        .withContext(type)
        .toBe('2025-02-21');
  });
});
