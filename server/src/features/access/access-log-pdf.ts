import { startPdf } from '../../platform/pdf/pdf-document.js';
import type { AccessLogEntry, Language } from '@keha/shared';
import { ACCESS_LOG_WORDING, entryCells, finnishTime } from './access-log-wording.js';

export interface AccessLogPdfInput {
  childName: string;
  from?: string;
  to?: string;
  entries: AccessLogEntry[];
  language: Language;
  printedAt: Date;
}

// Column widths in points on an A4 page with 40 pt margins (515 pt usable).
const COLUMNS = [78, 70, 70, 80, 62, 110, 45];

/**
 * The ATL 11 § report as a PDF for the client. The standard Helvetica font is enough: its WinAnsi
 * encoding has ä, ö, å and §, so no font file has to exist on the server.
 */
export function accessLogPdf(input: AccessLogPdfInput): Promise<Buffer> {
  const wording = ACCESS_LOG_WORDING[input.language];
  const { doc, done } = startPdf({ title: wording.title });

  doc.font('Helvetica-Bold').fontSize(14).text(wording.title);
  doc.moveDown(0.5).font('Helvetica').fontSize(10);
  doc.text(`${wording.child}: ${input.childName}`);
  doc.text(`${wording.period}: ${input.from ?? '...'} - ${input.to ?? '...'}`);
  doc.text(`${wording.printed}: ${finnishTime.format(input.printedAt)}`);
  doc.moveDown();
  cells(doc, wording.header, 'Helvetica-Bold');
  if (input.entries.length === 0) doc.font('Helvetica').fontSize(9).text(wording.none, 40);
  for (const entry of input.entries) {
    const row = entryCells(entry, input.language);
    if (doc.y + rowHeight(doc, row) > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      cells(doc, wording.header, 'Helvetica-Bold'); // each printed page can be read on its own
    }
    cells(doc, row, 'Helvetica');
  }
  doc.end();
  return done;
}

function rowHeight(doc: PDFKit.PDFDocument, row: string[]): number {
  doc.fontSize(8);
  return Math.max(...row.map((cell, i) => doc.heightOfString(cell, { width: COLUMNS[i]! - 4 }))) + 4;
}

function cells(doc: PDFKit.PDFDocument, row: string[], font: string): void {
  doc.font(font).fontSize(8);
  const height = rowHeight(doc, row);
  const top = doc.y;
  let x = doc.page.margins.left;
  row.forEach((cell, i) => {
    doc.text(cell, x, top, { width: COLUMNS[i]! - 4 });
    x += COLUMNS[i]!;
  });
  doc.x = doc.page.margins.left;
  doc.y = top + height;
}
