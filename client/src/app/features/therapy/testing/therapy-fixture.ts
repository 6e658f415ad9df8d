import { Score15Series, TherapyPlan, TherapySession } from '../data/therapy.model';

export function therapyPlan(overrides: Partial<TherapyPlan> = {}): TherapyPlan {
  return {
    id: 'p1',
    versionId: 'v2',
    version: 2,
    current: true,
    familyId: 'f1',
    familyName: 'Virtanen (perhe)',
    children: [{ id: 'c1', name: 'Aino Virtanen' }],
    status: 'draft',
    statusHistory: [
      { from: null, to: 'draft', at: '2026-09-01T08:00:00.000Z', byId: 'u9', byName: 'Sari Koskinen' },
    ],
    therapistId: 'u9',
    therapistName: 'Sari Koskinen',
    childIds: ['c1'],
    clientPlanGoals: [],
    startDate: '2026-09-01',
    referralQuestion: { familyWords: 'Riitelemme', professionalWords: 'Kehämäiset riidat' },
    agreedFocus: { familyWords: 'Puhutaan rauhassa', professionalWords: 'Vuorovaikutus' },
    participants: [
      { name: 'Katja Virtanen', role: 'äiti', personId: 'mother' },
      { name: 'Jari Virtanen', role: 'isä', personId: 'father' },
    ],
    goals: [
      {
        id: 'g1',
        text: 'Riidat eivät kärjisty',
        reviewDate: '2026-12-01',
        status: 'open',
        progressNotes: [],
      },
    ],
    strengths: 'Vanhemmat haluavat muutosta',
    plannedSessions: { count: 10, frequency: 'every_two_weeks', settings: ['office'] },
    methods: ['genogram_work'],
    measurementSchedule: ['baseline', 'session_4', 'six_months', 'end'],
    estimatedDurationMonths: 9,
    childViews: [],
    authorId: 'u9',
    authorName: 'Sari Koskinen',
    recordedAt: '2026-09-02T08:00:00.000Z',
    ...overrides,
  };
}

export function therapySession(overrides: Partial<TherapySession> = {}): TherapySession {
  return {
    id: 's1',
    planId: 'p1',
    number: 1,
    date: '2026-09-08',
    attendees: [{ name: 'Katja Virtanen' }],
    methods: ['genogram_work'],
    summary: 'Sukupuu piirrettiin yhdessä.',
    nextSteps: [],
    authorId: 'u9',
    authorName: 'Sari Koskinen',
    recordedAt: '2026-09-08T12:00:00.000Z',
    ...overrides,
  };
}

const point = (measurementId: string, date: string, total: number | null, extra: object = {}) => ({
  measurementId,
  date,
  point: 'baseline' as const,
  total,
  strengths: 2,
  overwhelmed: 3,
  communication: 3.2,
  problemSeverity: 8,
  familyCoping: 4,
  therapyHope: 6,
  ...extra,
});

/** Two family members who disagree: the mother improves, the teenager gets worse. */
export function divergingSeries(): Score15Series {
  return {
    planId: 'p1',
    respondents: [
      {
        personId: 'mother',
        name: 'Katja Virtanen',
        points: [point('m1', '2026-09-08', 3.4), point('m2', '2027-03-01', 2.2, { point: 'six_months' })],
      },
      {
        personId: 'teen',
        name: 'Linnea Virtanen',
        points: [point('t1', '2026-09-08', 2.0), point('t2', '2027-03-01', 3.6, { point: 'six_months' })],
      },
    ],
  };
}
