import PDFDocument from 'pdfkit';
import type { Language } from '@keha/shared';

/** One phrase in the three document languages. */
export type Words = Record<Language, string>;
export const w = (fi: string, sv: string, en: string): Words => ({ fi, sv, en });

/** Printed under the title of every document with client data. */
export const CONFIDENTIAL = w(
  'Salassa pidettävä (Laki sosiaalihuollon asiakkaan asemasta ja oikeuksista 14 §)',
  'Sekretessbelagd (Lag om klientens ställning och rättigheter inom socialvården 14 §)',
  'Confidential (Act on the Status and Rights of Social Welfare Clients 14 §)',
);

export interface PdfStart {
  /** The document's title, also in its metadata (screen readers and file lists show it). */
  title: string;
  /** Specs read the text of uncompressed documents. */
  compress?: boolean;
}

/**
 * An A4 document and the promise of its bytes, settled when the caller ends the document. Helvetica's
 * WinAnsi encoding covers ä, ö, å and §, so no font files are needed.
 */
export function startPdf({ title, compress = true }: PdfStart) {
  const doc = new PDFDocument({ size: 'A4', margin: 40, compress, info: { Title: title } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}

/** The title line and the small grey notice under it; leaves the body font at 10 pt black. */
export function pdfHeading(doc: PDFKit.PDFDocument, title: string, notice: string): void {
  doc.font('Helvetica-Bold').fontSize(15).text(title);
  doc.font('Helvetica').fontSize(8).fillColor('#555555').text(notice).fillColor('black');
  doc.moveDown(0.5).fontSize(10);
}
