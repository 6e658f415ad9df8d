import { RECORD_PARTS, type ChildResource, type PolicyUser } from './access-types.js';
import { can } from './policy.js';
import { NOW } from './policy-fixtures.js';

/**
 * A placement inspector's task (an assigned inspection, LSL 79 §) is the placement: they read who the
 * child is and the placement part, and write the placement part (visits, findings), nothing else.
 */
describe('the access policy for placement inspectors, part by part', () => {
  const inspector: PolicyUser = { id: 'u-pekka', roles: ['placement_inspector'], teamIds: [] };
  const child = (part: ChildResource['part'], inspectorIds: string[] = ['u-pekka']): ChildResource => ({
    kind: 'child',
    childId: 'c-1',
    teamId: 'team-1',
    namedSocialWorkerId: 'u-named',
    inspectorIds,
    part,
    grants: [],
    now: NOW,
  });
  const READ = { core: true, placement: true, case: false, therapy: false, 'meeting-notes': false };
  const WRITE = { core: false, placement: true, case: false, therapy: false, 'meeting-notes': false };

  for (const part of RECORD_PARTS) {
    it(`assigned: reads ${part} -> ${READ[part]}, writes ${part} -> ${WRITE[part]}`, () => {
      const read = can(inspector, 'child.read', child(part));
      const write = can(inspector, 'child.write', child(part));
      expect(read).toEqual(READ[part] ? { allowed: true } : { allowed: false, reason: 'part_not_permitted' });
      expect(write).toEqual(
        WRITE[part] ? { allowed: true } : { allowed: false, reason: 'part_not_permitted' },
      );
    });
  }

  it('loses the placement when the assignment ends (another inspector took over)', () => {
    expect(can(inspector, 'child.write', child('placement', ['u-other']))).toEqual({
      allowed: false,
      reason: 'no_relationship',
    });
    expect(can(inspector, 'child.read', child('placement', []))).toEqual({
      allowed: false,
      reason: 'no_relationship',
    });
  });

  it('gives nothing to an inspector id held by someone without the inspector role', () => {
    const worker: PolicyUser = { id: 'u-pekka', roles: ['social_worker'], teamIds: ['team-2'] };
    expect(can(worker, 'child.read', child('placement')).allowed).toBeFalse();
  });
});
