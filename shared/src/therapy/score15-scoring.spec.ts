import { LANGUAGES } from '../roles/roles.js';
import { SCORE15_ITEM_SETS, SCORE15_ITEM_VERSIONS } from './score15-items.js';
import { scoreScore15, SCORE15_SUBSCALE_ITEMS, type Score15Answers } from './score15-scoring.js';

/** Answers with the given items (1-based) left blank. */
const blank = (answers: Score15Answers, ...items: number[]): (number | null)[] =>
  answers.map((a, i) => (items.includes(i + 1) ? null : a));

// Items:          1  2  3  4  5  6  7  8  9 10 11 12 13 14 15
const MIXED = [2, 4, 3, 5, 4, 2, 3, 4, 5, 1, 4, 3, 2, 4, 3];
// Scored (negative items reversed as 6 - answer):
//                 2  2  3  1  2  2  3  2  1  1  2  3  4  2  3  -> sum 33
// strengths 1,3,6,10,15 = 2+3+2+1+3 = 11 -> 2.2; overwhelmed 5,7,9,11,14 = 2+3+1+2+2 = 10 -> 2.0;
// communication 2,4,8,12,13 = 2+1+2+3+4 = 12 -> 2.4; total 33 / 15 = 2.2

describe('scoreScore15 (score15-scoring-v1)', () => {
  it('scores a fully answered form: subscale means and the total mean, higher = more difficulty', () => {
    const result = scoreScore15(MIXED, 'score15-scoring-v1');
    expect(result.scoringVersion).toBe('score15-scoring-v1');
    expect(result.answered).toBe(15);
    expect(result.strengths).toBeCloseTo(2.2, 10);
    expect(result.overwhelmed).toBeCloseTo(2.0, 10);
    expect(result.communication).toBeCloseTo(2.4, 10);
    expect(result.total).toBeCloseTo(2.2, 10);
    expect(result.unscored).toEqual([]);
  });

  it('reverses exactly the negatively worded items (2, 4, 5, 7, 8, 9, 11, 12, 13, 14)', () => {
    // A family that fits every positive item "very well" (1) and no negative item "at all" (5): 1 everywhere.
    const easy = [1, 5, 1, 5, 5, 1, 5, 5, 5, 1, 5, 5, 5, 5, 1];
    expect(scoreScore15(easy)).toEqual(
      jasmine.objectContaining({ total: 1, strengths: 1, overwhelmed: 1, communication: 1 }),
    );
    // The mirror image is the most difficulty the form can show: 5 everywhere.
    const hard = easy.map((a) => 6 - a);
    expect(scoreScore15(hard)).toEqual(
      jasmine.objectContaining({ total: 5, strengths: 5, overwhelmed: 5, communication: 5 }),
    );
    // One item moved at a time: a reversed item counts as 6 - answer, a positive one as it is.
    for (let item = 1; item <= 15; item++) {
      const answers = Array<number>(15).fill(3);
      answers[item - 1] = 1;
      const reversed = [2, 4, 5, 7, 8, 9, 11, 12, 13, 14].includes(item);
      expect(scoreScore15(answers).total!)
        .withContext(`item ${item}`)
        .toBeCloseTo((14 * 3 + (reversed ? 5 : 1)) / 15, 10);
    }
  });

  it('scores each subscale from 4 of 5 items when one item per subscale is blank', () => {
    // Items 1 (strengths), 5 (overwhelmed) and 2 (communication) blank.
    const result = scoreScore15(blank(MIXED, 1, 5, 2));
    expect(result.answered).toBe(12);
    expect(result.strengths).toBeCloseTo(9 / 4, 10); // 3+2+1+3
    expect(result.overwhelmed).toBeCloseTo(8 / 4, 10); // 3+1+2+2
    expect(result.communication).toBeCloseTo(10 / 4, 10); // 1+2+3+4
    expect(result.total).toBeCloseTo(27 / 12, 10); // 33 - 2 - 2 - 2 over the 12 answered
    expect(result.unscored).toEqual([]);
  });

  for (const [subscale, items] of Object.entries(SCORE15_SUBSCALE_ITEMS)) {
    it(`leaves ${subscale} and the total unscored when two of its items are blank`, () => {
      const result = scoreScore15(blank(MIXED, items[0]!, items[1]!));
      expect(result.answered).toBe(13);
      expect(result[subscale as 'strengths']).toBeNull();
      expect(result.total).toBeNull();
      expect(result.unscored).toEqual([
        jasmine.objectContaining({ scale: subscale, reason: 'too_many_missing', answered: 3, required: 4 }),
        jasmine.objectContaining({ scale: 'total', reason: 'subscale_unscored', answered: 13 }),
      ] as never);
      // The other two subscales are still scored.
      const others = Object.keys(SCORE15_SUBSCALE_ITEMS).filter((s) => s !== subscale);
      for (const other of others)
        expect(result[other as 'strengths'])
          .withContext(other)
          .not.toBeNull();
    });
  }

  it('needs 12 of 15 answers for the total (11 answered: too_many_missing, reported first)', () => {
    // 4 blanks: one in strengths and overwhelmed, two in communication.
    const result = scoreScore15(blank(MIXED, 1, 5, 2, 4));
    expect(result.answered).toBe(11);
    expect(result.total).toBeNull();
    expect(result.communication).toBeNull();
    expect(result.strengths).toBeCloseTo(9 / 4, 10);
    expect(result.unscored.find((u) => u.scale === 'total')).toEqual(
      jasmine.objectContaining({ reason: 'too_many_missing', answered: 11, required: 12 }),
    );
  });

  it('gives nothing but reasons for an empty form', () => {
    const result = scoreScore15(Array<null>(15).fill(null));
    expect(result).toEqual(
      jasmine.objectContaining({
        answered: 0,
        total: null,
        strengths: null,
        overwhelmed: null,
        communication: null,
      }),
    );
    expect(result.unscored.map((u) => u.scale as string).sort()).toEqual([
      'communication',
      'overwhelmed',
      'strengths',
      'total',
    ]);
  });

  it('refuses answers that validation should have stopped, and unknown versions', () => {
    expect(() => scoreScore15(MIXED.slice(1))).toThrowError(RangeError);
    for (const bad of [0, 6, 2.5, Number.NaN])
      expect(() => scoreScore15([bad, ...MIXED.slice(1)]))
        .withContext(String(bad))
        .toThrowError(RangeError);
    expect(() => scoreScore15(MIXED, 'score15-scoring-v0' as never)).toThrowError(RangeError);
  });
});

describe('SCORE-15 item sets', () => {
  for (const version of SCORE15_ITEM_VERSIONS) {
    it(`${version}: items 1-15, five answer labels, three ratings and two open questions in fi, sv, en`, () => {
      const set = SCORE15_ITEM_SETS[version];
      expect(set.items.map((i) => i.number)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
      expect(set.answerScale.map((a) => a.value)).toEqual([1, 2, 3, 4, 5]);
      expect(set.ratings.map((r) => r.key)).toEqual(['problemSeverity', 'familyCoping', 'therapyHope']);
      expect(set.openQuestions.map((q) => q.key)).toEqual(['familyDescription', 'mainProblem']);
      const texts = [
        set.instructions,
        ...set.items.map((i) => i.text),
        ...set.answerScale.map((a) => a.label),
        ...set.ratings.flatMap((r) => [r.text, r.low, r.high]),
        ...set.openQuestions.map((q) => q.text),
      ];
      for (const text of texts)
        for (const language of LANGUAGES) expect(text[language].trim().length).toBeGreaterThan(0);
      expect(set.items[0]!.text.en).toBe(
        'In my family we talk to each other about things which matter to us.',
      );
    });
  }
});
