import { score15MeasurementInputSchema } from './score15-api.js';
import {
  THERAPY_PLAN_STATUSES,
  THERAPY_PLAN_TRANSITIONS,
  therapyPlanContentSchema,
  type TherapyPlanContentInput,
} from './therapy-plan-api.js';
import { activationIssues, therapySessionInputSchema } from './therapy-session-api.js';

const CHILD = 'a'.repeat(24);
const OTHER = 'b'.repeat(24);

export const minimalPlan: TherapyPlanContentInput = {
  childIds: [CHILD],
  startDate: '2026-01-10',
  referralQuestion: { professionalWords: 'Riidat kotona' },
  agreedFocus: { professionalWords: 'Vuorovaikutus' },
  plannedSessions: { count: 10, frequency: 'every_two_weeks', settings: ['office'] },
  estimatedDurationMonths: 6,
};

const paths = (result: { error?: { issues: { path: PropertyKey[] }[] } }) =>
  (result.error?.issues ?? []).map((i) => i.path.join('.'));

describe('therapy plan contract', () => {
  it('fills the defaults of a minimal draft (all four measurement points scheduled)', () => {
    const plan = therapyPlanContentSchema.parse(minimalPlan);
    expect(plan.measurementSchedule).toEqual(['baseline', 'session_4', 'six_months', 'end']);
    expect(plan.goals).toEqual([]);
  });

  it('refuses links to children outside the plan, early review dates and an unnamed other method', () => {
    const result = therapyPlanContentSchema.safeParse({
      ...minimalPlan,
      clientPlanGoals: [{ childId: OTHER, goalId: 'g-1' }],
      childViews: [{ childId: OTHER, words: 'En halua' }],
      goals: [{ text: 'Riidat vähenevät', reviewDate: '2026-01-09' }],
      methods: ['other'],
    });
    expect(paths(result).sort()).toEqual(
      ['childViews.0.childId', 'clientPlanGoals.0.childId', 'goals.0.reviewDate', 'otherMethod'].sort(),
    );
  });

  it('goes draft -> active -> under review -> closed, with review back to active, and nothing after closed', () => {
    expect(THERAPY_PLAN_TRANSITIONS.draft).toEqual(['active']);
    expect(THERAPY_PLAN_TRANSITIONS.under_review).toContain('closed');
    expect(THERAPY_PLAN_TRANSITIONS.closed).toEqual([]);
    for (const status of THERAPY_PLAN_STATUSES)
      expect(THERAPY_PLAN_TRANSITIONS[status]).not.toContain(status);
  });

  it('asks for the family’s words, a goal and the participants before a plan becomes active', () => {
    const draft = therapyPlanContentSchema.parse(minimalPlan);
    expect(activationIssues(draft).map((i) => i.path)).toEqual([
      'referralQuestion.familyWords',
      'agreedFocus.familyWords',
      'goals',
      'participants',
    ]);
    const ready = therapyPlanContentSchema.parse({
      ...minimalPlan,
      referralQuestion: { familyWords: 'Me riidellään', professionalWords: 'Riidat' },
      agreedFocus: { familyWords: 'Puhutaan', professionalWords: 'Vuorovaikutus' },
      goals: [{ text: 'Riidat vähenevät', reviewDate: '2026-03-01' }],
      participants: [{ name: 'Katja', role: 'äiti' }],
    });
    expect(activationIssues(ready)).toEqual([]);
  });

  it('checks a session: the next session after this one, tasks not due before it', () => {
    const result = therapySessionInputSchema.safeParse({
      date: '2026-02-01',
      attendees: [{ name: 'Katja' }],
      summary: 'Genogrammityö',
      nextSessionDate: '2026-02-01',
      nextSteps: [
        { text: 'Soita koululle', task: { childId: CHILD, ownerId: OTHER, dueDate: '2026-01-31' } },
      ],
    });
    expect(paths(result).sort()).toEqual(['nextSessionDate', 'nextSteps.0.task.dueDate']);
  });

  it('refuses SCORE-15 answers out of range with the item path', () => {
    const answers = [1, 2, 3, 4, 5, null, 1, 2, 3, 4, 5, 1, 2, 3, 4];
    const input = {
      respondentPersonId: CHILD,
      date: '2026-02-01',
      point: 'baseline',
      itemVersion: 'score15-items-v1',
      language: 'fi',
      answers,
      ratings: { problemSeverity: 7, familyCoping: null, therapyHope: 5 },
    };
    expect(score15MeasurementInputSchema.safeParse(input).success).toBeTrue();
    const bad = {
      ...input,
      answers: answers.map((a, i) => (i === 3 ? 6 : i === 7 ? 0 : a)),
      ratings: { ...input.ratings, therapyHope: 11 },
    };
    expect(paths(score15MeasurementInputSchema.safeParse(bad)).sort()).toEqual([
      'answers.3',
      'answers.7',
      'ratings.therapyHope',
    ]);
    expect(paths(score15MeasurementInputSchema.safeParse({ ...input, answers: answers.slice(1) }))).toEqual([
      'answers',
    ]);
  });
});
