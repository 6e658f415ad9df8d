import { CdkVirtualScrollViewport } from '@angular/cdk/scrolling';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { provideTranslateService } from '@ngx-translate/core';

import { timelineItem } from '../testing/children.fixture';
import { TIMELINE_ITEM_PX, Timeline } from './timeline';

describe('Timeline', () => {
  let fixture: ComponentFixture<Timeline>;
  let loadMore: jasmine.Spy;
  let kindsChange: jasmine.Spy;
  const element = () => fixture.nativeElement as HTMLElement;
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const items = (count: number) => Array.from({ length: count }, (_, i) => timelineItem(i + 1));

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [Timeline], providers: [provideTranslateService()] });
    fixture = TestBed.createComponent(Timeline);
    loadMore = jasmine.createSpy('loadMore');
    kindsChange = jasmine.createSpy('kindsChange');
    fixture.componentInstance.loadMore.subscribe(loadMore);
    fixture.componentInstance.kindsChange.subscribe(kindsChange);
    fixture.componentRef.setInput('items', items(60));
    fixture.componentRef.setInput('hasMore', true);
    await fixture.whenStable();
    await frame();
  });

  const viewport = () =>
    fixture.debugElement.query(By.directive(CdkVirtualScrollViewport)).injector.get(CdkVirtualScrollViewport);

  it('renders only the visible items, worded by kind and code', () => {
    const rendered = element().querySelectorAll('li.item');
    expect(rendered.length).toBeGreaterThan(0);
    expect(rendered.length).toBeLessThan(60);
    expect(rendered[0].textContent).toContain('children.eventTypes.notification_received');
    expect(rendered[0].textContent).toContain('Item 1');
  });

  it('requests the next page when scrolled near the end, not before', async () => {
    expect(loadMore).not.toHaveBeenCalled();
    viewport().scrollToOffset(55 * TIMELINE_ITEM_PX);
    await frame();
    await fixture.whenStable();
    await frame();
    expect(loadMore).toHaveBeenCalled();
  });

  it('requests nothing more after the last page or while a page is loading', async () => {
    fixture.componentRef.setInput('hasMore', false);
    await fixture.whenStable();
    viewport().scrollToOffset(55 * TIMELINE_ITEM_PX);
    await frame();
    fixture.componentRef.setInput('hasMore', true);
    fixture.componentRef.setInput('loading', true);
    await fixture.whenStable();
    viewport().scrollToOffset(58 * TIMELINE_ITEM_PX);
    await frame();
    expect(loadMore).not.toHaveBeenCalled();
  });

  it('marks corrected items', async () => {
    fixture.componentRef.setInput('items', [timelineItem(1, { corrected: true })]);
    fixture.componentRef.setInput('hasMore', false);
    await fixture.whenStable();
    await frame();
    expect(element().querySelector('.corrected')?.textContent).toContain('children.timeline.corrected');
  });

  it('filters by kind, and keeps at least one kind', async () => {
    const chips = () =>
      element().querySelectorAll<HTMLElement>('mat-chip-option .mdc-evolution-chip__action');
    chips()[0].click();
    await fixture.whenStable();
    expect(kindsChange).toHaveBeenCalledWith(['plan', 'child_view', 'safety', 'task', 'finding', 'meeting']);
    fixture.componentRef.setInput('kinds', ['task']);
    await fixture.whenStable();
    kindsChange.calls.reset();
    chips()[4].click();
    await fixture.whenStable();
    expect(kindsChange).not.toHaveBeenCalled();
  });
});
