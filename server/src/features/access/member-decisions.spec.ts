import {
  ACCESS_GRANT_KINDS,
  CHILD_ACTIONS,
  RECORD_PARTS,
  ROLES,
  can,
  isTeamMember,
  type AccessGrantRef,
  type ChildResource,
  type PolicyUser,
  type Role,
} from '@keha/shared';

const USER = 'u1';
const CHILD = 'c1';
const TEAM = 't1';
const now = new Date('2026-11-23T10:00:00Z');

/** Every combination of roles (2^8), so that a new rule for any mix is covered. */
function roleSets(): Role[][] {
  return Array.from({ length: 2 ** ROLES.length }, (_, mask) => ROLES.filter((_, i) => mask & (2 ** i)));
}

/** No grants, each kind alone, both; valid ones (this user, this child, not expired). */
const grantSets: AccessGrantRef[][] = [
  [],
  ...ACCESS_GRANT_KINDS.map((kind) => [
    { kind, userId: USER, childId: CHILD, expiresAt: new Date(now.getTime() + 3600_000) },
  ]),
  ACCESS_GRANT_KINDS.map((kind) => ({
    kind,
    userId: USER,
    childId: CHILD,
    expiresAt: new Date(now.getTime() + 3600_000),
  })),
];

/**
 * ChildAccessGate.resourceFor skips reading inspector assignments and grants for a member of the
 * child's team. That is only sound while the policy decides a team member's every child action
 * without them: this spec fails as soon as an assignment or a grant could change such a decision.
 */
describe("the access policy for a member of the child's team", () => {
  it('gives the same decision whatever inspector assignments and grants exist', () => {
    let members = 0;
    for (const roles of roleSets()) {
      const user: PolicyUser = { id: USER, roles, teamIds: [TEAM, 't2'] };
      if (!isTeamMember(user, TEAM)) continue;
      members++;
      for (const action of CHILD_ACTIONS)
        for (const part of RECORD_PARTS)
          for (const named of [USER, 'someone-else', null]) {
            const bare: ChildResource = {
              kind: 'child',
              childId: CHILD,
              teamId: TEAM,
              namedSocialWorkerId: named,
              inspectorIds: [],
              part,
              grants: [],
              now,
            };
            const expected = can(user, action, bare);
            for (const inspectorIds of [[USER], ['other-inspector'], [USER, 'other-inspector']])
              for (const grants of grantSets) {
                const decision = can(user, action, { ...bare, inspectorIds, grants });
                expect(decision)
                  .withContext(`${roles.join('+')} ${action} ${part} ${JSON.stringify(grants)}`)
                  .toEqual(expected);
              }
          }
    }
    // Every role mix with a team role (5 of the 8 roles) is a member: 2^8 - 2^3 sets.
    expect(members).toBe(2 ** ROLES.length - 2 ** 3);
  });

  it('is not a member outside the team, or without a team role', () => {
    expect(isTeamMember({ id: USER, roles: ['social_worker'], teamIds: ['t2'] }, TEAM)).toBeFalse();
    expect(
      isTeamMember({ id: USER, roles: ['supervisor', 'placement_inspector'], teamIds: [TEAM] }, TEAM),
    ).toBeFalse();
  });
});
