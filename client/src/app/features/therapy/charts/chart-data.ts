import { Score15ChartValue, Score15Series } from '../data/therapy.model';

/** One family member's values of one scale over time: a line of its own, never a family average. */
export interface ChartLine {
  personId: string;
  name: string;
  points: { date: string; point: string; value: number }[];
}

/** Each respondent's line of one value (total, a subscale or a rating); unscored points are left out. */
export function linesFor(series: Score15Series | null, value: Score15ChartValue): ChartLine[] {
  return (series?.respondents ?? []).map((respondent) => ({
    personId: respondent.personId,
    name: respondent.name,
    points: [...respondent.points]
      .sort((a, b) => a.date.localeCompare(b.date))
      .flatMap((p) => (p[value] === null ? [] : [{ date: p.date, point: p.point, value: p[value] }])),
  }));
}

/** First and last scored measurement of a line (the same one when there is only one). */
export function baselineAndLatest(line: ChartLine) {
  const first = line.points[0];
  const last = line.points.at(-1);
  return first && last ? { baseline: first, latest: last, change: last.value - first.value } : null;
}

/**
 * Lines told apart without colour: every respondent has a point shape and a dash pattern of their own
 * (and a colour, which only repeats the difference).
 */
export const LINE_STYLES = [
  { color: '#1b5e9e', pointStyle: 'circle', dash: [] as number[] },
  { color: '#b3261e', pointStyle: 'rect', dash: [8, 4] },
  { color: '#2e7d32', pointStyle: 'triangle', dash: [2, 3] },
  { color: '#6a3d9a', pointStyle: 'rectRot', dash: [12, 4, 2, 4] },
  { color: '#8a5a00', pointStyle: 'star', dash: [4, 4] },
  { color: '#00695c', pointStyle: 'crossRot', dash: [16, 6] },
] as const;

export const lineStyle = (index: number) => LINE_STYLES[index % LINE_STYLES.length]!;

/** Days since 1970 for a calendar date: the x axis is time, so uneven intervals look uneven. */
export const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** Chart.js datasets: exactly one per respondent. */
export function datasetsFor(lines: readonly ChartLine[]) {
  return lines.map((line, i) => {
    const style = lineStyle(i);
    return {
      label: line.name,
      data: line.points.map((p) => ({ x: dayNumber(p.date), y: p.value })),
      borderColor: style.color,
      backgroundColor: style.color,
      borderDash: [...style.dash],
      borderWidth: 2,
      pointStyle: style.pointStyle,
      pointRadius: 6,
      pointHoverRadius: 8,
      tension: 0,
    };
  });
}
