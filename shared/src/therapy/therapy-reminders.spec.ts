import { ageOnDate, checkScore15Respondent } from './score15-api.js';
import { computeTherapyReminders, type ReminderPlan } from './therapy-reminders.js';

const plan = (
  overrides: Partial<ReminderPlan> = {},
  content: Partial<ReminderPlan['content']> = {},
): ReminderPlan => ({
  id: 'p1',
  status: 'active',
  ...overrides,
  content: {
    startDate: '2026-01-31',
    estimatedDurationMonths: 12,
    plannedSessions: { count: 12, frequency: 'every_two_weeks', settings: ['office'] },
    measurementSchedule: ['baseline', 'session_4', 'six_months', 'end'],
    goals: [],
    ...content,
  },
});

const byKey = (items: ReturnType<typeof computeTherapyReminders>) =>
  Object.fromEntries(items.map((r) => [r.point ?? r.goalId, r]));

describe('computeTherapyReminders', () => {
  it('dates the measurement points from the start before any session is logged', () => {
    const items = byKey(computeTherapyReminders(plan(), [], [], '2026-01-20'));
    expect(items['baseline']).toEqual(
      jasmine.objectContaining({
        kind: 'measurement',
        dueDate: '2026-01-31',
        status: 'due_soon',
        metOn: null,
      }),
    );
    // 3 intervals of 14 days after 31 January.
    expect(items['session_4']!.dueDate).toBe('2026-03-14');
    expect(items['session_4']!.status).toBe('upcoming');
    // 31 January + 6 months = 31 July; + 12 months = 31 January next year.
    expect(items['six_months']!.dueDate).toBe('2026-07-31');
    expect(items['end']!.dueDate).toBe('2027-01-31');
  });

  it('takes baseline and 4th-session dates from the logged sessions, and marks recorded points met', () => {
    const sessions = ['2026-02-20', '2026-02-05', '2026-03-05', '2026-03-19', '2026-04-02'].map((date) => ({
      date,
    }));
    const measurements = [
      { point: 'baseline' as const, date: '2026-02-06' },
      { point: 'baseline' as const, date: '2026-02-05' },
    ];
    const items = byKey(computeTherapyReminders(plan(), sessions, measurements, '2026-04-01'));
    expect(items['baseline']).toEqual(
      jasmine.objectContaining({ dueDate: '2026-02-05', status: 'met', metOn: '2026-02-05' }),
    );
    // The 4th session by date is 19 March, no measurement yet, so it is overdue on 1 April.
    expect(items['session_4']).toEqual(
      jasmine.objectContaining({ dueDate: '2026-03-19', status: 'overdue' }),
    );
  });

  it('reminds only of the scheduled points', () => {
    const items = computeTherapyReminders(
      plan({}, { measurementSchedule: ['six_months'] }),
      [],
      [],
      '2026-02-01',
    );
    expect(items.map((r) => r.point)).toEqual(['six_months']);
  });

  it('meets a goal review by a note from two weeks before the review date on, or by a finished goal', () => {
    const goals = [
      {
        id: 'g1',
        text: 'A',
        reviewDate: '2026-05-01',
        status: 'open',
        progressNotes: [{ date: '2026-04-17' }],
      },
      {
        id: 'g2',
        text: 'B',
        reviewDate: '2026-05-01',
        status: 'in_progress',
        progressNotes: [{ date: '2026-04-16' }],
      },
      { id: 'g3', text: 'C', reviewDate: '2026-06-01', status: 'achieved', progressNotes: [] },
      { id: 'g4', text: 'D', reviewDate: '2026-05-10', status: 'open', progressNotes: [] },
    ];
    const items = byKey(
      computeTherapyReminders(plan({}, { goals, measurementSchedule: [] }), [], [], '2026-05-02'),
    );
    expect(items['g1']).toEqual(
      jasmine.objectContaining({ kind: 'goal_review', status: 'met', metOn: '2026-04-17' }),
    );
    expect(items['g2']).toEqual(jasmine.objectContaining({ status: 'overdue', metOn: null })); // note too early
    expect(items['g3']).toEqual(jasmine.objectContaining({ status: 'met', metOn: null }));
    expect(items['g4']).toEqual(jasmine.objectContaining({ status: 'due_soon', goalText: 'D' }));
  });

  it('gives no reminders for a draft or a closed plan, and sorts by due date', () => {
    expect(computeTherapyReminders(plan({ status: 'draft' }), [], [], '2026-02-01')).toEqual([]);
    expect(computeTherapyReminders(plan({ status: 'closed' }), [], [], '2026-02-01')).toEqual([]);
    const dates = computeTherapyReminders(plan({ status: 'under_review' }), [], [], '2026-02-01').map(
      (r) => r.dueDate,
    );
    expect(dates).toEqual([...dates].sort());
  });
});

describe('SCORE-15 respondents', () => {
  it('counts full years, a 29 February birthday passing on 1 March', () => {
    expect(ageOnDate('2014-03-12', '2026-03-11')).toBe(11);
    expect(ageOnDate('2014-03-12', '2026-03-12')).toBe(12);
    expect(ageOnDate('2012-02-29', '2024-02-28')).toBe(11);
    expect(ageOnDate('2012-02-29', '2025-02-28')).toBe(12);
    expect(ageOnDate('2012-02-29', '2025-03-01')).toBe(13);
  });

  it('admits ages 12+ to the adult form and says why not otherwise', () => {
    const v = 'score15-items-v1' as const;
    expect(checkScore15Respondent({ dateOfBirth: '2014-03-12' }, '2026-03-12', v)).toEqual({
      ok: true,
      age: 12,
    });
    expect(checkScore15Respondent({ dateOfBirth: '2014-03-12' }, '2026-03-11', v)).toEqual(
      jasmine.objectContaining({ ok: false, reason: 'too_young', age: 11 }),
    );
    expect(checkScore15Respondent({}, '2026-03-11', v)).toEqual(
      jasmine.objectContaining({ ok: false, reason: 'birth_date_missing' }),
    );
    expect(
      checkScore15Respondent({ dateOfBirth: '1980-01-01', dateOfDeath: '2026-01-01' }, '2026-02-01', v),
    ).toEqual(jasmine.objectContaining({ ok: false, reason: 'deceased' }));
  });
});
