import { toDayNumber, type Language } from '@keha/shared';
import { decimal, localDate, PDF_WORDS } from './pdf-wording.js';

export interface ChartSeries {
  name: string;
  points: { date: string; value: number | null; label?: string }[];
}

/** Colours and dash patterns: lines stay apart in colour and in black-and-white print. */
const STYLES: { color: string; dash: [number, number] | null }[] = [
  { color: '#1f4e9c', dash: null },
  { color: '#b3261e', dash: [5, 3] },
  { color: '#2e7d32', dash: [1, 2] },
  { color: '#6a1b9a', dash: [8, 2] },
  { color: '#e65100', dash: [3, 3] },
];

const PLOT = { height: 120, axisWidth: 28 };

function ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

/**
 * A line chart drawn as vector paths: one line per respondent (never an average), a marker at each
 * measurement, a gap where a scale could not be scored, and a legend; the same numbers follow as a table.
 */
export function lineChart(
  doc: PDFKit.PDFDocument,
  chart: { title: string; min: number; max: number; series: ChartSeries[]; language: Language },
): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  ensureSpace(doc, PLOT.height + 70);
  doc.font('Helvetica-Bold').fontSize(10).fillColor('black').text(chart.title, left);
  const top = doc.y + 6;
  const x0 = left + PLOT.axisWidth;
  const plotWidth = width - PLOT.axisWidth - 10;
  const days = chart.series.flatMap((s) => s.points.map((p) => toDayNumber(p.date)));
  const [first, last] = [Math.min(...days), Math.max(...days)];
  const xOf = (date: string) =>
    last === first ? x0 + plotWidth / 2 : x0 + ((toDayNumber(date) - first) / (last - first)) * plotWidth;
  const yOf = (value: number) =>
    top + PLOT.height - ((value - chart.min) / (chart.max - chart.min)) * PLOT.height;

  doc.lineWidth(0.5).strokeColor('#888888').undash();
  doc
    .moveTo(x0, top)
    .lineTo(x0, top + PLOT.height)
    .lineTo(x0 + plotWidth, top + PLOT.height)
    .stroke();
  doc.font('Helvetica').fontSize(7).fillColor('#444444');
  const step = chart.max - chart.min > 5 ? 3 : 1;
  for (let v = chart.min; v <= chart.max; v += step) {
    doc.text(String(v), left, yOf(v) - 3, { width: PLOT.axisWidth - 4, align: 'right' });
    doc
      .moveTo(x0, yOf(v))
      .lineTo(x0 + plotWidth, yOf(v))
      .strokeColor('#dddddd')
      .stroke();
  }
  const dateLabels = [...new Set(chart.series.flatMap((s) => s.points.map((p) => p.date)))].sort();
  if (dateLabels.length) {
    doc.text(localDate(dateLabels[0]!, chart.language), x0, top + PLOT.height + 3, { lineBreak: false });
    doc.text(localDate(dateLabels.at(-1)!, chart.language), x0 + plotWidth - 60, top + PLOT.height + 3, {
      width: 60,
      align: 'right',
    });
  }
  chart.series.forEach((series, i) => {
    const style = STYLES[i % STYLES.length]!;
    doc.lineWidth(1.5).strokeColor(style.color).fillColor(style.color);
    if (style.dash) doc.dash(style.dash[0]!, { space: style.dash[1]! });
    else doc.undash();
    let drawing = false;
    for (const p of [...series.points].sort((a, b) => a.date.localeCompare(b.date))) {
      if (p.value === null) {
        drawing = false; // a gap: an unscored scale is not drawn as if it were known
        continue;
      }
      if (drawing) doc.lineTo(xOf(p.date), yOf(p.value));
      else doc.moveTo(xOf(p.date), yOf(p.value));
      drawing = true;
    }
    doc.stroke().undash();
    for (const p of series.points) if (p.value !== null) doc.circle(xOf(p.date), yOf(p.value), 2).fill();
  });
  // Legend: a short sample of each line with the respondent's name.
  let lx = x0;
  const ly = top + PLOT.height + 16;
  chart.series.forEach((series, i) => {
    const style = STYLES[i % STYLES.length]!;
    doc.lineWidth(1.5).strokeColor(style.color);
    if (style.dash) doc.dash(style.dash[0]!, { space: style.dash[1]! });
    doc
      .moveTo(lx, ly + 4)
      .lineTo(lx + 18, ly + 4)
      .stroke()
      .undash();
    doc
      .fillColor('black')
      .fontSize(8)
      .text(series.name, lx + 22, ly, { lineBreak: false });
    lx += 30 + doc.widthOfString(series.name);
  });
  doc.fillColor('black').strokeColor('black').lineWidth(1);
  doc.x = left;
  doc.y = ly + 14;
  dataTable(
    doc,
    [
      PDF_WORDS.respondent[chart.language],
      PDF_WORDS.date[chart.language],
      PDF_WORDS.point[chart.language],
      PDF_WORDS.value[chart.language],
    ],
    chart.series.flatMap((s) =>
      s.points.map((p) => [
        s.name,
        localDate(p.date, chart.language),
        p.label ?? '',
        decimal(p.value, chart.language),
      ]),
    ),
  );
  doc.moveDown();
}

/** A simple table with equal columns; the header repeats on a new page. */
export function dataTable(doc: PDFKit.PDFDocument, header: string[], rows: string[][]): void {
  const left = doc.page.margins.left;
  const width = (doc.page.width - left - doc.page.margins.right) / header.length;
  const row = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8);
    const height = Math.max(...cells.map((c) => doc.heightOfString(c, { width: width - 4 }))) + 3;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      if (!bold) row(header, true);
    }
    const top = doc.y;
    cells.forEach((cell, i) => doc.text(cell, left + i * width, top, { width: width - 4 }));
    doc.x = left;
    doc.y = top + height;
  };
  row(header, true);
  for (const cells of rows) row(cells, false);
}
