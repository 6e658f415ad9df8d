import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { of, throwError } from 'rxjs';
import { HttpErrorResponse } from '@angular/common/http';

import { MeetingsApi } from '../data/meetings-api';
import { minutesFixture } from '../testing/meetings.fixture';
import { MinutesPage } from './minutes-page';

describe('MinutesPage', () => {
  let api: jasmine.SpyObj<MeetingsApi>;

  async function open() {
    api = jasmine.createSpyObj<MeetingsApi>('MeetingsApi', ['minutes', 'versions', 'addendum', 'pdfUrl']);
    api.minutes.and.callFake((_id: string, version?: number) =>
      of(minutesFixture({ version: version ?? 2 })),
    );
    api.versions.and.returnValue(
      of([
        { version: 1, reason: 'finalised', createdAt: '2026-11-23T10:00:00.000Z', createdByName: 'Tiina' },
        { version: 2, reason: 'addendum', createdAt: '2026-11-23T12:00:00.000Z', createdByName: 'Tiina' },
      ]),
    );
    api.pdfUrl.and.callFake(
      (id, lang, opts = {}) => `/pdf/${id}/${lang}/${opts.childId ?? 'all'}/${opts.version ?? ''}`,
    );
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideTranslateService(), { provide: MeetingsApi, useValue: api }],
    });
    const fixture = TestBed.createComponent(MinutesPage);
    fixture.componentRef.setInput('meetingId', 'm1');
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  it('offers the shown version’s PDF for the meeting and for each child, in three languages', async () => {
    const { el } = await open();
    const hrefs = Array.from(el.querySelectorAll('app-minutes-downloads a')).map((a) =>
      a.getAttribute('href'),
    );
    expect(hrefs).toEqual([
      '/pdf/m1/fi/all/2',
      '/pdf/m1/sv/all/2',
      '/pdf/m1/en/all/2',
      '/pdf/m1/fi/c1/2',
      '/pdf/m1/sv/c1/2',
      '/pdf/m1/en/c1/2',
    ]);
  });

  it('opens an earlier version without losing an addendum being typed', async () => {
    const { fixture, el } = await open();
    const text = el.querySelector('app-addendum-form textarea') as HTMLTextAreaElement;
    text.value = 'Kesken oleva lisäys';
    const select = el.querySelector('app-minutes-downloads select') as HTMLSelectElement;
    select.value = '1';
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(api.minutes).toHaveBeenCalledWith('m1', 1);
    expect(el.querySelector('app-minutes-downloads a')?.getAttribute('href')).toBe('/pdf/m1/fi/all/1');
    expect(text.value).toBe('Kesken oleva lisäys');
  });

  it('saves an addendum about one item as the next version and empties the form; refuses one too short', async () => {
    const { fixture, el } = await open();
    const form = el.querySelector('app-addendum-form form') as HTMLFormElement;
    const text = form.querySelector('textarea') as HTMLTextAreaElement;
    text.value = 'x';
    form.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(form.querySelector('[role="alert"]')?.textContent).toContain('meetings.minutes.addendumTooShort');
    expect(api.addendum).not.toHaveBeenCalled();

    api.addendum.and.returnValue(of(minutesFixture({ version: 3 })));
    (form.querySelector('select') as HTMLSelectElement).value = 'aino';
    text.value = '  Äiti sai tukihenkilön.  ';
    form.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(api.addendum).toHaveBeenCalledWith('m1', { itemId: 'aino', text: 'Äiti sai tukihenkilön.' });
    expect(text.value).toBe('');
    expect(form.querySelector('[role="alert"]')).toBeNull();
  });

  it('keeps the typed addendum when saving fails', async () => {
    const { fixture, el } = await open();
    api.addendum.and.returnValue(throwError(() => new HttpErrorResponse({ status: 0 })));
    const form = el.querySelector('app-addendum-form form') as HTMLFormElement;
    const text = form.querySelector('textarea') as HTMLTextAreaElement;
    text.value = 'Verkostokokous siirtyi.';
    form.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(form.querySelector('[role="alert"]')?.textContent).toContain('meetings.errors.offline');
    expect(text.value).toBe('Verkostokokous siirtyi.');
  });
});
