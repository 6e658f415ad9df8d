import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, Injector, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { Observable, catchError, from, of, switchMap, throwError } from 'rxjs';

import { describeHttpError, isApiErrorBody, isSessionEnded } from '../../../core/http/error-message';
import { ErrorNotifier } from '../../../core/http/error-notifier';
import { hasRole } from '../../auth/data/session.model';
import { selectSession } from '../../auth/state/auth.feature';
import { AccessApi } from './access-api';
import { AccessGrantKind, ChildResponse } from './access.model';

/**
 * Opens a child's record. When the server answers 403 `break_glass_required`, asks the user for a
 * reason, requests the (flagged, reviewed) access and tries again. Resolves with null when the user
 * cancels.
 */
@Injectable({ providedIn: 'root' })
export class ChildAccess {
  private readonly api = inject(AccessApi);
  private readonly store = inject(Store);
  private readonly injector = inject(Injector);
  private readonly notifier = inject(ErrorNotifier);

  open(childId: string): Observable<ChildResponse | null> {
    return this.api.getChild(childId).pipe(
      catchError((err: unknown) => {
        if (!isBreakGlassRequired(err)) {
          if (err instanceof HttpErrorResponse && !isSessionEnded(err)) {
            void this.notifier.notify(describeHttpError(err));
          }
          return throwError(() => err);
        }
        const kind = this.grantKind();
        return from(this.askReason(kind)).pipe(
          switchMap((reason) =>
            reason
              ? this.api
                  .requestAccess(childId, { reason, kind })
                  .pipe(switchMap(() => this.api.getChild(childId)))
              : of(null),
          ),
        );
      }),
    );
  }

  /** Supervisors open records with their own kind of reasoned access; others break the glass. */
  private grantKind(): AccessGrantKind {
    return hasRole(this.store.selectSignal(selectSession)(), 'supervisor') ? 'supervisor' : 'break_glass';
  }

  private async askReason(kind: AccessGrantKind): Promise<string | undefined> {
    const [{ MatDialog }, { AccessReasonDialog }] = await Promise.all([
      import('@angular/material/dialog'),
      import('../components/access-reason-dialog'),
    ]);
    const ref = this.injector
      .get(MatDialog)
      .open<unknown, { kind: AccessGrantKind }, string>(AccessReasonDialog, { data: { kind }, width: '32rem' });
    return new Promise((resolve) => ref.afterClosed().subscribe(resolve));
  }
}

export function isBreakGlassRequired(err: unknown): boolean {
  return (
    err instanceof HttpErrorResponse &&
    err.status === 403 &&
    isApiErrorBody(err.error) &&
    err.error.error.code === 'break_glass_required'
  );
}
