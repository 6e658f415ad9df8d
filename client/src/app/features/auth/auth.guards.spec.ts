import { TestBed } from '@angular/core/testing';
import {
  ActivatedRouteSnapshot,
  Route,
  Router,
  RouterStateSnapshot,
  UrlTree,
  provideRouter,
} from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { Observable, firstValueFrom, isObservable, of } from 'rxjs';

import { authGuard, roleGuard, signedOutGuard } from './auth.guards';
import { SessionInfo } from './data/session.model';
import { selectSession, selectSessionKnown } from './state/auth.feature';
import { sessionInfo } from './testing/session.fixture';

type GuardResult = boolean | UrlTree;

describe('auth guards', () => {
  let store: MockStore;
  let router: Router;

  const given = (session: SessionInfo | null, known = true) => {
    store.overrideSelector(selectSessionKnown, known);
    store.overrideSelector(selectSession, session);
    store.refreshState();
  };
  const resolve = (result: unknown) =>
    firstValueFrom(isObservable(result) ? (result as Observable<GuardResult>) : of(result as GuardResult));
  const activate = (url: string) =>
    resolve(
      TestBed.runInInjectionContext(() =>
        authGuard({} as ActivatedRouteSnapshot, { url } as RouterStateSnapshot),
      ),
    );
  const serialize = (result: GuardResult) =>
    result instanceof UrlTree ? router.serializeUrl(result) : result;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideMockStore()] });
    store = TestBed.inject(MockStore);
    router = TestBed.inject(Router);
  });

  afterEach(() => TestBed.inject(MockStore).resetSelectors());

  it('lets a signed-in user in', async () => {
    given(sessionInfo());
    expect(await activate('/account/security')).toBeTrue();
  });

  it('sends a signed-out user to the login page with the return address', async () => {
    given(null);
    expect(serialize(await activate('/children/42/access-log?from=2026-01-01'))).toBe(
      '/login?returnUrl=%2Fchildren%2F42%2Faccess-log%3Ffrom%3D2026-01-01',
    );
  });

  it('waits for the start-up session check', async () => {
    given(null, false);
    let result: GuardResult | undefined;
    void activate('/account/security').then((r) => (result = r));
    await Promise.resolve();
    expect(result).toBeUndefined();
    given(sessionInfo(), true);
    await new Promise((r) => setTimeout(r));
    expect(result).toBeTrue();
  });

  it('keeps a user who must enrol MFA on the security page', async () => {
    given(sessionInfo({}, { mfaEnrolmentRequired: true }));
    expect(serialize(await activate('/admin/users'))).toBe('/account/security');
    expect(await activate('/account/security')).toBeTrue();
  });

  it('sends a signed-in user away from the login page', async () => {
    given(sessionInfo());
    const result = await resolve(
      TestBed.runInInjectionContext(() =>
        signedOutGuard({} as ActivatedRouteSnapshot, { url: '/login' } as RouterStateSnapshot),
      ),
    );
    expect(serialize(result)).toBe('/');
  });

  it('opens a role area only for that role', async () => {
    const match = () =>
      resolve(TestBed.runInInjectionContext(() => roleGuard('administrator')({} as Route, [])));
    given(sessionInfo({ roles: ['administrator'] }));
    expect(await match()).toBeTrue();
    given(sessionInfo({ roles: ['social_worker'] }));
    expect(serialize(await match())).toBe('/');
    given(null);
    expect(serialize(await match())).toBe('/login');
  });

  it('opens an area shared by several roles for any of them', async () => {
    const match = () =>
      resolve(TestBed.runInInjectionContext(() => roleGuard('social_worker', 'team_lead')({} as Route, [])));
    given(sessionInfo({ roles: ['team_lead'] }));
    expect(await match()).toBeTrue();
    given(sessionInfo({ roles: ['administrator'] }));
    expect(serialize(await match())).toBe('/');
  });
});
