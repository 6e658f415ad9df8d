import type { Language } from '../roles/roles.js';

/**
 * The SCORE-15 questionnaire (Stratton et al. 2010; free to use) as versioned data: a measurement
 * stores the id of the item set it was answered with, so a later wording change never changes what an
 * earlier answer meant (domain.md §2). Add a new version rather than editing a published one.
 *
 * TRANSLATION STATUS: the English items are those of domain.md §2 (items 1-6 and the answer scale match
 * the published English form; items 7-15 are still marked *verify* there). The Finnish and Swedish
 * texts are careful working translations made for Kehä: the published Finnish (Laitila & Rautiainen)
 * and Swedish (validated 2020, Journal of Family Therapy 42:1) versions could not be found to copy.
 * They MUST be checked against the published forms (see aft.org.uk "SCORE translations") and replaced
 * in a new item-set version before clinical use. The wording of the three ratings and the two open
 * questions is paraphrased from the description of the form in every language.
 */
export type Localized = Record<Language, string>;
export type TranslationStatus = 'published' | 'unverified';

export const SCORE15_ITEM_VERSIONS = ['score15-items-v1'] as const;
export type Score15ItemVersion = (typeof SCORE15_ITEM_VERSIONS)[number];
export const CURRENT_SCORE15_ITEM_VERSION: Score15ItemVersion = 'score15-items-v1';

export const SCORE15_RATING_KEYS = ['problemSeverity', 'familyCoping', 'therapyHope'] as const;
export type Score15RatingKey = (typeof SCORE15_RATING_KEYS)[number];
export const SCORE15_OPEN_QUESTION_KEYS = ['familyDescription', 'mainProblem'] as const;
export type Score15OpenQuestionKey = (typeof SCORE15_OPEN_QUESTION_KEYS)[number];

export interface Score15ItemSet {
  id: Score15ItemVersion;
  /** The adult form, for family members aged 12 and over (Child SCORE is for ages 8-11). */
  form: 'adult';
  minAge: number;
  translationStatus: Record<Language, TranslationStatus>;
  instructions: Localized;
  /** Items 1-15 in order; `number` is the item number on the printed form. */
  items: { number: number; text: Localized }[];
  /** 1 = describes us very well ... 5 = does not describe us at all. */
  answerScale: { value: 1 | 2 | 3 | 4 | 5; label: Localized }[];
  /** Three ratings from 1 to 10, each with the wording of its two ends. */
  ratings: { key: Score15RatingKey; text: Localized; low: Localized; high: Localized }[];
  openQuestions: { key: Score15OpenQuestionKey; text: Localized }[];
}

const item = (number: number, en: string, fi: string, sv: string) => ({ number, text: { en, fi, sv } });

const V1: Score15ItemSet = {
  id: 'score15-items-v1',
  form: 'adult',
  minAge: 12,
  translationStatus: { en: 'unverified', fi: 'unverified', sv: 'unverified' },
  instructions: {
    en: 'We would like to know how you see your family at the moment. For each statement, choose how well it describes your family.',
    fi: 'Haluaisimme tietää, millaisena näet perheesi tällä hetkellä. Valitse jokaisen väittämän kohdalla, kuinka hyvin se kuvaa perhettäsi.',
    sv: 'Vi vill veta hur du ser på din familj just nu. Välj för varje påstående hur väl det beskriver din familj.',
  },
  items: [
    item(
      1,
      'In my family we talk to each other about things which matter to us.',
      'Perheessäni puhumme toistemme kanssa asioista, jotka ovat meille tärkeitä.',
      'I min familj pratar vi med varandra om saker som är viktiga för oss.',
    ),
    item(
      2,
      "People often don't tell each other the truth in my family.",
      'Perheessäni ihmiset eivät usein kerro toisilleen totuutta.',
      'I min familj säger man ofta inte sanningen till varandra.',
    ),
    item(
      3,
      'Each of us gets listened to in our family.',
      'Perheessämme jokaista meistä kuunnellaan.',
      'I vår familj blir var och en av oss lyssnad på.',
    ),
    item(
      4,
      'It feels risky to disagree in our family.',
      'Perheessämme tuntuu riskialttiilta olla eri mieltä.',
      'Det känns riskabelt att tycka olika i vår familj.',
    ),
    item(
      5,
      'We find it hard to deal with everyday problems.',
      'Meidän on vaikea selviytyä arjen ongelmista.',
      'Vi har svårt att hantera vardagliga problem.',
    ),
    item(6, 'We trust each other.', 'Luotamme toisiimme.', 'Vi litar på varandra.'),
    item(
      7,
      'It feels miserable in our family.',
      'Perheessämme on kurjaa olla.',
      'Det känns eländigt i vår familj.',
    ),
    item(
      8,
      'When people in my family get angry they ignore each other on purpose.',
      'Kun perheessäni suututaan, toiset jätetään tahallaan huomiotta.',
      'När någon i min familj blir arg ignorerar vi varandra med flit.',
    ),
    item(
      9,
      'We seem to go from one crisis to another in my family.',
      'Perheessäni tunnumme ajautuvan kriisistä toiseen.',
      'I min familj verkar vi gå från den ena krisen till den andra.',
    ),
    item(
      10,
      'When one of us is upset they get looked after within the family.',
      'Kun joku meistä on pahoillaan, hänestä pidetään huolta perheen kesken.',
      'När någon av oss är ledsen tas hen om hand inom familjen.',
    ),
    item(
      11,
      'Things always seem to go wrong for my family.',
      'Perheelläni tuntuu aina menevän asiat pieleen.',
      'Det verkar alltid gå snett för min familj.',
    ),
    item(
      12,
      'People in the family are nasty to each other.',
      'Perheessä ollaan ilkeitä toisille.',
      'I familjen är vi elaka mot varandra.',
    ),
    item(
      13,
      'People in my family interfere too much in each other’s lives.',
      'Perheessäni puututaan liikaa toistemme elämään.',
      'I min familj lägger vi oss för mycket i varandras liv.',
    ),
    item(
      14,
      'In my family we blame each other when things go wrong.',
      'Perheessäni syyttelemme toisiamme, kun asiat menevät pieleen.',
      'I min familj skyller vi på varandra när något går fel.',
    ),
    item(
      15,
      'We are good at finding new ways to deal with things that are difficult.',
      'Osaamme löytää uusia tapoja selviytyä vaikeista asioista.',
      'Vi är bra på att hitta nya sätt att hantera det som är svårt.',
    ),
  ],
  answerScale: [
    {
      value: 1,
      label: {
        en: 'Describes us very well',
        fi: 'Kuvaa meitä erittäin hyvin',
        sv: 'Beskriver oss mycket bra',
      },
    },
    { value: 2, label: { en: 'Describes us well', fi: 'Kuvaa meitä hyvin', sv: 'Beskriver oss bra' } },
    {
      value: 3,
      label: { en: 'Describes us partly', fi: 'Kuvaa meitä osittain', sv: 'Beskriver oss delvis' },
    },
    {
      value: 4,
      label: { en: 'Describes us not well', fi: 'Kuvaa meitä huonosti', sv: 'Beskriver oss inte bra' },
    },
    {
      value: 5,
      label: { en: 'Describes us not at all', fi: 'Ei kuvaa meitä lainkaan', sv: 'Beskriver oss inte alls' },
    },
  ],
  ratings: [
    {
      key: 'problemSeverity',
      text: {
        en: 'How serious is the main problem or difficulty in your family at the moment?',
        fi: 'Kuinka vakava perheenne suurin ongelma tai vaikeus on tällä hetkellä?',
        sv: 'Hur allvarligt är det största problemet eller svårigheten i din familj just nu?',
      },
      low: { en: 'Not at all serious', fi: 'Ei lainkaan vakava', sv: 'Inte alls allvarligt' },
      high: { en: 'Extremely serious', fi: 'Erittäin vakava', sv: 'Mycket allvarligt' },
    },
    {
      key: 'familyCoping',
      text: {
        en: 'How well do you think your family is managing the problem?',
        fi: 'Kuinka hyvin perheenne mielestäsi selviytyy ongelmasta?',
        sv: 'Hur bra tycker du att din familj klarar av problemet?',
      },
      low: { en: 'Not at all well', fi: 'Ei lainkaan hyvin', sv: 'Inte alls bra' },
      high: { en: 'Extremely well', fi: 'Erittäin hyvin', sv: 'Mycket bra' },
    },
    {
      key: 'therapyHope',
      text: {
        en: 'How much do you think therapy will help your family?',
        fi: 'Kuinka paljon uskot terapian auttavan perhettänne?',
        sv: 'Hur mycket tror du att terapin kommer att hjälpa din familj?',
      },
      low: { en: 'Not at all', fi: 'Ei lainkaan', sv: 'Inte alls' },
      high: { en: 'Very much', fi: 'Erittäin paljon', sv: 'Mycket' },
    },
  ],
  openQuestions: [
    {
      key: 'familyDescription',
      text: {
        en: 'Describe your family in a few words.',
        fi: 'Kuvaile perhettäsi muutamalla sanalla.',
        sv: 'Beskriv din familj med några ord.',
      },
    },
    {
      key: 'mainProblem',
      text: {
        en: 'What do you see as the main problem in your family?',
        fi: 'Mikä on mielestäsi perheesi suurin ongelma?',
        sv: 'Vad ser du som det största problemet i din familj?',
      },
    },
  ],
};

export const SCORE15_ITEM_SETS: Record<Score15ItemVersion, Score15ItemSet> = { 'score15-items-v1': V1 };
