import { HttpErrorResponse } from '@angular/common/http';

import { sessionInfo } from '../testing/session.fixture';
import { OFFLINE_SESSION_KEY, offlineSession } from './offline-session';

describe('offlineSession', () => {
  const session = sessionInfo({ roles: ['placement_inspector'] });
  // Other specs sign in through the real effects, which remember the session in this tab's storage.
  beforeEach(() => sessionStorage.removeItem(OFFLINE_SESSION_KEY));
  afterEach(() => sessionStorage.removeItem(OFFLINE_SESSION_KEY));

  it("uses this tab's last session only when offline and nothing answered (browser 0, service worker 504)", () => {
    sessionStorage.setItem(OFFLINE_SESSION_KEY, JSON.stringify(session));
    const online = spyOnProperty(navigator, 'onLine').and.returnValue(false);
    expect(offlineSession(new HttpErrorResponse({ status: 0 }))).toEqual(session);
    expect(offlineSession(new HttpErrorResponse({ status: 504 }))).toEqual(session);
    expect(offlineSession(new HttpErrorResponse({ status: 401 }))).toBeNull();
    online.and.returnValue(true);
    expect(offlineSession(new HttpErrorResponse({ status: 0 }))).toBeNull();
  });

  it('has nothing without a remembered session', () => {
    spyOnProperty(navigator, 'onLine').and.returnValue(false);
    expect(offlineSession(new HttpErrorResponse({ status: 0 }))).toBeNull();
  });
});
