import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, exhaustMap, filter, map, of, switchMap, withLatestFrom } from 'rxjs';

import { AccessApi } from '../../access/data/access-api';
import { isBreakGlassRequired } from '../../access/data/child-access';
import { ChildrenApi } from '../data/children-api';
import { ChildPageActions, ChildrenApiActions } from './child-page.actions';
import { errorKey } from './error-key';
import { selectChildId, selectTimeline } from './child-page.feature';

/** The first page after opening, after access was granted and after every save. */
const RELOAD = [
  ChildPageActions.opened,
  ChildrenApiActions.accessGranted,
  ChildrenApiActions.recordSaved,
] as const;
const TIMELINE_PAGE_SIZE = 50;

/** switchMap: the newest request wins (another child opened, a save reloads). */
export const loadPicture = createEffect(
  (actions$ = inject(Actions), api = inject(ChildrenApi)) =>
    actions$.pipe(
      ofType(...RELOAD),
      switchMap(({ childId }) =>
        api.picture(childId).pipe(
          map((picture) => ChildrenApiActions.pictureLoaded({ picture })),
          catchError((err: unknown) =>
            of(
              isBreakGlassRequired(err)
                ? ChildrenApiActions.accessReasonRequired({ childId })
                : ChildrenApiActions.pictureLoadFailed({ error: errorKey(err) }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

/** First pages replace what is shown; `Timeline End Reached` appends the page after the cursor. */
export const loadTimeline = createEffect(
  (actions$ = inject(Actions), api = inject(ChildrenApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(...RELOAD, ChildPageActions.timelineKindsChanged, ChildPageActions.timelineEndReached),
      withLatestFrom(store.select(selectChildId), store.select(selectTimeline)),
      map(([action, childId, timeline]) => {
        const append = action.type === ChildPageActions.timelineEndReached.type;
        return { childId, kinds: timeline.kinds, before: append ? timeline.nextCursor : undefined, append };
      }),
      filter((page): page is typeof page & { childId: string } => !!page.childId && page.before !== null),
      switchMap(({ childId, kinds, before, append }) =>
        api.timeline(childId, { kinds, before: before ?? undefined, limit: TIMELINE_PAGE_SIZE }).pipe(
          map(({ items, nextCursor }) =>
            ChildrenApiActions.timelinePageLoaded({ childId, items, nextCursor, append }),
          ),
          catchError((err: unknown) =>
            of(
              isBreakGlassRequired(err)
                ? ChildrenApiActions.accessReasonRequired({ childId })
                : ChildrenApiActions.timelineLoadFailed({ error: errorKey(err) }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

/** exhaustMap: one reasoned access request at a time; a granted access opens the record again. */
export const requestAccess = createEffect(
  (actions$ = inject(Actions), api = inject(AccessApi)) =>
    actions$.pipe(
      ofType(ChildPageActions.accessReasonGiven),
      exhaustMap(({ childId, reason, kind }) =>
        api.requestAccess(childId, { reason, kind }).pipe(
          map(() => ChildrenApiActions.accessGranted({ childId })),
          catchError((err: unknown) => of(ChildrenApiActions.accessRequestFailed({ error: errorKey(err) }))),
        ),
      ),
    ),
  { functional: true },
);
