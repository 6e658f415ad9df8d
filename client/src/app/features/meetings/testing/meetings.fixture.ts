import { Meeting, MeetingSummary, Minutes } from '../data/meetings.model';

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

/** Version 2 (an addendum) of a meeting's minutes: the urgent round and Aino's family item. */
export function minutesFixture(overrides: Partial<Minutes> = {}): Minutes {
  return {
    meetingId: 'm1',
    version: 2,
    reason: 'addendum',
    createdAt: '2026-11-23T12:00:00.000Z',
    createdByName: 'Tiina Heikkinen',
    date: '2026-11-23',
    teamName: 'Systeeminen tiimi 1',
    attendees: [{ name: 'Anna Virtanen', role: 'presenter' }],
    items: [
      {
        item: { id: 'urgent', kind: 'urgent_round', entries: [] },
        sections: { notes: 'Ei kiireellistä' },
        hypotheses: [],
        safetyScales: [],
        actionPoints: [],
      },
      {
        item: {
          id: 'aino',
          kind: 'family',
          childIds: ['c1'],
          children: [{ id: 'c1', name: 'Aino Korhonen' }],
          presentingWorkerId: 'u1',
          presentingWorkerName: 'Anna Virtanen',
          question: 'Miten tuemme äitiä?',
        },
        sections: { decisions: 'Verkostokokous' },
        hypotheses: [{ id: 'h1', authorName: 'Sari', text: 'Väsymys', status: 'supported' }],
        safetyScales: [
          { id: 's1', participantName: 'Anna', score: 6, anchorZero: 'ei turvassa', anchorTen: 'turvassa' },
        ],
        actionPoints: [
          { id: 'a1', childId: 'c1', text: 'Kutsu koolle', ownerId: 'u1', dueDate: '2026-12-01' },
        ],
      },
    ],
    addenda: [
      {
        id: 'ad1',
        itemId: 'aino',
        text: 'Mummo ei pääse',
        authorId: 'u1',
        authorName: 'Anna Virtanen',
        at: '2026-11-23T11:00:00.000Z',
      },
      {
        id: 'ad2',
        text: 'Koko kokousta koskeva',
        authorId: 'u2',
        authorName: 'Mikko Laine',
        at: '2026-11-23T11:30:00.000Z',
      },
    ],
    ...overrides,
  };
}
