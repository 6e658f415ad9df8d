import { ROLES, type Role } from '../roles/roles.js';
import type {
  AccessGrantRef,
  Action,
  ChildResource,
  Decision,
  PolicyUser,
  RecordPart,
} from './access-types.js';
import { can, childListScope, childListView } from './policy.js';

/**
 * Every role x child action x relationship, as a table a reviewer can read line by line.
 * Codes: A allowed, B allowed flagged break_glass, S allowed flagged supervisor_access; denied with
 * n no_relationship, r reason_required, p part_not_permitted, o read_only_access, x not_permitted,
 * v not_supervisor, c no_client_data.
 */
const COLUMNS: { action: Action; part: RecordPart }[] = [
  { action: 'child.list', part: 'core' },
  { action: 'child.read', part: 'core' },
  { action: 'child.read', part: 'placement' },
  { action: 'child.read', part: 'therapy' },
  { action: 'child.read', part: 'meeting-notes' },
  { action: 'child.write', part: 'core' },
  { action: 'child.write', part: 'placement' },
  { action: 'child.access_log', part: 'core' },
  { action: 'child.request_break_glass', part: 'core' },
  { action: 'child.request_supervisor_access', part: 'core' },
];
const RELATIONSHIPS = [
  'own_team',
  'other_team',
  'assigned_inspection',
  'none',
  'break_glass_grant',
  'supervisor_grant',
  'expired_grant',
] as const;
type Relationship = (typeof RELATIONSHIPS)[number];

//                         list rc rp rt rm wc wp log bg sv
const TEAM_WORKER: Record<Relationship, string> = {
  own_team: /*           */ 'A A A A A A A x x v',
  other_team: /*         */ 'n n n n n n n x A v',
  assigned_inspection: /**/ 'n n n n n n n x A v',
  none: /*               */ 'n n n n n n n x A v',
  break_glass_grant: /*  */ 'n B B B B o o x A v',
  supervisor_grant: /*   */ 'n n n n n n n x A v',
  expired_grant: /*      */ 'n n n n n n n x A v',
};
const EXPECTED: Record<Role, Record<Relationship, string>> = {
  social_worker: TEAM_WORKER,
  practitioner: TEAM_WORKER,
  family_therapist: TEAM_WORKER,
  coordinator: TEAM_WORKER,
  team_lead: { ...TEAM_WORKER, own_team: 'A A A A A A A A x v' },
  supervisor: {
    own_team: /*           */ 'A r r r r o o A x A',
    other_team: /*         */ 'A r r r r o o A x A',
    assigned_inspection: /**/ 'A r r r r o o A x A',
    none: /*               */ 'A r r r r o o A x A',
    break_glass_grant: /*  */ 'A B B B B o o A x A',
    supervisor_grant: /*   */ 'A S S S S o o A x A',
    expired_grant: /*      */ 'A r r r r o o A x A',
  },
  placement_inspector: {
    own_team: /*           */ 'n n n n n n n x A v',
    other_team: /*         */ 'n n n n n n n x A v',
    assigned_inspection: /**/ 'A A A p p p A x A v',
    none: /*               */ 'n n n n n n n x A v',
    break_glass_grant: /*  */ 'n B B B B o o x A v',
    supervisor_grant: /*   */ 'n n n n n n n x A v',
    expired_grant: /*      */ 'n n n n n n n x A v',
  },
  administrator: Object.fromEntries(RELATIONSHIPS.map((r) => [r, 'c c c c c c c c c c'])) as Record<
    Relationship,
    string
  >,
};

const CODES: Record<string, Decision> = {
  A: { allowed: true },
  B: { allowed: true, flagged: 'break_glass' },
  S: { allowed: true, flagged: 'supervisor_access' },
  n: { allowed: false, reason: 'no_relationship' },
  r: { allowed: false, reason: 'reason_required' },
  p: { allowed: false, reason: 'part_not_permitted' },
  o: { allowed: false, reason: 'read_only_access' },
  x: { allowed: false, reason: 'not_permitted' },
  v: { allowed: false, reason: 'not_supervisor' },
  c: { allowed: false, reason: 'no_client_data' },
};

const NOW = new Date('2026-03-10T10:00:00Z');
const CHILD_ID = 'child-1';

function grant(
  kind: AccessGrantRef['kind'],
  userId: string,
  expiresAt = new Date(NOW.getTime() + 3_600_000),
): AccessGrantRef {
  return { kind, userId, childId: CHILD_ID, expiresAt };
}

function scenario(
  role: Role,
  relationship: Relationship,
  part: RecordPart,
): { user: PolicyUser; child: ChildResource } {
  const user: PolicyUser = {
    id: 'u-1',
    roles: [role],
    teamIds: relationship === 'own_team' ? ['team-1'] : relationship === 'none' ? [] : ['team-2'],
  };
  const grants: AccessGrantRef[] =
    relationship === 'break_glass_grant'
      ? [grant('break_glass', user.id)]
      : relationship === 'supervisor_grant'
        ? [grant('supervisor', user.id)]
        : relationship === 'expired_grant'
          ? [grant('break_glass', user.id, new Date(NOW.getTime() - 1))]
          : [];
  const child: ChildResource = {
    kind: 'child',
    childId: CHILD_ID,
    teamId: 'team-1',
    namedSocialWorkerId: 'u-named',
    inspectorIds: relationship === 'assigned_inspection' ? [user.id] : ['u-other-inspector'],
    part,
    grants,
    now: NOW,
  };
  return { user, child };
}

describe('the access policy table (role x child action x relationship)', () => {
  it('has a row for every role', () => expect(Object.keys(EXPECTED).sort()).toEqual([...ROLES].sort()));

  for (const role of ROLES) {
    for (const relationship of RELATIONSHIPS) {
      const codes = EXPECTED[role][relationship].split(' ');
      COLUMNS.forEach(({ action, part }, column) => {
        it(`${role} / ${relationship} / ${action}${action.startsWith('child.read') || action.startsWith('child.write') ? ':' + part : ''} -> ${codes[column]}`, () => {
          const { user, child } = scenario(role, relationship, part);
          expect(can(user, action, child)).toEqual(CODES[codes[column]!]!);
        });
      });
    }
  }
});

describe('the access policy for organisation actions', () => {
  const organisationTable: Record<Role, string> = {
    //                    users teams reviews decide(other) decide(own)
    social_worker: /*  */ 'a a v v v',
    practitioner: /*   */ 'a a v v v',
    team_lead: /*      */ 'a a v v v',
    family_therapist: /**/ 'a a v v v',
    coordinator: /*    */ 'a a v v v',
    supervisor: /*     */ 'a a A A w',
    placement_inspector: 'a a v v v',
    administrator: /*  */ 'A A v v v',
  };
  const codes: Record<string, Decision> = {
    ...CODES,
    a: { allowed: false, reason: 'not_administrator' },
    w: { allowed: false, reason: 'own_access' },
  };
  for (const role of ROLES) {
    it(`${role}: ${organisationTable[role]}`, () => {
      const user: PolicyUser = { id: 'u-1', roles: [role], teamIds: ['team-1'] };
      const expected = organisationTable[role].split(' ').map((code) => codes[code]);
      expect([
        can(user, 'admin.users', { kind: 'organisation' }),
        can(user, 'admin.teams', { kind: 'organisation' }),
        can(user, 'access_review.list', { kind: 'organisation' }),
        can(user, 'access_review.decide', { kind: 'access_review', accessedByUserId: 'someone-else' }),
        can(user, 'access_review.decide', { kind: 'access_review', accessedByUserId: 'u-1' }),
      ]).toEqual(expected);
    });
  }

  it('refuses a child action on a resource that is not a child', () => {
    const user: PolicyUser = { id: 'u-1', roles: ['social_worker'], teamIds: ['team-1'] };
    expect(can(user, 'child.read', { kind: 'organisation' })).toEqual({
      allowed: false,
      reason: 'not_permitted',
    });
  });
});

describe('the access policy edge cases', () => {
  it('ignores a grant that belongs to someone else or to another child', () => {
    const { user, child } = scenario('social_worker', 'other_team', 'core');
    const others = {
      ...child,
      grants: [grant('break_glass', 'u-2'), { ...grant('break_glass', user.id), childId: 'child-2' }],
    };
    expect(can(user, 'child.read', others)).toEqual(CODES['n']!);
  });

  it('combines roles: a team lead who is also a social worker is a member through either', () => {
    const { child } = scenario('team_lead', 'own_team', 'therapy');
    const mikko: PolicyUser = { id: 'mikko', roles: ['team_lead', 'social_worker'], teamIds: ['team-1'] };
    expect(can(mikko, 'child.read', child)).toEqual(CODES['A']!);
    expect(can(mikko, 'child.access_log', child)).toEqual(CODES['A']!);
  });

  it('an administrator who also works in a team sees that team through the team role only', () => {
    const { child } = scenario('social_worker', 'own_team', 'core');
    const both: PolicyUser = { id: 'x', roles: ['administrator', 'social_worker'], teamIds: ['team-1'] };
    expect(can(both, 'child.read', child)).toEqual(CODES['A']!);
    expect(can({ ...both, teamIds: ['team-2'] }, 'child.read', child)).toEqual(CODES['n']!);
  });

  it('lists full rows for related users and summary rows for supervisors', () => {
    const child = { teamId: 'team-1', inspectorIds: ['insp'] };
    expect(childListView({ id: 'a', roles: ['social_worker'], teamIds: ['team-1'] }, child)).toBe('full');
    expect(childListView({ id: 'insp', roles: ['placement_inspector'], teamIds: [] }, child)).toBe('full');
    expect(childListView({ id: 's', roles: ['supervisor'], teamIds: [] }, child)).toBe('summary');
  });

  it('scopes list queries the same way as the policy', () => {
    expect(childListScope({ id: 'a', roles: ['administrator'], teamIds: ['team-1'] })).toEqual({
      everything: false,
      teamIds: [],
      inspectorUserId: null,
    });
    expect(childListScope({ id: 'a', roles: ['social_worker'], teamIds: ['team-1'] })).toEqual({
      everything: false,
      teamIds: ['team-1'],
      inspectorUserId: null,
    });
    expect(childListScope({ id: 'p', roles: ['placement_inspector'], teamIds: ['team-1'] })).toEqual({
      everything: false,
      teamIds: [],
      inspectorUserId: 'p',
    });
    expect(childListScope({ id: 's', roles: ['supervisor'], teamIds: [] })).toEqual({
      everything: true,
      teamIds: [],
      inspectorUserId: null,
    });
  });
});
