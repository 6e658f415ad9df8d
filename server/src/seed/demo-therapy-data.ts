import type { MeasurementPoint, TherapyMethod } from '@keha/shared';

/**
 * A year of family therapy with the Lindqvist family (Linnea, 15, and her mother; Swedish-speaking):
 * the sessions as the therapist logged them and four SCORE-15 administrations per respondent. The
 * mother's answers improve steadily; Linnea's improve later and less, so the chart shows two lines that
 * part (a family average would hide that). Synthetic text only.
 */
export const DEMO_THERAPY_SESSIONS: {
  daysAgo: number;
  methods: TherapyMethod[];
  summary: string;
  withFather?: boolean;
}[] = [
  {
    daysAgo: 360,
    methods: ['genogram_work'],
    summary: 'Tutustuminen. Piirrettiin sukupuu; äiti kertoi erosta ja muutosta, Linnea kuunteli hiljaa.',
  },
  {
    daysAgo: 346,
    methods: ['circular_questions'],
    summary: 'Kehäkysymyksiä aamujen riidoista: kuka huomaa ensimmäisenä, että päivä menee huonosti?',
  },
  {
    daysAgo: 332,
    methods: ['circular_questions', 'genogram_work'],
    summary: 'Isovanhempien merkitys; mummon luona riidat rauhoittuvat. Linnea puhui enemmän.',
    withFather: true,
  },
  {
    daysAgo: 318,
    methods: ['reflecting_team'],
    summary: 'Reflektoiva tiimi (Anna ja Mikko). Perhe tunnisti kehän: huoli -> kontrolli -> vetäytyminen.',
  },
  {
    daysAgo: 290,
    methods: ['solution_focused'],
    summary: 'Poikkeukset: kaksi hyvää aamua. Sovittiin aikalisä, kun ääni nousee.',
  },
  {
    daysAgo: 262,
    methods: ['network_meeting'],
    summary: 'Verkostokokous koulun kanssa; opettaja ja kuraattori mukana. Poissaolot vähentyneet.',
    withFather: true,
  },
  {
    daysAgo: 234,
    methods: ['circular_questions'],
    summary: 'Linnea toivoi, että isä tulisi jalkapallo-otteluun. Äiti ja isä sopivat vuoroista.',
    withFather: true,
  },
  {
    daysAgo: 200,
    methods: ['narrative_work'],
    summary:
      'Perheen tarina ennen ja jälkeen eron. Äiti kuvasi helpotusta; Linnea ei vielä tunnista muutosta.',
  },
  {
    daysAgo: 170,
    methods: ['reflecting_team'],
    summary:
      'Puolen vuoden arvio. Tavoite 1 etenee; Linnean kokemus kodin ilmapiiristä on synkempi kuin äidin.',
  },
  {
    daysAgo: 130,
    methods: ['family_sculpture'],
    summary: 'Perheveistos: Linnea asetti itsensä kauas molemmista vanhemmista. Paljon tunteita.',
  },
  {
    daysAgo: 90,
    methods: ['circular_questions'],
    summary: 'Linnea ja äiti kahdestaan: sovittiin omasta illasta viikossa.',
  },
  {
    daysAgo: 45,
    methods: ['solution_focused'],
    summary: 'Oma ilta on toteutunut kolme kertaa. Linnea kertoi koulukaverista, josta on tukea.',
  },
  {
    daysAgo: 14,
    methods: ['reflecting_team', 'network_meeting'],
    summary: 'Vuoden arvio tiimin kanssa; jatketaan kolme kuukautta, painopisteenä Linnean ja isän suhde.',
    withFather: true,
  },
];

export interface DemoAdministration {
  daysAgo: number;
  point: MeasurementPoint;
  /** Scored difficulty per item (1 = none ... 5 = a lot), turned into raw answers by the seeder. */
  levels: number[];
  ratings: { problemSeverity: number; familyCoping: number; therapyHope: number };
  openAnswers: { familyDescription: string; mainProblem: string };
}

export const DEMO_SCORE15: { respondent: 'mother' | 'teen'; administrations: DemoAdministration[] }[] = [
  {
    respondent: 'mother',
    administrations: [
      {
        daysAgo: 360,
        point: 'baseline',
        levels: [4, 4, 4, 3, 4, 4, 4, 3, 4, 3, 4, 3, 3, 4, 4],
        ratings: { problemSeverity: 8, familyCoping: 3, therapyHope: 6 },
        openAnswers: {
          familyDescription: 'Trött, arg, men vi håller ihop.',
          mainProblem: 'Bråken på morgnarna.',
        },
      },
      {
        daysAgo: 318,
        point: 'session_4',
        levels: [3, 3, 4, 3, 4, 3, 3, 3, 4, 3, 3, 3, 3, 3, 3],
        ratings: { problemSeverity: 7, familyCoping: 4, therapyHope: 7 },
        openAnswers: { familyDescription: 'Lite lugnare.', mainProblem: 'Vi pratar inte om skilsmässan.' },
      },
      {
        daysAgo: 170,
        point: 'six_months',
        levels: [3, 2, 3, 2, 3, 2, 2, 2, 3, 2, 2, 2, 3, 2, 2],
        ratings: { problemSeverity: 5, familyCoping: 6, therapyHope: 7 },
        openAnswers: { familyDescription: 'Vi skrattar ibland igen.', mainProblem: 'Linnea drar sig undan.' },
      },
      {
        daysAgo: 14,
        point: 'follow_up',
        levels: [2, 2, 2, 2, 2, 2, 2, 1, 2, 2, 2, 1, 2, 2, 2],
        ratings: { problemSeverity: 3, familyCoping: 7, therapyHope: 8 },
        openAnswers: { familyDescription: 'En familj som lär sig.', mainProblem: 'Linnea och pappa.' },
      },
    ],
  },
  {
    respondent: 'teen',
    administrations: [
      {
        daysAgo: 360,
        point: 'baseline',
        levels: [4, 3, 5, 4, 3, 4, 4, 4, 3, 4, 4, 3, 4, 4, 4],
        ratings: { problemSeverity: 7, familyCoping: 3, therapyHope: 3 },
        openAnswers: { familyDescription: 'Jobbigt.', mainProblem: 'Mamma bestämmer allt.' },
      },
      {
        daysAgo: 318,
        point: 'session_4',
        levels: [4, 3, 4, 4, 3, 4, 4, 4, 4, 4, 4, 3, 4, 4, 4],
        ratings: { problemSeverity: 7, familyCoping: 3, therapyHope: 4 },
        openAnswers: { familyDescription: 'Samma som förut.', mainProblem: 'Ingen lyssnar.' },
      },
      {
        daysAgo: 170,
        point: 'six_months',
        levels: [4, 3, 4, 4, 3, 4, 4, 3, 4, 4, 3, 3, 4, 4, 3],
        ratings: { problemSeverity: 6, familyCoping: 4, therapyHope: 5 },
        openAnswers: { familyDescription: 'Okej ibland.', mainProblem: 'Pappa kommer inte.' },
      },
      {
        daysAgo: 14,
        point: 'follow_up',
        levels: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 3, 3],
        ratings: { problemSeverity: 5, familyCoping: 5, therapyHope: 6 },
        openAnswers: { familyDescription: 'Bättre med mamma.', mainProblem: 'Pappa.' },
      },
    ],
  },
];
