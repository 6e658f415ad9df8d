import { ROLES, type Role } from '../roles/roles.js';
import {
  canApproveCareOrder,
  canApproveEmergencyPlacementExtension,
  canBeNamedSocialWorker,
} from './separation-of-duties.js';

describe('separation of duties (LSL 13 §, 13 b §)', () => {
  const qualified: Role[] = ['social_worker', 'team_lead'];
  for (const role of ROLES) {
    it(`${role} ${qualified.includes(role) ? 'can' : 'cannot'} be a named social worker`, () => {
      expect(canBeNamedSocialWorker({ roles: [role] }).allowed).toBe(qualified.includes(role));
    });
  }

  it('a practitioner who is also a social worker qualifies through the social worker role', () => {
    expect(canBeNamedSocialWorker({ roles: ['practitioner', 'social_worker'] }).allowed).toBeTrue();
  });

  const cases: { name: string; approver: { id: string; roles: Role[] }; expected: string }[] = [
    { name: 'another supervisor', approver: { id: 's1', roles: ['supervisor'] }, expected: 'allowed' },
    {
      name: 'the same person',
      approver: { id: 'sw', roles: ['supervisor', 'social_worker'] },
      expected: 'separation_of_duties',
    },
    { name: 'a social worker', approver: { id: 'x', roles: ['social_worker'] }, expected: 'not_supervisor' },
  ];
  for (const { name, approver, expected } of cases) {
    it(`care order approval by ${name} of a child whose named social worker is "sw": ${expected}`, () => {
      const decision = canApproveCareOrder(approver, { namedSocialWorkerId: 'sw' });
      expect(decision.allowed ? 'allowed' : decision.reason).toBe(expected);
    });
    it(`emergency placement extension by ${name} of a placement made by "sw": ${expected}`, () => {
      const decision = canApproveEmergencyPlacementExtension(approver, { madeByUserId: 'sw' });
      expect(decision.allowed ? 'allowed' : decision.reason).toBe(expected);
    });
  }
});
