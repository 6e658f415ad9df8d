import type { CaseEvent, ChildView, ClientPlan, SafetyScore, SafetyStatement, Task } from '@keha/shared';
import type { StoredChildView } from './child-view.model.js';
import type { StoredCaseEvent } from './event.model.js';
import type { StoredClientPlan } from './plan.model.js';
import type { StoredSafetyScore, StoredSafetyStatement } from './safety.model.js';
import type { StoredTask } from './task.model.js';

/** Leaves out absent optional fields, so that responses carry no `null`s the schemas do not allow. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as T;
}

export function toCaseEvent(doc: StoredCaseEvent): CaseEvent {
  return defined({
    id: String(doc._id),
    seriesId: String(doc.seriesId),
    version: doc.version,
    current: doc.current,
    childId: String(doc.childId),
    type: doc.type,
    date: doc.date,
    details: defined({
      ...doc.details,
      decidedById: doc.details?.decidedById ? String(doc.details.decidedById) : undefined,
    }),
    links: doc.links.map((link) => defined({ kind: link.kind, id: link.id, label: link.label })),
    authorId: String(doc.authorId),
    authorName: doc.authorName,
    recordedAt: doc.createdAt.toISOString(),
    correctionReason: doc.correctionReason,
  }) as CaseEvent;
}

export function toClientPlan(doc: StoredClientPlan): ClientPlan {
  return defined({
    id: String(doc._id),
    childId: String(doc.childId),
    version: doc.version,
    date: doc.date,
    reviewDate: doc.reviewDate,
    goals: doc.goals.map((g) => ({
      id: g.goalId,
      text: g.text,
      owner: g.owner,
      targetDate: g.targetDate,
      status: g.status,
    })),
    plannedVisitIntervalDays: doc.plannedVisitIntervalDays,
    services: doc.services,
    authorId: String(doc.authorId),
    authorName: doc.authorName,
    recordedAt: doc.createdAt.toISOString(),
  });
}

export function toChildView(doc: StoredChildView): ChildView {
  return defined({
    id: String(doc._id),
    childId: String(doc.childId),
    date: doc.date,
    askedById: String(doc.askedById),
    askedByName: doc.askedByName,
    method: doc.method,
    words: doc.words,
    effectOnDecisions: doc.effectOnDecisions,
    notObtainedReason: doc.notObtainedReason,
    recordedAt: doc.createdAt.toISOString(),
  });
}

export function toSafetyStatement(doc: StoredSafetyStatement): SafetyStatement {
  return {
    id: String(doc._id),
    childId: String(doc.childId),
    kind: doc.kind,
    text: doc.text,
    date: doc.date,
    authorName: doc.authorName,
    recordedAt: doc.createdAt.toISOString(),
  };
}

export function toSafetyScore(doc: StoredSafetyScore): SafetyScore {
  return defined({
    id: String(doc._id),
    childId: String(doc.childId),
    date: doc.date,
    participant: doc.participant,
    participantRole: doc.participantRole,
    score: doc.score,
    note: doc.note,
    recordedAt: doc.createdAt.toISOString(),
  });
}

export function toTask(doc: StoredTask, ownerName: string, childName?: string): Task {
  return defined({
    id: String(doc._id),
    childId: String(doc.childId),
    childName,
    title: doc.title,
    ownerId: String(doc.ownerId),
    ownerName,
    dueDate: doc.dueDate,
    status: doc.status,
    goalId: doc.goalId,
    meetingId: doc.meetingId,
    createdAt: doc.createdAt.toISOString(),
  });
}
