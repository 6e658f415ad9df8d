import { CONFIDENTIAL, w, type Words } from '../../platform/pdf/pdf-document.js';

/** Wording of the minutes PDF in the three document languages. */
export const MINUTES_WORDS = {
  title: w('Tiimikokouksen pöytäkirja', 'Teammötets protokoll', 'Team meeting minutes'),
  childTitle: w(
    'Ote tiimikokouksen pöytäkirjasta',
    'Utdrag ur teammötets protokoll',
    'Extract from the team meeting minutes',
  ),
  confidential: CONFIDENTIAL,
  team: w('Tiimi', 'Team', 'Team'),
  date: w('Päivämäärä', 'Datum', 'Date'),
  version: w('Versio', 'Version', 'Version'),
  finalisedBy: w('Laatija', 'Upprättad av', 'Written by'),
  printed: w('Tulostettu', 'Utskriven', 'Printed'),
  attendees: w('Osallistujat', 'Deltagare', 'Attendees'),
  question: w('Kysymys tiimille', 'Frågan till teamet', 'Question to the team'),
  presenter: w('Esittelijä', 'Föredragande', 'Presenting worker'),
  hypotheses: w('Hypoteesit', 'Hypoteser', 'Hypotheses'),
  safetyScales: w('Turvallisuusasteikko 0–10', 'Trygghetsskala 0–10', 'Safety scale 0-10'),
  actionPoints: w('Toimenpiteet', 'Åtgärder', 'Action points'),
  due: w('määräpäivä', 'senast', 'due'),
  owner: w('vastuu', 'ansvarig', 'owner'),
  addenda: w('Lisäykset', 'Tillägg', 'Addenda'),
  urgentEntryNotification: w('Lastensuojeluilmoitus', 'Barnskyddsanmälan', 'Child welfare notification'),
  urgentEntryDeadline: w('Määräaika', 'Tidsfrist', 'Deadline'),
  none: w('Ei merkintöjä', 'Inga anteckningar', 'Nothing recorded'),
} satisfies Record<string, Words>;

export const ITEM_TITLES = {
  urgent_round: w('Kiireelliset asiat', 'Brådskande ärenden', 'Urgent round'),
  family: w('Perhe', 'Familj', 'Family'),
  deadline_review: w('Määräajat ja asiakasmäärät', 'Tidsfrister och klientantal', 'Deadlines and caseloads'),
  allocation: w('Uusien lasten vastuutus', 'Fördelning av nya barn', 'Allocation of new children'),
  other: w('Muu asia', 'Övrigt', 'Other'),
} satisfies Record<string, Words>;

export const SECTION_TITLES = {
  notes: w('Muistiinpanot', 'Anteckningar', 'Notes'),
  child_view: w('Lapsen näkemys', 'Barnets åsikt', "The child's view"),
  reflections: w('Reflektiot', 'Reflektioner', 'Reflections'),
  worries: w('Huolet', 'Oro', 'Worries'),
  working_well: w('Mikä toimii hyvin', 'Vad fungerar bra', 'What is working well'),
  needs_to_happen: w('Mitä pitää tapahtua', 'Vad behöver hända', 'What needs to happen'),
  decisions: w('Päätökset', 'Beslut', 'Decisions'),
  dissent: w('Eriävät näkemykset', 'Avvikande åsikter', 'Dissenting views'),
} satisfies Record<string, Words>;

export const HYPOTHESIS_STATUS = {
  open: w('avoin', 'öppen', 'open'),
  supported: w('tuettu', 'stödd', 'supported'),
  discarded: w('hylätty', 'förkastad', 'discarded'),
} satisfies Record<string, Words>;

export const ROLE_WORDS = {
  chair: w('puheenjohtaja', 'ordförande', 'chair'),
  coordinator: w('sihteeri', 'sekreterare', 'coordinator'),
  presenter: w('esittelijä', 'föredragande', 'presenter'),
  participant: w('osallistuja', 'deltagare', 'participant'),
  clinician: w('perheterapeutti', 'familjeterapeut', 'clinician'),
} satisfies Record<string, Words>;
