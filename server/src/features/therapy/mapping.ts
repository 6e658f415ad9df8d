import type { Score15Measurement, TherapyComment, TherapyPlan, TherapySession } from '@keha/shared';
import type { StoredTherapyPlan, TherapyCommentDocument } from './plan.model.js';
import type { StoredMeasurement, StoredPerson, StoredTherapySession } from './session.model.js';
import type { Types } from 'mongoose';

/** Leaves out absent optional fields, so that responses carry no `null`s the schemas do not allow. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as T;
}

/** Names shown with a plan: the family's and the children's (by child id). */
export interface PlanNames {
  familyName: string;
  childNames: Map<string, string>;
}

export function toTherapyPlan(doc: StoredTherapyPlan, names: PlanNames): TherapyPlan {
  const c = doc.content;
  return defined({
    id: String(doc.planId),
    versionId: String(doc._id),
    version: doc.version,
    current: doc.current,
    familyId: String(doc.familyId),
    familyName: names.familyName,
    children: doc.childIds.map((id) => ({ id: String(id), name: names.childNames.get(String(id)) ?? '' })),
    status: doc.status,
    statusHistory: doc.statusHistory.map((s) => ({
      from: s.from ?? null,
      to: s.to,
      at: s.at.toISOString(),
      byId: String(s.byId),
      byName: s.byName,
      ...(s.note ? { note: s.note } : {}),
    })),
    therapistId: String(doc.therapistId),
    therapistName: doc.therapistName,
    childIds: doc.childIds.map(String),
    clientPlanGoals: c.clientPlanGoals,
    startDate: c.startDate,
    referralQuestion: defined(c.referralQuestion),
    agreedFocus: defined(c.agreedFocus),
    participants: c.participants.map((p) => defined(p)),
    goals: c.goals.map((g) => ({
      id: g.id,
      text: g.text,
      reviewDate: g.reviewDate,
      status: g.status,
      progressNotes: g.progressNotes,
    })),
    strengths: c.strengths,
    plannedSessions: c.plannedSessions,
    methods: c.methods,
    otherMethod: c.otherMethod,
    measurementSchedule: c.measurementSchedule,
    estimatedDurationMonths: c.estimatedDurationMonths,
    dissentingViews: c.dissentingViews,
    childViews: c.childViews,
    changeNote: doc.changeNote,
    authorId: String(doc.authorId),
    authorName: doc.authorName,
    recordedAt: doc.createdAt.toISOString(),
  });
}

const person = (p: StoredPerson) =>
  defined({ name: p.name, role: p.role, personId: p.personId && String(p.personId) });

export function toSession(doc: StoredTherapySession, number: number): TherapySession {
  return defined({
    id: String(doc._id),
    planId: String(doc.planId),
    number,
    date: doc.date,
    attendees: doc.attendees.map(person),
    methods: doc.methods,
    summary: doc.summary,
    nextSteps: doc.nextSteps.map((s) =>
      defined({
        text: s.text,
        taskId: s.taskId && String(s.taskId),
        childId: s.childId && String(s.childId),
      }),
    ),
    nextSessionDate: doc.nextSessionDate,
    authorId: String(doc.authorId),
    authorName: doc.authorName,
    recordedAt: doc.createdAt.toISOString(),
  });
}

export function toMeasurement(doc: StoredMeasurement): Score15Measurement {
  return {
    id: String(doc._id),
    planId: String(doc.planId),
    respondent: {
      personId: String(doc.respondentPersonId),
      name: doc.respondentName,
      ageOnDate: doc.respondentAge,
    },
    date: doc.date,
    point: doc.point,
    itemVersion: doc.itemVersion,
    form: doc.form,
    language: doc.language,
    answers: doc.answers,
    ratings: doc.ratings,
    openAnswers: defined(doc.openAnswers ?? {}),
    scores: doc.scores,
    recordedById: String(doc.recordedById),
    recordedByName: doc.recordedByName,
    recordedAt: doc.createdAt.toISOString(),
  };
}

export function toComment(doc: TherapyCommentDocument & { _id: Types.ObjectId }): TherapyComment {
  return {
    id: String(doc._id),
    planId: String(doc.planId),
    planVersion: doc.planVersion,
    authorId: String(doc.authorId),
    authorName: doc.authorName,
    authorRoles: doc.authorRoles,
    text: doc.text,
    createdAt: doc.createdAt.toISOString(),
  };
}
