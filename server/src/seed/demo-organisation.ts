import type { Role } from '@keha/shared';

/** Synthetic demo organisation; every account shares DEMO_PASSWORD (printed at start, demo mode only). */
export const DEMO_PASSWORD = 'Keha-demo-2026';

export const DEMO_TEAMS = [
  { code: 'team-1', name: 'Systeeminen tiimi 1' },
  { code: 'team-2', name: 'Systeeminen tiimi 2' },
] as const;

export interface DemoAccount {
  username: string;
  displayName: string;
  roles: Role[];
  teams: (typeof DEMO_TEAMS)[number]['code'][];
  description: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    username: 'anna.sw',
    displayName: 'Anna Virtanen',
    roles: ['social_worker'],
    teams: ['team-1'],
    description: 'social worker, team 1',
  },
  {
    username: 'olli.sw',
    displayName: 'Olli Mäkelä',
    roles: ['social_worker'],
    teams: ['team-2'],
    description: 'social worker, team 2',
  },
  {
    username: 'laura.sw',
    displayName: 'Laura Söderberg',
    roles: ['social_worker'],
    teams: ['team-2'],
    description: 'social worker, team 2, at the caseload cap (30 children)',
  },
  {
    username: 'mikko.lead',
    displayName: 'Mikko Laine',
    roles: ['team_lead', 'social_worker'],
    teams: ['team-1'],
    description: 'team lead, team 1',
  },
  {
    username: 'sari.therapist',
    displayName: 'Sari Koskinen',
    roles: ['family_therapist'],
    teams: ['team-1'],
    description: 'family therapist, team 1',
  },
  {
    username: 'tiina.coord',
    displayName: 'Tiina Heikkinen',
    roles: ['coordinator'],
    teams: ['team-1'],
    description: 'coordinator, team 1',
  },
  {
    username: 'johanna.supervisor',
    displayName: 'Johanna Nieminen',
    roles: ['supervisor'],
    teams: [],
    description: 'supervisor',
  },
  {
    username: 'pekka.inspector',
    displayName: 'Pekka Järvinen',
    roles: ['placement_inspector'],
    teams: [],
    description: 'placement inspector',
  },
  {
    username: 'admin',
    displayName: 'Ylläpitäjä',
    roles: ['administrator'],
    teams: [],
    description: 'administrator',
  },
];
