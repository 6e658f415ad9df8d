import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Observable, catchError, concatMap, map, of } from 'rxjs';

import { fieldErrors } from '../../../core/http/error-message';
import { ChildrenApi } from '../data/children-api';
import { ChildPageActions, ChildrenApiActions, SAVE_ACTIONS } from './child-page.actions';
import { errorKey } from './error-key';

/** The save actions in one type. */
type SaveAction = ReturnType<(typeof SAVE_ACTIONS)[number]>;

function send(api: ChildrenApi, action: SaveAction): Observable<unknown> {
  switch (action.type) {
    case ChildPageActions.eventSubmitted.type:
      return api.createEvent(action.childId, action.input);
    case ChildPageActions.eventCorrectionSubmitted.type:
      return api.correctEvent(action.childId, action.eventId, action.correction);
    case ChildPageActions.childViewSubmitted.type:
      return api.createChildView(action.childId, action.input);
    case ChildPageActions.safetyScoreSubmitted.type:
      return api.createSafetyScore(action.childId, action.input);
    case ChildPageActions.taskSubmitted.type:
      return api.createTask(action.childId, action.input);
  }
}

/** concatMap: saves go out in the order the user made them, none is dropped. */
export const saveRecord = createEffect(
  (actions$ = inject(Actions), api = inject(ChildrenApi)) =>
    actions$.pipe(
      ofType(...SAVE_ACTIONS),
      concatMap((action) =>
        send(api, action).pipe(
          map(() => ChildrenApiActions.recordSaved({ childId: action.childId, requestId: action.requestId })),
          catchError((err: unknown) =>
            of(
              ChildrenApiActions.recordSaveFailed({
                requestId: action.requestId,
                error: errorKey(err),
                fieldErrors: fieldErrors(err),
              }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);
