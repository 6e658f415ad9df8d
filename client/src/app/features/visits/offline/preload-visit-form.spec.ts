import { sessionInfo } from '../../auth/testing/session.fixture';
import { OFFLINE_SESSION_KEY } from '../../auth/state/offline-session';
import { preloadVisitForm } from './preload-visit-form';

describe('preloadVisitForm', () => {
  const storage = (value: unknown) => ({
    getItem: (key: string) =>
      key === OFFLINE_SESSION_KEY && value !== undefined ? JSON.stringify(value) : null,
  });
  const inspector = sessionInfo({ roles: ['placement_inspector'] });

  it("starts the form's chunks on a visit form address for a tab session with a visit role", () => {
    expect(preloadVisitForm('/visits/65a1b2c3d4e5f6a7b8c9d0e1', storage(inspector))).toBeTrue();
    expect(preloadVisitForm('/visits/65a1b2c3d4e5f6a7b8c9d0e1/', storage(sessionInfo()))).toBeTrue();
  });

  it('does nothing elsewhere, signed out, for other roles or with unreadable storage', () => {
    expect(preloadVisitForm('/visits', storage(inspector))).toBeFalse();
    expect(preloadVisitForm('/children/1', storage(inspector))).toBeFalse();
    expect(preloadVisitForm('/visits/1/report', storage(inspector))).toBeFalse();
    expect(preloadVisitForm('/visits/1', storage(undefined))).toBeFalse();
    expect(preloadVisitForm('/visits/1', storage(sessionInfo({ roles: ['supervisor'] })))).toBeFalse();
    expect(preloadVisitForm('/visits/1', { getItem: () => '{not json' })).toBeFalse();
  });
});
