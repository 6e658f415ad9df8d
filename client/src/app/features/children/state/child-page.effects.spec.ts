import { TIMELINE_KINDS } from '../data/children.model';
import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import { Action } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { Observable, Subject, of, throwError } from 'rxjs';

import { AccessApi } from '../../access/data/access-api';
import { ChildrenApi } from '../data/children-api';
import { CaseEvent } from '../data/children.model';
import { picture, task, timelineItem } from '../testing/children.fixture';
import { ChildPageActions, ChildrenApiActions } from './child-page.actions';
import { loadPicture, loadTimeline, requestAccess } from './child-page.effects';
import { saveRecord } from './save.effects';
import { initialChildPageState } from './child-page.feature';

describe('child page effects', () => {
  let actions$: Subject<Action>;
  let api: jasmine.SpyObj<ChildrenApi>;
  let accessApi: jasmine.SpyObj<AccessApi>;
  let store: MockStore;
  const run = (effect: () => Observable<Action>) => {
    const emitted: Action[] = [];
    TestBed.runInInjectionContext(effect).subscribe((a) => emitted.push(a));
    return emitted;
  };
  const breakGlass = new HttpErrorResponse({
    status: 403,
    error: { error: { code: 'break_glass_required', message: 'Reason required' } },
  });

  beforeEach(() => {
    actions$ = new Subject<Action>();
    api = jasmine.createSpyObj<ChildrenApi>('ChildrenApi', [
      'picture',
      'timeline',
      'createEvent',
      'createTask',
    ]);
    accessApi = jasmine.createSpyObj<AccessApi>('AccessApi', ['requestAccess']);
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$),
        provideMockStore({ initialState: { childPage: { ...initialChildPageState, childId: 'c1' } } }),
        { provide: ChildrenApi, useValue: api },
        { provide: AccessApi, useValue: accessApi },
      ],
    });
    store = TestBed.inject(MockStore);
  });

  it('loads the picture when the child is opened', () => {
    api.picture.and.returnValue(of(picture()));
    const emitted = run(loadPicture);
    actions$.next(ChildPageActions.opened({ childId: 'c1' }));
    expect(api.picture).toHaveBeenCalledOnceWith('c1');
    expect(emitted).toEqual([ChildrenApiActions.pictureLoaded({ picture: picture() })]);
  });

  it('turns 403 break_glass_required into a request for a reason, other failures into a message', () => {
    api.picture.and.returnValues(
      throwError(() => breakGlass),
      throwError(() => new HttpErrorResponse({ status: 404 })),
    );
    const emitted = run(loadPicture);
    actions$.next(ChildPageActions.opened({ childId: 'c1' }));
    actions$.next(ChildPageActions.opened({ childId: 'c1' }));
    expect(emitted).toEqual([
      ChildrenApiActions.accessReasonRequired({ childId: 'c1' }),
      ChildrenApiActions.pictureLoadFailed({ error: 'errors.notFound' }),
    ]);
  });

  it('requests reasoned access, then the record opens again', () => {
    accessApi.requestAccess.and.returnValue(
      of({ id: 'g1', childId: 'c1', kind: 'break_glass', reason: 'x', expiresAt: '' }),
    );
    const emitted = run(requestAccess);
    actions$.next(
      ChildPageActions.accessReasonGiven({ childId: 'c1', reason: 'Emergency tonight', kind: 'break_glass' }),
    );
    expect(accessApi.requestAccess).toHaveBeenCalledOnceWith('c1', {
      reason: 'Emergency tonight',
      kind: 'break_glass',
    });
    expect(emitted).toEqual([ChildrenApiActions.accessGranted({ childId: 'c1' })]);
  });

  it('loads the first timeline page with the selected kinds', () => {
    api.timeline.and.returnValue(of({ items: [timelineItem(1)], nextCursor: 'cur-1' }));
    const emitted = run(loadTimeline);
    actions$.next(ChildPageActions.opened({ childId: 'c1' }));
    expect(api.timeline).toHaveBeenCalledOnceWith('c1', {
      kinds: [...TIMELINE_KINDS],
      before: undefined,
      limit: 50,
    });
    expect(emitted).toEqual([
      ChildrenApiActions.timelinePageLoaded({
        childId: 'c1',
        items: [timelineItem(1)],
        nextCursor: 'cur-1',
        append: false,
      }),
    ]);
  });

  it('requests the next timeline page by the cursor when the end is reached', () => {
    store.setState({
      childPage: {
        ...initialChildPageState,
        childId: 'c1',
        timeline: { ...initialChildPageState.timeline, kinds: ['event'], nextCursor: 'cur-50' },
      },
    });
    api.timeline.and.returnValue(of({ items: [timelineItem(51)], nextCursor: null }));
    const emitted = run(loadTimeline);
    actions$.next(ChildPageActions.timelineEndReached());
    expect(api.timeline).toHaveBeenCalledOnceWith('c1', { kinds: ['event'], before: 'cur-50', limit: 50 });
    expect(emitted).toEqual([
      ChildrenApiActions.timelinePageLoaded({
        childId: 'c1',
        items: [timelineItem(51)],
        nextCursor: null,
        append: true,
      }),
    ]);
  });

  it('does not ask past the last page', () => {
    const emitted = run(loadTimeline);
    actions$.next(ChildPageActions.timelineEndReached());
    expect(api.timeline).not.toHaveBeenCalled();
    expect(emitted).toEqual([]);
  });

  it('saves an event and reports it saved (which reloads picture and timeline)', () => {
    api.createEvent.and.returnValue(of({} as CaseEvent));
    const emitted = run(saveRecord);
    const input = {
      type: 'urgency_assessed' as const,
      date: '2026-11-20',
      details: { urgency: 'urgent' as const },
    };
    actions$.next(ChildPageActions.eventSubmitted({ childId: 'c1', requestId: 'r1', input }));
    expect(api.createEvent).toHaveBeenCalledOnceWith('c1', input);
    expect(emitted).toEqual([ChildrenApiActions.recordSaved({ childId: 'c1', requestId: 'r1' })]);

    api.picture.and.returnValue(of(picture()));
    api.timeline.and.returnValue(of({ items: [], nextCursor: null }));
    run(loadPicture);
    run(loadTimeline);
    actions$.next(emitted[0]);
    expect(api.picture).toHaveBeenCalledOnceWith('c1');
    expect(api.timeline).toHaveBeenCalledOnceWith('c1', jasmine.objectContaining({ before: undefined }));
  });

  it("keeps the server's field errors of a failed save and goes on saving", () => {
    api.createTask.and.returnValues(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 400,
            error: {
              error: {
                code: 'validation_failed',
                message: 'Invalid',
                details: [{ path: 'title', message: 'Too short' }],
              },
            },
          }),
      ),
      of(task()),
    );
    const emitted = run(saveRecord);
    const input = { title: 'x', ownerId: 'u1', dueDate: '2026-12-01' };
    actions$.next(ChildPageActions.taskSubmitted({ childId: 'c1', requestId: 'r1', input }));
    actions$.next(ChildPageActions.taskSubmitted({ childId: 'c1', requestId: 'r2', input }));
    expect(emitted).toEqual([
      ChildrenApiActions.recordSaveFailed({
        requestId: 'r1',
        error: 'errors.codes.validation_failed',
        fieldErrors: { title: 'Too short' },
      }),
      ChildrenApiActions.recordSaved({ childId: 'c1', requestId: 'r2' }),
    ]);
  });
});
