import type { AccessLogEntry, Language } from '@keha/shared';
import { ACCESS_LOG_WORDING, entryCells } from './access-log-wording.js';

// Finnish Excel expects ';' between cells (',' is the decimal separator) and a BOM to read UTF-8.
const BOM = '\uFEFF';
const SEPARATOR = ';';

export function accessLogCsv(entries: AccessLogEntry[], language: Language): string {
  const rows = entries.map((e) => entryCells(e, language));
  return (
    BOM +
    [ACCESS_LOG_WORDING[language].header, ...rows]
      .map((row) => row.map(csvCell).join(SEPARATOR))
      .join('\r\n') +
    '\r\n'
  );
}

/** Quotes when needed, and defuses cells a spreadsheet would run as a formula (CSV injection). */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
