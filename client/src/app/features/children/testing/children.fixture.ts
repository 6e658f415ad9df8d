import { Deadline, SituationalPicture, Task, TimelineItem } from '../data/children.model';

export function deadline(overrides: Partial<Deadline> = {}): Deadline {
  return {
    ruleId: 'assessment-start-7-working-days',
    ruleVersion: 1,
    legalReference: 'LSL 26 §, SHL 36 §',
    obligation: 'Start the service-needs assessment by the 7th working day',
    triggerEventId: 'e1',
    dueDate: '2026-11-27',
    status: 'due_soon',
    metByEventId: null,
    metOn: null,
    ...overrides,
  };
}

export function task(overrides: Partial<Task> = {}): Task {
  return {
    id: 't1',
    childId: 'c1',
    title: 'Call the school nurse',
    ownerId: 'u1',
    ownerName: 'Anna Sosiaalityöntekijä',
    dueDate: '2026-12-01',
    status: 'open',
    createdAt: '2026-11-20T10:00:00.000Z',
    ...overrides,
  };
}

export function timelineItem(n: number, overrides: Partial<TimelineItem> = {}): TimelineItem {
  return {
    kind: 'event',
    id: `e${n}`,
    date: '2026-11-20',
    code: 'notification_received',
    text: `Item ${n}`,
    authorName: 'Anna',
    cursor: `cur-${n}`,
    ...overrides,
  };
}

export function picture(overrides: Partial<SituationalPicture> = {}): SituationalPicture {
  return {
    child: {
      id: 'c1',
      firstName: 'Aino',
      lastName: 'Virtanen',
      dateOfBirth: '2015-03-14',
      identityCode: '140315A998H',
      teamId: 'team1',
      namedSocialWorkerId: 'u1',
      status: 'assessment',
      languages: { preferred: 'sv', interpreterNeeded: true },
      guardianDisclosureRestriction: { active: false },
    },
    ageYears: 11,
    teamName: 'Itäinen tiimi',
    namedSocialWorkerName: 'Anna Sosiaalityöntekijä',
    access: {},
    deadlines: [
      deadline({ ruleId: 'assessment-complete-3-months', dueDate: '2027-02-20', status: 'upcoming' }),
      deadline(),
      deadline({
        ruleId: 'urgency-assessment-immediately',
        dueDate: '2026-11-20',
        status: 'met',
        metOn: '2026-11-20',
      }),
      deadline({ ruleId: 'client-plan-review-12-months', dueDate: '2026-11-01', status: 'overdue' }),
      deadline({ ruleId: 'placed-child-visit-interval', dueDate: '2027-03-01', status: 'upcoming' }),
    ],
    plan: {
      id: 'p1',
      childId: 'c1',
      version: 2,
      date: '2026-10-01',
      reviewDate: '2027-04-01',
      goals: [
        {
          id: 'g1',
          text: 'Aino goes to school every day',
          owner: 'Family',
          targetDate: '2027-01-31',
          status: 'in_progress',
        },
      ],
      authorId: 'u1',
      authorName: 'Anna',
      recordedAt: '2026-10-01T10:00:00.000Z',
    },
    latestSafetyScores: [
      {
        id: 's1',
        childId: 'c1',
        date: '2026-11-18',
        participant: 'Äiti',
        participantRole: 'parent',
        score: 6,
        recordedAt: '',
      },
    ],
    latestChildView: {
      id: 'v1',
      childId: 'c1',
      date: '2026-11-19',
      askedById: 'u1',
      askedByName: 'Anna Sosiaalityöntekijä',
      method: 'conversation_alone',
      words: 'Haluan asua äidin kanssa.',
      effectOnDecisions: 'Support at home first.',
      recordedAt: '2026-11-19T12:00:00.000Z',
    },
    openTasks: [task()],
    familyId: null,
    ...overrides,
  };
}
