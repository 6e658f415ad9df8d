import type { AccessLogEntry, Language } from '@keha/shared';

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
    e.action,
    e.view ?? '',
    e.purpose ?? '',
    e.outcome === 'allowed' ? wording.allowed : wording.denied,
  ];
}
