import { startPdf } from '../../../platform/pdf/pdf-document.js';
import type { ChecklistTemplate, Language, PlacementUnit, Visit } from '@keha/shared';
import { finnishTime } from '../../access/access-log-wording.js';
import { REPORT_WORDS as W, word } from './report-words.js';

export interface VisitReportInput {
  visit: Visit;
  unit: PlacementUnit;
  template: ChecklistTemplate;
  language: Language;
  printedAt: Date;
  /** Specs turn compression off to read the text; documents for people are compressed. */
  compress?: boolean;
}

type Doc = PDFKit.PDFDocument;

const day = (date: string | null | undefined, l: Language): string => {
  if (!date) return W.none[l];
  if (l !== 'fi') return date;
  const [y, m, d] = date.split('-').map(Number);
  return `${d}.${m}.${y}`;
};

/**
 * The visit minutes (PHL 22 §: mandatory for every supervision visit) as a PDF in fi/sv/en: the unit,
 * each child seen and met alone and their own account, the checklist answers by group with their legal
 * references, findings with required actions, the LSL 79 § notifications, and the signature.
 */
export function visitReportPdf(input: VisitReportInput): Promise<Buffer> {
  const { visit, unit, template, language: l } = input;
  const draft = visit.draft;
  const title = `${W.title[l]}: ${unit.name}`;
  const { doc, done } = startPdf({ title, compress: input.compress });
  doc.font('Helvetica-Bold').fontSize(15).text(title);
  doc.font('Helvetica').fontSize(8).fillColor('#555555').text(`${W.legal[l]}. ${W.confidential[l]}`);
  if (visit.status !== 'submitted') doc.fillColor('#b00020').fontSize(11).text(W.draft[l]);
  doc.fillColor('black').moveDown(0.5).fontSize(10);
  line(doc, W.unit[l], `${unit.name} (${word(unit.type, l)})`);
  line(doc, W.address[l], `${unit.address.street}, ${unit.address.postalCode} ${unit.address.city}`);
  line(doc, W.hostCounty[l], unit.hostCounty);
  line(doc, W.visitDate[l], day(draft.visitDate, l));
  line(
    doc,
    W.plannedDate[l],
    `${day(visit.plannedDate, l)}, ${(visit.announced ? W.announced : W.unannounced)[l]}`,
  );
  line(doc, W.inspector[l], visit.inspector.name);
  line(doc, W.checklist[l], `${template.name[l]}, ${W.version[l]} ${template.version}`);
  line(doc, W.printed[l], finnishTime.format(input.printedAt));

  const names = new Map(visit.children.map((c) => [c.childId, c.name]));
  section(doc, W.children[l]);
  for (const c of draft.children) {
    const seen =
      c.seen === null
        ? W.none[l]
        : c.seen
          ? W.seen[l]
          : `${W.notSeen[l]} (${W.reason[l]}: ${c.notSeenReason ?? '-'})`;
    const alone =
      c.metAlone === null
        ? ''
        : c.metAlone
          ? `, ${W.alone[l]}`
          : `, ${W.notAlone[l]} (${W.reason[l]}: ${c.notAloneReason ?? '-'})`;
    line(doc, names.get(c.childId) ?? c.childId, `${seen}${c.seen ? alone : ''}`);
    if (c.account)
      doc.text(`${W.account[l]} (${word(c.account.method, l)}): "${c.account.words}"`, { indent: 12 });
  }

  section(doc, W.answers[l]);
  for (const group of ['child_seen_alone', 'restrictions_incidents', 'unit', 'outcome'] as const) {
    const items = template.items.filter((i) => i.group === group);
    const answered = items.flatMap((item) =>
      draft.answers.filter((a) => a.itemKey === item.key).map((a) => ({ item, a })),
    );
    if (!answered.length) continue;
    doc.moveDown(0.3).font('Helvetica-Bold').text(word(group, l)).font('Helvetica');
    for (const { item, a } of answered) {
      const who = a.childId ? ` – ${names.get(a.childId) ?? ''}` : '';
      const value =
        a.value === null ? W.none[l] : typeof a.value === 'string' ? word(a.value, l) : String(a.value);
      doc.text(`${item.text[l]} (${item.legalReference})${who}: ${value}${a.note ? ` – ${a.note}` : ''}`, {
        indent: 12,
      });
    }
  }

  section(doc, W.findings[l]);
  if (!draft.findings.length) doc.text(W.noFindings[l]);
  draft.findings.forEach((f, i) => {
    doc
      .font('Helvetica-Bold')
      .text(`${i + 1}. ${word(f.severity, l)}${f.legalReference ? ` (${f.legalReference})` : ''}`);
    doc.font('Helvetica').text(f.observation, { indent: 12 });
    if (f.evidence) doc.text(`${W.evidence[l]}: ${f.evidence}`, { indent: 12 });
    for (const a of f.actions)
      doc.text(
        `${W.action[l]}: ${a.description} (${W.owner[l]} ${a.owner}, ${W.deadline[l]} ${day(a.deadline, l)})`,
        { indent: 12 },
      );
    if (f.followUpDate) doc.text(`${W.followUp[l]}: ${day(f.followUpDate, l)}`, { indent: 12 });
  });

  section(doc, W.notifications[l]);
  if (!draft.notifications.length) doc.text(W.none[l]);
  for (const n of draft.notifications)
    doc.text(
      `${word(n.recipient, l)}: ${n.organisation} – ${n.sent ? `${W.sent[l]} ${day(n.sentOn, l)}` : W.notSent[l]}`,
    );

  section(doc, W.attachments[l]);
  doc.text(visit.attachments.length ? visit.attachments.map((a) => a.fileName).join(', ') : W.none[l]);
  if (draft.summary) {
    section(doc, W.summary[l]);
    doc.text(draft.summary);
  }
  section(doc, W.signature[l]);
  doc.text(
    draft.signature
      ? `${draft.signature.name}, ${finnishTime.format(new Date(draft.signature.signedAt))}`
      : W.none[l],
  );
  if (visit.submittedAt) doc.text(`${W.submitted[l]}: ${finnishTime.format(new Date(visit.submittedAt))}`);
  doc.end();
  return done;
}

function line(doc: Doc, label: string, value: string): void {
  doc
    .font('Helvetica-Bold')
    .text(`${label}: `, { continued: true })
    .font('Helvetica')
    .text(value || '-');
}

function section(doc: Doc, heading: string): void {
  if (doc.y > doc.page.height - 120) doc.addPage();
  doc.moveDown(0.6).font('Helvetica-Bold').fontSize(12).text(heading).font('Helvetica').fontSize(10);
}
