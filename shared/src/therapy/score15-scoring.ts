import { z } from 'zod';

/**
 * SCORE-15 scoring (domain.md §2), one versioned pure function. Results are reported so that a higher
 * score means more difficulty: the negatively worded items are reversed (6 - answer) before averaging,
 * the positively worded ones (1, 3, 6, 10, 15) are kept as answered (1 = "describes us very well").
 *
 * Missing answers, version `score15-scoring-v1`:
 * - a subscale mean is the mean of its answered items, and needs at least 4 of its 5 items answered;
 *   otherwise the subscale is null with reason `too_many_missing`;
 * - the total is the mean of all answered items, and needs at least 12 of the 15 items answered
 *   (reason `too_many_missing`) and all three subscales scored (reason `subscale_unscored`). A total
 *   with 12-14 answers but two gaps in one subscale is therefore not given: it would hide a whole area.
 * Means are not rounded; readers round for display.
 * A stored measurement keeps the version it was scored with; a new rule is a new version here.
 */
export const SCORE15_SCORING_VERSIONS = ['score15-scoring-v1'] as const;
export type Score15ScoringVersion = (typeof SCORE15_SCORING_VERSIONS)[number];
export const CURRENT_SCORE15_SCORING_VERSION: Score15ScoringVersion = 'score15-scoring-v1';

export const SCORE15_SUBSCALES = ['strengths', 'overwhelmed', 'communication'] as const;
export type Score15Subscale = (typeof SCORE15_SUBSCALES)[number];
export type Score15Scale = 'total' | Score15Subscale;

/** Item numbers (1-15) per subscale. */
export const SCORE15_SUBSCALE_ITEMS: Record<Score15Subscale, readonly number[]> = {
  strengths: [1, 3, 6, 10, 15], // Strengths and adaptability
  overwhelmed: [5, 7, 9, 11, 14], // Overwhelmed by difficulties
  communication: [2, 4, 8, 12, 13], // Disrupted communication
};
/** The negatively worded items, reversed before averaging. */
export const SCORE15_REVERSED_ITEMS: readonly number[] = [2, 4, 5, 7, 8, 9, 11, 12, 13, 14];

const RULES: Record<Score15ScoringVersion, { subscaleMinAnswered: number; totalMinAnswered: number }> = {
  'score15-scoring-v1': { subscaleMinAnswered: 4, totalMinAnswered: 12 },
};

/** One answer per item, in item order: 1-5, or null when the respondent left it blank. */
export type Score15Answers = readonly (number | null)[];

export const score15UnscoredSchema = z.object({
  scale: z.enum(['total', ...SCORE15_SUBSCALES]),
  reason: z.enum(['too_many_missing', 'subscale_unscored']),
  answered: z.number().int(),
  required: z.number().int(),
  message: z.string(),
});
export type Score15Unscored = z.infer<typeof score15UnscoredSchema>;

export const score15ScoresSchema = z.object({
  scoringVersion: z.enum(SCORE15_SCORING_VERSIONS),
  answered: z.number().int(),
  total: z.number().nullable(),
  strengths: z.number().nullable(),
  overwhelmed: z.number().nullable(),
  communication: z.number().nullable(),
  /** Why a scale is null (empty when everything could be scored). */
  unscored: z.array(score15UnscoredSchema),
});
export type Score15Scores = z.infer<typeof score15ScoresSchema>;

const mean = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / values.length;

/** Throws on answers that are not 15 values of 1-5 or null: validation happens before scoring. */
function checkAnswers(answers: Score15Answers): void {
  if (answers.length !== 15) throw new RangeError(`SCORE-15 needs 15 answers, got ${answers.length}`);
  answers.forEach((answer, i) => {
    if (answer !== null && !(Number.isInteger(answer) && answer >= 1 && answer <= 5))
      throw new RangeError(`SCORE-15 item ${i + 1}: ${answer} is not 1-5 or null`);
  });
}

export function scoreScore15(
  answers: Score15Answers,
  version: Score15ScoringVersion = CURRENT_SCORE15_SCORING_VERSION,
): Score15Scores {
  const rules = RULES[version];
  if (!rules) throw new RangeError(`Unknown SCORE-15 scoring version: ${String(version)}`);
  checkAnswers(answers);
  // Scored value per item number, reversed where the item is negatively worded.
  const scored = new Map<number, number>();
  answers.forEach((answer, i) => {
    if (answer === null) return;
    const number = i + 1;
    scored.set(number, SCORE15_REVERSED_ITEMS.includes(number) ? 6 - answer : answer);
  });
  const unscored: Score15Unscored[] = [];
  const subscale = (name: Score15Subscale): number | null => {
    const values = SCORE15_SUBSCALE_ITEMS[name].flatMap((n) => (scored.has(n) ? [scored.get(n)!] : []));
    if (values.length >= rules.subscaleMinAnswered) return mean(values);
    unscored.push({
      scale: name,
      reason: 'too_many_missing',
      answered: values.length,
      required: rules.subscaleMinAnswered,
      message: `${values.length} of 5 items answered; the subscale needs at least ${rules.subscaleMinAnswered}.`,
    });
    return null;
  };
  const strengths = subscale('strengths');
  const overwhelmed = subscale('overwhelmed');
  const communication = subscale('communication');
  let total: number | null = null;
  if (scored.size < rules.totalMinAnswered)
    unscored.push({
      scale: 'total',
      reason: 'too_many_missing',
      answered: scored.size,
      required: rules.totalMinAnswered,
      message: `${scored.size} of 15 items answered; the total needs at least ${rules.totalMinAnswered}.`,
    });
  else if (strengths === null || overwhelmed === null || communication === null)
    unscored.push({
      scale: 'total',
      reason: 'subscale_unscored',
      answered: scored.size,
      required: rules.totalMinAnswered,
      message: 'A subscale could not be scored, so the total is not given.',
    });
  else total = mean([...scored.values()]);
  return {
    scoringVersion: version,
    answered: scored.size,
    total,
    strengths,
    overwhelmed,
    communication,
    unscored,
  };
}
