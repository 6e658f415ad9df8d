import { FormArray } from '@angular/forms';

import {
  GOAL_STATUSES,
  MEASUREMENT_SCHEDULE_POINTS,
  SESSION_SETTINGS,
  THERAPY_METHODS,
  TherapyPlanContentInput,
} from '../data/therapy.model';
import { FamilyChild, PlanForm } from './plan-form-model';

const optional = (value: string) => (value.trim() ? value.trim() : undefined);
const picked = <T>(all: readonly T[], flags: boolean[]) => all.filter((_, i) => flags[i]);

/** The form as the plan content the API takes (optional texts left out when empty). */
export function toContent(form: PlanForm, children: FamilyChild[]): TherapyPlanContentInput {
  const v = form.getRawValue();
  const childIds = picked(children, v.childIds).map((c) => c.id);
  return {
    childIds,
    clientPlanGoals: v.clientPlanGoals
      .map((key) => key.split(':'))
      .filter(([childId]) => childIds.includes(childId!))
      .map(([childId, goalId]) => ({ childId, goalId })),
    startDate: v.startDate,
    referralQuestion: {
      familyWords: optional(v.referralQuestion.familyWords),
      professionalWords: v.referralQuestion.professionalWords.trim(),
    },
    agreedFocus: {
      familyWords: optional(v.agreedFocus.familyWords),
      professionalWords: v.agreedFocus.professionalWords.trim(),
    },
    participants: v.participants.map((p) => ({
      name: p.name.trim(),
      role: optional(p.role),
      personId: optional(p.personId),
    })),
    goals: v.goals.map((g) => ({
      id: optional(g.id),
      text: g.text.trim(),
      reviewDate: g.reviewDate,
      status: g.status as (typeof GOAL_STATUSES)[number],
      progressNotes: g.progressNotes.map((n) => ({ date: n.date, text: n.text.trim() })),
    })),
    strengths: optional(v.strengths),
    plannedSessions: { ...v.plannedSessions, settings: picked(SESSION_SETTINGS, v.plannedSessions.settings) },
    methods: picked(THERAPY_METHODS, v.methods),
    otherMethod: optional(v.otherMethod),
    measurementSchedule: picked(MEASUREMENT_SCHEDULE_POINTS, v.measurementSchedule),
    estimatedDurationMonths: Number(v.estimatedDurationMonths),
    dissentingViews: optional(v.dissentingViews),
    childViews: children.flatMap((c, i) =>
      childIds.includes(c.id) && v.childViews[i]?.trim()
        ? [{ childId: c.id, words: v.childViews[i]!.trim() }]
        : [],
    ),
  };
}

/**
 * A server field path (`plan.goals.0.reviewDate`, `plan.childViews.0.words`) to the text field that
 * shows it; null for choices made with checkboxes and for paths the form has no field for (those
 * messages are listed above the form).
 */
export function controlPath(
  path: string,
  form: PlanForm,
  children: FamilyChild[],
  sent: TherapyPlanContentInput,
): string | null {
  const local = path.replace(/^plan\./, '');
  const view = /^childViews\.(\d+)(?:\.words)?$/.exec(local);
  if (view) {
    const index = children.findIndex((c) => c.id === sent.childViews?.[Number(view[1])]?.childId);
    return index >= 0 ? `childViews.${index}` : null;
  }
  const person = /^participants\.(\d+)\.personId$/.exec(local);
  if (person) return `participants.${person[1]}.name`;
  if (/^(childIds|clientPlanGoals|plannedSessions\.settings|methods|measurementSchedule)\b/.test(local))
    return null;
  const control = form.get(local);
  return control && !(control instanceof FormArray) ? local : null;
}
