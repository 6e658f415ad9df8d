import { THERAPY_METHODS, TherapyPlan, TherapySessionInput } from '../data/therapy.model';

/** The session dialog's raw form value. */
export interface SessionFormValue {
  date: string;
  attendees: boolean[];
  otherAttendees: string;
  methods: boolean[];
  summary: string;
  nextSteps: { text: string; asTask: boolean; childId: string; dueDate: string }[];
  nextSessionDate: string;
}

/** The request body: ticked participants and the other names typed (comma-separated) attended. */
export function sessionInput(
  value: SessionFormValue,
  plan: TherapyPlan,
  ownerId: string,
): TherapySessionInput {
  const attendees = [
    ...plan.participants.filter((_, i) => value.attendees[i]),
    ...value.otherAttendees
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean)
      .map((name) => ({ name })),
  ];
  return {
    date: value.date,
    attendees,
    methods: THERAPY_METHODS.filter((_, i) => value.methods[i]),
    summary: value.summary.trim(),
    nextSteps: value.nextSteps.map((step) => ({
      text: step.text.trim(),
      ...(step.asTask ? { task: { childId: step.childId, ownerId, dueDate: step.dueDate } } : {}),
    })),
    ...(value.nextSessionDate ? { nextSessionDate: value.nextSessionDate } : {}),
  };
}

/** A server field path to the dialog's control: `attendees` -> the typed names, a step's task fields. */
export function stepControlPath(path: string): string {
  if (path === 'attendees') return 'otherAttendees';
  const task = /^nextSteps\.(\d+)\.task\.(childId|dueDate|ownerId)$/.exec(path);
  if (task) return task[2] === 'ownerId' ? `nextSteps.${task[1]}.childId` : `nextSteps.${task[1]}.${task[2]}`;
  return path;
}
