import { Meeting, MeetingSummary } from '../data/meetings.model';

export function meetingSummary(overrides: Partial<MeetingSummary> = {}): MeetingSummary {
  return {
    id: 'm1',
    teamId: 't1',
    teamName: 'Systeeminen tiimi 1',
    date: '2026-11-30',
    startTime: '09:00',
    status: 'draft',
    minutesVersion: 0,
    ...overrides,
  };
}

export function meeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    ...meetingSummary(),
    attendees: [{ userId: 'u-anna', role: 'presenter', name: 'Anna Virtanen' }],
    agenda: [
      { id: 'urgent', kind: 'urgent_round', entries: [] },
      {
        id: 'aino',
        kind: 'family',
        childIds: ['665e99000000000000000001'],
        children: [{ id: '665e99000000000000000001', name: 'Aino Korhonen' }],
        presentingWorkerId: 'u-anna',
        presentingWorkerName: 'Anna Virtanen',
        question: 'Miten tuemme äitiä?',
      },
    ],
    docName: 'meeting:m1',
    createdAt: '2026-11-20T08:00:00.000Z',
    ...overrides,
  };
}
