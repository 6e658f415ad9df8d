import { Role, SessionInfo } from '../features/auth/data/session.model';

export interface NavItem {
  path: string;
  icon: string;
  /** Translation key. */
  label: string;
  exact?: boolean;
}

interface NavRule extends NavItem {
  /** Shown to signed-in users with one of these roles; `'signedIn'` for everyone signed in. */
  for: readonly Role[] | 'everyone' | 'signedIn';
}

/** Roles that work with client data (shared CLIENT_DATA_ROLES); an administrator sees none. */
export const CLIENT_DATA_ROLES: readonly Role[] = [
  'social_worker',
  'practitioner',
  'team_lead',
  'family_therapist',
  'coordinator',
  'supervisor',
  'placement_inspector',
];
/** Roles that are named social workers or allocate their work (`/my-work`). */
export const MY_WORK_ROLES: readonly Role[] = ['social_worker', 'team_lead'];
/** Team roles (shared TEAM_ROLES): the family therapist writes therapy plans, the team reads them. */
export const THERAPY_ROLES: readonly Role[] = [
  'social_worker',
  'practitioner',
  'team_lead',
  'family_therapist',
  'coordinator',
];

/** Team roles (shared TEAM_ROLES): the weekly team meetings and their shared notes (`/meetings`). */
export const MEETING_ROLES: readonly Role[] = THERAPY_ROLES;

/**
 * Placement oversight: the visit planner and the offline visit form (`/visits`): the inspectors, and
 * the child's workers who plan visits for them.
 */
export const VISIT_ROLES: readonly Role[] = ['placement_inspector', 'social_worker', 'team_lead'];
/** The follow-up of open visit findings (`/findings`): those who close them, and the supervisors. */
export const FINDING_ROLES: readonly Role[] = [...VISIT_ROLES, 'supervisor'];

const NAV: readonly NavRule[] = [
  { path: '/', icon: 'home', label: 'layout.nav.home', exact: true, for: 'everyone' },
  { path: '/my-work', icon: 'work', label: 'layout.nav.myWork', for: MY_WORK_ROLES },
  { path: '/children', icon: 'child_care', label: 'layout.nav.children', for: CLIENT_DATA_ROLES },
  { path: '/therapy', icon: 'diversity_3', label: 'layout.nav.therapy', for: THERAPY_ROLES },
  { path: '/meetings', icon: 'groups', label: 'layout.nav.meetings', for: MEETING_ROLES },
  { path: '/visits', icon: 'home_work', label: 'layout.nav.visits', for: VISIT_ROLES },
  { path: '/findings', icon: 'report', label: 'layout.nav.findings', for: FINDING_ROLES },
  { path: '/dashboard', icon: 'monitoring', label: 'layout.nav.dashboard', for: ['supervisor'] },
  { path: '/reviews', icon: 'fact_check', label: 'layout.nav.reviews', for: ['supervisor'] },
  { path: '/admin/users', icon: 'manage_accounts', label: 'layout.nav.users', for: ['administrator'] },
  { path: '/admin/teams', icon: 'groups', label: 'layout.nav.teams', for: ['administrator'] },
  { path: '/account/security', icon: 'security', label: 'layout.nav.security', for: 'signedIn' },
];

/** The navigation a user sees: only what their roles can open. */
export function navItemsFor(session: SessionInfo | null): NavItem[] {
  return NAV.filter((item) => {
    if (item.for === 'everyone') return true;
    if (!session) return false;
    return item.for === 'signedIn' || item.for.some((role) => session.user.roles.includes(role));
  }).map((item) => ({ path: item.path, icon: item.icon, label: item.label, exact: item.exact }));
}
