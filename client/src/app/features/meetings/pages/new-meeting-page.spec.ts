import { buildAgenda } from './new-meeting-page';

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
});
