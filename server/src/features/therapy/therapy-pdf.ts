import { pdfHeading, startPdf } from '../../platform/pdf/pdf-document.js';
import type { Language, Score15Series, TherapyPlan, TherapySession } from '@keha/shared';
import { finnishTime } from '../access/access-log-wording.js';
import { dataTable, lineChart } from './pdf-charts.js';
import { decimal, enumWord, localDate, PDF_WORDS as W, SCALE_WORDS } from './pdf-wording.js';

export interface TherapyPdfInput {
  kind: 'plan' | 'progress';
  plan: TherapyPlan;
  sessions: TherapySession[];
  series: Score15Series;
  language: Language;
  printedAt: Date;
  /** Specs turn compression off to read the text; documents for people are compressed. */
  compress?: boolean;
}

type Doc = PDFKit.PDFDocument;
type Scale = keyof typeof SCALE_WORDS;
const SUBSCALES: Scale[] = ['total', 'strengths', 'overwhelmed', 'communication'];
const RATINGS: Scale[] = ['problemSeverity', 'familyCoping', 'therapyHope'];

/**
 * The therapy plan or the progress report as a PDF in fi/sv/en, both with the SCORE-15 charts (one
 * line per respondent) and their data tables. Helvetica's WinAnsi encoding covers ä, ö, å and §.
 */
export function therapyPdf(input: TherapyPdfInput): Promise<Buffer> {
  const l = input.language;
  const title = `${(input.kind === 'plan' ? W.planTitle : W.progressTitle)[l]}: ${input.plan.familyName}`;
  const { doc, done } = startPdf({ title, compress: input.compress });
  pdfHeading(doc, title, W.confidential[l]);
  const p = input.plan;
  line(doc, W.family[l], p.familyName);
  line(doc, W.children[l], p.children.map((c) => c.name).join(', '));
  line(doc, W.status[l], `${enumWord(p.status, l)} (${W.version[l]} ${p.version})`);
  line(doc, W.therapist[l], p.therapistName);
  line(doc, W.startDate[l], localDate(p.startDate, l));
  line(doc, W.printed[l], finnishTime.format(input.printedAt));
  if (input.kind === 'plan') planSections(doc, p, l);
  else {
    sessionSection(doc, input.sessions, l);
    baselineVsLatest(doc, input.series, l);
  }
  charts(doc, input.series, l);
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

function section(doc: Doc, heading: string, body?: string | string[]): void {
  if (doc.y > doc.page.height - 120) doc.addPage();
  doc.moveDown(0.6).font('Helvetica-Bold').fontSize(12).text(heading).font('Helvetica').fontSize(10);
  if (body === undefined) return;
  const lines = Array.isArray(body) ? body : [body];
  const text = lines.filter((s) => s.trim()).join('\n');
  doc.text(text || '-');
}

function planSections(doc: Doc, p: TherapyPlan, l: Language): void {
  const words = (x: { familyWords?: string; professionalWords: string }) => [
    `${W.familyWords[l]}: ${x.familyWords ?? '-'}`,
    `${W.professionalWords[l]}: ${x.professionalWords}`,
  ];
  section(doc, W.referralQuestion[l], words(p.referralQuestion));
  section(doc, W.agreedFocus[l], words(p.agreedFocus));
  section(
    doc,
    W.participants[l],
    p.participants.map((x) => (x.role ? `${x.name} (${x.role})` : x.name)),
  );
  section(
    doc,
    W.goals[l],
    p.goals.flatMap((g, i) => [
      `${i + 1}. ${g.text} – ${enumWord(g.status, l)}, ${W.reviewDate[l]} ${localDate(g.reviewDate, l)}`,
      ...g.progressNotes.map((n) => `    ${localDate(n.date, l)}: ${n.text}`),
    ]),
  );
  section(doc, W.strengths[l], p.strengths ?? '');
  const s = p.plannedSessions;
  section(
    doc,
    W.plannedSessions[l],
    `${s.count}, ${enumWord(s.frequency, l)}, ${s.settings.map((x) => enumWord(x, l)).join(', ')}`,
  );
  section(
    doc,
    W.methods[l],
    [
      ...p.methods.filter((m) => m !== 'other').map((m) => enumWord(m, l)),
      ...(p.otherMethod ? [p.otherMethod] : []),
    ].join(', '),
  );
  section(doc, W.schedule[l], p.measurementSchedule.map((x) => enumWord(x, l)).join(', '));
  section(doc, W.duration[l], `${p.estimatedDurationMonths} ${W.months[l]}`);
  section(doc, W.dissentingViews[l], p.dissentingViews ?? '');
  const names = new Map(p.children.map((c) => [c.id, c.name]));
  section(
    doc,
    W.childViews[l],
    p.childViews.map((v) => `${names.get(v.childId) ?? ''}: ”${v.words}”`),
  );
  section(
    doc,
    W.history[l],
    p.statusHistory.map(
      (h) =>
        `${finnishTime.format(new Date(h.at))} ${enumWord(h.to, l)} – ${h.byName}${h.note ? `: ${h.note}` : ''}`,
    ),
  );
}

function sessionSection(doc: Doc, sessions: TherapySession[], l: Language): void {
  section(doc, `${W.sessions[l]} (${sessions.length})`);
  if (!sessions.length) doc.text(W.none[l]);
  for (const s of sessions) {
    const methods = s.methods.map((m) => enumWord(m, l)).join(', ');
    doc.font('Helvetica-Bold').text(`${s.number}. ${localDate(s.date, l)}${methods ? ` – ${methods}` : ''}`);
    doc.font('Helvetica').text(s.summary);
  }
}

function baselineVsLatest(doc: Doc, series: Score15Series, l: Language): void {
  section(doc, W.baselineVsLatest[l]);
  const rows = series.respondents.flatMap((r) => {
    const [first, latest] = [r.points[0], r.points.at(-1)];
    if (!first || !latest) return [];
    return [...SUBSCALES, ...RATINGS].map((scale) => {
      const [a, b] = [first[scale], latest[scale]];
      const change =
        a !== null && b !== null && r.points.length > 1 ? (b - a > 0 ? '+' : '') + decimal(b - a, l) : '';
      return [
        r.name,
        SCALE_WORDS[scale][l],
        `${decimal(a, l)} (${localDate(first.date, l)})`,
        `${decimal(b, l)} (${localDate(latest.date, l)})`,
        change,
      ];
    });
  });
  if (!rows.length) doc.text(W.noMeasurements[l]);
  else dataTable(doc, [W.respondent[l], W.scale[l], W.baseline[l], W.latest[l], W.change[l]], rows);
}

function charts(doc: Doc, series: Score15Series, l: Language): void {
  // Keep the heading with the first chart.
  if (series.respondents.length && doc.y > doc.page.height - 300) doc.addPage();
  section(doc, W.outcomes[l], W.outcomesNote[l]);
  if (!series.respondents.length) {
    doc.text(W.noMeasurements[l]);
    return;
  }
  doc.moveDown(0.5);
  for (const scale of [...SUBSCALES, ...RATINGS]) {
    const rating = RATINGS.includes(scale);
    lineChart(doc, {
      title: SCALE_WORDS[scale][l],
      min: 1,
      max: rating ? 10 : 5,
      language: l,
      series: series.respondents.map((r) => ({
        name: r.name,
        points: r.points.map((pt) => ({ date: pt.date, value: pt[scale], label: enumWord(pt.point, l) })),
      })),
    });
  }
}
