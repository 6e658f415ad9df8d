import { createFeature, createReducer, createSelector, on } from '@ngrx/store';

import { getCallStateError } from '../../../core/state/call-state';
import { ChildPageActions, ChildrenApiActions, SAVE_ACTIONS } from './child-page.actions';
import { ChildPageState, idleSave, initialChildPageState } from './child-page.state';

export { initialChildPageState } from './child-page.state';
export type { ChildPageState, SaveState } from './child-page.state';

const timelineLoading = (state: ChildPageState): ChildPageState => ({
  ...state,
  timeline: { ...state.timeline, callState: 'loading' },
});

export const childPageFeature = createFeature({
  name: 'childPage',
  reducer: createReducer(
    initialChildPageState,
    // Another child starts from nothing: one child's data must never show under another's name.
    on(ChildPageActions.opened, (state, { childId }): ChildPageState =>
      timelineLoading({
        ...(childId === state.childId ? state : { ...initialChildPageState, childId }),
        callState: 'loading',
        accessReasonRequired: false,
      }),
    ),
    on(ChildrenApiActions.accessGranted, (state): ChildPageState =>
      timelineLoading({ ...state, callState: 'loading', accessReasonRequired: false }),
    ),
    on(ChildrenApiActions.pictureLoaded, (state, { picture }): ChildPageState => ({
      ...state,
      picture,
      callState: 'loaded',
    })),
    on(
      ChildrenApiActions.pictureLoadFailed,
      ChildrenApiActions.accessRequestFailed,
      (state, { error }): ChildPageState => ({
        ...state,
        callState: { error },
      }),
    ),
    on(ChildrenApiActions.accessReasonRequired, (state): ChildPageState => ({
      ...state,
      picture: null,
      callState: 'init',
      accessReasonRequired: true,
      timeline: { ...state.timeline, items: [], nextCursor: null, callState: 'init' },
    })),
    on(ChildPageActions.timelineKindsChanged, (state, { kinds }): ChildPageState =>
      timelineLoading({ ...state, timeline: { ...state.timeline, kinds } }),
    ),
    on(ChildPageActions.timelineEndReached, (state): ChildPageState =>
      state.timeline.nextCursor && state.timeline.callState !== 'loading' ? timelineLoading(state) : state,
    ),
    on(
      ChildrenApiActions.timelinePageLoaded,
      (state, { childId, items, nextCursor, append }): ChildPageState =>
        childId !== state.childId
          ? state
          : {
              ...state,
              timeline: {
                ...state.timeline,
                items: append ? [...state.timeline.items, ...items] : items,
                nextCursor,
                callState: 'loaded',
              },
            },
    ),
    on(ChildrenApiActions.timelineLoadFailed, (state, { error }): ChildPageState => ({
      ...state,
      timeline: { ...state.timeline, callState: { error } },
    })),
    on(...SAVE_ACTIONS, (state, { requestId }): ChildPageState => ({
      ...state,
      save: { ...idleSave, requestId, status: 'saving' },
    })),
    on(ChildrenApiActions.recordSaved, (state, { requestId }): ChildPageState => ({
      ...state,
      save: { ...idleSave, requestId, status: 'saved' },
    })),
    on(ChildrenApiActions.recordSaveFailed, (state, { requestId, error, fieldErrors }): ChildPageState => ({
      ...state,
      save: { requestId, status: 'failed', error, fieldErrors },
    })),
  ),
  extraSelectors: ({ selectCallState, selectTimeline, selectPicture }) => ({
    selectLoading: createSelector(selectCallState, (callState) => callState === 'loading'),
    selectError: createSelector(selectCallState, getCallStateError),
    selectTimelineLoading: createSelector(selectTimeline, (timeline) => timeline.callState === 'loading'),
    selectTimelineHasMore: createSelector(selectTimeline, (timeline) => timeline.nextCursor !== null),
    /** The header shows the next three open deadlines, soonest first. */
    selectNextDeadlines: createSelector(selectPicture, (picture) =>
      (picture?.deadlines ?? [])
        .filter((deadline) => deadline.status !== 'met')
        .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
        .slice(0, 3),
    ),
  }),
});

export const {
  selectChildId,
  selectPicture,
  selectCallState,
  selectAccessReasonRequired,
  selectTimeline,
  selectSave,
  selectLoading,
  selectError,
  selectTimelineLoading,
  selectTimelineHasMore,
  selectNextDeadlines,
} = childPageFeature;
