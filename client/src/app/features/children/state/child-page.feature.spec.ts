import { picture, timelineItem } from '../testing/children.fixture';
import { ChildPageActions, ChildrenApiActions } from './child-page.actions';
import {
  ChildPageState,
  childPageFeature,
  initialChildPageState,
  selectNextDeadlines,
  selectTimelineHasMore,
} from './child-page.feature';

const { reducer } = childPageFeature;
const opened = (childId = 'c1') => reducer(undefined, ChildPageActions.opened({ childId }));
const loaded = (): ChildPageState => {
  let state = opened();
  state = reducer(state, ChildrenApiActions.pictureLoaded({ picture: picture() }));
  return reducer(
    state,
    ChildrenApiActions.timelinePageLoaded({
      childId: 'c1',
      items: [timelineItem(1)],
      nextCursor: 'cur-1',
      append: false,
    }),
  );
};

describe('childPage feature', () => {
  describe('reducer', () => {
    it('starts empty, with every timeline kind selected', () => {
      expect(reducer(undefined, { type: '@@init' })).toEqual(initialChildPageState);
      expect(initialChildPageState.timeline.kinds).toEqual([
        'event',
        'plan',
        'child_view',
        'safety',
        'task',
        'finding',
        'meeting',
      ]);
    });

    it('loads the picture and the timeline when a child is opened', () => {
      const state = opened();
      expect(state.childId).toBe('c1');
      expect(state.callState).toBe('loading');
      expect(state.timeline.callState).toBe('loading');
    });

    it("forgets the previous child's data when another child is opened", () => {
      const state = reducer(loaded(), ChildPageActions.opened({ childId: 'c2' }));
      expect(state.picture).toBeNull();
      expect(state.timeline.items).toEqual([]);
    });

    it('keeps what is shown while the same child reloads', () => {
      const state = reducer(loaded(), ChildPageActions.opened({ childId: 'c1' }));
      expect(state.picture).toEqual(picture());
      expect(state.timeline.items.length).toBe(1);
    });

    it('appends a next page and replaces on a first page', () => {
      const more = reducer(
        loaded(),
        ChildrenApiActions.timelinePageLoaded({
          childId: 'c1',
          items: [timelineItem(2)],
          nextCursor: null,
          append: true,
        }),
      );
      expect(more.timeline.items.map((i) => i.id)).toEqual(['e1', 'e2']);
      expect(more.timeline.nextCursor).toBeNull();
      const fresh = reducer(
        more,
        ChildrenApiActions.timelinePageLoaded({
          childId: 'c1',
          items: [timelineItem(9)],
          nextCursor: 'x',
          append: false,
        }),
      );
      expect(fresh.timeline.items.map((i) => i.id)).toEqual(['e9']);
    });

    it("ignores a late page of another child's timeline", () => {
      const state = reducer(
        loaded(),
        ChildrenApiActions.timelinePageLoaded({
          childId: 'c2',
          items: [timelineItem(5)],
          nextCursor: null,
          append: false,
        }),
      );
      expect(state.timeline.items.map((i) => i.id)).toEqual(['e1']);
    });

    it('asks for a next page only when there is one and none is loading', () => {
      const state = loaded();
      expect(reducer(state, ChildPageActions.timelineEndReached()).timeline.callState).toBe('loading');
      const last = { ...state, timeline: { ...state.timeline, nextCursor: null } };
      expect(reducer(last, ChildPageActions.timelineEndReached())).toBe(last);
    });

    it('hides everything when the record needs a reason to open', () => {
      const state = reducer(loaded(), ChildrenApiActions.accessReasonRequired({ childId: 'c1' }));
      expect(state.accessReasonRequired).toBeTrue();
      expect(state.picture).toBeNull();
      expect(state.timeline.items).toEqual([]);
      expect(
        reducer(state, ChildrenApiActions.accessGranted({ childId: 'c1' })).accessReasonRequired,
      ).toBeFalse();
    });

    it('follows a save by its request id, keeping the field errors of a failure', () => {
      const input = { date: '2026-11-20', participant: 'Äiti', score: 4 };
      let state = reducer(
        loaded(),
        ChildPageActions.safetyScoreSubmitted({ childId: 'c1', requestId: 'r1', input }),
      );
      expect(state.save).toEqual({ requestId: 'r1', status: 'saving', error: null, fieldErrors: {} });
      const fieldErrors = { score: 'Too large' };
      state = reducer(
        state,
        ChildrenApiActions.recordSaveFailed({
          requestId: 'r1',
          error: 'errors.codes.validation_failed',
          fieldErrors,
        }),
      );
      expect(state.save).toEqual({
        requestId: 'r1',
        status: 'failed',
        error: 'errors.codes.validation_failed',
        fieldErrors,
      });
      state = reducer(state, ChildrenApiActions.recordSaved({ childId: 'c1', requestId: 'r2' }));
      expect(state.save).toEqual({ requestId: 'r2', status: 'saved', error: null, fieldErrors: {} });
    });
  });

  describe('selectors', () => {
    it('picks the next three open deadlines, soonest first', () => {
      const next = selectNextDeadlines.projector(picture());
      expect(next.map((d) => d.dueDate)).toEqual(['2026-11-01', '2026-11-27', '2027-02-20']);
      expect(selectNextDeadlines.projector(null)).toEqual([]);
    });

    it('knows whether there is a next timeline page', () => {
      expect(selectTimelineHasMore.projector(loaded().timeline)).toBeTrue();
      expect(selectTimelineHasMore.projector(initialChildPageState.timeline)).toBeFalse();
    });

    it('select from the root state under the feature key', () => {
      expect(childPageFeature.selectPicture({ childPage: loaded() })).toEqual(picture());
    });
  });
});
