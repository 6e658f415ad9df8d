import type { Language } from '@keha/shared';
import { csvCell } from '../access/access-log-csv.js';
import { CONFIDENTIAL, pdfHeading, startPdf } from '../../platform/pdf/pdf-document.js';
import { exportTables, TITLES, type DashboardData } from './export-tables.js';

// As the access log: ';' between cells and a BOM, so Finnish Excel opens it as UTF-8.
const BOM = '\uFEFF';

/** The dashboard's tables one after another, a blank line and the table's title between them. */
export function dashboardCsv(input: DashboardData, language: Language): string {
  const lines: string[] = [];
  for (const table of exportTables(input, language)) {
    if (lines.length) lines.push('');
    lines.push(csvCell(table.title));
    for (const row of [table.header, ...table.rows]) lines.push(row.map(csvCell).join(';'));
  }
  return `${BOM + lines.join('\r\n')}\r\n`;
}

/** The same tables as a PDF (standard Helvetica, as the other reports). */
export function dashboardPdf(input: DashboardData, language: Language, period: string): Promise<Buffer> {
  const title = TITLES[input.view][language];
  const { doc, done } = startPdf({ title });
  pdfHeading(doc, `${title} ${period}`, CONFIDENTIAL[language]);
  for (const table of exportTables(input, language)) {
    doc.moveDown().font('Helvetica-Bold').fontSize(11).text(table.title, doc.page.margins.left);
    const width = (doc.page.width - doc.page.margins.left - doc.page.margins.right) / table.header.length;
    for (const [i, row] of [table.header, ...table.rows].entries()) {
      if (doc.y + 24 > doc.page.height - doc.page.margins.bottom) doc.addPage();
      const top = doc.y;
      doc.font(i === 0 ? 'Helvetica-Bold' : 'Helvetica').fontSize(8);
      row.forEach((cell, c) => doc.text(cell, doc.page.margins.left + c * width, top, { width: width - 4 }));
      doc.x = doc.page.margins.left;
      doc.y = top + Math.max(...row.map((cell) => doc.heightOfString(cell, { width: width - 4 }))) + 3;
    }
  }
  doc.end();
  return done;
}
