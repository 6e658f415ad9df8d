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
});
