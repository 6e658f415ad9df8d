import { pdfHeading, startPdf } from '../../platform/pdf/pdf-document.js';
import { TEXT_SECTIONS, type Language, type Minutes, type MinutesItem } from '@keha/shared';
import { finnishTime } from '../access/access-log-wording.js';
import {
  HYPOTHESIS_STATUS,
  ITEM_TITLES,
  MINUTES_WORDS as W,
  ROLE_WORDS,
  SECTION_TITLES,
} from './minutes-wording.js';

type Doc = PDFKit.PDFDocument;

export interface MinutesPdfInput {
  minutes: Minutes;
  language: Language;
  /** Only this child's part (the family items about the child and the addenda to them). */
  childId?: string;
  /** Owner names for the action points. */
  names: ReadonlyMap<string, string>;
  printedAt: Date;
  compress?: boolean;
}

/** The minutes (or a child's extract of them) as a PDF in fi/sv/en. */
export function minutesPdf(input: MinutesPdfInput): Promise<Buffer> {
  const { minutes: m, language: l } = input;
  const items = input.childId
    ? m.items.filter((i) => i.item.kind === 'family' && i.item.childIds.includes(input.childId!))
    : m.items;
  const itemIds = new Set(items.map((i) => i.item.id));
  const addenda = m.addenda.filter((a) => !input.childId || !a.itemId || itemIds.has(a.itemId));
  const title = (input.childId ? W.childTitle : W.title)[l];
  const { doc, done } = startPdf({ title, compress: input.compress });
  pdfHeading(doc, `${title}: ${m.teamName}`, W.confidential[l]);
  line(doc, W.date[l], m.date);
  line(doc, W.version[l], `${m.version} (${finnishTime.format(new Date(m.createdAt))})`);
  line(doc, W.finalisedBy[l], m.createdByName);
  line(
    doc,
    W.attendees[l],
    m.attendees
      .map((a) => `${a.name} (${ROLE_WORDS[a.role as keyof typeof ROLE_WORDS]?.[l] ?? a.role})`)
      .join(', '),
  );
  line(doc, W.printed[l], finnishTime.format(input.printedAt));
  for (const item of items) itemSection(doc, item, l, input.names);
  if (addenda.length) {
    heading(doc, W.addenda[l], 13);
    for (const a of addenda)
      paragraph(doc, `${finnishTime.format(new Date(a.at))} ${a.authorName}: ${a.text}`);
  }
  doc.end();
  return done;
}

function itemSection(doc: Doc, m: MinutesItem, l: Language, names: ReadonlyMap<string, string>): void {
  const item = m.item;
  const name =
    item.kind === 'family'
      ? item.children.map((c) => c.name).join(', ')
      : item.kind === 'other'
        ? item.title
        : '';
  heading(doc, `${ITEM_TITLES[item.kind][l]}${name ? `: ${name}` : ''}`, 13);
  if (item.kind === 'family') {
    line(doc, W.presenter[l], item.presentingWorkerName);
    line(doc, W.question[l], item.question);
  }
  if (item.kind === 'urgent_round') {
    for (const e of item.entries) {
      const kind = e.type === 'notification' ? W.urgentEntryNotification[l] : W.urgentEntryDeadline[l];
      paragraph(
        doc,
        `${e.date} ${e.childName}: ${kind}${e.text ? ` - ${e.text}` : ''}${e.legalReference ? ` (${e.legalReference})` : ''}`,
      );
    }
  }
  for (const section of TEXT_SECTIONS) {
    const text = m.sections[section];
    if (text) {
      heading(doc, SECTION_TITLES[section][l], 11);
      paragraph(doc, text);
    }
  }
  if (m.hypotheses.length) {
    heading(doc, W.hypotheses[l], 11);
    for (const h of m.hypotheses)
      paragraph(doc, `- ${h.text} (${h.authorName}; ${HYPOTHESIS_STATUS[h.status][l]})`);
  }
  if (m.safetyScales.length) {
    heading(doc, W.safetyScales[l], 11);
    const anchors = m.safetyScales[0]!;
    paragraph(doc, `0 = ${anchors.anchorZero}; 10 = ${anchors.anchorTen}`);
    for (const s of m.safetyScales) paragraph(doc, `- ${s.participantName}: ${s.score}/10`);
  }
  if (m.actionPoints.length) {
    heading(doc, W.actionPoints[l], 11);
    for (const a of m.actionPoints)
      paragraph(doc, `- ${a.text} (${W.owner[l]} ${names.get(a.ownerId) ?? ''}, ${W.due[l]} ${a.dueDate})`);
  }
  if (
    !Object.keys(m.sections).length &&
    !m.hypotheses.length &&
    !m.actionPoints.length &&
    item.kind !== 'urgent_round'
  )
    paragraph(doc, W.none[l]);
}

function heading(doc: Doc, text: string, size: number): void {
  if (doc.y > doc.page.height - 120) doc.addPage();
  doc.moveDown(0.6).font('Helvetica-Bold').fontSize(size).text(text).font('Helvetica').fontSize(10);
}

function paragraph(doc: Doc, text: string): void {
  doc.font('Helvetica').fontSize(10).text(text);
}

function line(doc: Doc, label: string, value: string): void {
  doc
    .font('Helvetica-Bold')
    .text(`${label}: `, { continued: true })
    .font('Helvetica')
    .text(value || '-');
}
