import type { AccessLogEntry } from '@keha/shared';
import { accessLogCsv, csvCell } from './access-log-csv.js';
import { accessLogPdf } from './access-log-pdf.js';

const entry: AccessLogEntry = {
  at: '2026-06-19T21:30:00.000Z', // 20 June 00:30 in Finland (summer time, UTC+3)
  username: 'anna.sw',
  roles: ['social_worker'],
  action: 'child.read',
  view: 'child.core',
  purpose: '=HYPERLINK("http://evil")',
  outcome: 'denied',
};

describe('access log exports', () => {
  it('writes Finnish-Excel CSV: BOM, semicolons, CRLF, Finnish local time, localised action, view and outcome', () => {
    const csv = accessLogCsv([entry], 'fi');
    expect(csv.startsWith('\uFEFFAika (Suomen aikaa);Käyttäjä;')).toBeTrue();
    const [, row] = csv.slice(1).split('\r\n');
    expect(row).toBe(
      `2026-06-20 00:30:00;anna.sw;social_worker;Avasi tiedot;Perustiedot;"'=HYPERLINK(""http://evil"")";evätty`,
    );
  });

  it('shows a code it has no wording for as it is (an older event, a request line)', () => {
    const odd = { ...entry, action: 'child.request', view: 'GET /api/v1/children/x', purpose: '' };
    const [, row] = accessLogCsv([odd, { ...odd, action: 'legacy.code' }], 'en')
      .slice(1)
      .split('\r\n');
    expect(row).toContain('Request refused before handling;GET /api/v1/children/x;');
    expect(accessLogCsv([{ ...odd, action: 'legacy.code' }], 'en')).toContain(';legacy.code;');
  });

  it('defuses formula cells and quotes separators', () => {
    expect(csvCell('+358 40 123')).toBe("'+358 40 123");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('plain')).toBe('plain');
  });

  it('renders a PDF in each language, also when there is nothing to report', async () => {
    for (const language of ['fi', 'sv', 'en'] as const) {
      const pdf = await accessLogPdf({
        childName: 'Aino Korhonen',
        entries: language === 'en' ? [] : [entry],
        language,
        printedAt: new Date(),
      });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
  });
});
