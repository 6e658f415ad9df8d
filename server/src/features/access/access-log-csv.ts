import type { AccessLogEntry, Language } from '@keha/shared';

/** Header and value wording of the ATL 11 § log report, in the client's language. */
const WORDING: Record<Language, { header: string[]; allowed: string; denied: string }> = {
  fi: {
    header: ['Aika (Suomen aikaa)', 'Käyttäjä', 'Roolit', 'Toiminto', 'Tiedot', 'Käyttötarkoitus', 'Tulos'],
    allowed: 'sallittu',
    denied: 'evätty',
  },
  sv: {
    header: ['Tid (finsk tid)', 'Användare', 'Roller', 'Åtgärd', 'Uppgifter', 'Ändamål', 'Resultat'],
    allowed: 'tillåten',
    denied: 'nekad',
  },
  en: {
    header: ['Time (Finnish time)', 'User', 'Roles', 'Action', 'Data', 'Purpose', 'Outcome'],
    allowed: 'allowed',
    denied: 'denied',
  },
};

// Finnish Excel expects ';' between cells (',' is the decimal separator) and a BOM to read UTF-8.
const BOM = '\uFEFF';
const SEPARATOR = ';';

const finnishTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Helsinki',
  dateStyle: 'short',
  timeStyle: 'medium',
});

export function accessLogCsv(entries: AccessLogEntry[], language: Language): string {
  const wording = WORDING[language];
  const rows = entries.map((e) => [
    finnishTime.format(new Date(e.at)),
    e.username,
    e.roles.join(', '),
    e.action,
    e.view ?? '',
    e.purpose ?? '',
    e.outcome === 'allowed' ? wording.allowed : wording.denied,
  ]);
  return BOM + [wording.header, ...rows].map((row) => row.map(csvCell).join(SEPARATOR)).join('\r\n') + '\r\n';
}

/** Quotes when needed, and defuses cells a spreadsheet would run as a formula (CSV injection). */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
