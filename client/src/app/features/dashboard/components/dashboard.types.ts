import { DrillDownRequest } from '../data/dashboard.model';

/** One series of a chart: its (already translated) name and a value per label. */
export interface ChartSeries {
  label: string;
  data: (number | null)[];
  /** Drawn as a line over bars (e.g. the caseload cap). */
  line?: boolean;
  stack?: string;
}

/** A cell of a dashboard table: a number that may open the children behind it. */
export interface TableCell {
  value: string | number;
  drill?: DrillDownRequest;
  /** At or over the cap, overdue: shown in the error colour and named for screen readers. */
  alert?: boolean;
}

export interface TableRow {
  /** The row header (a worker, a team, a month; a translation key when `translate`). */
  label: string;
  translate?: boolean;
  cells: TableCell[];
  alert?: boolean;
}
