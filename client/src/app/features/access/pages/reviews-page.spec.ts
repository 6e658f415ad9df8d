import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { of } from 'rxjs';

import { AccessApi } from '../data/access-api';
import { AccessReview } from '../data/access.model';
import { ReviewsPage } from './reviews-page';

describe('ReviewsPage', () => {
  let fixture: ComponentFixture<ReviewsPage>;
  let api: jasmine.SpyObj<AccessApi>;
  const review = (id: string): AccessReview => ({
    id,
    childId: 'c1',
    childName: 'Aino Virtanen',
    teamId: 't1',
    user: { id: 'u2', username: 'pekka', displayName: 'Pekka Korhonen' },
    kind: 'break_glass',
    reason: 'Emergency placement tonight',
    grantedAt: '2026-11-22T20:00:00.000Z',
    expiresAt: '2026-11-23T04:00:00.000Z',
    readCount: 3,
  });
  const element = () => fixture.nativeElement as HTMLElement;

  beforeEach(async () => {
    api = jasmine.createSpyObj<AccessApi>('AccessApi', ['pendingReviews', 'decideReview']);
    api.pendingReviews.and.returnValue(of([review('r1'), review('r2')]));
    api.decideReview.and.returnValue(of(undefined));
    TestBed.configureTestingModule({
      imports: [ReviewsPage],
      providers: [provideTranslateService(), provideRouter([]), { provide: AccessApi, useValue: api }],
    });
    fixture = TestBed.createComponent(ReviewsPage);
    await fixture.whenStable();
  });

  it('lists the pending reviews with the reason given', () => {
    expect(element().querySelectorAll('app-review-card').length).toBe(2);
    expect(element().textContent).toContain('Emergency placement tonight');
  });

  it('names the child (summary level) so that the reviewer can tell records apart', () => {
    expect(element().querySelector('app-review-card dd')?.textContent).toContain('Aino Virtanen');
  });

  it('asks for an outcome before saving', async () => {
    element().querySelector<HTMLButtonElement>('app-review-card button[type="submit"]')!.click();
    await fixture.whenStable();
    expect(api.decideReview).not.toHaveBeenCalled();
    expect(element().textContent).toContain('access.reviews.outcomeRequired');
  });

  it('records the decision with the note and removes the review from the list', async () => {
    const card = element().querySelector('app-review-card')!;
    card.querySelector<HTMLInputElement>('input[value="inappropriate"]')!.click();
    const note = card.querySelector('textarea')!;
    note.value = ' No reason to open ';
    note.dispatchEvent(new Event('input'));
    card.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await fixture.whenStable();
    expect(api.decideReview).toHaveBeenCalledOnceWith('r1', {
      outcome: 'inappropriate',
      note: 'No reason to open',
    });
    expect(element().querySelectorAll('app-review-card').length).toBe(1);
    expect(element().querySelector('[role="status"]')?.textContent).toContain('access.reviews.saved');
  });
});
