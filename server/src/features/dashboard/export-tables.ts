import type {
  CaseloadDashboard,
  DashboardView,
  DeadlineDashboard,
  Language,
  MeetingDashboard,
  VisitDashboard,
} from '@keha/shared';
import { w, type Words } from '../../platform/pdf/pdf-document.js';

export interface ExportTable {
  title: string;
  header: string[];
  rows: string[][];
}

export type DashboardData =
  | { view: 'caseload'; data: CaseloadDashboard }
  | { view: 'deadlines'; data: DeadlineDashboard }
  | { view: 'visits'; data: VisitDashboard }
  | { view: 'meetings'; data: MeetingDashboard };

export const TITLES: Record<DashboardView, Words> = {
  caseload: w('Asiakasmäärät (LSL 13 b §)', 'Klientantal (BSL 13 b §)', 'Caseloads (LSL 13 b §)'),
  deadlines: w('Määräajat', 'Tidsfrister', 'Deadlines'),
  visits: w('Sijoitukset ja valvontakäynnit', 'Placeringar och tillsynsbesök', 'Placements and visits'),
  meetings: w('Tiimikokoukset', 'Teammöten', 'Team meetings'),
};

const W = {
  team: w('Tiimi', 'Team', 'Team'),
  worker: w('Työntekijä', 'Arbetstagare', 'Worker'),
  children: w('Lapsia 0-17 v', 'Barn 0-17 år', 'Children 0-17'),
  cap: w('Enimmäismäärä', 'Maxantal', 'Cap'),
  atCap: w('Rajalla tai yli', 'Vid eller över gränsen', 'At or over cap'),
  atCapWorkers: w('Rajalla tai yli olevia', 'Vid eller över gränsen', 'Workers at or over cap'),
  yes: w('kyllä', 'ja', 'yes'),
  no: w('ei', 'nej', 'no'),
  month: w('Kuukausi', 'Månad', 'Month'),
  date: w('Päivä', 'Dag', 'Date'),
  trend: w('Kehitys kuukausittain', 'Utveckling per månad', 'Monthly trend'),
  thl: w('THL:n poikkileikkaus', 'THL:s tvärsnitt', 'THL snapshot'),
  rule: w('Sääntö', 'Regel', 'Rule'),
  overdue: w('Myöhässä', 'Försenade', 'Overdue'),
  week: w('Erääntyy tällä viikolla', 'Förfaller denna vecka', 'Due this week'),
  upcoming: w('Tulossa', 'Kommande', 'Upcoming'),
  assessments: w(
    'Palvelutarpeen arviot 3 kuukaudessa',
    'Bedömningar av servicebehov inom 3 månader',
    'Assessments within 3 months',
  ),
  completed: w('Valmistuneet', 'Slutförda', 'Completed'),
  within: w('Määräajassa', 'Inom tidsfristen', 'Within deadline'),
  share: w('Osuus', 'Andel', 'Share'),
  withoutVisit: w(
    'Ilman käyntiä välin ylittyessä',
    'Utan besök inom intervallet',
    'Without a visit within interval',
  ),
  dueMonth: w('Käyntejä erääntyy tässä kuussa', 'Besök förfaller denna månad', 'Visits due this month'),
  findings: w(
    'Avoimia havaintoja yli määräajan',
    'Öppna iakttagelser efter tidsfristen',
    'Open findings past deadline',
  ),
  serious: w('Vakavia ilmoittamatta', 'Allvarliga ej anmälda', 'Serious findings not notified'),
  families: w('Käsitellyt perheet', 'Behandlade familjer', 'Families discussed'),
  actionPoints: w('Myöhässä olevat toimenpiteet', 'Försenade åtgärder', 'Overdue action points'),
};

const n = (value: number | null): string => (value === null ? '' : String(value));

/** The tables of one dashboard as exported (counts only, no child): the same for CSV and PDF. */
export function exportTables(input: DashboardData, l: Language): ExportTable[] {
  const teamName = (id: string, teams: { teamId: string; name: string }[]) =>
    teams.find((t) => t.teamId === id)?.name ?? id;
  switch (input.view) {
    case 'caseload': {
      const d = input.data;
      return [
        {
          title: TITLES.caseload[l],
          header: [W.worker[l], W.children[l], W.cap[l], W.atCap[l]],
          rows: d.workers.map((x) => [x.name, n(x.children), n(d.cap), x.atOrOverCap ? W.yes[l] : W.no[l]]),
        },
        {
          title: W.team[l],
          header: [W.team[l], W.children[l], W.atCapWorkers[l]],
          rows: d.teams.map((t) => [t.name, n(t.children), n(t.workersAtOrOverCap)]),
        },
        {
          title: W.trend[l],
          header: [W.date[l], W.cap[l], ...d.teams.map((t) => t.name)],
          rows: d.trend.map((p) => [p.date, n(p.cap), ...d.teams.map((t) => n(p.teams[t.teamId] ?? 0))]),
        },
        ...d.thlSnapshots.map((s) => ({
          title: `${W.thl[l]} ${s.date}`,
          header: [W.worker[l], W.children[l], W.cap[l]],
          rows: s.workers.map((x) => [x.name, n(x.children), n(s.cap)]),
        })),
      ];
    }
    case 'deadlines': {
      const d = input.data;
      const buckets = [W.overdue[l], W.week[l], W.upcoming[l]];
      const cells = (b: { overdue: number; dueThisWeek: number; upcoming: number }) => [
        n(b.overdue),
        n(b.dueThisWeek),
        n(b.upcoming),
      ];
      return [
        {
          title: W.rule[l],
          header: [W.rule[l], ...buckets],
          rows: d.byRule.map((r) => [r.ruleId, ...cells(r)]),
        },
        {
          title: W.team[l],
          header: [W.team[l], ...buckets],
          rows: d.byTeam.map((r) => [r.name, ...cells(r)]),
        },
        {
          title: W.worker[l],
          header: [W.worker[l], ...buckets],
          rows: d.byWorker.map((r) => [r.name, ...cells(r)]),
        },
        {
          title: W.assessments[l],
          header: [W.month[l], W.completed[l], W.within[l], W.share[l]],
          rows: d.assessments.map((a) => [
            a.month,
            n(a.completed),
            n(a.withinDeadline),
            a.share === null ? '' : `${Math.round(a.share * 100)} %`,
          ]),
        },
      ];
    }
    case 'visits':
      return [
        {
          title: TITLES.visits[l],
          header: [W.team[l], W.withoutVisit[l], W.dueMonth[l], W.findings[l], W.serious[l]],
          rows: input.data.teams.map((t) => [
            t.name,
            n(t.withoutVisit),
            n(t.visitsDueThisMonth),
            n(t.openFindingsPastDeadline),
            n(t.seriousNotNotified),
          ]),
        },
      ];
    case 'meetings': {
      const d = input.data;
      return [
        {
          title: W.families[l],
          header: [W.month[l], ...d.teams.map((t) => t.name)],
          rows: d.familiesDiscussed.map((m) => [m.month, ...d.teams.map((t) => n(m.teams[t.teamId] ?? 0))]),
        },
        {
          title: W.actionPoints[l],
          header: [W.team[l], W.actionPoints[l]],
          rows: d.teams.map((t) => [teamName(t.teamId, d.teams), n(t.overdueActionPoints)]),
        },
        {
          title: `${W.actionPoints[l]} (${W.worker[l]})`,
          header: [W.worker[l], W.actionPoints[l]],
          rows: d.workers.map((x) => [x.name, n(x.overdueActionPoints)]),
        },
      ];
    }
  }
}
