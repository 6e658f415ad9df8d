import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { provideTranslateService } from '@ngx-translate/core';

import { selectSession } from '../../auth/state/auth.feature';
import { GenogramPanel, NetworkPanel } from '../../family';
import { ChildTherapySection } from '../../therapy';
import { sessionInfo } from '../../auth/testing/session.fixture';
import { ChildPageActions } from '../state/child-page.actions';
import * as fromChild from '../state/child-page.feature';
import { initialChildPageState } from '../state/child-page.feature';
import { picture } from '../testing/children.fixture';
import { ChildPage } from './child-page';

/** The family panels are another feature's containers (with their own specs); here only their place. */
@Component({ selector: 'app-genogram-panel', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class GenogramStub {
  readonly childId = input('');
  readonly readonly = input(false);
}
@Component({ selector: 'app-network-panel', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class NetworkStub {
  readonly childId = input('');
  readonly childName = input('');
  readonly readonly = input(false);
}

@Component({
  selector: 'app-child-therapy-section',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class TherapyStub {
  readonly childId = input('');
  readonly canWrite = input(false);
}

describe('ChildPage', () => {
  let fixture: ComponentFixture<ChildPage>;
  let store: MockStore;
  let dispatch: jasmine.Spy;
  const element = () => fixture.nativeElement as HTMLElement;
  const text = () => element().textContent ?? '';

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ChildPage],
      providers: [provideMockStore(), provideTranslateService(), provideRouter([])],
    });
    TestBed.overrideComponent(ChildPage, {
      remove: { imports: [GenogramPanel, NetworkPanel, ChildTherapySection] },
      add: { imports: [GenogramStub, NetworkStub, TherapyStub] },
    });
    store = TestBed.inject(MockStore);
    store.overrideSelector(selectSession, sessionInfo({ teamIds: ['team1'] }));
    store.overrideSelector(fromChild.selectPicture, picture());
    store.overrideSelector(fromChild.selectLoading, false);
    store.overrideSelector(fromChild.selectError, null);
    store.overrideSelector(fromChild.selectAccessReasonRequired, false);
    store.overrideSelector(fromChild.selectNextDeadlines, fromChild.selectNextDeadlines.projector(picture()));
    store.overrideSelector(fromChild.selectTimeline, initialChildPageState.timeline);
    store.overrideSelector(fromChild.selectTimelineLoading, false);
    store.overrideSelector(fromChild.selectTimelineHasMore, false);
    store.overrideSelector(fromChild.selectSave, initialChildPageState.save);
    dispatch = spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(ChildPage);
    fixture.componentRef.setInput('childId', 'c1');
    await fixture.whenStable();
  });

  afterEach(() => store.resetSelectors());

  const refresh = async () => {
    store.refreshState();
    await fixture.whenStable();
  };

  it('opens the child named in the address', () => {
    expect(dispatch).toHaveBeenCalledOnceWith(ChildPageActions.opened({ childId: 'c1' }));
  });

  it('shows the header: name, age, language and interpreter, team, named social worker, status', () => {
    expect(element().querySelector('h1')?.textContent).toContain('Aino Virtanen');
    for (const part of [
      'children.header.years',
      'children.languages.sv',
      'children.header.interpreterNeeded',
      'Itäinen tiimi',
      'Anna Sosiaalityöntekijä',
      'children.status.assessment',
    ]) {
      expect(element().querySelector('app-child-header')?.textContent).withContext(part).toContain(part);
    }
  });

  it('lists the next three open deadlines in words, with law and local date', () => {
    const rows = Array.from(element().querySelectorAll('app-child-header li')).map(
      (li) => li.textContent ?? '',
    );
    expect(rows.length).toBe(3);
    expect(rows[0]).toContain('children.deadlines.status.overdue');
    expect(rows[0]).toContain('children.deadlines.rules.client-plan-review-12-months.v1');
    expect(rows[1]).toContain('LSL 26 §, SHL 36 §');
    const dates = fixture.debugElement.nativeElement.querySelectorAll('app-child-header .when');
    expect(dates.length).toBe(3);
  });

  it("quotes the child's own words with date, method and who asked", () => {
    const view = element().querySelector('app-child-view-card')!;
    expect(view.querySelector('blockquote')?.textContent).toContain('Haluan asua äidin kanssa.');
    expect(view.textContent).toContain('19.11.2026');
    expect(view.textContent).toContain('children.childView.methods.conversation_alone');
    expect(view.textContent).toContain('children.childView.askedBy');
  });

  it('shows goals, safety scales, open tasks, the family slot and the timeline', () => {
    expect(text()).toContain('Aino goes to school every day');
    expect(element().querySelector('app-safety-scales')?.textContent).toContain('Äiti');
    expect(text()).toContain('Call the school nurse');
    expect(element().querySelector('#family-heading')).not.toBeNull();
    const genogram = fixture.debugElement.query((d) => d.componentInstance instanceof GenogramStub);
    expect((genogram.componentInstance as GenogramStub).childId()).toBe('c1');
    expect((genogram.componentInstance as GenogramStub).readonly()).toBeFalse();
    const network = fixture.debugElement.query((d) => d.componentInstance instanceof NetworkStub);
    expect((network.componentInstance as NetworkStub).childName()).toBe('Aino Virtanen');
    expect(element().querySelector('app-timeline')).not.toBeNull();
  });

  it('offers the record buttons to a team member, not the access log', () => {
    expect(text()).toContain('children.actions.addEvent');
    expect(text()).not.toContain('children.actions.accessLog');
  });

  it('is read-only under reasoned access, with the access log for a supervisor', async () => {
    store.overrideSelector(selectSession, sessionInfo({ roles: ['supervisor'], teamIds: [] }));
    store.overrideSelector(fromChild.selectPicture, picture({ access: { flagged: 'supervisor_access' } }));
    await refresh();
    expect(text()).not.toContain('children.actions.addEvent');
    expect(text()).toContain('children.child.readOnly.supervisor_access');
    const genogram = fixture.debugElement.query((d) => d.componentInstance instanceof GenogramStub);
    expect((genogram.componentInstance as GenogramStub).readonly()).toBeTrue();
    expect(element().querySelector('a[href="/children/c1/access-log"]')).not.toBeNull();
  });

  it('asks for a reason when the record needs one, then requests access', async () => {
    store.overrideSelector(fromChild.selectPicture, null);
    store.overrideSelector(fromChild.selectAccessReasonRequired, true);
    await refresh();
    expect(text()).toContain('children.access.title');
    // Bound to its form once the dialog has been through change detection.
    const textarea = await waitFor(() =>
      document.querySelector<HTMLTextAreaElement>('app-access-reason-dialog textarea.ng-untouched'),
    );
    textarea.value = 'Emergency placement tonight';
    textarea.dispatchEvent(new Event('input'));
    document.querySelector<HTMLButtonElement>('app-access-reason-dialog button[type="submit"]')!.click();
    await waitFor(() => !document.querySelector('app-access-reason-dialog'));
    expect(dispatch).toHaveBeenCalledWith(
      ChildPageActions.accessReasonGiven({
        childId: 'c1',
        reason: 'Emergency placement tonight',
        kind: 'break_glass',
      }),
    );
  });
});

async function waitFor<T>(probe: () => T | null | false, timeoutMs = 3000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() - start > timeoutMs) throw new Error('waitFor timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
