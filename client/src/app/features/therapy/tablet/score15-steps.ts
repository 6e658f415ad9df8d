import {
  CURRENT_SCORE15_ITEM_VERSION,
  SCORE15_ITEM_SETS,
  type Score15ItemSet,
  type Score15OpenQuestionKey,
  type Score15RatingKey,
} from '@keha/shared/therapy/score15-items';

import { Language } from '../../../core/i18n/languages';
import { MeasurementPoint, Score15MeasurementInput } from '../data/therapy.model';

/** The form handed over: the current item set (texts in fi/sv/en are data in shared, versioned). */
export const SCORE15_FORM: Score15ItemSet = SCORE15_ITEM_SETS[CURRENT_SCORE15_ITEM_VERSION];

/** One screen of the tablet form: an item (1-5), a rating (1-10) or an open question. */
export type Score15Step =
  | { kind: 'item'; index: number }
  | { kind: 'rating'; key: Score15RatingKey }
  | { kind: 'open'; key: Score15OpenQuestionKey };

export const SCORE15_STEPS: readonly Score15Step[] = [
  ...SCORE15_FORM.items.map((_, index) => ({ kind: 'item' as const, index })),
  ...SCORE15_FORM.ratings.map((r) => ({ kind: 'rating' as const, key: r.key })),
  ...SCORE15_FORM.openQuestions.map((q) => ({ kind: 'open' as const, key: q.key })),
];

/** What the respondent has answered so far; null is a question left blank (allowed, see scoring). */
export interface Score15Draft {
  answers: (number | null)[];
  ratings: Record<Score15RatingKey, number | null>;
  open: Record<Score15OpenQuestionKey, string>;
}

export function emptyDraft(): Score15Draft {
  return {
    answers: SCORE15_FORM.items.map(() => null),
    ratings: { problemSeverity: null, familyCoping: null, therapyHope: null },
    open: { familyDescription: '', mainProblem: '' },
  };
}

/** The step's answer: a number, text, or null when blank. */
export function answerOf(draft: Score15Draft, step: Score15Step): number | string | null {
  if (step.kind === 'item') return draft.answers[step.index] ?? null;
  if (step.kind === 'rating') return draft.ratings[step.key];
  return draft.open[step.key].trim() || null;
}

export function withAnswer(
  draft: Score15Draft,
  step: Score15Step,
  value: number | string | null,
): Score15Draft {
  if (step.kind === 'item') {
    const answers = [...draft.answers];
    answers[step.index] = value as number | null;
    return { ...draft, answers };
  }
  if (step.kind === 'rating') return { ...draft, ratings: { ...draft.ratings, [step.key]: value } };
  return { ...draft, open: { ...draft.open, [step.key]: (value as string | null) ?? '' } };
}

const inRange = (value: number | null, max: number) =>
  value === null || (Number.isInteger(value) && value >= 1 && value <= max);

/** Indexes (into SCORE15_STEPS) of answers the server would refuse: not 1-5 / 1-10, text too long. */
export function invalidSteps(draft: Score15Draft): number[] {
  return SCORE15_STEPS.flatMap((step, i) => {
    if (step.kind === 'item') return inRange(draft.answers[step.index] ?? null, 5) ? [] : [i];
    if (step.kind === 'rating') return inRange(draft.ratings[step.key], 10) ? [] : [i];
    return draft.open[step.key].trim().length <= 2000 ? [] : [i];
  });
}

export interface HandoverDetails {
  respondentPersonId: string;
  date: string;
  point: MeasurementPoint;
}

export function toMeasurementInput(
  draft: Score15Draft,
  details: HandoverDetails,
  language: Language,
): Score15MeasurementInput {
  const open = Object.fromEntries(
    Object.entries(draft.open)
      .map(([key, text]) => [key, text.trim()])
      .filter(([, text]) => text),
  );
  return {
    ...details,
    itemVersion: SCORE15_FORM.id,
    form: 'adult',
    language,
    answers: [...draft.answers],
    ratings: { ...draft.ratings },
    openAnswers: open,
  };
}
