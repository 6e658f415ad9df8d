import type {
  CaseloadDashboard,
  DashboardChangedPayload,
  DashboardView,
  DeadlineDashboard,
  DrillDown,
  DrillDownKind,
  MeetingDashboard,
  VisitDashboard,
} from '@keha/shared';

export type {
  CaseloadDashboard,
  DashboardChangedPayload,
  DashboardView,
  DeadlineDashboard,
  DrillDown,
  DrillDownKind,
  MeetingDashboard,
  VisitDashboard,
};

/** `DASHBOARD_VIEWS` and `DASHBOARD_CHANGED_EVENT` (shared), copied: zod stays out of the browser bundle. */
export const DASHBOARD_VIEWS: readonly DashboardView[] = ['caseload', 'deadlines', 'visits', 'meetings'];
export const DASHBOARD_CHANGED_EVENT = 'dashboard:changed';

/** Live changes within this window are one refetch (the server already batches 300 ms). */
export const LIVE_DEBOUNCE_MS = 500;

/** What every view is filtered by; empty means "all I supervise" and the last 12 months. */
export interface DashboardFilters {
  teamId: string | null;
  workerId: string | null;
  /** `YYYY-MM`. */
  from: string | null;
  to: string | null;
}

export const NO_FILTERS: DashboardFilters = { teamId: null, workerId: null, from: null, to: null };

export interface DashboardData {
  caseload: CaseloadDashboard | null;
  deadlines: DeadlineDashboard | null;
  visits: VisitDashboard | null;
  meetings: MeetingDashboard | null;
}

/** One number of a view, asked to show the children behind it. */
export interface DrillDownRequest {
  kind: DrillDownKind;
  teamId?: string;
  workerId?: string;
  ruleId?: string;
}

/** The filter choices: the teams and workers of the supervisor's first unfiltered caseload. */
export interface FilterOptions {
  teams: { teamId: string; name: string }[];
  workers: { workerId: string; name: string; teamIds: string[] }[];
}
