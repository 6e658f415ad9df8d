import type { AccessLogEntry, AuditAction, AuditView, Language } from '@keha/shared';

/** Header and value wording of the ATL 11 § log report, in the client's language. */
export const ACCESS_LOG_WORDING: Record<
  Language,
  {
    title: string;
    child: string;
    period: string;
    printed: string;
    none: string;
    header: string[];
    allowed: string;
    denied: string;
    /** Same wording as the client's `access.log.actions` / `access.log.views` (a spec compares them). */
    actions: Record<AuditAction, string>;
    views: Record<AuditView, string>;
  }
> = {
  fi: {
    title: 'Lokitiedot asiakkaan tietojen käytöstä (Asiakastietolaki 11 §)',
    child: 'Lapsi',
    period: 'Ajanjakso',
    printed: 'Tulostettu',
    none: 'Ei käyttökertoja tällä ajanjaksolla.',
    header: ['Aika (Suomen aikaa)', 'Käyttäjä', 'Roolit', 'Toiminto', 'Tiedot', 'Käyttötarkoitus', 'Tulos'],
    allowed: 'sallittu',
    denied: 'evätty',
    actions: {
      'child.list': 'Näki lapsen listassa',
      'child.read': 'Avasi tiedot',
      'child.write': 'Muutti tietoja',
      'child.access_log': 'Luki lokitiedot',
      'child.request_break_glass': 'Pyysi pääsyä perustellen',
      'child.request_supervisor_access': 'Pyysi esihenkilön pääsyä',
      'child.request': 'Pyyntö torjuttiin ennen käsittelyä',
    },
    views: {
      'child.core': 'Perustiedot',
      'children.list.full': 'Lapsilista (kaikki tiedot)',
      'children.list.summary': 'Lapsilista (yhteenveto)',
      'access-log.json': 'Lokiraportti näytöllä',
      'access-log.csv': 'Lokiraportti (CSV)',
      'access-log.pdf': 'Lokiraportti (PDF)',
      'access-grant.break_glass': 'Pääsy perustellen',
      'access-grant.supervisor': 'Esihenkilön pääsy',
      'access-reviews.summary': 'Pääsyjen tarkastus (nimi)',
      'child.picture': 'Tilannekuva',
      'child.timeline': 'Aikajana',
      'child.events': 'Asiakkuuden tapahtumat',
      'child.deadlines': 'Lakisääteiset määräajat',
      'child.plans': 'Asiakassuunnitelma',
      'child.views': 'Lapsen mielipide',
      'child.safety': 'Turvallisuus ja skaalaukset',
      'child.tasks': 'Tehtävät',
      'child.family': 'Sukupuu ja perhe',
      'child.network': 'Verkostokartta',
      'child.allocation': 'Vastuusosiaalityöntekijä',
      'children.search': 'Lapsihaku',
      'my-work': 'Oma työ',
      'therapy.plan': 'Perheterapiasuunnitelma',
      'therapy.comments': 'Perheterapiasuunnitelman kommentit',
      'therapy.sessions': 'Perheterapian tapaamiset',
      'therapy.measurements': 'SCORE-15-mittaukset',
      'therapy.reminders': 'Perheterapian muistutukset',
      'therapy.export': 'Perheterapian tuloste (PDF)',
      'placement.placements': 'Sijoitukset',
      'placement.visits': 'Valvontakäynnit',
      'placement.due': 'Valvontakäyntien suunnittelu',
      'placement.attachments': 'Valvontakäynnin liitteet',
      'placement.report': 'Valvontakäynnin muistio (PDF)',
      'placement.findings': 'Valvontakäyntien havainnot',
    },
  },
  sv: {
    title: 'Loggdata om användningen av klientens uppgifter (klientdatalagen 11 §)',
    child: 'Barn',
    period: 'Period',
    printed: 'Utskriven',
    none: 'Ingen användning under perioden.',
    header: ['Tid (finsk tid)', 'Användare', 'Roller', 'Åtgärd', 'Uppgifter', 'Ändamål', 'Resultat'],
    allowed: 'tillåten',
    denied: 'nekad',
    actions: {
      'child.list': 'Såg barnet i en lista',
      'child.read': 'Öppnade uppgifterna',
      'child.write': 'Ändrade uppgifterna',
      'child.access_log': 'Läste loggdata',
      'child.request_break_glass': 'Begärde åtkomst med motivering',
      'child.request_supervisor_access': 'Begärde förmans åtkomst',
      'child.request': 'Begäran avvisades före behandling',
    },
    views: {
      'child.core': 'Grunduppgifter',
      'children.list.full': 'Barnlista (alla uppgifter)',
      'children.list.summary': 'Barnlista (sammandrag)',
      'access-log.json': 'Loggrapport på skärmen',
      'access-log.csv': 'Loggrapport (CSV)',
      'access-log.pdf': 'Loggrapport (PDF)',
      'access-grant.break_glass': 'Åtkomst med motivering',
      'access-grant.supervisor': 'Förmans åtkomst',
      'access-reviews.summary': 'Granskning av åtkomst (namn)',
      'child.picture': 'Lägesbild',
      'child.timeline': 'Tidslinje',
      'child.events': 'Klienthändelser',
      'child.deadlines': 'Lagstadgade tidsfrister',
      'child.plans': 'Klientplan',
      'child.views': 'Barnets åsikt',
      'child.safety': 'Säkerhet och skalning',
      'child.tasks': 'Uppgifter',
      'child.family': 'Släktträd och familj',
      'child.network': 'Nätverkskarta',
      'child.allocation': 'Ansvarig socialarbetare',
      'children.search': 'Barnsökning',
      'my-work': 'Mitt arbete',
      'therapy.plan': 'Familjeterapiplan',
      'therapy.comments': 'Kommentarer till familjeterapiplanen',
      'therapy.sessions': 'Familjeterapins sessioner',
      'therapy.measurements': 'SCORE-15-mätningar',
      'therapy.reminders': 'Familjeterapins påminnelser',
      'therapy.export': 'Utskrift från familjeterapin (PDF)',
      'placement.placements': 'Placeringar',
      'placement.visits': 'Tillsynsbesök',
      'placement.due': 'Planering av tillsynsbesök',
      'placement.attachments': 'Bilagor till tillsynsbesök',
      'placement.report': 'Promemoria över tillsynsbesök (PDF)',
      'placement.findings': 'Iakttagelser vid tillsynsbesök',
    },
  },
  en: {
    title: "Log of the use of the client's data (Client Data Act 11 §)",
    child: 'Child',
    period: 'Period',
    printed: 'Printed',
    none: 'No use in this period.',
    header: ['Time (Finnish time)', 'User', 'Roles', 'Action', 'Data', 'Purpose', 'Outcome'],
    allowed: 'allowed',
    denied: 'denied',
    actions: {
      'child.list': 'Saw the child in a list',
      'child.read': 'Opened the record',
      'child.write': 'Changed the record',
      'child.access_log': 'Read the access log',
      'child.request_break_glass': 'Asked for access with a reason',
      'child.request_supervisor_access': 'Asked for supervisor access',
      'child.request': 'Request refused before handling',
    },
    views: {
      'child.core': 'Core details',
      'children.list.full': 'Children list (full)',
      'children.list.summary': 'Children list (summary)',
      'access-log.json': 'Log report on screen',
      'access-log.csv': 'Log report (CSV)',
      'access-log.pdf': 'Log report (PDF)',
      'access-grant.break_glass': 'Access with a reason',
      'access-grant.supervisor': 'Supervisor access',
      'access-reviews.summary': 'Access review (name)',
      'child.picture': 'Situational picture',
      'child.timeline': 'Timeline',
      'child.events': 'Case events',
      'child.deadlines': 'Statutory deadlines',
      'child.plans': 'Client plan',
      'child.views': "The child's view",
      'child.safety': 'Safety and scaling',
      'child.tasks': 'Tasks',
      'child.family': 'Genogram and family',
      'child.network': 'Network map',
      'child.allocation': 'Named social worker',
      'children.search': 'Child search',
      'my-work': 'My work',
      'therapy.plan': 'Family therapy plan',
      'therapy.comments': 'Family therapy plan comments',
      'therapy.sessions': 'Family therapy sessions',
      'therapy.measurements': 'SCORE-15 measurements',
      'therapy.reminders': 'Family therapy reminders',
      'therapy.export': 'Family therapy export (PDF)',
      'placement.placements': 'Placements',
      'placement.visits': 'Supervision visits',
      'placement.due': 'Visit planner',
      'placement.attachments': 'Visit attachments',
      'placement.report': 'Visit minutes (PDF)',
      'placement.findings': 'Visit findings',
    },
  },
};

export const finnishTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Helsinki',
  dateStyle: 'short',
  timeStyle: 'medium',
});

/** One log entry as the cells of a report row, in the report's language. */
export function entryCells(e: AccessLogEntry, language: Language): string[] {
  const wording = ACCESS_LOG_WORDING[language];
  return [
    finnishTime.format(new Date(e.at)),
    e.username,
    e.roles.join(', '),
    worded(wording.actions, e.action),
    e.view ? worded(wording.views, e.view) : '',
    e.purpose ?? '',
    e.outcome === 'allowed' ? wording.allowed : wording.denied,
  ];
}

/** A known code in the report's language; an unknown one (an older event, a request line) as it is. */
function worded(words: Record<string, string>, code: string): string {
  return Object.hasOwn(words, code) ? words[code]! : code;
}
