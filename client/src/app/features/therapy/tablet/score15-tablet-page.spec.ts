import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideMockStore } from '@ngrx/store/testing';
import { TranslateService } from '@ngx-translate/core';

import { selectSession } from '../../auth/state/auth.feature';
import { sessionInfo } from '../../auth/testing/session.fixture';
import { waitFor } from '../../family/testing/dom';
import { TabletHandover } from '../state/tablet-handover';
import { provideRealTranslations } from '../testing/tablet-testing';
import { SCORE15_STEPS, emptyDraft, invalidSteps } from './score15-steps';
import { Score15TabletPage } from './score15-tablet-page';

describe('Score15TabletPage (SCORE-15 handed to a family member)', () => {
  let fixture: ComponentFixture<Score15TabletPage>;
  let http: HttpTestingController;
  let handover: TabletHandover;
  const element = () => fixture.nativeElement as HTMLElement;
  const text = () => element().textContent ?? '';
  const button = (label: string) =>
    Array.from(element().querySelectorAll('button')).find((b) => b.textContent?.trim() === label)!;
  const click = async (label: string) => {
    button(label).click();
    await fixture.whenStable();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [Score15TabletPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideRealTranslations(),
        provideMockStore({
          selectors: [
            {
              selector: selectSession,
              value: sessionInfo({ id: 'u9', username: 'sari.therapist', displayName: 'Sari Koskinen' }),
            },
          ],
        }),
      ],
    });
    TestBed.inject(TranslateService).use('fi');
    http = TestBed.inject(HttpTestingController);
    handover = TestBed.inject(TabletHandover);
    handover.start({
      planId: 'p1',
      respondent: { personId: 'mother', firstName: 'Katja' },
      date: '2026-09-08',
      point: 'baseline',
      language: 'en',
      therapist: { id: 'u9', username: 'sari.therapist', displayName: 'Sari Koskinen' },
    });
    fixture = TestBed.createComponent(Score15TabletPage);
    fixture.componentRef.setInput('planId', 'p1');
    fixture.componentRef.setInput('respondentPersonId', 'mother');
    await waitFor(fixture, () => element().querySelector('h1')?.textContent?.trim());
  });

  afterEach(() => http.verify());

  it('greets the respondent by first name only and switches the form language', async () => {
    expect(text()).toContain('Hello Katja!');
    expect(text()).not.toContain('Virtanen');
    element().querySelector<HTMLInputElement>('input[value="sv"]')!.click();
    await waitFor(fixture, () => text().includes('Hej Katja!'));
    expect(element().querySelector('.tablet')?.getAttribute('lang')).toBe('sv');
  });

  it('shows one question per screen with the anchor words, moves on, and reviews before sending', async () => {
    await click('Start');
    expect(element().querySelectorAll('fieldset').length).toBe(1);
    expect(element().querySelectorAll('input[type="radio"]').length).toBe(5);
    expect(text()).toContain('Question 1 of 20');
    expect(text()).toContain('In my family we talk to each other about things which matter to us.');
    expect(text()).toContain('Describes us very well');
    expect(document.activeElement?.hasAttribute('data-question')).toBeTrue();

    for (let step = 0; step < SCORE15_STEPS.length; step++) {
      const radios = element().querySelectorAll<HTMLInputElement>('input[type="radio"]');
      if (radios.length) radios[1]!.click();
      await click('Next');
    }
    expect(text()).toContain('Check your answers');
    expect(element().querySelectorAll('ol.review li').length).toBe(20);

    await click('Send answers');
    const post = http.expectOne({ method: 'POST', url: '/api/v1/therapy-plans/p1/measurements' });
    expect(post.request.body).toEqual(
      jasmine.objectContaining({
        respondentPersonId: 'mother',
        date: '2026-09-08',
        point: 'baseline',
        itemVersion: 'score15-items-v1',
        language: 'en',
      }),
    );
    expect(post.request.body.answers).toEqual(Array(15).fill(2));
    expect(post.request.body.ratings).toEqual({ problemSeverity: 2, familyCoping: 2, therapyHope: 2 });
    post.flush({});
    await fixture.whenStable();

    // Locked: no question, no answer, only the therapist's password.
    expect(element().querySelector('input[type="password"]')).not.toBeNull();
    expect(element().querySelectorAll('input[type="radio"]').length).toBe(0);
    expect(text()).not.toContain('In my family');
    expect(text()).not.toContain('Describes us');
    expect(text()).toContain('Sari Koskinen');
  });

  it('refuses to send an answer that is off the scale', async () => {
    const draft = emptyDraft();
    draft.answers[2] = 7;
    expect(invalidSteps(draft)).toEqual([2]);
    draft.ratings.familyCoping = 11;
    expect(invalidSteps(draft)).toEqual([2, 16]);

    const page = fixture.componentInstance as unknown as {
      draft: { set(d: unknown): void };
      change(position: number): void;
      next(): void;
    };
    page.draft.set(draft);
    page.change(19);
    page.next();
    await fixture.whenStable();
    expect(text()).toContain('Check your answers');
    expect(button('Send answers').disabled).toBeTrue();
    expect(element().querySelectorAll('li.invalid').length).toBe(2);
  });

  it('unlocks only with the therapist password, then offers the way back', async () => {
    await click('Start');
    await click('Back');
    await click('Stop');
    expect(element().querySelector('input[type="password"]')).not.toBeNull();

    const password = element().querySelector<HTMLInputElement>('input[type="password"]')!;
    password.value = 'wrong';
    password.dispatchEvent(new Event('input'));
    element().querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit'));
    http.expectOne('/api/v1/auth/csrf').flush({ token: 'tok' });
    const wrong = http.expectOne({ method: 'POST', url: '/api/v1/auth/login' });
    expect(wrong.request.body).toEqual({ username: 'sari.therapist', password: 'wrong' });
    expect(wrong.request.headers.get('x-csrf-token')).toBe('tok');
    wrong.flush({ error: { code: 'unauthenticated', message: 'Wrong' } }, { status: 401, statusText: 'No' });
    await fixture.whenStable();
    expect(handover.released()).toBeFalse();
    expect(element().querySelector('[role="alert"]')?.textContent).toContain(
      'Väärä käyttäjätunnus tai salasana',
    );

    password.value = 'Keha-demo-2026';
    password.dispatchEvent(new Event('input'));
    element().querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit'));
    const right = http.expectOne('/api/v1/auth/login');
    expect(right.request.headers.get('x-csrf-token')).toBe('tok');
    right.flush(sessionInfo({ id: 'u9' }));
    await fixture.whenStable();
    expect(handover.released()).toBeTrue();
    expect(text()).toContain('Mitään ei tallennettu.');
  });
});
