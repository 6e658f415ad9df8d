import type { Language } from '@keha/shared';
import { CONFIDENTIAL, w, type Words } from '../../platform/pdf/pdf-document.js';

/** Wording of the therapy PDFs (plan and progress report) in the three document languages. */
export const PDF_WORDS = {
  planTitle: w('Perheterapiasuunnitelma', 'Familjeterapiplan', 'Family therapy plan'),
  progressTitle: w(
    'Perheterapian edistymisraportti',
    'Familjeterapins framstegsrapport',
    'Family therapy progress report',
  ),
  family: w('Perhe', 'Familj', 'Family'),
  children: w('Lapset', 'Barn', 'Children'),
  status: w('Tila', 'Status', 'Status'),
  version: w('Versio', 'Version', 'Version'),
  therapist: w('Perheterapeutti', 'Familjeterapeut', 'Family therapist'),
  startDate: w('Alkamispäivä', 'Startdatum', 'Start date'),
  printed: w('Tulostettu', 'Utskriven', 'Printed'),
  confidential: CONFIDENTIAL,
  referralQuestion: w('Lähettämiskysymys', 'Remissfråga', 'Referral question'),
  agreedFocus: w('Sovittu painopiste', 'Överenskommet fokus', 'Agreed focus'),
  familyWords: w('Perheen sanoin', 'Med familjens ord', "In the family's words"),
  professionalWords: w('Työntekijän sanoin', 'Med den professionellas ord', "In the professional's words"),
  participants: w('Osallistujat', 'Deltagare', 'Participants'),
  goals: w('Tavoitteet', 'Mål', 'Goals'),
  reviewDate: w('arvioidaan', 'utvärderas', 'review'),
  strengths: w('Vahvuudet', 'Styrkor', 'Strengths'),
  plannedSessions: w('Suunnitellut tapaamiset', 'Planerade sessioner', 'Planned sessions'),
  methods: w('Menetelmät', 'Metoder', 'Methods'),
  schedule: w('Mittausaikataulu (SCORE-15)', 'Mätschema (SCORE-15)', 'Measurement schedule (SCORE-15)'),
  duration: w('Arvioitu kesto', 'Beräknad längd', 'Estimated duration'),
  months: w('kuukautta', 'månader', 'months'),
  dissentingViews: w('Eriävät näkemykset', 'Avvikande åsikter', 'Dissenting views'),
  childViews: w('Lapsen näkemys', 'Barnets åsikt', "The child's view"),
  history: w('Tilan muutokset', 'Statusändringar', 'Status changes'),
  sessions: w('Tapaamiset', 'Sessioner', 'Sessions'),
  none: w('Ei merkintöjä.', 'Inga anteckningar.', 'Nothing recorded.'),
  outcomes: w('SCORE-15-tulokset', 'SCORE-15-resultat', 'SCORE-15 results'),
  outcomesNote: w(
    'Keskiarvot 1-5: suurempi luku = enemmän vaikeuksia. Jokaisen vastaajan viiva näytetään erikseen.',
    'Medelvärden 1-5: högre värde = större svårigheter. Varje svarandes linje visas för sig.',
    'Means 1-5: higher = more difficulty. Each respondent has a line of their own.',
  ),
  baselineVsLatest: w('Lähtötaso ja viimeisin', 'Utgångsläge och senaste', 'Baseline and latest'),
  baseline: w('Lähtötaso', 'Utgångsläge', 'Baseline'),
  latest: w('Viimeisin', 'Senaste', 'Latest'),
  change: w('Muutos', 'Förändring', 'Change'),
  respondent: w('Vastaaja', 'Svarande', 'Respondent'),
  date: w('Päivä', 'Datum', 'Date'),
  point: w('Mittauskohta', 'Mätpunkt', 'Point'),
  value: w('Arvo', 'Värde', 'Value'),
  scale: w('Asteikko', 'Skala', 'Scale'),
  noMeasurements: w('Ei vielä mittauksia.', 'Inga mätningar ännu.', 'No measurements yet.'),
  notScored: w('ei laskettu', 'ej beräknat', 'not scored'),
} satisfies Record<string, Words>;

export const SCALE_WORDS = {
  total: w('Kokonaispistemäärä', 'Totalpoäng', 'Total'),
  strengths: w('Vahvuudet ja sopeutuvuus', 'Styrkor och anpassningsförmåga', 'Strengths and adaptability'),
  overwhelmed: w('Vaikeuksien kuormittamat', 'Överväldigade av svårigheter', 'Overwhelmed by difficulties'),
  communication: w('Häiriintynyt viestintä', 'Störd kommunikation', 'Disrupted communication'),
  problemSeverity: w(
    'Ongelman vakavuus (1-10)',
    'Problemets allvar (1-10)',
    'How serious the problem is (1-10)',
  ),
  familyCoping: w(
    'Perheen selviytyminen (1-10)',
    'Familjens hantering (1-10)',
    'How well the family manages (1-10)',
  ),
  therapyHope: w(
    'Odotukset terapiasta (1-10)',
    'Förväntningar på terapin (1-10)',
    'Expectations of therapy (1-10)',
  ),
} satisfies Record<string, Words>;

export const ENUM_WORDS: Record<string, Words> = {
  draft: w('luonnos', 'utkast', 'draft'),
  active: w('käynnissä', 'pågående', 'active'),
  under_review: w('arvioitavana', 'under utvärdering', 'under review'),
  closed: w('päättynyt', 'avslutad', 'closed'),
  open: w('avoin', 'öppen', 'open'),
  in_progress: w('työn alla', 'pågår', 'in progress'),
  achieved: w('saavutettu', 'uppnått', 'achieved'),
  discontinued: w('luovuttu', 'avbrutet', 'discontinued'),
  weekly: w('viikoittain', 'varje vecka', 'weekly'),
  every_two_weeks: w('joka toinen viikko', 'varannan vecka', 'every two weeks'),
  every_three_weeks: w('joka kolmas viikko', 'var tredje vecka', 'every three weeks'),
  monthly: w('kuukausittain', 'varje månad', 'monthly'),
  home: w('kotona', 'i hemmet', 'at home'),
  office: w('toimistolla', 'på kontoret', 'at the office'),
  online: w('etänä', 'på distans', 'online'),
  genogram_work: w('sukupuutyöskentely', 'arbete med släktträd', 'genogram work'),
  circular_questions: w('kehäkysymykset', 'cirkulära frågor', 'circular questions'),
  reflecting_team: w('reflektoiva tiimi', 'reflekterande team', 'reflecting team'),
  network_meeting: w('verkostokokous', 'nätverksmöte', 'network meeting'),
  family_sculpture: w('perheveistos', 'familjeskulptur', 'family sculpture'),
  narrative_work: w('narratiivinen työskentely', 'narrativt arbete', 'narrative work'),
  solution_focused: w('ratkaisukeskeinen työskentely', 'lösningsfokuserat arbete', 'solution-focused work'),
  psychoeducation: w('psykoedukaatio', 'psykoedukation', 'psychoeducation'),
  other: w('muu', 'annan', 'other'),
  baseline: w('lähtötaso', 'utgångsläge', 'baseline'),
  session_4: w('4. tapaaminen', '4:e sessionen', '4th session'),
  six_months: w('6 kuukautta', '6 månader', '6 months'),
  end: w('päättyessä', 'vid avslut', 'end'),
  follow_up: w('seuranta', 'uppföljning', 'follow-up'),
};

export const enumWord = (code: string, language: Language): string => ENUM_WORDS[code]?.[language] ?? code;

/** Dates as people in each language write them. */
export function localDate(date: string, language: Language): string {
  if (language !== 'fi') return date;
  const [y, m, d] = date.split('-').map(Number);
  return `${d}.${m}.${y}`;
}

/** Two decimals with the language's decimal mark. */
export function decimal(value: number | null, language: Language): string {
  if (value === null) return PDF_WORDS.notScored[language];
  const text = value.toFixed(2);
  return language === 'en' ? text : text.replace('.', ',');
}
