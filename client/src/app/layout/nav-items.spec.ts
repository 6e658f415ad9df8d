import { sessionInfo } from '../features/auth/testing/session.fixture';
import { Role } from '../features/auth/data/session.model';
import { navItemsFor } from './nav-items';

const paths = (...roles: Role[]) => navItemsFor(sessionInfo({ roles })).map((item) => item.path);

describe('navItemsFor', () => {
  it('offers my work and the children to social workers and team leads', () => {
    expect(paths('social_worker')).toEqual([
      '/',
      '/my-work',
      '/children',
      '/therapy',
      '/meetings',
      '/visits',
      '/findings',
      '/account/security',
    ]);
    expect(paths('team_lead')).toContain('/my-work');
  });

  it('offers the children, not my work, to the other client-data roles', () => {
    for (const role of [
      'practitioner',
      'family_therapist',
      'coordinator',
      'supervisor',
      'placement_inspector',
    ] as const) {
      expect(paths(role)).withContext(role).toContain('/children');
      expect(paths(role)).withContext(role).not.toContain('/my-work');
    }
  });

  it('offers therapy plans to the team roles, not to supervisors or inspectors', () => {
    for (const role of [
      'social_worker',
      'practitioner',
      'team_lead',
      'family_therapist',
      'coordinator',
    ] as const)
      expect(paths(role)).withContext(role).toContain('/therapy');
    expect(paths('supervisor')).not.toContain('/therapy');
    expect(paths('placement_inspector')).not.toContain('/therapy');
  });

  it('offers the team meetings to the team roles only', () => {
    for (const role of ['social_worker', 'team_lead', 'family_therapist', 'coordinator'] as const)
      expect(paths(role)).withContext(role).toContain('/meetings');
    expect(paths('supervisor')).not.toContain('/meetings');
    expect(paths('placement_inspector')).not.toContain('/meetings');
    expect(paths('administrator')).not.toContain('/meetings');
  });

  it('offers the visit planner to inspectors and the workers who plan visits, the findings follow-up to them and supervisors', () => {
    for (const role of ['placement_inspector', 'social_worker', 'team_lead'] as const) {
      expect(paths(role)).withContext(role).toContain('/visits');
      expect(paths(role)).withContext(role).toContain('/findings');
    }
    expect(paths('supervisor')).toContain('/findings');
    expect(paths('supervisor')).not.toContain('/visits');
    expect(paths('family_therapist')).not.toContain('/visits');
    expect(paths('family_therapist')).not.toContain('/findings');
  });

  it('shows no client data to an administrator or a signed-out visitor', () => {
    expect(paths('administrator')).not.toContain('/children');
    expect(navItemsFor(null).map((item) => item.path)).toEqual(['/']);
  });
});
