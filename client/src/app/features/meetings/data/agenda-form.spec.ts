import { buildAgenda, familyKeysOf, formErrors, formProblem } from './agenda-form';

describe('the new meeting’s agenda', () => {
  it('orders the urgent round, the families, the deadline review, allocation and another item', () => {
    const agenda = buildAgenda(
      { urgent_round: true, deadline_review: true, allocation: false },
      [{ childIds: ['c1', 'c2'], presentingWorkerId: 'w1', question: '  Miten tuemme?  ' }],
      'Koulutus',
    );
    expect(agenda).toEqual([
      { id: 'urgent', kind: 'urgent_round' },
      {
        id: 'family-1',
        kind: 'family',
        childIds: ['c1', 'c2'],
        presentingWorkerId: 'w1',
        question: 'Miten tuemme?',
      },
      { id: 'deadlines', kind: 'deadline_review' },
      { id: 'other-1', kind: 'other', title: 'Koulutus' },
    ]);
  });

  it('keeps the ids of existing items (they name the sections of the shared notes), new families get free ones', () => {
    const agenda = buildAgenda(
      { urgent_round: true, deadline_review: false, allocation: true },
      [
        { id: 'aino', childIds: ['c1'], presentingWorkerId: 'w1', question: 'Q1' },
        { childIds: ['c2'], presentingWorkerId: 'w2', question: 'Q2' },
        { id: 'family-1', childIds: ['c3'], presentingWorkerId: 'w2', question: 'Q3' },
      ],
      'Muu',
      { urgent_round: 'kiire', allocation: 'jako', other: 'muu-7' },
    );
    expect(agenda.map((i) => i.id)).toEqual(['kiire', 'aino', 'family-2', 'family-1', 'jako', 'muu-7']);
  });

  const form = (patch: object = {}) => ({
    teamId: 't1',
    date: '2026-11-30',
    startTime: '09:00',
    roles: {},
    standard: { urgent_round: true, deadline_review: true, allocation: true },
    families: [],
    other: '',
    existing: {},
    ...patch,
  });

  it('asks for the date, complete families and at least one agenda item', () => {
    expect(formProblem(form())).toBeNull();
    expect(formProblem(form({ date: '' }))).toBe('meetings.new.needDate');
    expect(
      formProblem(form({ families: [{ key: 1, childIds: ['c1'], presentingWorkerId: '', question: 'Q' }] })),
    ).toBe('meetings.new.familyIncomplete');
    const none = { urgent_round: false, deadline_review: false, allocation: false };
    expect(formProblem(form({ standard: none }))).toBe('meetings.new.needAgenda');
    expect(formProblem(form({ standard: none, other: 'Koulutus' }))).toBeNull();
  });

  it('puts the server’s field issues at the family rows they came from, worded in the user’s language', () => {
    const families = [
      { key: 7, childIds: ['c1'], presentingWorkerId: 'w1', question: 'Q1' },
      { key: 9, childIds: ['c2'], presentingWorkerId: 'w2', question: 'Q2' },
    ];
    const keys = familyKeysOf({ urgent_round: true, deadline_review: false, allocation: false }, families);
    expect(keys).toEqual([null, 7, 9]);
    const errors = formErrors(
      [
        { path: 'agenda.2.childIds', message: 'Only children of the meeting’s team.' },
        { path: 'date', message: 'Invalid date' },
        { path: 'agenda', message: 'Agenda item ids must be unique.' },
      ],
      keys,
    );
    expect(errors.families).toEqual({ 9: ['meetings.new.issues.childIds'] });
    expect(errors.date).toEqual(['meetings.new.issues.date']);
    expect(errors.other).toEqual(['Agenda item ids must be unique.']);
  });
});
