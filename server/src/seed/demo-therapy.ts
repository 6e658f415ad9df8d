import { Types, type Connection } from 'mongoose';
import {
  addCalendarDays,
  checkScore15Respondent,
  CURRENT_SCORE15_ITEM_VERSION,
  CURRENT_SCORE15_SCORING_VERSION,
  SCORE15_REVERSED_ITEMS,
  scoreScore15,
  type CalendarDate,
} from '@keha/shared';
import { clientPlanModel } from '../features/case/plan.model.js';
import { childModel } from '../features/children/model.js';
import { personModel } from '../features/family/model.js';
import { therapyCommentModel, therapyPlanModel } from '../features/therapy/plan.model.js';
import { score15MeasurementModel, therapySessionModel } from '../features/therapy/session.model.js';
import { DEMO_SCORE15, DEMO_THERAPY_SESSIONS } from './demo-therapy-data.js';
import { demoTherapyPlanContent } from './demo-therapy-plan.js';

const at = (date: CalendarDate) => new Date(`${date}T09:00:00Z`);
/** Scored difficulty back to the answer given on the form (negative items are reversed). */
const rawAnswers = (levels: number[]) =>
  levels.map((level, i) => (SCORE15_REVERSED_ITEMS.includes(i + 1) ? 6 - level : level));

/**
 * A year of family therapy for the demo (issue 7): Linnea Lindqvist's family, team 1, with
 * sari.therapist. An active plan in three versions, 13 sessions and four SCORE-15 points each for the
 * mother and Linnea (15). The Lindqvists are chosen because their case is over a year old.
 */
export async function seedDemoTherapy(
  connection: Connection,
  therapist: { id: Types.ObjectId; name: string },
  commenter: { id: Types.ObjectId; name: string },
  today: CalendarDate,
): Promise<void> {
  const linnea = await childModel(connection).findOne({ firstName: 'Linnea', lastName: 'Lindqvist' }).lean();
  if (!linnea?.familyId) return;
  const people = await personModel(connection).find({ familyId: linnea.familyId }).lean();
  const mother = people.find((p) => p.firstName === 'Katja')!;
  const father = people.find((p) => p.firstName === 'Jari')!;
  const teen = people.find((p) => p.childId?.equals(linnea._id))!;
  const clientPlan = await clientPlanModel(connection)
    .findOne({ childId: linnea._id })
    .sort({ version: -1 })
    .lean();
  const start = addCalendarDays(today, -365);
  const content = demoTherapyPlanContent({
    childId: String(linnea._id),
    people: { mother, father, teen },
    start,
    today,
    linkSafetyGoal: clientPlan?.goals.some((g) => g.goalId === 'g-safety') ?? false,
  });
  const planId = new Types.ObjectId();
  const by = { byId: therapist.id, byName: therapist.name };
  const draft = { from: null, to: 'draft' as const, at: at(addCalendarDays(start, -7)), ...by };
  const active = {
    from: 'draft' as const,
    to: 'active' as const,
    at: at(start),
    ...by,
    note: 'Suunnitelma käyty läpi perheen kanssa.',
  };
  const base = {
    planId,
    familyId: linnea.familyId,
    teamId: linnea.teamId,
    childIds: [linnea._id],
    therapistId: therapist.id,
    therapistName: therapist.name,
    authorId: therapist.id,
    authorName: therapist.name,
  };
  const firstContent = { ...content, goals: content.goals.map((g) => ({ ...g, progressNotes: [] })) };
  const versions = [
    {
      ...base,
      _id: planId,
      version: 1,
      current: false,
      status: 'draft',
      statusHistory: [draft],
      content: firstContent,
      createdAt: draft.at,
    },
    {
      ...base,
      version: 2,
      current: false,
      status: 'active',
      statusHistory: [draft, active],
      content: firstContent,
      createdAt: active.at,
    },
    {
      ...base,
      version: 3,
      current: true,
      status: 'active',
      statusHistory: [draft, active],
      content,
      changeNote: 'Puolen vuoden arvio: edistymismerkinnät.',
      createdAt: at(addCalendarDays(start, 195)),
    },
  ];
  await therapyPlanModel(connection).insertMany(
    versions.map((v) => ({ ...v, updatedAt: v.createdAt })),
    { timestamps: false } as never,
  );
  await therapyCommentModel(connection).insertMany(
    [
      {
        planId,
        planVersion: 3,
        authorId: commenter.id,
        authorName: commenter.name,
        authorRoles: ['team_lead', 'social_worker'],
        text: 'Koulun kuraattori toivoo seuraavaan verkostokokoukseen kutsua.',
        createdAt: at(addCalendarDays(start, 200)),
      },
    ],
    { timestamps: false } as never,
  );
  const attendee = (p: typeof mother, role: string) => ({
    name: `${p.firstName} ${p.lastName}`,
    role,
    personId: p._id,
  });
  await therapySessionModel(connection).insertMany(
    DEMO_THERAPY_SESSIONS.map((s, i) => {
      const date = addCalendarDays(today, -s.daysAgo);
      const next = DEMO_THERAPY_SESSIONS[i + 1];
      return {
        planId,
        date,
        attendees: [
          attendee(mother, 'äiti'),
          attendee(teen, 'lapsi'),
          ...(s.withFather ? [attendee(father, 'isä')] : []),
        ],
        methods: s.methods,
        summary: s.summary,
        nextSteps: [],
        nextSessionDate: next ? addCalendarDays(today, -next.daysAgo) : addCalendarDays(today, 21),
        authorId: therapist.id,
        authorName: therapist.name,
        createdAt: at(date),
        updatedAt: at(date),
      };
    }),
    { timestamps: false } as never,
  );
  const measurements = DEMO_SCORE15.flatMap(({ respondent, administrations }) => {
    const person = respondent === 'mother' ? mother : teen;
    return administrations.map((a) => {
      const date = addCalendarDays(today, -a.daysAgo);
      const check = checkScore15Respondent(person, date, CURRENT_SCORE15_ITEM_VERSION);
      if (!check.ok)
        throw new Error(`Demo SCORE-15 respondent ${person.firstName} on ${date}: ${check.message}`);
      const answers = rawAnswers(a.levels);
      return {
        planId,
        respondentPersonId: person._id,
        respondentName: `${person.firstName} ${person.lastName}`,
        respondentAge: check.age,
        date,
        point: a.point,
        itemVersion: CURRENT_SCORE15_ITEM_VERSION,
        form: 'adult',
        language: 'sv',
        answers,
        ratings: a.ratings,
        openAnswers: a.openAnswers,
        scores: scoreScore15(answers, CURRENT_SCORE15_SCORING_VERSION),
        recordedById: therapist.id,
        recordedByName: therapist.name,
        createdAt: at(date),
        updatedAt: at(date),
      };
    });
  });
  await score15MeasurementModel(connection).insertMany(measurements, { timestamps: false } as never);
}
