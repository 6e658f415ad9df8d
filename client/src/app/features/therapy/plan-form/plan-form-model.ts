import {
  FormArray,
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ValidatorFn,
  Validators,
} from '@angular/forms';

import {
  MEASUREMENT_SCHEDULE_POINTS,
  SESSION_FREQUENCIES,
  SESSION_SETTINGS,
  THERAPY_METHODS,
  TherapyPlan,
} from '../data/therapy.model';

/** A child of the family (a genogram person with a child record). */
export interface FamilyChild {
  id: string;
  name: string;
}

/** A goal of a child's client plan that the therapy plan may serve. */
export interface ClientGoalOption {
  childId: string;
  goalId: string;
  text: string;
}

type Goal = TherapyPlan['goals'][number];
const text = (value = '', ...validators: ValidatorFn[]) =>
  new FormControl(value, { nonNullable: true, validators });
const ticks = <T extends string>(all: readonly T[], on: readonly T[]) =>
  new FormArray(all.map((code) => new FormControl(on.includes(code), { nonNullable: true })));

export function goalGroup(goal?: Partial<Goal>) {
  return new FormGroup({
    id: text(goal?.id ?? ''),
    text: text(goal?.text ?? '', Validators.required, Validators.minLength(3), Validators.maxLength(2000)),
    reviewDate: text(goal?.reviewDate ?? '', Validators.required),
    status: text(goal?.status ?? 'open'),
    progressNotes: new FormArray((goal?.progressNotes ?? []).map((note) => noteGroup(note))),
  });
}

export function noteGroup(note?: { date: string; text: string }) {
  return new FormGroup({
    date: text(note?.date ?? '', Validators.required),
    text: text(note?.text ?? '', Validators.required, Validators.maxLength(2000)),
  });
}

export function participantGroup(person?: { name: string; role?: string; personId?: string }) {
  return new FormGroup({
    name: text(person?.name ?? '', Validators.required, Validators.maxLength(200)),
    role: text(person?.role ?? '', Validators.maxLength(200)),
    personId: text(person?.personId ?? ''),
  });
}

/** The plan form, filled from a plan (edit) or empty (new), for the family's children. */
export function buildPlanForm(
  fb: NonNullableFormBuilder,
  plan: TherapyPlan | null,
  children: FamilyChild[],
  firstChildId: string,
) {
  const chosen = plan?.childIds ?? [firstChildId];
  return fb.group({
    childIds: new FormArray(
      children.map((c) => new FormControl(chosen.includes(c.id), { nonNullable: true })),
    ),
    clientPlanGoals: new FormControl(
      (plan?.clientPlanGoals ?? []).map((g) => `${g.childId}:${g.goalId}`),
      {
        nonNullable: true,
      },
    ),
    startDate: [plan?.startDate ?? '', Validators.required],
    estimatedDurationMonths: [
      plan?.estimatedDurationMonths ?? 6,
      [Validators.required, Validators.min(1), Validators.max(36)],
    ],
    referralQuestion: fb.group({
      familyWords: [plan?.referralQuestion.familyWords ?? '', Validators.maxLength(3000)],
      professionalWords: [
        plan?.referralQuestion.professionalWords ?? '',
        [Validators.required, Validators.maxLength(3000)],
      ],
    }),
    agreedFocus: fb.group({
      familyWords: [plan?.agreedFocus.familyWords ?? '', Validators.maxLength(3000)],
      professionalWords: [
        plan?.agreedFocus.professionalWords ?? '',
        [Validators.required, Validators.maxLength(3000)],
      ],
    }),
    participants: new FormArray((plan?.participants ?? []).map((p) => participantGroup(p))),
    goals: new FormArray((plan?.goals ?? []).map((g) => goalGroup(g))),
    strengths: [plan?.strengths ?? '', Validators.maxLength(5000)],
    plannedSessions: fb.group({
      count: [
        plan?.plannedSessions.count ?? 10,
        [Validators.required, Validators.min(1), Validators.max(100)],
      ],
      frequency: [
        plan?.plannedSessions.frequency ?? ('every_two_weeks' as (typeof SESSION_FREQUENCIES)[number]),
      ],
      settings: ticks(SESSION_SETTINGS, plan?.plannedSessions.settings ?? ['office']),
    }),
    methods: ticks(THERAPY_METHODS, plan?.methods ?? []),
    otherMethod: [plan?.otherMethod ?? '', Validators.maxLength(500)],
    measurementSchedule: ticks(
      MEASUREMENT_SCHEDULE_POINTS,
      plan?.measurementSchedule ?? [...MEASUREMENT_SCHEDULE_POINTS],
    ),
    dissentingViews: [plan?.dissentingViews ?? '', Validators.maxLength(5000)],
    childViews: new FormArray(
      children.map((c) =>
        text(plan?.childViews.find((v) => v.childId === c.id)?.words ?? '', Validators.maxLength(5000)),
      ),
    ),
    changeNote: ['', Validators.maxLength(1000)],
  });
}
export type PlanForm = ReturnType<typeof buildPlanForm>;
