import { ROLES, type Role } from '../roles/roles.js';
import type { Decision, PolicyUser } from './access-types.js';
import { can, childListScope, childListView } from './policy.js';
import { CODES, grant, scenario } from './policy-fixtures.js';

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
