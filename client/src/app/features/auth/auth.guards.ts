import { inject } from '@angular/core';
import { CanActivateFn, CanMatchFn, Router, UrlTree } from '@angular/router';
import { Store } from '@ngrx/store';
import { Observable, filter, map, switchMap, take } from 'rxjs';

import { Role, SessionInfo, hasRole } from './data/session.model';
import { selectSession, selectSessionKnown } from './state/auth.feature';

const SECURITY_PAGE = '/account/security';

/** The session once the start-up check has answered (null: signed out). */
function knownSession(): Observable<SessionInfo | null> {
  const store = inject(Store);
  return store.select(selectSessionKnown).pipe(
    filter(Boolean),
    take(1),
    switchMap(() => store.select(selectSession).pipe(take(1))),
  );
}

function loginTree(router: Router, returnUrl: string): UrlTree {
  return router.createUrlTree(['/login'], { queryParams: returnUrl === '/' ? {} : { returnUrl } });
}

/**
 * Signed-in pages. Signed out: to the login page, keeping the address. A user whom policy requires
 * to enrol MFA is kept on the security page until they have.
 */
export const authGuard: CanActivateFn = (_route, state) => {
  const router = inject(Router);
  return knownSession().pipe(
    map((session) => {
      if (!session) return loginTree(router, state.url);
      if (session.mfaEnrolmentRequired && !state.url.startsWith(SECURITY_PAGE)) {
        return router.createUrlTree([SECURITY_PAGE]);
      }
      return true;
    }),
  );
};

/** The login page is for signed-out users; a signed-in user goes home. */
export const signedOutGuard: CanActivateFn = () => {
  const router = inject(Router);
  return knownSession().pipe(map((session) => (session ? router.createUrlTree(['/']) : true)));
};

/**
 * A role's area (admin, reviews; children for any client-data role): not even loaded for users without
 * one of the roles, who go home (or to sign in).
 */
export function roleGuard(...roles: Role[]): CanMatchFn {
  return () => {
    const router = inject(Router);
    return knownSession().pipe(
      map((session) => {
        if (!session) return loginTree(router, router.currentNavigation()?.extractedUrl.toString() ?? '/');
        return roles.some((role) => hasRole(session, role)) ? true : router.createUrlTree(['/']);
      }),
    );
  };
}
