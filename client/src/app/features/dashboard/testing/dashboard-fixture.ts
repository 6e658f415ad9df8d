import { CaseloadDashboard, DeadlineDashboard, DrillDown } from '../data/dashboard.model';

const period = { from: '2025-12', to: '2026-11', today: '2026-11-23' };

export function caseloadFixture(): CaseloadDashboard {
  return {
    period,
    cap: 30,
    legalReference: 'LSL 13 b §',
    teams: [
      { teamId: 't1', name: 'Tiimi 1', children: 12, workersAtOrOverCap: 0 },
      { teamId: 't2', name: 'Tiimi 2', children: 41, workersAtOrOverCap: 1 },
    ],
    workers: [
      { workerId: 'w1', name: 'Anna Virtanen', teamIds: ['t1'], children: 12, atOrOverCap: false },
      { workerId: 'w2', name: 'Laura Söderberg', teamIds: ['t2'], children: 30, atOrOverCap: true },
    ],
    trend: [
      { month: '2026-10', date: '2026-10-31', cap: 30, teams: { t1: 11, t2: 40 } },
      { month: '2026-11', date: '2026-11-23', cap: 30, teams: { t1: 12, t2: 41 } },
    ],
    thlSnapshots: [
      {
        date: '2026-10-13',
        cap: 30,
        workers: [{ workerId: 'w2', name: 'Laura Söderberg', children: 31, overCap: true }],
      },
    ],
  };
}

export function deadlineFixture(): DeadlineDashboard {
  return {
    period,
    weekEnd: '2026-11-29',
    byRule: [{ ruleId: 'assessment-complete-3-months', overdue: 2, dueThisWeek: 1, upcoming: 0 }],
    byTeam: [{ teamId: 't1', name: 'Tiimi 1', overdue: 2, dueThisWeek: 1, upcoming: 0 }],
    byWorker: [{ workerId: 'w1', name: 'Anna Virtanen', overdue: 2, dueThisWeek: 1, upcoming: 0 }],
    assessments: [{ month: '2026-11', completed: 4, withinDeadline: 3, share: 0.75 }],
  };
}

export function drillDownFixture(): DrillDown {
  return {
    kind: 'overdue',
    items: [
      {
        childId: 'c1',
        name: 'Aino Korhonen',
        teamId: 't1',
        workerName: 'Anna Virtanen',
        detail: 'assessment-complete-3-months',
        dueDate: '2026-10-01',
      },
    ],
    truncated: false,
  };
}
